"""Tests for newsextract.structure: the chosen container's blocks become sections."""

from __future__ import annotations

import pytest

from newsextract import linkboxes
from newsextract.blocks import Segments, segment
from newsextract.metadata import Metadata
from newsextract.model import BlockKind, Section
from newsextract.parsing import parse
from newsextract.placement import place_article
from newsextract.scoring import select_main
from newsextract.structure import Body, build_body

P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."
P3 = "Opponents warned that about 180 parking spaces will disappear along the ring road."
P4 = "The first works are to start in March, the mayor said after the vote on Thursday."
TITLE = "Council approves the cycling plan"


def _body(html: str, *, title: str | None = None) -> Body:
    root = parse(html)
    assert root is not None
    segments = segment(root)
    place = place_article(segments, select_main(segments), title=title)
    return build_body(segments, place, Metadata(title=title))


def _article(inner: str, *, title: str | None = None) -> tuple[Section, ...]:
    """The sections of a page whose <article> holds `inner`."""
    return _body(f"<body><article>{inner}</article></body>", title=title).sections


def _paragraphs(inner: str, *, title: str | None = None) -> list[str]:
    return [text for section in _article(inner, title=title) for text in section.paragraphs]


def test_no_main_gives_an_empty_body() -> None:
    root = parse("<body><p>x</p></body>")
    assert root is not None
    assert build_body(segment(root), None, Metadata()) == Body()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("0 \x1b", "0", id="control-character-after-a-space"),
        pytest.param("\x1b  x = 1\n  y = 2 \x1b", "  x = 1\n  y = 2", id="lines-kept-indented"),
    ],
)
def test_code_without_control_characters_is_trimmed_again(code: str, expected: str) -> None:
    assert _paragraphs(f"<p>{P1}</p><pre>{code}</pre><p>{P2}</p>") == [P1, expected, P2]


def test_sections_split_at_subheadings() -> None:
    sections = _article(
        f"<p>{P1}</p><h2>The plan</h2><p>{P2}</p><h3>Parking</h3><p>{P3}</p><h4>Dates</h4>"
        f"<p>{P4}</p>"
    )
    assert sections == (
        Section(None, 0, (P1,)),
        Section("The plan", 2, (P2,)),
        Section("Parking", 3, (P3,)),
        Section("Dates", 4, (P4,)),
    )


@pytest.mark.parametrize(
    "level",
    [pytest.param(level, id=f"h{level}") for level in range(2, 7)],
)
def test_every_subheading_level_opens_a_section(level: int) -> None:
    sections = _article(f"<p>{P1}</p><h{level}>Next</h{level}><p>{P2}</p>")
    assert [(s.heading, s.level) for s in sections] == [(None, 0), ("Next", level)]


@pytest.mark.parametrize(
    "before",
    [
        pytest.param("<h4>Transport</h4>", id="kicker"),
        pytest.param(f"<h2>Roadworks {TITLE} | The Courier</h2>", id="headline-variant"),
        pytest.param(f"<h2>{TITLE}: the vote</h2>", id="headline-variant-short"),
        pytest.param(f"<h2>{P4}</h2>", id="standfirst"),
        pytest.param("<h2>Transport</h2><h2>The plan in brief</h2>", id="kicker-over-heading"),
    ],
)
def test_headings_before_the_first_prose_are_text_not_sections(before: str) -> None:
    """A heading before the article's first prose is a kicker, the headline again or the
    standfirst: it stays in the text, as a paragraph, and opens no section."""
    root = parse(f"<body><article>{before}</article></body>")
    assert root is not None
    shown = [block.text for block in segment(root).blocks]
    sections = _article(f"{before}<p>{P1}</p><h2>The vote</h2><p>{P2}</p>", title=TITLE)
    assert [(s.heading, s.level) for s in sections] == [(None, 0), ("The vote", 2)]
    assert sections[0].paragraphs == (*shown, P1)


@pytest.mark.parametrize("title", [TITLE, None])
def test_a_first_subheading_of_a_series_opens_a_section(title: str | None) -> None:
    """The article's first block, a short heading with prose under it, not the headline,
    opens a section when a later heading has its level (one of a series)."""
    sections = _article(f"<h2>The plan</h2><p>{P1}</p><h2>The vote</h2><p>{P2}</p>", title=title)
    assert sections == (Section("The plan", 2, (P1,)), Section("The vote", 2, (P2,)))


