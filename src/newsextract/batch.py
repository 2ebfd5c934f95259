"""Many pages at once: `extract_many()` runs `extract()` in worker processes.

Results come back in input order. Items are sent to the workers in chunks, so the cost of
crossing the process boundary is paid per chunk, not per page; at most a few chunks per
worker are in flight, so an endless iterator of pages is read as the results are consumed
and memory stays flat. A page that fails yields its exception in its place and the batch
goes on; a page that kills its worker process (a crash in a C library, the OOM killer)
yields `BrokenProcessPool` in its place and the others are run again in a new pool.
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Final, TypeVar

from newsextract.api import extract
from newsextract.errors import NewsExtractError
from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, Options

__all__ = ["Item", "Page", "extract_many"]


@dataclass(frozen=True, slots=True)
class Page:
    """A page to extract with what is known about it: an item of `extract_many()`.

    html: the page as fetched (bytes) or decoded (str).
    url: the address it was fetched from, for `extract(url=...)`.
    encoding: the charset the HTTP headers gave, for `extract(encoding=...)`.
    record_id: where it came from in its archive (the WARC-Record-ID for `read_warc()`);
        extract() does not read it: it is for pairing results with their records.
    """

    html: bytes | str
    url: str | None = None
    encoding: str | None = None
    record_id: str | None = None


#: A page (bytes or str), a (page, url) pair, or a Page.
Item = bytes | str | tuple[bytes | str, str | None] | Page

#: Pages per chunk sent to a worker: large enough that pickling and scheduling are a small
#: share of the time of extracting them (a page takes a few milliseconds), small enough that
#: results do not wait long.
DEFAULT_CHUNKSIZE: Final = 8
#: Chunks in flight per worker: enough to keep every worker busy while results are taken.
CHUNKS_PER_WORKER: Final = 3

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def extract_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    options: Options = DEFAULT_OPTIONS,
) -> Iterator[Article | Exception]:
    """Extract many pages in worker processes; yield one result per item, in input order.

    items: pages (bytes or str), (page, url) pairs or `Page`s (with url and encoding, as
        `read_warc()` yields them); read lazily, as results are taken.
    workers: processes to use; None uses every core (`os.cpu_count()`); 1 runs in this
        process, without a pool.
    chunksize: pages sent to a worker at a time.

    Each result is the page's `Article`, or the exception extracting it raised (an
    `InputError` for unreadable input, `TypeError` for an item of the wrong type): check
    with `isinstance(result, Exception)`. The batch always goes on to the next item.
    """
    return ordered_map(
        partial(_extract_item, options=options), items, workers=workers, chunksize=chunksize
    )


def _extract_item(item: Item, *, options: Options) -> Article:
    if isinstance(item, Page):
        return extract(item.html, url=item.url, encoding=item.encoding, options=options)
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"an item must be a page or a (page, url) pair, not {len(item)}-tuple")
        page, url = item
        return extract(page, url=url, options=options)
    return extract(item, options=options)


def ordered_map(
    function: Callable[[_In], _Out],
    items: Iterable[_In],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[_Out | Exception]:
    """`function` over `items` in worker processes, results (or the exception an item
    raised) in input order. `function` must be picklable (a module-level function or a
    `functools.partial` of one)."""
    workers = _workers(workers)
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if workers == 1:
        return (_call(function, item) for item in items)
    return _pooled(function, iter(items), workers, chunksize)


def _workers(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    return workers


def _call(function: Callable[[_In], _Out], item: _In) -> _Out | Exception:
    try:
        return function(item)
    except Exception as error:  # the batch goes on: the error is this item's result
        return error


def _run_chunk(function: Callable[[_In], _Out], chunk: list[_In]) -> list[_Out | Exception]:
    """In a worker: the results of a chunk, with exceptions that cannot cross the process
    boundary (not picklable) replaced by a NewsExtractError that names them."""
    results = [_call(function, item) for item in chunk]
    for index, result in enumerate(results):
        if isinstance(result, Exception) and not _picklable(result):
            results[index] = NewsExtractError(f"{type(result).__name__}: {result}")
    return results


def _picklable(error: Exception) -> bool:
    try:
        pickle.dumps(error)
    except Exception:  # any failure to pickle means: send a plain error instead
        return False
    return True


def _pooled(
    function: Callable[[_In], _Out], items: Iterator[_In], workers: int, chunksize: int
) -> Iterator[_Out | Exception]:
    in_flight: deque[tuple[list[_In], Future[list[_Out | Exception]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            while len(in_flight) < workers * CHUNKS_PER_WORKER:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    break
                in_flight.append((chunk, pool.submit(_run_chunk, function, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                results = _alone(function, chunk)
                in_flight = deque((c, pool.submit(_run_chunk, function, c)) for c, _ in in_flight)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(function: Callable[[_In], _Out], chunk: list[_In]) -> list[_Out | Exception]:
    """The items of a chunk that broke its pool, each in a pool of its own: the item that
    kills its worker gets BrokenProcessPool as its result, the others their results."""
    results: list[_Out | Exception] = []
    for item in chunk:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                results.extend(pool.submit(_run_chunk, function, [item]).result())
            except BrokenProcessPool as error:
                results.append(error)
    return results
