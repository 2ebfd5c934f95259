"""Tests for newsextract.selection: the first reading's choice, widened to like containers,
and the second opinion that a choice in doubt gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from newsextract import doubts, jsonld, pruning, unions
from newsextract.alternatives import LIFT_MIN_CHARS
from newsextract.blocks import segment
from newsextract.decoding import decode
from newsextract.doubts import (
    MAX_NOTICE_CHARS,
    MIN_STATED_CHARS,
    WEAK_PROSE,
    candidate_text,
    stated_paragraphs,
)
from newsextract.options import DEFAULT_OPTIONS
from newsextract.parsing import parse
from newsextract.scoring import candidate_at, rank
from newsextract.selection import PROSE_GAIN, Selection, select_article

SENTENCES = [
    "The county council voted on Tuesday to keep the village school open for three more years.",
    "Parents had collected more than two thousand signatures against the closure since spring.",
    "The council's education officer said pupil numbers had fallen by a third in a decade.",
    "A new housing estate at the edge of the village is expected to bring young families back.",
    "The decision will be reviewed in 2028 when the first houses on the estate are finished.",
    "Teachers at the school said they were relieved but would keep campaigning for a new roof.",
    "The headteacher thanked the parents and said the school would open its doors on Saturday.",
    "Two governors resigned last year after a row over the budget for the after-school club.",
]


#: Navigation, so that the page as a whole is not the best container.
NAV = "<nav>" + "".join(f'<a href="/s{i}">Section number {i}</a>' for i in range(12)) + "</nav>"
NAV_BOX = NAV.replace("<nav>", "<div>").replace("</nav>", "</div>")


MARKER = "The second module of the story opens with this sentence, found nowhere else."


def _paragraphs(count: int, start: int = 0) -> str:
    return "".join(f"<p>{SENTENCES[(start + i) % len(SENTENCES)]}</p>" for i in range(count))


def _select(html: str, stated: str | None = None) -> tuple[etree._Element, Selection]:
    root = parse(html.replace("<body>", f"<body>{NAV_BOX}", 1))
    assert root is not None
    return root, select_article(root, segment(root), stated=stated, options=DEFAULT_OPTIONS)


def _text(selection: Selection) -> str:
    if selection.main is None:
        return "\n".join(selection.stated)
    spans = selection.main.spans(selection.segments)
    return "\n".join(
        block.text for start, end in spans for block in selection.segments.blocks[start:end]
    )


def _chosen(selection: Selection) -> str:
    assert selection.main is not None
    element = selection.segments.elements[selection.main.position]
    return element.get("data-t") or str(element.tag)


def test_a_clear_choice_gets_no_second_opinion() -> None:
    _, selection = _select(f'<body><div data-t="story">{_paragraphs(8)}</div></body>')
    assert _chosen(selection) == "story"
    assert selection.reasons == ()


def test_like_sibling_modules_are_joined_without_the_teasers_between_them() -> None:
    teasers = "".join(
        f'<a href="/t{i}">Another story about something else, {i}</a>' for i in range(8)
    )
    html = (
        '<body><div data-t="column">'
        f'<div class="mod text">{_paragraphs(5)}</div>'
        f'<div class="mod teasers">{teasers}</div>'
        f'<div class="mod text">{_paragraphs(5, 5)}</div>'
        "</div></body>"
    )
    _, selection = _select(html)
    text = _text(selection)
    assert SENTENCES[0] in text and SENTENCES[5] in text
    assert "Another story" not in text
    assert selection.main is not None and len(selection.main.members) == 2
    assert "weak" not in selection.reasons  # the union, not the second opinion, joined them


def test_the_article_around_the_choice_joins_its_parts_without_the_teasers() -> None:
    """An <article> cut in two containers of different names by a box of teasers: the first
    reading takes the longer part (its content class, and the teasers' links that weigh on
    the <article>), the run of the <article>'s children that are not mostly links is the
    article."""
    teasers = "".join(
        f'<a href="/t{i}">Another story about something else entirely, number {i}</a>'
        for i in range(12)
    )
    html = (
        "<body><article>"
        f'<div class="lead-part">{_paragraphs(3)}</div>'
        f'<div class="box-b">{teasers}</div>'
        f'<div class="story-content" data-t="rest">{_paragraphs(6, 3)}</div>'
        f'<div class="box-b">{teasers}</div>'
        "</article></body>"
    )
    root, selection = _select(html)
    first = segment(root)
    best = rank(first).best
    assert best is not None and first.elements[best.position].get("data-t") == "rest"
    text = _text(selection)
    assert SENTENCES[0] in text and SENTENCES[8 % len(SENTENCES)] in text
    assert "Another story" not in text
    assert selection.main is not None and len(selection.main.members) == 2


def test_an_article_that_holds_articles_of_its_own_is_not_joined() -> None:
    """Parts that are articles of their own (an <h1> each) inside an <article> stay apart."""
    teasers = "".join(f'<a href="/t{i}">Another story about something, {i}</a>' for i in range(12))
    html = (
        "<body><article>"
        f'<div class="first-story"><h1>One</h1>{_paragraphs(3)}</div>'
        f'<div class="box-b">{teasers}</div>'
        f'<div class="story-content" data-t="rest"><h1>Two</h1>{_paragraphs(6, 3)}</div>'
        f'<div class="box-b">{teasers}</div>'
        "</article></body>"
    )
    _, selection = _select(html)
    assert selection.main is not None and not selection.main.members
    assert _chosen(selection) == "rest"


def test_sibling_articles_are_never_joined() -> None:
    """Two <article> elements one after the other are two articles (an endless scroll)."""
    html = (
        f'<body><div><article class="post"><h1>One</h1>{_paragraphs(6)}</article>{NAV_BOX}'
        f'<article class="post"><h1>Two</h1>{_paragraphs(3, 3)}</article></div></body>'
    )
    _, selection = _select(html)
    assert selection.main is not None and not selection.main.members
    assert _chosen(selection) == "article"
    assert "Two" not in _text(selection)


def test_a_weak_choice_lifts_the_box_its_article_was_pruned_with() -> None:
    html = (
        "<body><article><h1>Title</h1><p>A short first paragraph of the story, set apart.</p>"
        f'<div class="keep-reading">{_paragraphs(6)}</div></article></body>'
    )
    _, selection = _select(html)
    assert "second reading" in selection.reasons
    assert SENTENCES[3] in _text(selection)


def test_a_sidebar_beside_a_weak_article_is_not_lifted() -> None:
    """The second reading lifts boxes in the article's scope only (here: its <article>)."""
    html = (
        f"<body><main><article><h1>Title</h1>{_paragraphs(2)}</article></main>"
        f'<div class="sidebar">{_paragraphs(8, 2)}</div></body>'
    )
    _, selection = _select(html)
    assert _chosen(selection) in ("main", "article")
    assert SENTENCES[5] not in _text(selection)


