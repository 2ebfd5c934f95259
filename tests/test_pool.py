"""Tests for newsextract.pool: worker processes with a time limit per item, replaced when
they overrun, die or have done their share, started as needed, gone with their parent."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import selectors
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path
from typing import IO

import pytest

from newsextract import ExtractionTimeoutError, NewsExtractError
from newsextract.batch import ordered_map

REPO = Path(__file__).resolve().parent.parent


def _slow_on(marker: str, seconds: float, item: str) -> str:
    if item == marker:
        time.sleep(seconds)
    return item.upper()


def _backtrack_on(marker: str, item: str) -> str:
    """A regular expression that backtracks for minutes, holding the GIL all along."""
    if item == marker:
        re.match(r"(a+)+$", "a" * 40 + "b")
    return item.upper()


def _pid(item: int) -> int:
    return os.getpid()


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("hang", [partial(_slow_on, "slow", 600), partial(_backtrack_on, "slow")])
def test_an_item_over_the_time_limit_yields_its_error_and_the_rest_completes(
    workers: int, hang: partial[str]
) -> None:
    items = ["a", "b", "slow", "c", "d", "e"]
    start = time.monotonic()
    results = list(ordered_map(hang, items, workers=workers, chunksize=3, timeout=1.0))
    assert time.monotonic() - start < 10
    assert results[:2] == ["A", "B"]
    assert isinstance(results[2], ExtractionTimeoutError)
    assert isinstance(results[2], NewsExtractError)
    assert "time limit of 1 s" in str(results[2])
    assert results[3:] == ["C", "D", "E"]


def test_items_within_the_time_limit_are_not_stopped() -> None:
    function = partial(_slow_on, "b", 0.3)
    results = list(ordered_map(function, ["a", "b", "c"] * 4, workers=2, chunksize=2, timeout=2))
    assert results == ["A", "B", "C"] * 4


@pytest.mark.parametrize("timeout", [0, -1, "1", True, float("nan")])
def test_bad_timeouts_are_rejected(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        ordered_map(str, ["a"], timeout=timeout)  # type: ignore[arg-type]


def _die_on(marker: str, item: str) -> str:
    if item == marker:
        os._exit(3)
    return item.upper()


def test_a_dead_worker_fails_only_its_item() -> None:
    items = ["a", "b", "die", "c", "d", "e", "die", "f"]
    results = list(ordered_map(partial(_die_on, "die"), items, workers=2, chunksize=4))
    assert [r if isinstance(r, str) else "X" for r in results] == list("ABXCDEXF")
    assert isinstance(results[2], BrokenProcessPool)
    assert "exit code 3" in str(results[2])


def test_workers_are_replaced_after_their_share_of_pages() -> None:
    pids = list(ordered_map(_pid, range(40), workers=2, chunksize=5, pages_per_worker=10))
    assert all(isinstance(pid, int) for pid in pids)
    assert len(set(pids)) >= 4
    assert max(pids.count(pid) for pid in set(pids)) <= 10


@pytest.mark.parametrize(("items", "chunksize", "most"), [(3, 1, 3), (3, 8, 1), (1, 1, 1)])
def test_only_the_workers_needed_are_started(items: int, chunksize: int, most: int) -> None:
    results = ordered_map(_pid, range(items), workers=8, chunksize=chunksize)
    first = next(results)
    started = len(multiprocessing.active_children())
    assert [first, *results]
    assert 1 <= started <= most


def _items_then_failure(count: int) -> Iterator[str]:
    for number in range(count):
        yield f"item {number}"
    raise OSError("the input broke")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_that_raises_gives_every_result_before_its_error(workers: int) -> None:
    results: list[object] = []
    with pytest.raises(OSError, match="the input broke"):
        results.extend(ordered_map(str.upper, _items_then_failure(100), workers=workers))
    assert results == [f"ITEM {number}" for number in range(100)]


def test_an_item_that_cannot_be_pickled_gets_its_own_error() -> None:
    items: list[object] = ["a", lambda: None, "b", "c"]
    results = list(ordered_map(str, items, workers=2, chunksize=4))
    assert results[0] == "a"
    assert isinstance(results[1], Exception)
    assert results[2:] == ["b", "c"]


#: A parent that starts two workers (each stuck on its item) and lets them write their pids,
#: run as a script; {thread}: start them from the main thread or another one.
PARENT = textwrap.dedent(
    """
    import os, sys, threading, time
    sys.path.insert(0, {repo!r})
    from newsextract.batch import ordered_map
    from tests.test_pool import _stuck

    def run():
        for result in ordered_map(_stuck, range(2), workers=2, chunksize=1):
            pass

    threading.Thread(target=run, daemon=True).start() if {thread} else None
    if not {thread}:
        run()
    time.sleep(600)
    """
)
#: The parent's environment: its workers write to one pipe, and unbuffered (as CI runs and
#: as -u does) a print() is one write(2) per piece, which the other worker's writes can split.
UNBUFFERED = {**os.environ, "PYTHONUNBUFFERED": "1"}
#: Seconds the processes of a test may take to start, and to be gone.
START_SECONDS = 60
GONE_SECONDS = 20


def _stuck(item: int) -> None:
    """Write the item and this worker's pid, then hold the GIL in a regular expression that
    backtracks for ages (item 0), or sleep (item 1). The line is one write(2) of less than
    PIPE_BUF bytes, which a pipe never interleaves with another process's."""
    os.write(sys.stdout.fileno(), f"{item} {os.getpid()}\n".encode())
    if item == 0:
        re.match(r"(a+)+$", "a" * 60 + "b")
    time.sleep(600)


