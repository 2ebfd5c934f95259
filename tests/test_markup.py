"""Tests for newsextract.markup: the article's author and date markup."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from newsextract import extract, markup
from newsextract.blocks import Box
from newsextract.boxvalues import author_values, spaced_text
from newsextract.evidence import Markup
from newsextract.marks import Mark
from newsextract.markup import article_markup
from newsextract.metadata import read_metadata
from newsextract.parsing import clean_text

P = "<p>The council approved the new cycling plan on Thursday evening after a long debate.</p>"
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param('itemprop="dateModified"', id="itemprop"),
        pytest.param('class="updated"', id="hatom-class"),
        pytest.param('class="date-modified"', id="modified-class"),
    ],
)
def test_the_markup_of_a_change_is_no_publication_date(change: str) -> None:
    html = (
        "<html><body><article><h1>Cycling plan</h1><div class='entry-meta'>"
        f'<time {change} datetime="2022-12-29T15:36:19+01:00">29 Dec</time> '
        '<time class="entry-date" datetime="2022-12-30T07:00:40+01:00">30 Dec</time>'
        f"</div>{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2022, 12, 30, 7, 0, 40, tzinfo=CET)


def test_date_markup_whose_text_dates_a_change_is_no_publication_date() -> None:
    html = (
        "<html><body><article><h1>Cycling plan</h1>"
        '<p class="dateline">Updated Jan. 9, 2024 at 11:05</p>'
        '<p class="dateline">Published Jan. 8, 2024 at 21:24</p>'
        f"{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2024, 1, 8, 21, 24)


def test_a_time_classed_both_updated_and_published_is_the_publication() -> None:
    html = (
        "<html><body><article><h1>Cycling plan</h1><div class='entry-meta'>"
        '<time class="published updated" datetime="2022-12-29T15:36:19+01:00">29 Dec</time>'
        f"</div>{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2022, 12, 29, 15, 36, 19, tzinfo=CET)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param("<div>Jane Doe</div>", "Jane Doe", id="one-text"),
        pytest.param(
            "<div><span>Author</span><a>Jane Doe</a></div>", "Author Jane Doe", id="label-glued"
        ),
        pytest.param(
            "<div>Author: <b>Bo<i>2</i>man</b> am 29.12.<!-- c -->2010</div>",
            "Author: Bo 2 man am 29.12. 2010",
            id="nested-in-page-order",
        ),
        pytest.param("<div><br/>Jane Doe</div>", "Jane Doe", id="break"),
    ],
)
def test_spaced_text(markup: str, expected: str) -> None:
    assert clean_text(spaced_text(etree.fromstring(markup))) == expected


TOOLBAR_TIME = '<time datetime="2024-10-28T08:15:42+00:00">28 October 2024</time>'
QUOTED = (
    '<blockquote><p>As she wrote in <time datetime="2023-11-02">November 2023</time>, the first'
    f" boat is the one people miss.</p></blockquote>{P * 3}"
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            f"<article><h1>Ferry timetable</h1><div class='toolbar'>{TOOLBAR_TIME}"
            f"<a href='/share'>Share</a></div>{QUOTED}</article>",
            datetime(2024, 10, 28, 8, 15, 42, tzinfo=timezone.utc),
            id="bar-after-the-headline",
        ),
        pytest.param(
            f"<div class='toolbar'>{TOOLBAR_TIME}</div><article><h1>Ferry timetable</h1>"
            f"{QUOTED}</article>",
            datetime(2023, 11, 2),
            id="bar-before-the-headline-is-the-sites",
        ),
        pytest.param(
            f"<article><h1>Ferry timetable</h1><div class='toolbar'>{TOOLBAR_TIME * 3}"
            f"</div>{QUOTED}</article>",
            datetime(2023, 11, 2),
            id="bar-of-many-dates-is-a-list",
        ),
    ],
)
def test_the_date_of_a_pruned_bar_in_the_header(page: str, expected: datetime) -> None:
    """A toolbar after the headline, pruned from the text, still dates the article."""
    assert extract(f"<html><body>{page}</body></html>").published == expected


def test_the_class_of_the_page_frame_makes_no_date_foreign() -> None:
    """`<body class="has-comments">` names what the page holds: its dates stay evidence."""
    html = (
        "<html><body class='has-comments'><div class='share-bar'>"
        "<time datetime='2024-10-28T08:15:42+00:00'>28 October</time></div>"
        f"<article><h1>Ferry timetable</h1>{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2024, 10, 28, 8, 15, 42, tzinfo=timezone.utc)


def _box(markup: str, position: int, mark: Mark) -> Box:
    return Box(etree.fromstring(markup), position, mark)


def _author(name: str, position: int) -> Box:
    return _box(f'<span itemprop="author">{name}</span>', position, Mark.AUTHOR)


def _time(day: str, position: int) -> Box:
    return _box(f'<time datetime="{day}">{day}</time>', position, Mark.DATE)


LONG_NAME = "Jane Doe writes about the council, its budget and its plans " * 3


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        pytest.param(
            [_author("Page Team", 0), _author("Jane Doe", 5)],
            Markup(authors=("Jane Doe",)),
            id="the-article's-author",
        ),
        pytest.param(
            [_author("Page Team", 0), _author("Site Team", 20)],
            Markup(authors=("Page Team", "Site Team")),
            id="else-the-page's-authors",
        ),
        pytest.param(
            [_author("Page Team", 0), _author(LONG_NAME, 5)],
            Markup(authors=("Page Team",)),
            id="an-article-box-that-names-nobody-gives-the-page's",
        ),
        pytest.param(
            [_time("2024-05-01", 0), _time("2024-05-14", 5), _time("2024-05-20", 12)],
            Markup(dates=("2024-05-14",), other_dates=("2024-05-14", "2024-05-20")),
            id="header-dates-and-the-article's",
        ),
        pytest.param(
            [_time("2024-05-01", 0), _time("2024-05-02", 20)],
            Markup(other_dates=("2024-05-01", "2024-05-02")),
            id="else-the-page's-dates",
        ),
        pytest.param(
            [
                _box('<img src="a.jpg"/>', 5, Mark.IMAGE),
                _box('<amp-img><time datetime="2024-05-14">14 May</time></amp-img>', 6, Mark.IMAGE),
            ],
            Markup(dates=("2024-05-14",), other_dates=("2024-05-14",)),
            id="an-image-holds-a-date-only-when-it-holds-elements",
        ),
        pytest.param(
            [_time(f"2024-05-{day:02}", 5) for day in range(1, 12)],
            Markup(
                dates=tuple(f"2024-05-{day:02}" for day in range(1, 9)),
                other_dates=tuple(f"2024-05-{day:02}" for day in range(1, 9)),
            ),
            id="at-most-eight-values",
        ),
    ],
)
def test_article_markup(marks: list[Box], expected: Markup) -> None:
    """The markup of the headline (block 4) to the article's end (block 15), its header up
    to block 8; the page's other markup when the article's gives nothing."""
    assert article_markup(marks, 4, 15, header_end=8) == expected


def test_each_ancestor_of_the_page_markup_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page-wide search asks of each ancestor of its markup once whether its names
    are a comment area's or a teaser box's, however many dates it holds."""
    read: list[etree._Element] = []
    names_foreign_box = markup._names_foreign_box

    def reading(element: etree._Element) -> bool:
        read.append(element)
        return names_foreign_box(element)

    monkeypatch.setattr(markup, "_names_foreign_box", reading)
    updates = "".join(f"<p><time datetime='2024-10-2{day}'>{day}</time></p>" for day in range(5))
    root = etree.fromstring(
        "<html><body><div class='page'><section class='story'>"
        f"{updates}<ol class='comments'><li><time datetime='2024-10-01'>1</time></li></ol>"
        "</section></div></body></html>"
    )
    date_markup = read_metadata(root, url=None).date_markup
    dates = markup.PageSearches(root, (), (), date_markup=date_markup).page_dates()
    assert dates == tuple(f"2024-10-2{day}" for day in range(5))
    assert len(read) == len(set(read)) == 5 + 4  # the paragraphs; li, ol, section, div