def test_reader_comments_are_never_lifted() -> None:
    comments = "".join(f'<div class="comment">{_paragraphs(2, i)}</div>' for i in range(6))
    html = (
        f"<body><article><h1>Title</h1>{_paragraphs(2)}"
        f'<div class="comments">{comments}</div></article></body>'
    )
    _, selection = _select(html)
    assert "second reading" not in selection.reasons
    assert SENTENCES[4] not in _text(selection)


def test_hidden_article_is_lifted_when_the_visible_page_holds_none() -> None:
    html = (
        "<body><main><p>Loading…</p></main>"
        f"<div hidden><article><h1>Title</h1>{_paragraphs(6)}</article></div></body>"
    )
    _, selection = _select(html)
    assert SENTENCES[2] in _text(selection)


def test_the_second_reading_asks_the_first_readings_pruner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second reading reuses the pruner of the first (Segments.pruner): the page's
    prompts and headline holders are read once, and the blocks are those a fresh pruner
    gives."""
    html = (
        "<body><main><p>Loading…</p></main>"
        f"<div hidden><article><h1>Title</h1>{_paragraphs(6)}</article></div></body>"
    )
    reads: list[etree._Element] = []
    read_page = pruning._read_page

    def counted(root: etree._Element) -> pruning._Page:
        reads.append(root)
        return read_page(root)

    monkeypatch.setattr(pruning, "_read_page", counted)
    root, selection = _select(html)
    assert "second reading" in selection.reasons
    assert len(reads) == 1
    lifted = frozenset(doubt.element for doubt in segment(root).doubtful)
    assert [block.text for block in segment(root, lifted=lifted).blocks] == [
        block.text for block in selection.segments.blocks
    ]


def test_a_notice_box_gives_way_to_more_prose_elsewhere() -> None:
    """A box that reads as a notice needs no PROSE_GAIN: any alternative with more prose
    (and MIN_GAIN_CHARS more) wins, here a story whose links lower its score below the
    notice's."""
    notice = (
        '<div data-t="notice"><p>Log in</p><p>This content is for subscribers only, so please '
        "log in to your account or create one to continue reading this article today.</p>"
        "<p>Members get unlimited access to every story, the archive and the daily puzzles.</p>"
        "<p>Gift subscriptions are available too, and every subscription supports reporting.</p>"
        "<p>Students and teachers can ask for a free account with an address from their school.</p>"
        "</div>"
    )
    linked = "".join(
        f'<p>{sentence} <a href="/more{i}">Read more of our coverage of the county</a></p>'
        for i, sentence in enumerate(SENTENCES)
    )
    _, selection = _select(
        f'<body>{notice}<div data-t="story">{linked}{NAV_BOX * 2}</div>{NAV_BOX}</body>'
    )
    assert _chosen(selection) == "story"
    assert "notice" in selection.reasons