def test_a_first_heading_with_none_of_its_level_after_it_is_text() -> None:
    sections = _article(f"<h2>The plan</h2><p>{P1}</p><h3>The vote</h3><p>{P2}</p>")
    assert [s.heading for s in sections] == [None, "The vote"]
    assert sections[0].paragraphs == ("The plan", P1)


@pytest.mark.parametrize(
    ("heading", "is_section"),
    [
        pytest.param('<a href="/2024/05/other-story">Pool reopens</a>', False, id="relative-link"),
        pytest.param(
            '<a href="https://www.courier.test/other">Pool reopens</a>', False, id="same-host"
        ),
        pytest.param('<a href="https://shop.test/lamp">Pool reopens</a>', True, id="off-site"),
        pytest.param('<a name="pool">Pool reopens</a>', True, id="link-target"),
        pytest.param('<a href="#pool">Pool reopens</a>', True, id="link-to-itself"),
        pytest.param('Pool <a href="/2024/05/pool">reopens</a>', True, id="partly-linked"),
    ],
)
def test_a_heading_linking_to_another_page_of_the_site_is_a_teaser(
    heading: str, is_section: bool
) -> None:
    root = parse(f"<body><article><p>{P1}</p><h2>{heading}</h2><p>{P2}</p></article></body>")
    assert root is not None
    segments = segment(root)
    place = place_article(segments, select_main(segments), title=None)
    meta = Metadata(url="https://www.courier.test/news/story")
    sections = build_body(segments, place, meta).sections
    assert [s.heading for s in sections] == ([None, "Pool reopens"] if is_section else [None])
    in_text = "Pool reopens" in [p for s in sections for p in s.paragraphs]
    assert in_text is not is_section  # a teaser's headline stays in the text, as a line


@pytest.mark.parametrize(
    ("inner", "title", "dropped"),
    [
        pytest.param(f"<h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p>", None, TITLE, id="h1"),
        pytest.param(
            f"<h2>{TITLE.upper()}!</h2><p>{P1}</p><p>{P2}</p>", TITLE, TITLE.upper(), id="title-h2"
        ),
        pytest.param(
            f"<p>{P1}</p><h2>Read more</h2><p>{P2}</p>", None, "Read more", id="related-heading"
        ),
        pytest.param(
            f"<p>{P1}</p><h3>Advertisement</h3><p>{P2}</p>", None, "Advertisement", id="ad-heading"
        ),
        pytest.param(
            f"<p>{P1}</p><h3>Subscribe to email updates</h3><p>{P2}</p>",
            None,
            "Subscribe to email updates",
            id="prompt-heading",
        ),
        pytest.param(f"<p>{P1}</p><h3>Loading…</h3><p>{P2}</p>", None, "Loading", id="notice"),
    ],
)
def test_headings_that_are_not_subheadings_are_dropped(
    inner: str, title: str | None, dropped: str
) -> None:
    sections = _article(inner, title=title)
    assert all(dropped not in (section.heading or "") for section in sections)
    assert [p for s in sections for p in s.paragraphs] == [P1, P2]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        pytest.param(
            '<p><a href="/a">Read the older story about the ring road</a></p>',
            "links",
            id="link-dense",
        ),
        pytest.param(
            '<ul><li><a href="/a">Older story</a></li><li><a href="/b">Another</a></li></ul>',
            "links",
            id="link-list",
        ),
        pytest.param("<p>Advertisement</p>", "boilerplate", id="advertisement"),
        pytest.param("<p>Jane Doe/dpa</p>", "an agency's credit", id="agency-credit-line"),
        pytest.param("<p>Share this article</p>", "boilerplate", id="share"),
        pytest.param("<p>Lesen Sie auch:</p>", "related", id="related-label"),
        pytest.param("<p>Foto: dpa/Michael Kappeler</p>", "credit", id="credit-foto"),
        pytest.param("<p>Photograph by Jane Doe</p>", "credit", id="credit-photograph-by"),
        pytest.param("<p>© Reuters</p>", "credit", id="copyright"),
        pytest.param("<p>Updated Nov. 19, 2019 8:21 am ET</p>", "dateline", id="dateline-updated"),
        pytest.param("<p>Von Peter Müller</p>", "dateline", id="byline-von"),
        pytest.param("<p>By Jane Doe</p>", "dateline", id="byline-by"),
        pytest.param(
            "<figure><figcaption>A new lane on the ring road, Thursday.</figcaption></figure>",
            "caption",
            id="figcaption",
        ),
        pytest.param(
            '<div class="caption">A new lane on the ring road, Thursday.</div>',
            "caption",
            id="caption-class",
        ),
    ],
)
def test_lines_that_are_not_the_article_are_dropped(line: str, why: str) -> None:
    assert _paragraphs(f"<p>{P1}</p>{line}<p>{P2}</p>") == [P1, P2], why


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            f'<p>{P3} See <a href="/a">the plan</a>.</p>', f"{P3} See the plan.", id="few-links"
        ),
        pytest.param(
            "<p>Photo by the lake: the new lanes end at the water.</p>",
            "Photo by the lake: the new lanes end at the water.",
            id="photo-by-the-lake",
        ),
        pytest.param(
            f"<p>Foto: {P3} {P4} {P3} {P4}</p>", f"Foto: {P3} {P4} {P3} {P4}", id="long-credit-like"
        ),
        pytest.param('<pre><a href="/a">link()</a></pre>', "link()", id="code-with-links"),
        pytest.param(
            "<p>By the time the 2019 season ended, the ring road was closed.</p>",
            "By the time the 2019 season ended, the ring road was closed.",
            id="by-the-time",
        ),
    ],
)
def test_lines_that_resemble_furniture_are_kept(line: str, expected: str) -> None:
    assert _paragraphs(f"<p>{P1}</p>{line}<p>{P2}</p>") == [P1, expected, P2]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(f"Von Peter Müller<br>{P1}", P1, id="byline-line"),
        pytest.param(f"Updated Nov. 19, 2019 8:21 am ET<br>{P1}", P1, id="dateline-line"),
        pytest.param(f"{P1}<br>Foto: dpa/Michael Kappeler", P1, id="credit-line"),
        pytest.param(f"{TITLE}<br>{P1}<br>Advertisement", P1, id="title-and-ad-lines"),
        pytest.param(f"{P1}<br>{P3}", f"{P1}\n{P3}", id="prose-lines-kept"),
    ],
)
def test_furniture_lines_inside_a_block_are_dropped(lines: str, expected: str) -> None:
    assert _paragraphs(f"<p>{lines}</p><p>{P2}</p>", title=TITLE) == [expected, P2]