@pytest.mark.parametrize(
    ("box", "text"),
    [
        # the handle beside the name leaves the box's text
        ('<div><b>Jane Doe</b> <a href="https://twitter.com/jdoe">jdoe</a></div>', "Jane Doe"),
        ('<div>Jane Doe <a href="https://x.com/jdoe/">@jdoe</a></div>', "Jane Doe"),
        # a name linked to the network stays: it is the name
        ('<div><a href="https://twitter.com/">Jane Doe</a></div>', "Jane Doe"),
        ('<div><a href="https://twitter.com/jdoe">Jane Doe</a></div>', "Jane Doe"),
        # a handle on a site that is no network stays
        ('<div>Jane Doe <a href="https://example.org/jdoe">jdoe</a></div>', "Jane Doe jdoe"),
    ],
)
def test_an_author_boxs_network_handle_is_no_part_of_its_text(box: str, text: str) -> None:
    assert " ".join(spaced_text(etree.fromstring(box)).split()) == text


@pytest.mark.parametrize(
    ("item", "names"),
    [
        # a reader's review or comment: its author is no author of the article
        ('<div itemscope="" itemtype="https://schema.org/Review">{}</div>', ()),
        ('<div itemscope="" itemtype="http://schema.org/Comment/">{}</div>', ()),
        ('<div itemscope="" itemtype="https://schema.org/UserComments">{}</div>', ()),
        # the article's own item, or none
        ('<div itemscope="" itemtype="https://schema.org/NewsArticle">{}</div>', ("Jane Doe",)),
        ("<div>{}</div>", ("Jane Doe",)),
    ],
)
def test_the_author_of_a_comment_or_review_is_no_author(item: str, names: tuple[str, ...]) -> None:
    root = etree.fromstring(item.format('<span itemprop="author">Jane Doe</span>'))
    marks = [Box(root[0], 0, Mark.AUTHOR)]
    assert author_values(marks) == names