def test_a_weak_choice_stays_when_no_alternative_holds_much_more() -> None:
    html = (
        f'<body><div data-t="story">{_paragraphs(2)}</div>'
        f'<div class="sidebar"><p>{SENTENCES[6]}</p></div></body>'
    )
    _, selection = _select(html)
    assert _chosen(selection) == "story"
    assert selection.reasons[0] == "weak"


def test_the_marked_article_body_beats_a_container_that_holds_it_and_more() -> None:
    about = (
        "<div><p>" + " ".join(SENTENCES[4:6]) + "</p><p>" + " ".join(SENTENCES[6:8]) + "</p></div>"
    )
    html = (
        f'<body><div><div itemprop="articleBody" data-t="body">{_paragraphs(5)}</div>'
        f"{about}</div></body>"
    )
    _, selection = _select(html)
    assert _chosen(selection) == "body"


STATED = " ".join(SENTENCES[:4]) + "\n\n" + " ".join(SENTENCES[4:])


def test_stated_text_is_the_article_when_no_container_agrees_with_it() -> None:
    html = (
        '<body><div class="login"><p>Please log in or create a free account to keep reading '
        "this article and all of our journalism.</p></div></body>"
    )
    _, selection = _select(html, stated=STATED)
    assert selection.main is None
    assert selection.stated == (" ".join(SENTENCES[:4]), " ".join(SENTENCES[4:]))


def test_stated_text_picks_the_container_that_agrees_with_it() -> None:
    """The first reading takes a longer box of other prose; the JSON-LD text says which
    container holds the article."""
    other = "".join(
        f"<p>Unrelated text number {i} about cooking pasta and sauces at home tonight.</p>"
        for i in range(14)
    )
    linked = "".join(
        f'<p>{sentence} <a href="/more{i}">Read more of our coverage of the county</a></p>'
        for i, sentence in enumerate(SENTENCES)
    )
    html = (
        f'<body>{NAV_BOX * 3}<div data-t="other">{other}</div>'
        f'<div data-t="story">{linked}</div></body>'
    )
    _, first = _select(html)
    assert _chosen(first) == "other"
    _, selection = _select(html, stated=STATED)
    assert _chosen(selection) == "story"
    assert "far from the JSON-LD text" in selection.reasons


