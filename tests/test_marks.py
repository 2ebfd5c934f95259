"""Tests for newsextract.marks: the markup the segmenting walk records, kept or pruned."""

from __future__ import annotations

import pytest

from newsextract.blocks import segment
from newsextract.marks import Mark, item_property
from newsextract.parsing import parse

PROSE = (
    "The city council approved the new cycling plan on Thursday evening after more than two "
    "years of debate, with a clear majority of the members voting in favour of it."
)


def _marks(inner: str) -> list[tuple[str | None, Mark | None]]:
    """The id and mark of every element the walk marked in a page around `inner`."""
    root = parse(
        f"<html><body><article><h1>Title</h1>{inner}<p>{PROSE}</p></article></body></html>"
    )
    assert root is not None
    return [(box.element.get("id"), box.mark) for box in segment(root).marks]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            '<time id="x" datetime="2024-05-14">14 May</time>', [("x", Mark.DATE)], id="time"
        ),
        pytest.param(
            '<span id="x" itemprop="author">Jane Doe</span>', [("x", Mark.AUTHOR)], id="itemprop"
        ),
        pytest.param(
            '<a id="x" rel="author" href="/jane">Jane</a>', [("x", Mark.AUTHOR)], id="rel-author"
        ),
        pytest.param(
            '<a id="x" rel="tag" href="/t/bikes">Bikes</a>', [("x", Mark.TAG)], id="rel-tag"
        ),
        pytest.param(
            '<div><a id="x" href="/news/topics/c1x2">Bikes</a></div>',
            [("x", Mark.TAG)],
            id="link-to-a-topic-page",
        ),
        pytest.param(
            '<p>All about <a id="x" href="/tag/bikes">bikes</a> is on one page.</p>',
            [],
            id="topic-link-in-a-sentence",
        ),
        pytest.param(
            '<div><a id="x" href="/news/2024/05/bikes">Bikes</a></div>', [], id="article-link"
        ),
        pytest.param('<img id="x" src="/a.jpg">', [("x", Mark.IMAGE)], id="image"),
        pytest.param(
            '<div id="x" class="byline">By Jane Doe</div>',
            [("x", Mark.AUTHOR)],
            id="pruned-byline-box",
        ),
        pytest.param(
            '<span id="x" class="authorname-txt"><span>Jane Doe</span></span>',
            [("x", Mark.AUTHOR)],
            id="author-name-box-in-one-word",
        ),
        pytest.param(
            '<div id="x" class="post-date">14 May 2024</div>',
            [("x", Mark.DATE)],
            id="date-named-box",
        ),
        pytest.param(
            '<p>Posted <span id="x" class="post-date">14 May</span> by the desk.</p>',
            [],
            id="date-name-styling-a-word-of-a-sentence",
        ),
        pytest.param(
            '<time id="x" hidden datetime="2024-05-14">14 May</time>', [], id="hidden-time"
        ),
        pytest.param(
            '<nav><time id="x" datetime="2024-05-14">14 May</time></nav>',
            [],
            id="inside-a-pruned-box",
        ),
        pytest.param(
            '<meta id="x" itemprop="datePublished" content="2024-05-14">',
            [("x", Mark.DATE)],
            id="meta-date-published",
        ),
    ],
)
def test_marks(inner: str, expected: list[tuple[str | None, Mark | None]]) -> None:
    assert _marks(inner) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("author", "author", id="one"),
        pytest.param("author name", "author", id="author-and-name"),
        pytest.param("dateCreated datePublished", "datePublished", id="dates"),
        pytest.param("author publisher", "publisher", id="the-publisher-is-no-author"),
        pytest.param("name url", "name url", id="none-marked"),
        pytest.param(None, None, id="no-itemprop"),
    ],
)
def test_item_property(value: str | None, expected: str | None) -> None:
    assert item_property(value) == expected
