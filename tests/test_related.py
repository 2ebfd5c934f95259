"""Related links: boxes and inline lines become absolute, deduplicated http(s) links."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract.model import Link
from newsextract.related import (
    LinkBox,
    box_heading,
    group_name,
    related_links,
    spaced_text,
    without_feeds_of,
)

BASE = "https://example.org/news/story.html"


def _element(html: str) -> etree._Element:
    element = etree.fromstring(html, etree.HTMLParser()).find(".//body/*")
    assert element is not None
    return element


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div><h3>Unsere Redaktion empfiehlt:</h3><ul><li><a href='/a'>Ein Artikel</a></li>"
            "</ul></div>",
            "Unsere Redaktion empfiehlt",
            id="heading-colon-stripped",
        ),
        pytest.param(
            "<div><p>Read more</p><a href='/a'>Some story</a><a href='/b'>Other story</a></div>",
            "Read more",
            id="first-child-label",
        ),
        pytest.param(
            "<div><article><h3><a href='/a'>Teaser headline</a></h3></article></div>",
            None,
            id="linked-teaser-headline-is-not-a-label",
        ),
        pytest.param(
            "<div><a href='/a'>Story one</a><h3>Later heading</h3></div>", None, id="links-first"
        ),
    ],
)
def test_box_heading(html: str, expected: str | None) -> None:
    assert box_heading(_element(html)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Mehr   zum Thema : ", "Mehr zum Thema"),
        ("Lire aussi |", "Lire aussi"),
        ("Sur le même sujet >", "Sur le même sujet"),
        ("Related »", "Related"),
        ("Read more -", "Read more"),
        ("Mehr zum Thema \u203a", "Mehr zum Thema"),
        ("x" * 200, None),
        (" | ", None),
    ],
)
def test_group_name_normalises_and_bounds(text: str, expected: str | None) -> None:
    assert group_name(text) == expected


def test_related_links_resolve_filter_and_deduplicate() -> None:
    box = _element(
        "<section><h3>Related</h3><ul>"
        "<li><a href='/news/a.html'>First related story</a></li>"
        "<li><a href='/news/a.html#x'>First related story again</a></li>"
        "<li><a href='javascript:void(0)'>Script link</a></li>"
        "<li><a href='data:text/html,x'>Data link</a></li>"
        "<li><a href='/tag/politics/'>Politics</a></li>"
        "<li><a href='/author/jane/'>Jane Doe</a></li>"
        "<li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share it</a></li>"
        "<li><a href='story.html'>This very page</a></li>"
        "<li><a href='/b'>»</a></li>"
        "<li><a href='https://other.example/b'>Second related story</a></li>"
        "</ul></section>"
    )
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert links == (
        Link("First related story", "https://example.org/news/a.html", "Related"),
        Link("Second related story", "https://other.example/b", "Related"),
    )


def test_inline_line_keeps_only_its_own_links() -> None:
    paragraph = _element(
        "<p>Read more: <a href='/x'>The other story</a> and <a href='/y'>inline cite</a></p>"
    )
    line = "Read more: The other story"
    links = related_links([LinkBox(paragraph, "Read more", line)], base_url=BASE, page_url=None)
    assert links == (Link("The other story", "https://example.org/x", "Read more"),)


def test_box_with_several_labelled_lists_groups_by_label_and_skips_site_wide_lists() -> None:
    box = _element(
        "<section><h2></h2><ul>"
        "<li><h2>Related Stories</h2><a href='/a'>First related story</a></li>"
        "<li><h2>Most read</h2><a href='/b'>A popular story elsewhere</a></li>"
        "<li><h2>More on this story</h2><a href='/c'>Second related story</a></li>"
        "</ul></section>"
    )
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert links == (
        Link("First related story", "https://example.org/a", "Related Stories"),
        Link("Second related story", "https://example.org/c", "More on this story"),
    )


def test_teaser_headline_inside_a_link_does_not_relabel_the_box() -> None:
    box = _element(
        "<div><h3>See also</h3>"
        "<a href='/a'><h2>First teaser headline</h2></a>"
        "<a href='/b'><h2>Second teaser headline</h2></a></div>"
    )
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert [link.group for link in links] == ["See also", "See also"]


@pytest.mark.parametrize(
    "teaser_meta",
    [
        pytest.param("<span class='vcard author'><a href='/jane'>Jane Doe</a></span>", id="author"),
        pytest.param("<a class='rubrique_cartouche' href='/-essais-'>Essai</a>", id="section"),
        pytest.param("<a href='/dossiers/'>Dossier</a>", id="one-short-word"),
        pytest.param("<a href='/more/'>Read more</a>", id="button-text"),
    ],
)
def test_teaser_meta_links_are_not_related(teaser_meta: str) -> None:
    box = _element(
        f"<div><h3>À lire aussi</h3><div><h2><a href='/x'>Une autre histoire</a></h2>"
        f"{teaser_meta}</div></div>"
    )
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert links == (Link("Une autre histoire", "https://example.org/x", "À lire aussi"),)


def test_unlabelled_list_keeps_article_links_of_the_same_site_only() -> None:
    page = "https://www.paper.com/news/world-europe-50000000"
    item = _element(
        "<ul><li><a href='https://www.paper.co.uk/news/world-11047811'>Profile: Brenner</a></li>"
        "<li><a href='https://other.example/news/some-other-long-story'>Elsewhere story</a></li>"
        "<li><a href='/news/topics/sweden'>Sweden topic page</a></li></ul>"
    )
    line = "Profile: Brenner Elsewhere story Sweden topic page"
    box = LinkBox(item, None, line, articles_only=True)
    links = related_links([box], base_url=page, page_url=page)
    assert links == (Link("Profile: Brenner", "https://www.paper.co.uk/news/world-11047811", None),)


@pytest.mark.parametrize(
    "href", ["/files/report-2019-final.pdf", "/images/big-photo-of-a-cat.jpeg?w=800"]
)
def test_links_to_files_are_not_related(href: str) -> None:
    box = _element(f"<div><h3>Related</h3><a href='{href}'>Download the report</a></div>")
    assert related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE) == ()


@pytest.mark.parametrize(
    ("base_url", "page_url", "kept"),
    [
        pytest.param(BASE, BASE, True, id="fetched-from-the-site"),
        pytest.param("http://localhost:8000/saved.html", BASE, True, id="localhost-canonical"),
        pytest.param("https://archive.example/web/1/x", BASE, True, id="archive-canonical"),
        pytest.param("http://localhost:8000/saved.html", None, False, id="no-canonical"),
    ],
)
def test_list_of_article_links_is_on_the_site_of_the_canonical_url(
    base_url: str, page_url: str | None, kept: bool
) -> None:
    box = _element(
        "<ul><li><a href='https://example.org/news/2024/05/ferry-returns-to-service'>"
        "Ferry returns to service</a></li></ul>"
    )
    line = LinkBox(box, None, "Ferry returns to service", articles_only=True)
    links = related_links([line], base_url=base_url, page_url=page_url)
    assert bool(links) is kept


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        pytest.param("Anzeige", False, id="ad-label"),
        pytest.param("Advertisement", False, id="ad-label-en"),
        pytest.param("Read more", True, id="related-heading-that-is-also-furniture"),
        pytest.param("Mehr zum Thema", True, id="related-heading"),
    ],
)
def test_links_under_an_ad_label_are_not_related(label: str, kept: bool) -> None:
    box = _element(
        f"<section class='related'><span class='label'>{label}</span><ul>"
        "<li><a href='/news/2024/teacher-wanted-in-town'>Teacher wanted in town</a></li>"
        "</ul></section>"
    )
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert bool(links) is kept


_RELATED = Link("Ferry timetable cut", "https://example.org/ferry-timetable-cut", "Related")
_FEED = Link("Council vote postponed", "https://example.org/council-vote", "More from Jane Doe")


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        pytest.param(("Jane Doe",), (_RELATED,), id="feed-of-the-author"),
        pytest.param(("JANE DOE", "Max Roe"), (_RELATED,), id="any-author-any-case"),
        pytest.param(("Max Roe",), (_RELATED, _FEED), id="another-author"),
        pytest.param(("Jane",), (_RELATED, _FEED), id="one-word-name"),
        pytest.param((), (_RELATED, _FEED), id="no-author"),
    ],
)
def test_an_author_feed_is_not_related(
    authors: tuple[str, ...], expected: tuple[Link, ...]
) -> None:
    assert without_feeds_of(authors, (_RELATED, _FEED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A story", id="plain"),
        pytest.param("  A \n story  ", id="white-space"),
        pytest.param("A story\u200c", id="lone-joiner"),
        pytest.param("A\x07 story", id="control"),
        pytest.param("", id="empty"),
    ],
)
def test_the_text_of_a_link_without_children_is_the_text_of_the_walk(text: str) -> None:
    # A comment child makes the walk read the link: it adds no text.
    alone = _element(f"<a href='/a'>{text}</a>")
    walked = _element(f"<a href='/a'>{text}<!-- --></a>")
    assert spaced_text(alone) == spaced_text(walked)


@pytest.mark.parametrize(
    ("card", "headline"),
    [
        pytest.param(
            "<span class='card-time'>3 hrs ago</span><h3>Bus fares frozen for a year</h3>"
            "<p>The operator says fares will not rise before next spring.</p>",
            "Bus fares frozen for a year",
            id="heading-among-time-and-standfirst",
        ),
        pytest.param(
            "<div class='pre-headline-teaser'>Heating costs and the price of wood</div>"
            "<div class='teaser-h2'>Firewood runs short</div>",
            "Firewood runs short",
            id="kicker-classed-pre-headline-is-no-headline",
        ),
        pytest.param(
            "<span class='gallery-icon-label-title'>Start the gallery (16 pictures)</span>"
            "<figcaption><span class='teaser__title'>Translation fails</span></figcaption>",
            "Translation fails",
            id="a-controls-title-is-no-headline",
        ),
    ],
)
def test_a_teaser_card_link_says_its_headline(card: str, headline: str) -> None:
    """A card that is one link gives its headline, not the kicker, standfirst, time or a
    control's label run together with it (the longest headline box that is none of them)."""
    box = _element(f"<div><h3>Related</h3><a href='/2024/05/story'>{card}</a></div>")
    links = related_links([LinkBox(box, None)], base_url=BASE, page_url=BASE)
    assert [link.text for link in links] == [headline]


def test_a_line_counts_a_card_by_its_whole_text() -> None:
    """Whether a line holds a link is asked of all the link's text, not of its headline: a
    card whose text the line does not hold stays out, as before headlines were read."""
    paragraph = _element(
        "<p>Read more: <a href='/x'><span class='kicker'>Courses</span>: "
        "<span class='card__title'>Zero trust in practice</span></a></p>"
    )
    line = "Read more: Zero trust in practice"
    links = related_links([LinkBox(paragraph, "Read more", line)], base_url=BASE, page_url=None)
    assert links == ()
