"""Worker processes for `ordered_map`: results in input order, a time limit per item, and
workers that never outlive their parent.

The parent sends a chunk of items to an idle worker (one message) and the worker answers
item by item, so the parent always knows which item a worker is running and since when:

- an item that runs over the time limit gets `ExtractionTimeoutError`; its worker is killed and
  a new one takes the items of the chunk it had not started;
- an item that kills its worker (a crash in a C library, the OOM killer) gets
  `BrokenProcessPool`; the others go on as above;
- an item that cannot be pickled to be sent gets its pickling error;
- a worker is replaced after `pages_per_worker` items (libxml2 keeps every tag name it has
  seen: a worker grows over tens of thousands of pages);
- workers are started as they are needed, never more than there are chunks to run;
- a worker ignores Ctrl-C (its parent handles it; a forked worker is born with it held), and
  exits when its parent dies: on Linux the kernel kills it (PR_SET_PDEATHSIG) when it was
  started from the parent's main thread, and everywhere a thread of its own ends it within
  WATCH_SECONDS of its parent's death; a worker whose parent died while it was starting
  exits as soon as it has started.

Items are read from the input lazily (at most CHUNKS_PER_WORKER chunks per worker ahead of
the result being taken). When the input raises, the items read before it still give their
results, in order, and then the error is raised.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection, wait
from typing import Final, Generic, TypeVar

from newsextract.errors import ExtractionTimeoutError, NewsExtractError

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: Chunks read ahead of the result being taken, per worker: enough to keep every worker busy.
CHUNKS_PER_WORKER: Final = 3
#: A worker's own check that its parent is alive, every this many seconds.
WATCH_SECONDS: Final = 0.5
#: How long a stopped worker may take to exit before it is killed.
STOP_SECONDS: Final = 2.0
_PR_SET_PDEATHSIG: Final = 1  # <linux/prctl.h>
_COUNT_BYTES: Final = 4  # a chunk's message starts with its number of items


def pooled(
    function: Callable[[_In], _Out],
    items: Iterator[_In],
    *,
    workers: int,
    chunksize: int,
    timeout: float | None,
    pages_per_worker: int | None,
) -> Iterator[_Out | Exception]:
    """`function` over `items` in up to `workers` processes, one result (or exception) per
    item, in input order; the input's own exception last (see the module docstring)."""
    pool = _Pool(function, workers, timeout, pages_per_worker)
    read = taken = 0  # items read from the input; results yielded
    exhausted = False
    input_error: Exception | None = None
    ahead = workers * CHUNKS_PER_WORKER * chunksize
    try:
        while True:
            while not exhausted and input_error is None and read - taken < ahead:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                except Exception as error:  # the input's failure: raised after the results
                    input_error = error
                else:
                    pool.pending.append((read, item))
                    read += 1
            pool.dispatch(chunksize)
            while taken in pool.results:
                yield pool.results.pop(taken)
                taken += 1
            if taken == read and (exhausted or input_error is not None):
                break
            pool.collect()
    finally:
        pool.close()
    if input_error is not None:
        raise input_error


class _Worker(Generic[_In]):
    """A worker process as the parent sees it."""

    __slots__ = ("connection", "done", "process", "running", "started")

    def __init__(self, process: multiprocessing.process.BaseProcess, connection: Connection):
        self.process = process
        self.connection = connection
        self.running: deque[tuple[int, _In]] = deque()  # (index, item) sent, not answered
        self.started = 0.0  # when the first of them started
        self.done = 0  # items answered