_TRAIL = (
    '<ul itemscope="" itemtype="https://schema.org/BreadcrumbList">'
    '<li itemprop="itemListElement" itemscope="" itemtype="https://schema.org/ListItem">'
    '<a itemprop="item" href="/cars"><span itemprop="name">Cars</span></a></li></ul>'
)


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # a breadcrumb's item names its section, not the author beside it
        (f'<div class="author">By <a rel="author">Jane Doe</a>{_TRAIL}</div>', ("By Jane Doe",)),
        (f'<div class="author">{_TRAIL}</div>', ()),
        (
            '<div class="author"><ol class="c-breadcrumbs"><li>Cars</li></ol>Jane Doe</div>',
            ("Jane Doe",),
        ),
        # a link to a section's or a tag's page, a date: no names
        ('<div class="author"><a href="/news/category/3/local/en">Local</a></div>', ()),
        ('<div class="author">Jane Doe <a href="/thema/verkehr/">Verkehr</a></div>', ("Jane Doe",)),
        ('<div class="author"><time>May 3, 2025</time> Jane Doe</div>', ("Jane Doe",)),
        # the author's own item nested in the box names the author
        (
            '<div class="byline"><span itemprop="author" itemscope="" '
            'itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>'
            '<span itemscope="" itemtype="https://schema.org/Place">'
            '<span itemprop="name">Oslo</span></span></div>',
            ("Jane Doe",),
        ),
        # a link to the author's page stays
        ('<div class="author"><a href="/author/jane-doe/">Jane Doe</a></div>', ("Jane Doe",)),
    ],
)
def test_an_author_boxs_breadcrumb_section_link_and_date_name_no_author(
    box: str, names: tuple[str, ...]
) -> None:
    marks = [Box(etree.fromstring(box), 0, Mark.AUTHOR)]
    assert author_values(marks) == names


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # an image's author, by the box's class: the photographer, no author of the article
        ('<div><span class="img-author">Plainsphoto</span></div>', ()),
        ('<div><div class="story__image-author">Plainsphoto/ Ben Ortiz</div></div>', ()),
        ('<div class="foto-autor"><span class="author">Ben Ortiz</span></div>', ()),
        # an author's box with a picture of the author names the author
        ('<div><span class="author-image author">Jane Doe</span></div>', ("Jane Doe",)),
        ('<div><span class="author">Jane Doe</span></div>', ("Jane Doe",)),
    ],
)
def test_an_image_authors_markup_names_no_author(box: str, names: tuple[str, ...]) -> None:
    marks = [Box(etree.fromstring(box)[0], 0, Mark.AUTHOR)]  # the marked element in a box
    assert author_values(marks) == names