def test_block_of_furniture_lines_only_is_dropped() -> None:
    lines = "Von Peter Müller<br>Updated Nov. 19, 2019 8:21 am ET"
    assert _paragraphs(f"<p>{P1}</p><p>{lines}</p><p>{P2}</p>") == [P1, P2]


def test_code_lines_are_not_filtered() -> None:
    code = "Advertisement\nx = 1"
    assert _paragraphs(f"<p>{P1}</p><pre>{code}</pre><p>{P2}</p>") == [P1, code, P2]


def test_kinds_follow_the_blocks() -> None:
    sections = _article(
        f"<p>{P1}</p><ul><li>{P2}</li></ul><blockquote>{P3}</blockquote><pre>x = 1</pre>"
        "<table><tr><td>2019</td><td>1,200</td></tr></table>"
    )
    assert sections[0].kinds == (
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
        BlockKind.CODE,
        BlockKind.TABLE_ROW,
    )


def test_consecutive_repeats_are_dropped() -> None:
    assert _paragraphs(f"<p>{P1}</p><p>{P1}</p><p>{P2}</p><p>{P1}</p>") == [P1, P2, P1]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            f"<p>{P1}</p><p>{P2}</p><h2>Trailing</h2>",
            (Section(None, 0, (P1, P2)),),
            id="one",
        ),
        pytest.param(
            f"<p>{P1}</p><p>{P2}</p><h2>Trailing</h2><h3>Also trailing</h3>",
            (Section(None, 0, (P1, P2)),),
            id="two",
        ),
        pytest.param(
            f"<p>{P1}</p><h2>Empty</h2><h2>Full</h2><p>{P2}</p>",
            (Section(None, 0, (P1,)), Section("Empty", 2, ()), Section("Full", 2, (P2,))),
            id="empty-in-the-middle-kept",
        ),
    ],
)
def test_trailing_empty_headings_are_dropped(inner: str, expected: tuple[Section, ...]) -> None:
    assert _article(inner) == expected