def test_short_stated_text_is_no_evidence() -> None:
    summary = SENTENCES[0]
    assert len(summary) < MIN_STATED_CHARS
    _, selection = _select(f'<body><div data-t="story">{_paragraphs(8, 1)}</div></body>', summary)
    assert _chosen(selection) == "story"
    assert selection.reasons == ()


@pytest.mark.parametrize(
    ("stated", "paragraphs"),
    [
        ("One.\n\nTwo.\n", ("One.", "Two.")),
        ("<p>One &amp; one.</p><p>Two<br>lines</p>", ("One & one.", "Two", "lines")),
        ("  spaced   out  \n\n\n", ("spaced out",)),
        ("a < b and c > d", ("a < b and c > d",)),
    ],
)
def test_stated_paragraphs(stated: str, paragraphs: tuple[str, ...]) -> None:
    assert stated_paragraphs(stated) == paragraphs


def test_thresholds_are_consistent() -> None:
    assert PROSE_GAIN > 1
    assert LIFT_MIN_CHARS < WEAK_PROSE < MIN_STATED_CHARS * 2


def test_json_ld_steps_are_stated_text() -> None:
    """A HowTo states its text in its description and steps (jsonld.body_text)."""
    howto = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "description": "<p>" + SENTENCES[0] + "</p>",
        "step": [
            {"@type": "HowToStep", "text": SENTENCES[1]},
            {
                "@type": "HowToSection",
                "itemListElement": [{"@type": "HowToStep", "text": SENTENCES[2]}],
            },
        ],
    }
    text = jsonld.body_text([json.loads(json.dumps(howto))])
    assert text is not None
    assert stated_paragraphs(text) == tuple(SENTENCES[:3])


def test_a_single_paragraph_gives_way_to_its_container() -> None:
    """A paragraph element is not an article: when the first reading picks one whose parent
    holds more prose (short lines, a list of places) that is not mostly links, the parent."""
    lines = "".join(f'<p>Area {n}: <a href="/r{n}">Ashby {n}</a>, Kelby</p>' for n in range(6))
    html = f'<body><div data-t="story"><p>{SENTENCES[0]} {SENTENCES[1]}</p>{lines}</div></body>'
    _, selection = _select(html)
    assert _chosen(selection) == "story"
    assert "Area 5" in _text(selection)


def test_siblings_that_share_a_class_name_are_joined_unless_mostly_links() -> None:
    """Modules of one article need not carry the same class names ("mod text", "mod text
    first"): a shared name will do; a sibling that shares one but is mostly links (a box of
    teasers named "mod teasers") is not joined."""
    teasers = "".join(
        f'<a href="/t{i}">Another story about something else, {i}</a>' for i in range(8)
    )
    html = (
        '<body><div data-t="column">'
        f'<div class="mod text first">{_paragraphs(8)}</div>'
        f'<div class="mod teasers">{teasers * 3}</div>'
        f'<div class="mod text"><p>{MARKER}</p>{_paragraphs(7, 5)}</div>'
        "</div></body>"
    )
    _, selection = _select(html)
    text = _text(selection)
    assert SENTENCES[0] in text and MARKER in text
    assert "Another story" not in text
    assert selection.reasons == ()  # joined by the union, not by a second opinion


def _link_post(links: int, host: str, closing: str = "") -> str:
    lines = "".join(
        f'<li><p><a href="https://{host}/2024/story-{n}">A story worth reading, number {n}</a></p>'
        f'<p>via Source {n} <a href="https://{host}/">https://{host}/</a></p></li>'
        for n in range(links)
    )
    return (
        '<body><div class="sidebar"><p>A blog about small things.</p></div>'
        f'<article data-t="post"><h1>Links of the day</h1><ul>{lines}</ul>{closing}</article>'
        "</body>"
    )