def _killed_parent(script: str, count: int) -> tuple[list[str], list[int], list[int]]:
    """Run `script` as a parent process (unbuffered), read `count` lines of its output,
    note its child processes and those alive, then kill it (SIGKILL): (lines, children,
    alive children)."""
    command = [sys.executable, "-c", script]
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=UNBUFFERED) as parent:
        assert parent.stdout is not None
        try:
            lines = _lines(parent.stdout, count)
        finally:
            workers = _children(parent.pid)
            alive = list(filter(_alive, workers))
            parent.send_signal(signal.SIGKILL)
            parent.wait()
    return lines, workers, alive


def _lines(stream: IO[bytes], count: int) -> list[str]:
    """The first `count` lines of a child's output, fewer if it closes it or stays silent
    for START_SECONDS."""
    data = b""
    deadline = time.monotonic() + START_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        while data.count(b"\n") < count and selector.select(deadline - time.monotonic()):
            chunk = os.read(stream.fileno(), 4096)
            if not chunk:
                break
            data += chunk
    return data.decode().splitlines()[:count]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited


def _children(parent: int) -> list[int]:
    """The pids of the processes whose parent is `parent`."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                children.append(int(stat.parent.name))
    return children


def _survivors(pids: list[int]) -> list[int]:
    """Those of `pids` still alive after GONE_SECONDS."""
    deadline = time.monotonic() + GONE_SECONDS
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return [pid for pid in pids if _alive(pid)]


def _kill(pids: list[int]) -> None:
    """Kill those of `pids` still alive: no test leaves a worker behind."""
    for pid in filter(_alive, pids):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("thread", [False, True], ids=["main-thread", "other-thread"])
def test_workers_do_not_outlive_a_killed_parent(thread: bool) -> None:
    lines, workers, alive = _killed_parent(PARENT.format(repo=str(REPO), thread=thread), 2)
    try:
        assert len(lines) == 2 and all(re.fullmatch(r"[01] \d+", line) for line in lines), lines
        pids = {int(item): int(pid) for item, pid in map(str.split, lines)}
        assert sorted(pids) == [0, 1], lines
        assert set(pids.values()) <= set(alive)  # the parent's workers, running their items
        # Started from the main thread, the kernel kills both (PR_SET_PDEATHSIG). From
        # another thread, only the worker's own watch thread ends it, which cannot run while
        # the item holds the GIL: the sleeping worker (item 1) must be gone all the same.
        assert _survivors([pids[1]] if thread else [pids[0], pids[1]]) == []
    finally:
        _kill(workers)


#: A parent whose one worker (started by spawn, from the main thread or another one) loads
#: its function (LoadedByAnOrphan) only once the parent is dead.
ORPHANING_PARENT = textwrap.dedent(
    """
    import multiprocessing, sys, threading, time
    sys.path.insert(0, {repo!r})
    from newsextract.batch import ordered_map
    from tests.test_pool import LoadedByAnOrphan

    def run():
        for result in ordered_map(LoadedByAnOrphan(), range(1), workers=2, timeout=600):
            pass

    multiprocessing.set_start_method("spawn")
    threading.Thread(target=run, daemon=True).start() if {thread} else None
    if not {thread}:
        run()
    time.sleep(600)
    """
)


def _when_orphaned() -> Callable[[int], None]:
    """Called to unpickle a `LoadedByAnOrphan` in a worker, before the worker's own code runs:
    writes the worker's pid, then waits until its parent has died (at most START_SECONDS)."""
    parent = os.getppid()
    os.write(sys.stdout.fileno(), f"{os.getpid()}\n".encode())
    deadline = time.monotonic() + START_SECONDS
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.01)
    return _sleep