@pytest.mark.parametrize(
    ("page", "title", "expected"),
    [
        pytest.param(
            f"<body><h1>{TITLE}</h1><div><p>{P1}</p></div><article><p>{P2}</p><p>{P3}</p>"
            "</article></body>",
            None,
            [P1, P2, P3],
            id="after-h1",
        ),
        pytest.param(
            f"<body><h2>{TITLE}</h2><div><p>{P1}</p></div><article><p>{P2}</p><p>{P3}</p>"
            "</article></body>",
            TITLE,
            [P1, P2, P3],
            id="after-title-heading",
        ),
        pytest.param(
            f"<body><div><p>{P1}</p></div><article><p>{P2}</p><p>{P3}</p></article></body>",
            None,
            [P2, P3],
            id="no-headline",
        ),
        pytest.param(
            f"<body><div><p>{P1}</p></div><h1>{TITLE}</h1><article><p>{P2}</p><p>{P3}</p>"
            "</article></body>",
            None,
            [P2, P3],
            id="before-h1",
        ),
        pytest.param(
            f'<body><h1>{TITLE}</h1><div><p><a href="/x">{P1}</a></p><p>Short.</p></div>'
            f"<article><p>{P2}</p><p>{P3}</p></article></body>",
            None,
            [P2, P3],
            id="only-prose-taken",
        ),
    ],
)
def test_lead_between_headline_and_container_is_kept(
    page: str, title: str | None, expected: list[str]
) -> None:
    body = _body(page, title=title)
    assert [p for s in body.sections for p in s.paragraphs] == expected


def test_lead_is_not_taken_beyond_the_gap() -> None:
    filler = "".join(f"<h3>Topic {i}</h3>" for i in range(14))
    page = (
        f"<body><h1>{TITLE}</h1><div><p>{P1}</p></div><div>{filler}</div>"
        f"<article><p>{P2}</p><p>{P3}</p></article></body>"
    )
    body = _body(page)
    assert P1 not in [p for s in body.sections for p in s.paragraphs]


TEASER = (
    '<li><a href="/news/other-story-{0}/">Other story number {0} of the day</a> '
    "<span>The opening words of that other story, long enough to read as prose, are cut "
    "short after a couple of lines as such lists do...</span></li>"
)


@pytest.mark.parametrize(
    ("above", "opens_at_headline"),
    [
        pytest.param(
            "<ul>" + "".join(TEASER.format(i) for i in range(6)) + "</ul>", True, id="ticker"
        ),
        pytest.param('<p><a href="/">Home</a> / <a href="/news/">News</a></p>', True, id="crumbs"),
        pytest.param(f"<p>{P3}</p><p>{P4}</p><p>{P1} {P2}</p>", False, id="more-prose-above"),
    ],
)
def test_article_opens_at_its_headline_inside_its_container(
    above: str, opens_at_headline: bool
) -> None:
    """Lines of other stories (each opening with its link) or a breadcrumb above the
    headline are not the article; prose of its own above it, longer than the text under it,
    is (the heading only repeats a title taken from a box)."""
    page = f"<body><div>{above}<h2>{TITLE}</h2><p>{P1}</p><p>{P2}</p></div></body>"
    paragraphs = [p for s in _body(page, title=TITLE).sections for p in s.paragraphs]
    assert paragraphs[-2:] == [P1, P2]
    assert (paragraphs == [P1, P2]) is opens_at_headline


def test_a_heading_right_under_the_headline_is_its_dek() -> None:
    """Cut at its headline, the article's first heading is a dek over the text, not the
    first of its sections, even with headings of its level further down."""
    page = (
        f'<body><div><p><a href="/">Home</a> / <a href="/news/">News</a></p>'
        f"<h2>{TITLE}</h2><h3>Protected lanes on the ring road</h3><p>{P1}</p><p>{P2}</p>"
        f"<h3>Parking</h3><p>{P3}</p><p>{P4}</p></div></body>"
    )
    sections = _body(page, title=TITLE).sections
    assert [s.heading for s in sections] == [None, "Parking"]
    assert sections[0].paragraphs == ("Protected lanes on the ring road", P1, P2)


