"""Tests for newsextract.pool: worker processes with a time limit per item, replaced when
they overrun, die or have done their share, started as needed, gone with their parent."""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

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


#: A parent that starts two workers (each stuck on its item) and prints their pids, run as
#: a script; {thread}: start them from the main thread or another one.
PARENT = textwrap.dedent(
    """
    import os, sys, threading, time
    sys.path.insert(0, {repo!r})
    from functools import partial
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


def _stuck(item: int) -> None:
    """Print the item and this worker's pid, then hold the GIL in a regular expression that
    backtracks for ages (item 0), or sleep (item 1)."""
    print(item, os.getpid(), flush=True)
    if item == 0:
        re.match(r"(a+)+$", "a" * 60 + "b")
    time.sleep(600)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("thread", [False, True], ids=["main-thread", "other-thread"])
def test_workers_do_not_outlive_a_killed_parent(thread: bool) -> None:
    script = PARENT.format(repo=str(REPO), thread=thread)
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as parent:
        assert parent.stdout is not None
        try:
            lines = [parent.stdout.readline().split() for _ in range(2)]
            pids = {int(item): int(pid) for item, pid in lines}
            assert all(_alive(pid) for pid in pids.values())
        finally:
            parent.send_signal(signal.SIGKILL)
            parent.wait()
    # Started from the main thread, the kernel kills both (PR_SET_PDEATHSIG). From another
    # thread, only the worker's own watch thread ends it, which cannot run while the item
    # holds the GIL: the sleeping worker (item 1) must be gone all the same.
    must_go = [pids[1]] if thread else list(pids.values())
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in must_go) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid in must_go if _alive(pid)]
    for pid in pids.values():
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    assert survivors == []