def _sleep(item: int) -> None:
    time.sleep(600)


class LoadedByAnOrphan:
    """A function that a worker loads only after its parent has died, then sleeps."""

    def __call__(self, item: int) -> None:
        _sleep(item)

    def __reduce__(self) -> tuple[Callable[[], Callable[[int], None]], tuple[()]]:
        return _when_orphaned, ()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("thread", [False, True], ids=["main-thread", "other-thread"])
def test_a_worker_whose_parent_died_while_it_started_exits(thread: bool) -> None:
    script = ORPHANING_PARENT.format(repo=str(REPO), thread=thread)
    lines, workers, alive = _killed_parent(script, 1)
    try:
        assert len(lines) == 1 and lines[0].isdigit(), lines
        assert int(lines[0]) in alive  # the parent's worker, loading its function
        assert _survivors([int(lines[0])]) == []
    finally:
        _kill(workers)


#: A parent whose one worker (forked from the main thread or another one) waits, before its
#: own code runs, until it has been sent Ctrl-C (SIGINT); the parent writes the results.
INTERRUPTED_WORKER = textwrap.dedent(
    """
    import multiprocessing, multiprocessing.util, os, signal, sys, threading, time
    sys.path.insert(0, {repo!r})
    from newsextract.batch import ordered_map

    class Hook:
        pass

    def wait_for_ctrl_c(hook):
        # In the new worker, before its own code: a SIGINT not held raises KeyboardInterrupt.
        os.write(sys.stdout.fileno(), f"{{os.getpid()}}\\n".encode())
        deadline = time.monotonic() + {seconds}
        while signal.SIGINT not in signal.sigpending() and time.monotonic() < deadline:
            time.sleep(0.01)

    def run():
        results = list(ordered_map(str.upper, ["a"], workers=2))
        os.write(sys.stdout.fileno(), f"{{results!r}}\\n".encode())

    multiprocessing.set_start_method("fork")
    HOOK = Hook()
    multiprocessing.util.register_after_fork(HOOK, wait_for_ctrl_c)
    if {thread}:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    else:
        run()
    """
)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")
@pytest.mark.parametrize("thread", [False, True], ids=["main-thread", "other-thread"])
def test_a_ctrl_c_while_a_worker_starts_does_not_kill_it(thread: bool) -> None:
    script = INTERRUPTED_WORKER.format(repo=str(REPO), thread=thread, seconds=START_SECONDS)
    command = [sys.executable, "-c", script]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as parent:
        assert parent.stdout is not None
        try:
            lines = _lines(parent.stdout, 1)
            assert len(lines) == 1 and lines[0].isdigit(), lines
            os.kill(int(lines[0]), signal.SIGINT)
            out, err = parent.communicate(timeout=START_SECONDS)
        finally:
            parent.kill()
    assert out.decode().splitlines() == ["['A']"]
    assert err == b""