class _Pool(Generic[_In, _Out]):
    """The workers, the items waiting for one, and the results waiting to be taken."""

    def __init__(
        self,
        function: Callable[[_In], _Out],
        workers: int,
        timeout: float | None,
        pages_per_worker: int | None,
    ) -> None:
        self.function = function
        self.size = workers
        self.timeout = timeout
        self.pages_per_worker = pages_per_worker
        self.context = multiprocessing.get_context()
        self.workers: list[_Worker[_In]] = []
        self.stopping: list[multiprocessing.process.BaseProcess] = []
        self.pending: deque[tuple[int, _In]] = deque()  # (index, item) not sent yet
        self.results: dict[int, _Out | Exception] = {}

    def dispatch(self, chunksize: int) -> None:
        """Send chunks of the pending items to idle workers, starting workers as needed."""
        while self.pending:
            worker = next((w for w in self.workers if not w.running), None)
            if worker is None:
                if len(self.workers) >= self.size:
                    return
                worker = self._start()
            chunk = [self.pending.popleft() for _ in range(min(chunksize, len(self.pending)))]
            chunk, message = self._message(chunk)
            if not chunk:
                continue  # no item of the chunk could be pickled: their errors are in
            try:
                worker.connection.send_bytes(message)
            except OSError:  # the worker died idle: its items go to another
                self.pending.extendleft(reversed(chunk))
                self._kill(worker)
                continue
            worker.running.extend(chunk)
            worker.started = time.monotonic()

    def _message(self, chunk: list[tuple[int, _In]]) -> tuple[list[tuple[int, _In]], bytes]:
        """The items of the chunk that can be sent, and the message that sends them (their
        count, then the pickled items); an item that cannot be pickled gets its error."""
        try:
            payload = pickle.dumps([item for _, item in chunk], pickle.HIGHEST_PROTOCOL)
        except Exception:  # which item? each alone; those that fail get their error
            kept = []
            for index, item in chunk:
                try:
                    pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
                except Exception as error:  # this item's result: it cannot be sent
                    self.results[index] = error
                else:
                    kept.append((index, item))
            chunk = kept
            payload = pickle.dumps([item for _, item in chunk], pickle.HIGHEST_PROTOCOL)
        return chunk, len(chunk).to_bytes(_COUNT_BYTES, "big") + payload

    def collect(self) -> None:
        """Wait for a result, a worker's death or a time limit, and take what came."""
        busy = [worker for worker in self.workers if worker.running]
        if not busy:
            return
        now = time.monotonic()
        wait_for: float | None = None
        if self.timeout is not None:
            wait_for = max(0.0, min(w.started + self.timeout for w in busy) - now)
        objects: list[object] = [w.connection for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(objects, wait_for))  # type: ignore[arg-type]
        for worker in busy:
            if worker.connection in ready or worker.process.sentinel in ready:
                self._receive(worker)
        if self.timeout is not None:
            for worker in [w for w in self.workers if w.running]:
                if time.monotonic() - worker.started > self.timeout:
                    self._receive(worker)  # a result that came meanwhile restarts the clock
                if worker.running and time.monotonic() - worker.started > self.timeout:
                    self._fail(worker, ExtractionTimeoutError(_timeout_message(self.timeout)))
        self._reap()

    def _receive(self, worker: _Worker[_In]) -> None:
        """Take the results a worker sent; if it died, its item fails and the rest wait."""
        try:
            while worker.running and worker.connection.poll():
                result = pickle.loads(worker.connection.recv_bytes())
                self.results[worker.running.popleft()[0]] = result
                worker.started = time.monotonic()
                worker.done += 1
        except (EOFError, OSError):  # it died: what it sent before is taken
            pass
        if not worker.process.is_alive():
            self._fail(worker, BrokenProcessPool(_death_message(worker.process.exitcode)))
        elif (
            not worker.running
            and self.pages_per_worker is not None
            and worker.done >= self.pages_per_worker
        ):
            self._retire(worker)

    def _fail(self, worker: _Worker[_In], error: Exception) -> None:
        """The worker's current item fails with `error`; its other items wait for another
        worker; the worker is stopped."""
        if worker.running:
            self.results[worker.running.popleft()[0]] = error
        self.pending.extendleft(reversed(worker.running))  # first in line, in order
        worker.running.clear()
        self._kill(worker)

    def _start(self) -> _Worker[_In]:
        parent_end, child_end = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_work,
            args=(child_end, self.function, self._parent(), _in_main_thread()),
            daemon=True,
        )
        with _interrupts_held():  # until the worker is known: close() will stop it
            process.start()
            child_end.close()
            worker: _Worker[_In] = _Worker(process, parent_end)
            self.workers.append(worker)
        return worker

    def _parent(self) -> int | None:
        """The pid a new worker's parent has: this process's, but under forkserver the
        server's (None: the worker takes the parent it finds)."""
        return None if self.context.get_start_method() == "forkserver" else os.getpid()

    def _retire(self, worker: _Worker[_In]) -> None:
        """Stop a worker that has done its share: it exits after its last message."""
        with contextlib.suppress(OSError):
            worker.connection.send_bytes(b"")
        self.stopping.append(worker.process)
        self._forget(worker)

    def _kill(self, worker: _Worker[_In]) -> None:
        worker.process.kill()
        self.stopping.append(worker.process)
        self._forget(worker)

    def _forget(self, worker: _Worker[_In]) -> None:
        worker.connection.close()
        self.workers.remove(worker)

    def _reap(self) -> None:
        """Join the stopped workers that have exited (no zombies over a long run)."""
        for process in [p for p in self.stopping if p.exitcode is not None]:
            process.join()
            self.stopping.remove(process)

    def close(self) -> None:
        """Stop every worker: those idle exit at once, busy ones are killed."""
        for worker in list(self.workers):
            if worker.running:
                self._kill(worker)
            else:
                self._retire(worker)
        deadline = time.monotonic() + STOP_SECONDS
        for process in self.stopping:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.exitcode is None:
                process.kill()
                process.join()
        self.stopping.clear()