def _related(inner: str) -> list[tuple[str, str, str | None]]:
    body = _body(f"<body><article>{inner}</article></body>")
    return [(link.text, link.url.rsplit("/", 1)[-1], link.group) for link in body.related_links]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param(
            f"<p>{P1}</p><p>DON'T MISS</p><p><a href='https://x.example/a'>First story</a><br>"
            f"<a href='https://x.example/b'>Second story</a></p><p>{P2}</p>",
            [("First story", "a", "DON'T MISS"), ("Second story", "b", "DON'T MISS")],
            id="line-of-links-under-a-related-label",
        ),
        pytest.param(
            f"<p>{P1}</p><ul><li><a href='https://x.example/profile-of-the-mayor'>Profile: the "
            "mayor</a></li><li><a href='https://x.example/2019/timeline-of-the-plan'>Timeline of "
            f"the plan</a></li><li><a href='https://x.example/topics'>All topics</a></li></ul>"
            f"<p>{P2}</p>",
            [
                ("Profile: the mayor", "profile-of-the-mayor", None),
                ("Timeline of the plan", "timeline-of-the-plan", None),
            ],
            id="list-of-links-without-heading",
        ),
        pytest.param(
            f"<p>{P1}</p><p>{P2}</p><h3>Tags</h3><ul><li><a href='https://x.example/"
            "news/european-union-and-its-members'>European Union</a></li><li><a href='https://"
            "x.example/news/cycling-in-the-city-centre'>Cycling in the city</a></li></ul>",
            [],
            id="list-of-links-under-a-site-list-heading",
        ),
        pytest.param(
            f"<p>{P1}</p><ul><li><a href='https://x.example/2024/how-to-follow-topics-on-the-"
            "site'>Learn more</a></li><li><a href='https://x.example/2024/so-folgen-sie-themen-"
            f"auf-der-seite'>Mehr erfahren.</a></li></ul><p>{P2}</p>",
            [],
            id="button-texts-are-not-titles",
        ),
        pytest.param(
            f"<p>{P1}</p><h3>Related post: <a href='https://x.example/a'>The old plan</a></h3>"
            f"<p>{P2}</p>",
            [("The old plan", "a", "Related post")],
            id="labelled-heading",
        ),
        pytest.param(
            f"<p>{P1}</p><p>(Leggi anche su: <a href='https://x.example/a'>Il vecchio piano</a>)"
            f"</p><p>{P2}</p>",
            [("Il vecchio piano", "a", "Leggi anche su")],
            id="bracketed-label",
        ),
        pytest.param(
            f"<p>{P1}</p><p>See <a href='https://x.example/a'>the council's report</a> for the "
            f"figures, and <a href='https://x.example/b'>the map</a>.</p><p>{P2}</p>",
            [],
            id="links-in-prose-are-not-related",
        ),
        pytest.param(
            f"<p>{P1}</p><p>Some label</p><p><a href='https://x.example/a'>A story</a></p>"
            f"<p>{P2}</p>",
            [],
            id="link-paragraph-under-another-label-is-not-related",
        ),
        pytest.param(
            f"<p>{P1}</p><h2><a href='https://x.example/2024/old-plan-dropped'>The old plan is "
            f"dropped</a></h2><p>{P2}</p>",
            [("The old plan is dropped", "old-plan-dropped", None)],
            id="teaser-headline-between-paragraphs",
        ),
        pytest.param(
            f"<p>{P1}</p><a href='https://x.example/2024/old-plan-dropped'><div>Kicker</div>"
            f"<h3>The old plan is dropped</h3></a><p>{P2}</p>",
            [("The old plan is dropped", "old-plan-dropped", None)],
            id="headline-inside-the-teaser-link",
        ),
        pytest.param(
            f"<p>{P1}</p><p>{P2}</p><h2><a href='https://x.example/2024/old-plan-dropped'>The old "
            "plan is dropped</a></h2>",
            [],
            id="teaser-headline-closing-the-text",
        ),
        pytest.param(
            f"<p>{P1}</p><h2>Readers also read</h2><h3><a href='https://x.example/2024/old-plan-"
            f"dropped'>The old plan is dropped</a></h3><p>{P2}</p>",
            [],
            id="teaser-headline-under-another-heading",
        ),
        pytest.param(
            f"<p>{P1}</p><h2><a href='#figures'>The figures</a></h2><p>{P2}</p>",
            [],
            id="heading-linking-to-itself",
        ),
        pytest.param(
            f"<p>{P1}</p><ul><li>How it began: <a href='https://x.example/2023/council-drafts-"
            "the-plan'>The first draft</a> | <a href='https://x.example/2024/residents-object-"
            f"to-lanes'>Residents object</a></li></ul><p>{P2}</p>",
            [
                ("The first draft", "council-drafts-the-plan", "How it began"),
                ("Residents object", "residents-object-to-lanes", "How it began"),
            ],
            id="label-line-of-links",
        ),
        pytest.param(
            f"<p>{P1}</p><p>{P2}</p></article><div class='box'><p>{P3}</p><ul><li>Who decided: "
            "<a href='https://x.example/2024/profile-of-the-mayor'>The mayor</a> &bull; <a "
            "href='https://x.example/2024/profile-of-the-planner'>The planner</a></li></ul></div>"
            "<article>",
            [
                ("The mayor", "profile-of-the-mayor", "Who decided"),
                ("The planner", "profile-of-the-planner", "Who decided"),
            ],
            id="label-line-right-after-the-article",
        ),
        pytest.param(
            f"<p>{P1}</p><p>Opponents: <a href='https://x.example/2024/residents-object-to-"
            f"lanes'>residents</a> who say the lanes cost parking spaces</p><p>{P2}</p>",
            [],
            id="label-then-a-sentence-is-not-a-label-line",
        ),
        pytest.param(
            f"<p>{P1}</p><p>The vote at 21:37 <a href='https://x.example/2019/council-drafts-"
            f"the-plan'>The first draft</a></p><p>{P2}</p>",
            [],
            id="a-time-is-not-a-label",
        ),
        pytest.param(
            f"<p>{P1}</p><p>Filed under: <a href='https://x.example/2019/council-drafts-the-"
            "plan'>The first draft</a> | <a href='https://x.example/2024/residents-object-to-"
            f"lanes'>Residents object</a></p><p>{P2}</p>",
            [],
            id="a-site-list-label-is-not-a-label-line",
        ),
        pytest.param(
            f"<p>{P1}</p><p>Tags: <a href='https://x.example/tag/cycling-lanes-and-roads'>"
            "Cycling lanes and roads</a> | <a href='https://x.example/topics'>All the topics</a>"
            f"</p><p>{P2}</p>",
            [],
            id="label-line-of-links-to-no-article",
        ),
    ],
)
def test_related_lines_in_the_body(inner: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _related(inner) == expected


def test_related_box_inside_a_pruned_column_is_found() -> None:
    page = (
        f"<body><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
        "<div class='sidebar'><div class='widget'><h3>Weitere Beiträge zum Thema</h3>"
        "<ul><li><a href='https://x.example/a'>Ein verwandter Artikel</a></li></ul></div>"
        "<div class='widget'><h3>Archiv</h3><ul><li><a href='https://x.example/b'>2019</a></li>"
        "</ul></div></div></body>"
    )
    links = _body(page).related_links
    assert [(link.text, link.group) for link in links] == [
        ("Ein verwandter Artikel", "Weitere Beiträge zum Thema")
    ]


def test_read_more_line_leaves_the_text_even_when_its_link_is_short() -> None:
    inner = (
        f"<p>{P1}</p><p>Lesen Sie auch: Warum der Radweg am Ring so lange gedauert hat und "
        f"was <a href='https://x.example/2019/radweg-ring-chronik'>die Chronik</a> zeigt</p>"
        f"<p>{P2}</p>"
    )
    body = _body(f"<body><article>{inner}</article></body>")
    assert "Lesen Sie auch" not in "\n".join(p for s in body.sections for p in s.paragraphs)
    assert [link.group for link in body.related_links] == ["Lesen Sie auch"]


def _read_more_lines(count: int) -> str:
    link = "<a href='https://x.example/news/{n}/a-story-about-it.html'>A story about it {n}</a>"
    lines = "".join(f"Read more: {link.format(n=n)}<br><br>" for n in range(count))
    prose = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>" * max(1, count // 10)
    return f"{prose}{lines}"


def test_an_element_with_many_lines_of_links_is_counted_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its links were counted again for every one of its lines (quadratic)."""
    calls: list[int] = []
    original = linkboxes._too_many_checks

    def counted(segments: Segments, owner: int, lines: int) -> bool:
        calls.append(owner)
        return original(segments, owner, lines)

    monkeypatch.setattr(linkboxes, "_too_many_checks", counted)
    related = _body(f"<body><article>{_read_more_lines(300)}</article></body>").related_links
    assert len(related) == 200  # MAX_RELATED_LINKS
    assert len(calls) == len(set(calls)) == 1


@pytest.mark.parametrize("count", [3, 200])
def test_lines_of_many_links_are_matched_with_their_own_links(count: int) -> None:
    related = _body(f"<body><article>{_read_more_lines(count)}</article></body>").related_links
    assert [link.text for link in related] == [f"A story about it {n}" for n in range(count)]
    assert {link.group for link in related} == {"Read more"}
