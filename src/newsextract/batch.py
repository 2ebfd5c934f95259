"""Many pages at once: `extract_many()` runs `extract()` in worker processes.

Results come back in input order. Items are sent to the workers in chunks, so the cost of
crossing the process boundary is paid per chunk, not per page; at most a few chunks per
worker are in flight, so an endless iterator of pages is read as the results are consumed
and memory stays flat. A page that fails yields its exception in its place and the batch
goes on: a page over the time limit yields `ExtractionTimeoutError`, a page that kills its
worker process (a crash in a C library, the OOM killer) `BrokenProcessPool`, and either way
a new worker takes over the pages after it. When the input itself raises, the pages read
before still give their results, in order, then its exception is raised (newsextract.pool).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Final, TypeVar

from newsextract.api import extract
from newsextract.decoding import size_check
from newsextract.errors import InputTooLargeError
from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, Options
from newsextract.pool import call, pooled

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


#: What a page holds: bytes-like or str.
Html = bytes | bytearray | memoryview | str
#: A page, a (page, url) pair, or a Page.
Item = Html | tuple[Html, str | None] | Page

#: Pages per chunk sent to a worker: large enough that pickling and scheduling are a small
#: share of the time of extracting them (a page takes a few milliseconds), small enough that
#: results do not wait long.
DEFAULT_CHUNKSIZE: Final = 8
#: A worker process is replaced after this many pages: libxml2 keeps every tag name it has
#: met, and a worker grew from 32 to 63 MB over 20,000 pages of a crawl. A new worker costs
#: a few milliseconds (fork) to a few hundred (spawn), against seconds of work.
DEFAULT_PAGES_PER_WORKER: Final = 1_000

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def extract_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    options: Options = DEFAULT_OPTIONS,
    timeout: float | None = None,
    pages_per_worker: int | None = DEFAULT_PAGES_PER_WORKER,
) -> Iterator[Article | Exception]:
    """Extract many pages in worker processes; yield one result per item, in input order.

    items: pages (bytes or str; a bytearray or memoryview is sent as bytes), (page, url)
        pairs or `Page`s (with url and encoding, as `read_warc()` yields them); read lazily,
        as results are taken.
    workers: processes to use at most (they start as pages come); None uses every core
        (`os.cpu_count()`); 1 runs in this process, without a pool, unless a timeout is set.
    chunksize: pages sent to a worker at a time.
    timeout: seconds a page may take; a page over it yields `ExtractionTimeoutError` and its
        worker is replaced (None: no limit). With a timeout, pages always run in workers.
    pages_per_worker: pages after which a worker is replaced (None: never).

    Each result is the page's `Article`, or the exception extracting it raised (an
    `InputError` for unreadable input, `TypeError` for an item of the wrong type): check
    with `isinstance(result, Exception)`. The batch always goes on to the next item. If
    `items` raises, the results of the items before come first, then the exception.
    """
    return ordered_map(
        partial(_extract_item, options=options),
        (_sendable(item, options.max_input_bytes) for item in items),
        workers=workers,
        chunksize=chunksize,
        timeout=timeout,
        pages_per_worker=pages_per_worker,
    )


def _sendable(item: object, max_bytes: int) -> object:
    """The item as a worker can take it: a bytearray or memoryview as bytes (a memoryview
    cannot be pickled), unless it is over the size limit (it is not copied then)."""
    if isinstance(item, tuple) and len(item) == 2:
        return (_sendable(item[0], max_bytes), item[1])
    if isinstance(item, bytearray | memoryview):
        try:
            size_check(item, max_bytes)
        except InputTooLargeError as error:
            return error
        return bytes(item)
    return item


def _extract_item(item: object, *, options: Options) -> Article:
    if isinstance(item, InputTooLargeError):  # found too large before it was sent
        raise item
    if isinstance(item, Page):
        return extract(item.html, url=item.url, encoding=item.encoding, options=options)
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"an item must be a page or a (page, url) pair, not {len(item)}-tuple")
        page, url = item
        return extract(page, url=url, options=options)
    return extract(item, options=options)  # type: ignore[arg-type]  # checked by extract


def ordered_map(
    function: Callable[[_In], _Out],
    items: Iterable[_In],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    timeout: float | None = None,
    pages_per_worker: int | None = DEFAULT_PAGES_PER_WORKER,
) -> Iterator[_Out | Exception]:
    """`function` over `items` in worker processes, results (or the exception an item
    raised) in input order. `function` must be picklable (a module-level function or a
    `functools.partial` of one). See extract_many for the other arguments."""
    workers = _workers(workers)
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    if timeout is not None and (
        not isinstance(timeout, int | float) or isinstance(timeout, bool) or not timeout > 0
    ):
        raise ValueError(f"timeout must be a positive number of seconds or None, not {timeout!r}")
    if pages_per_worker is not None and (
        not isinstance(pages_per_worker, int)
        or isinstance(pages_per_worker, bool)
        or pages_per_worker < 1
    ):
        raise ValueError(
            f"pages_per_worker must be a positive int or None, not {pages_per_worker!r}"
        )
    if workers == 1 and timeout is None:
        return (call(function, item) for item in items)
    return pooled(
        function,
        iter(items),
        workers=workers,
        chunksize=chunksize,
        timeout=timeout,
        pages_per_worker=pages_per_worker,
    )


def _workers(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    return workers