def call(function: Callable[[_In], _Out], item: _In) -> _Out | Exception:
    """`function(item)`, or the exception it raised: the batch goes on."""
    try:
        return function(item)
    except Exception as error:  # the batch goes on: the error is this item's result
        return error


def _work(
    connection: Connection, function: Callable[[object], object], parent: int | None, main: bool
) -> None:
    """A worker's life: chunks in, one pickled result per item out, until it is told to stop
    (an empty message) or its parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent to handle
    if hasattr(signal, "pthread_sigmask"):  # it was held from its birth (_interrupts_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent(parent, main)
    while True:
        try:
            message = connection.recv_bytes()
        except (EOFError, OSError):
            return
        if not message:
            return
        count = int.from_bytes(message[:_COUNT_BYTES], "big")
        try:
            items = pickle.loads(memoryview(message)[_COUNT_BYTES:])
        except Exception as error:  # every item of the chunk gets this error
            failure = NewsExtractError(f"the worker cannot read the items: {_named(error)}")
            items = [failure] * count
            function = _raise
        for item in items:
            connection.send_bytes(_pickled(call(function, item)))


def _raise(error: object) -> object:
    assert isinstance(error, Exception)
    raise error


def _pickled(result: object) -> bytes:
    """The result pickled; an exception that cannot be pickled as a NewsExtractError that
    names it."""
    try:
        return pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
    except Exception:  # any failure to pickle: send a plain error instead
        error = result if isinstance(result, Exception) else TypeError(repr(type(result)))
        return pickle.dumps(NewsExtractError(_named(error)), pickle.HIGHEST_PROTOCOL)


def _named(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) in this thread while it starts a worker, until the worker is
    known to the pool: the parent gets it then. A forked worker is born with it held and
    ignores it before it lets it through, so a Ctrl-C (sent to the whole process group)
    while it starts is its parent's alone; it was raised as KeyboardInterrupt in the worker,
    which died printing a traceback. (A spawned worker starts with no signal held: under
    spawn and forkserver a Ctrl-C during the worker's start-up still reaches it.)"""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks, no Ctrl-C to hold
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _die_with_parent(parent: int | None, main: bool) -> None:
    """Make this worker exit when its parent dies.

    A worker whose parent is already gone (its parent pid is no longer `parent`: it died
    between starting the worker and this call, which under spawn takes the worker's whole
    start-up) exits at once: watching the process that adopted it instead would keep it
    running its items for ever. `parent` is None under forkserver (the server is the parent):
    the parent found is watched. On Linux, when the parent started it from its main thread
    (PR_SET_PDEATHSIG fires when the parent *thread* ends), the kernel kills it at once, even
    in the middle of a C call. Everywhere, a daemon thread checks every WATCH_SECONDS that
    the parent is still the same.
    """
    if parent is None:
        parent = os.getppid()
    elif os.getppid() != parent:  # it died before this worker could watch it
        os._exit(1)
    elif main and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # it died before the kernel was told
            os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="newsextract-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _timeout_message(timeout: float) -> str:
    return f"took longer than the time limit of {timeout:g} s; its worker was stopped"


def _death_message(exitcode: int | None) -> str:
    how = f"killed by signal {-exitcode}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
    return f"the worker process died while extracting it ({how})"
