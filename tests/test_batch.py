"""Tests for newsextract.batch: extract_many and the ordered process map under it."""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

import pytest

import newsextract
from newsextract import Article, NotHTMLError, extract, extract_many
from newsextract.batch import Item, ordered_map

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = [path.read_bytes() for path in sorted(FIXTURES.glob("*/page.html"))]


def test_results_in_input_order_equal_to_extract() -> None:
    results = list(extract_many(PAGES, workers=2, chunksize=3))
    assert results == [extract(page) for page in PAGES]


def test_one_process_gives_the_same_results() -> None:
    assert list(extract_many(PAGES[:6], workers=1)) == list(extract_many(PAGES[:6], workers=2))


def test_a_bad_item_yields_its_error_and_the_batch_goes_on() -> None:
    items: list[object] = [PAGES[0], b"%PDF-1.7 ...", 42, ("<p>x</p>", None, "extra"), PAGES[1]]
    results = list(extract_many(items, workers=2, chunksize=2))  # type: ignore[arg-type]
    assert results[0] == extract(PAGES[0])
    assert isinstance(results[1], NotHTMLError)
    assert isinstance(results[2], TypeError)
    assert isinstance(results[3], TypeError)
    assert results[4] == extract(PAGES[1])


def test_page_and_url_pairs() -> None:
    page = b'<link rel="canonical" href="/a.html"><article><p>Some text here.</p></article>'
    [result] = extract_many([(page, "https://example.org/x/y.html")], workers=1)
    assert isinstance(result, Article)
    assert result.url == "https://example.org/a.html"


def _endless() -> Iterator[bytes]:
    yield from itertools.cycle(PAGES[:3])


def test_items_are_read_lazily() -> None:
    results = extract_many(_endless(), workers=2, chunksize=2)
    first = list(itertools.islice(results, 7))
    assert len(first) == 7
    assert first[3] == first[0]


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
def test_bad_worker_counts_are_rejected(workers: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        extract_many(PAGES, workers=workers)  # type: ignore[arg-type]


def test_bad_chunksize_is_rejected() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        extract_many(PAGES, chunksize=0)


def _die_on(marker: str, item: str) -> str:
    if item == marker:
        os._exit(3)  # the worker process dies, as on a crash in a C library
    return item.upper()


def test_an_item_that_kills_its_worker_yields_broken_pool_and_the_rest_completes() -> None:
    items = ["a", "b", "die", "c", "d", "e"]
    results = list(ordered_map(partial(_die_on, "die"), items, workers=2, chunksize=2))
    assert results[:2] == ["A", "B"]
    assert isinstance(results[2], BrokenProcessPool)
    assert results[3:] == ["C", "D", "E"]


class _UnpicklableError(Exception):
    def __init__(self) -> None:
        super().__init__("cannot cross")
        self.handle = lambda: None

    def __reduce__(self) -> str | tuple[object, ...]:
        raise pickle.PicklingError("no")


def _raise_unpicklable(item: int) -> int:
    if item == 1:
        raise _UnpicklableError
    return item


def test_an_unpicklable_error_comes_back_as_a_news_extract_error() -> None:
    results = list(ordered_map(_raise_unpicklable, [0, 1, 2], workers=2, chunksize=1))
    assert results[0] == 0
    assert results[2] == 2
    assert isinstance(results[1], newsextract.NewsExtractError)
    assert "_UnpicklableError: cannot cross" in str(results[1])


def test_functions_and_results_pickle() -> None:
    article = extract(PAGES[0])
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(extract)) is extract
    assert pickle.loads(pickle.dumps(extract_many)) is extract_many


def _pages_then_failure(count: int) -> Iterator[bytes]:
    yield from itertools.islice(itertools.cycle(PAGES), count)
    raise OSError("the crawl's connection broke")


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_that_raises_at_item_100_gives_100_results_then_its_error(workers: int) -> None:
    results: list[Article | Exception] = []
    with pytest.raises(OSError, match="connection broke"):
        results.extend(extract_many(_pages_then_failure(100), workers=workers, chunksize=3))
    assert len(results) == 100
    assert results == [extract(page) for page in itertools.islice(itertools.cycle(PAGES), 100)]


@pytest.mark.parametrize("wrap", [memoryview, bytearray])
def test_bytes_like_items_are_extracted_in_workers(wrap: type) -> None:
    items = [wrap(PAGES[0]), (wrap(PAGES[1]), None), PAGES[2]]
    assert list(extract_many(items, workers=2, chunksize=2)) == [extract(p) for p in PAGES[:3]]


def test_a_bytes_like_item_over_the_limit_is_refused_in_the_parent() -> None:
    options = newsextract.Options(max_input_bytes=1_000)
    small = b"<article><p>A small page about the council.</p></article>"
    items: list[Item] = [memoryview(b"<p>" + b"x" * 2_000), small]
    results = list(extract_many(items, workers=2, options=options))
    assert isinstance(results[0], newsextract.InputTooLargeError)
    assert results[1] == extract(small, options=options)


def test_an_item_that_cannot_be_pickled_yields_its_error_and_the_batch_goes_on() -> None:
    items: list[object] = [PAGES[0], (PAGES[1], lambda: "url"), PAGES[2]]
    results = list(extract_many(items, workers=2, chunksize=3))  # type: ignore[arg-type]
    assert results[0] == extract(PAGES[0])
    assert isinstance(results[1], Exception)
    assert results[2] == extract(PAGES[2])


def test_a_timeout_runs_pages_in_a_worker_and_keeps_their_results() -> None:
    results = list(extract_many(PAGES[:4], workers=1, timeout=60))
    assert results == [extract(page) for page in PAGES[:4]]