@pytest.mark.parametrize(
    ("links", "host", "expected"),
    [
        pytest.param(4, "other.example.com", True, id="off-site-lines"),
        pytest.param(4, "blog.example.org", False, id="on-site-lines-are-a-menu"),
        pytest.param(1, "other.example.com", False, id="one-link-and-its-source-are-no-post"),
    ],
)
def test_a_weak_choice_gives_way_to_a_link_post(links: int, host: str, expected: bool) -> None:
    """When the first choice is weak, the page's one <article> whose blocks are mostly lines
    of links to other sites is the article (linkposts.py); links to the page's own site are
    a menu, and two lines (a link and its source) are a footnote."""
    root = parse(_link_post(links, host))
    assert root is not None
    selection = select_article(
        root,
        segment(root),
        stated=None,
        options=DEFAULT_OPTIONS,
        url="https://blog.example.org/2024/03/links/",
    )
    assert selection.link_post is expected
    assert ("link post" in selection.reasons) is expected
    if expected:
        assert _chosen(selection) == "post"


#: Rows shorter than a line of prose: the first reading counts no prose in them.
_FACTS = [
    ("Born", "1931, Harbour town"),
    ("Trade", "Ferryman, 40 years"),
    ("Boat", "The Mary Ann, 1902"),
    ("Known for", "Rowing the doctor"),
]


def _sheet(form: str, rows: int) -> str:
    facts = (_FACTS * 2)[:rows]
    if form == "div-rows":
        return "".join(
            f'<div class="row"><div class="label">{k}</div><div class="value">{v}</div></div>'
            for k, v in facts
        )
    if form == "dl":
        return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"
    if form == "table-with-empty-cells":  # a spacer cell between: still two cells of text
        cells = "<tr><th>{}</th><td> </td><td>{}</td><td></td></tr>"
        return "<table>" + "".join(cells.format(k, v) for k, v in facts) + "</table>"
    return "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts) + "</table>"


@pytest.mark.parametrize(
    ("form", "rows", "headline", "expected"),
    [
        pytest.param("div-rows", 4, True, True, id="div-rows"),
        pytest.param("dl", 4, True, True, id="definition-list"),
        pytest.param("table", 4, True, True, id="two-cell-table"),
        pytest.param("table-with-empty-cells", 4, True, True, id="two-cells-of-text"),
        pytest.param("dl", 3, True, False, id="three-rows-are-a-box-of-facts"),
        pytest.param("dl", 4, False, False, id="not-under-the-headline"),
    ],
)
def test_a_weak_choice_gives_way_to_a_data_sheet(
    form: str, rows: int, headline: bool, expected: bool
) -> None:
    """When the first choice is weak, the label/value rows right under the page's headline
    are its article (datasheets.py): div rows, a definition list or a two-cell table; three
    rows are a box of facts, and rows away from the headline are not the article."""
    top = '<h1>Jonas Berg</h1><p class="kind">A harbour town figure</p>' if headline else ""
    html = (
        f'<body><div data-t="sheet">{top}{_sheet(form, rows)}</div>'
        "<div data-t='sources'><ol><li>The harbour master's log book, 1950 to 1960</li>"
        "<li>Letters of the ferry company to the council</li></ol></div>"
        "</body>"
    )
    _, selection = _select(html)
    assert ("data sheet" in selection.reasons) is expected
    if expected:
        assert "Harbour town" in _text(selection)


FIXTURE_PAGES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/page.html"))


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_the_children_of_each_element_are_those_the_parents_name(page: Path) -> None:
    """unions._children passes over each child's subtree to the next sibling: the same
    children as the positions whose parent is the element, on every fixture page."""
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    segments = segment(root)
    parents = segments.parents
    for index in range(len(parents)):
        expected = [child for child in range(len(parents)) if parents[child] == index]
        assert unions._children(segments, index) == expected


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_a_candidate_is_longer_than_a_limit_as_its_text_is(page: Path) -> None:
    """doubts._longer_than reads the first blocks' lengths, not the text written out: the
    same answer as the length of candidate_text, around the notice limit, for every
    element of every fixture page."""
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    segments = segment(root)
    ranking = rank(segments)
    for index in range(len(segments.elements)):
        candidate = candidate_at(segments, index, ranking.prose, ranking.noise)
        size = len(candidate_text(segments, candidate))
        for limit in (0, max(size - 1, 0), size, MAX_NOTICE_CHARS):
            assert doubts._longer_than(segments, candidate, limit) is (size > limit)
