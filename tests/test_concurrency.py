"""Threads, processes, determinism and memory: many calls, same answers, flat memory."""

from __future__ import annotations

import gc
import os
import tracemalloc
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from newsextract import Article, extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = [path.read_bytes() for path in sorted(FIXTURES.glob("*/page.html"))]
#: Calls after warm-up over which memory must not grow.
CALLS = 2_000
#: Allowed growth over those calls: caches that fill once (class/id verdicts) and allocator
#: noise; a leak of even one page's tree per call would be tens of megabytes.
MAX_GROWTH_BYTES = 2 * 1024 * 1024


def test_threads_give_the_sequential_results() -> None:
    sequential = [extract(page) for page in PAGES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(extract, PAGES * 4))
    assert threaded == sequential * 4


def test_processes_give_the_sequential_results() -> None:
    sequential = [extract(page) for page in PAGES[:12]]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(extract, PAGES[:12], chunksize=3)) == sequential


def test_repeated_calls_are_deterministic() -> None:
    first = [extract(page) for page in PAGES]
    for _ in range(3):
        assert [extract(page) for page in PAGES] == first


def test_no_memory_growth_over_many_calls() -> None:
    for page in PAGES:  # warm-up: caches fill, lazy imports happen
        extract(page)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index in range(CALLS):
            article = extract(PAGES[index % len(PAGES)])
            assert isinstance(article, Article)
        del article
        gc.collect()
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert growth < MAX_GROWTH_BYTES, f"memory grew by {growth:,} bytes over {CALLS} calls"


def _resident_bytes() -> int:
    """This process's resident memory (Linux), which libxml2's allocations count in too."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_no_resident_memory_growth_over_many_calls() -> None:
    """Catches leaks in C (lxml trees) that tracemalloc does not see."""
    for _ in range(3):
        for page in PAGES:
            extract(page)
    gc.collect()
    before = _resident_bytes()
    for index in range(CALLS):
        extract(PAGES[index % len(PAGES)])
    gc.collect()
    growth = _resident_bytes() - before
    assert growth < 8 * MAX_GROWTH_BYTES, f"resident memory grew by {growth:,} bytes"
