"""Tests for the evidence stage (markup.gather_evidence) and the one value it gives."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

import pytest

from newsextract.authors import find_authors
from newsextract.blocks import segment
from newsextract.dates import find_dates
from newsextract.evidence import Evidence, Markup, NoSearches, article_tags
from newsextract.markup import gather_evidence
from newsextract.metadata import read_metadata
from newsextract.parsing import parse
from newsextract.placement import place_article
from newsextract.scoring import select_main

P = "<p>The council approved the new cycling plan on Thursday evening after a long debate.</p>"


def _evidence(html: str) -> Evidence:
    root = parse(html)
    assert root is not None
    meta = read_metadata(root, url="https://news.example/story")
    segments = segment(root)
    place = place_article(segments, select_main(segments), title=meta.title)
    return gather_evidence(root, segments, place, meta)


def test_the_lines_around_the_article_are_gathered() -> None:
    evidence = _evidence(
        "<html><body><p>Samstag, 5. Oktober 2013</p><article><h1>Cycling plan</h1>"
        f"{P * 4}<p>Text: Jane Doe</p></article></body></html>"
    )
    assert "Samstag, 5. Oktober 2013" in evidence.byline_lines
    assert evidence.closing_lines[-1] == "Text: Jane Doe"


def test_the_markup_of_the_article_is_gathered() -> None:
    evidence = _evidence(
        '<html><body><article><h1>Cycling plan</h1><time datetime="2024-05-14">14 May</time>'
        f'<span itemprop="author">Jane Doe</span>{P * 4}'
        '<a rel="tag" href="/t/bikes">Bikes</a></article></body></html>'
    )
    assert evidence.markup == Markup(
        authors=("Jane Doe",),
        dates=("2024-05-14",),
        tags=("Bikes",),
        other_dates=("2024-05-14",),
    )


def test_the_pages_markup_outside_comments_and_teasers() -> None:
    evidence = _evidence(
        '<html><body><div class="comments"><time datetime="2020-01-01">x</time></div>'
        '<div class="related"><a rel="tag" href="/t/a">A tag</a>'
        '<span itemprop="author">John Roe</span><time datetime="2023-02-03">3 Feb</time></div>'
        f"<article><h1>Cycling plan</h1>{P * 4}</article></body></html>"
    )
    searches = evidence.searches
    assert tuple(searches.page_tags()) == ("A tag",)
    assert tuple(searches.page_dates()) == ()  # comments and related boxes are foreign
    assert tuple(searches.page_authors()) == ()


def test_the_pages_date_and_author_markup_in_pruned_boxes_and_the_head() -> None:
    """The page-wide markup holds what the walk never enters: the <time> of a pruned share
    bar, a <meta itemprop> in the <head>, a hidden author box; in page order."""
    evidence = _evidence(
        '<html><head><meta itemprop="datePublished" content="2024-05-14T08:00:00+02:00">'
        '</head><body><nav><time datetime="2024-05-13">13 May</time></nav>'
        '<div hidden><span itemprop="author">Jane Doe</span></div>'
        f"<article><h1>Cycling plan</h1>{P * 4}</article></body></html>"
    )
    searches = evidence.searches
    assert tuple(searches.page_dates()) == ("2024-05-14T08:00:00+02:00", "2024-05-13")
    assert tuple(searches.page_authors()) == ("Jane Doe",)


class _Unasked(NoSearches):
    """Searches that fail when asked: the sources before them must have answered."""

    def author_links(self) -> Iterable[str]:
        raise AssertionError("searched")

    def page_authors(self) -> Iterable[str]:
        raise AssertionError("searched")

    def page_dates(self) -> Iterable[str]:
        raise AssertionError("searched")

    def page_tags(self) -> Iterable[str]:
        raise AssertionError("searched")


@pytest.mark.parametrize(
    "evidence",
    [
        pytest.param(Evidence(json_ld=({"author": "Jane Doe"},)), id="json-ld"),
        pytest.param(Evidence(meta={"author": "Jane Doe"}), id="meta"),
        pytest.param(Evidence(markup=Markup(authors=("Jane Doe",))), id="markup"),
        pytest.param(Evidence(byline_lines=("By Jane Doe",)), id="byline"),
    ],
)
def test_explicit_authors_make_no_search(evidence: Evidence) -> None:
    assert find_authors(replace(evidence, searches=_Unasked())) == ("Jane Doe",)


def test_an_explicit_date_makes_no_search() -> None:
    evidence = Evidence(meta={"article:published_time": "2024-05-14"}, searches=_Unasked())
    assert find_dates(evidence, now=datetime(2024, 6, 1)).published == datetime(2024, 5, 14)


def test_stated_tags_make_no_search() -> None:
    assert article_tags(Evidence(stated_tags=("Bikes",), searches=_Unasked())) == ("Bikes",)


@pytest.mark.parametrize(
    ("stated", "linked", "expected"),
    [
        pytest.param(
            ("Mars",), ("Mars", "Space", "NASA"), ("Mars", "Space", "NASA"), id="fuller-box"
        ),
        pytest.param(("Mars", "Moon"), ("Mars", "Space", "NASA"), ("Mars", "Moon"), id="other-box"),
        pytest.param(("Mars",), ("mars",), ("Mars",), id="same-box"),
        pytest.param((), ("Mars", "Space"), ("Mars", "Space"), id="box-alone"),
    ],
)
def test_a_tag_box_that_lists_the_stated_tags_and_more_is_preferred(
    stated: tuple[str, ...], linked: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    evidence = Evidence(stated_tags=stated, markup=Markup(tags=linked), searches=_Unasked())
    assert article_tags(evidence) == expected
