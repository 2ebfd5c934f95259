"""Tests for newsextract.scoring: the container with the most prose for the least noise wins."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsextract.blocks import Block, Role, Segments, segment
from newsextract.decoding import decode
from newsextract.model import BlockKind
from newsextract.parsing import parse
from newsextract.scoring import (
    ARTICLE_BODY_WEIGHT,
    ARTICLE_TAG_WEIGHT,
    CONTENT_WEIGHT,
    ISOLATED_PROSE_WEIGHT,
    MIN_PROSE_CHARS,
    SHORT_TEXT_WEIGHT,
    Candidate,
    is_prose,
    rank,
    select_main,
)

P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."
P3 = "Opponents warned that about 180 parking spaces will disappear along the ring road."
STORY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
LINK_LIST = "".join(
    f'<li><a href="/{i}">Another headline about something else, number {i}</a></li>'
    for i in range(8)
)


def _select(html: str) -> tuple[Segments, Candidate]:
    root = parse(html)
    assert root is not None
    segments = segment(root)
    main = select_main(segments)
    assert main is not None
    return segments, main


def _winner(html: str) -> str | None:
    """The data-t label of the chosen element (its tag when it has none)."""
    segments, main = _select(html)
    element = segments.elements[main.position]
    return element.get("data-t") or str(element.tag)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            f'<body><div data-t="story">{STORY}</div><div><h3>Latest</h3><ul>{LINK_LIST}</ul></div>'
            "</body>",
            id="sidebar-after",
        ),
        pytest.param(
            f'<body><div><ul>{LINK_LIST}</ul></div><div data-t="story">{STORY}</div></body>',
            id="link-list-before",
        ),
        pytest.param(
            f'<body><div><div><div data-t="story">{STORY}</div><ul>{LINK_LIST}</ul></div></div>'
            "</body>",
            id="links-beside-story-in-one-wrapper",
        ),
    ],
)
def test_article_container_beats_link_lists(html: str) -> None:
    assert _winner(html) == "story"


def test_run_of_paragraphs_beats_teasers_with_more_text() -> None:
    # Each teaser's summary is longer than a story paragraph, and together they outweigh
    # the story; but each stands alone under its teaser, so it counts as isolated prose.
    teasers = "".join(
        f'<div><h3><a href="/{i}">Teaser headline number {i}</a></h3><p>{P1} {P2} {i}.</p></div>'
        for i in range(4)
    )
    html = f'<body><div data-t="teasers">{teasers}</div><div data-t="story">{STORY}</div></body>'
    assert _winner(html) == "story"


@pytest.mark.parametrize(
    ("attributes", "tag", "weight", "reasons"),
    [
        pytest.param(
            'itemprop="articleBody"',
            "div",
            ARTICLE_BODY_WEIGHT,
            ("itemprop articleBody",),
            id="itemprop-articleBody",
        ),
        pytest.param(
            'class="article-body"', "div", CONTENT_WEIGHT, ("content class/id",), id="article-body"
        ),
        pytest.param('id="story-text"', "div", CONTENT_WEIGHT, ("content class/id",), id="id"),
        pytest.param(
            'class="entry-content"', "div", CONTENT_WEIGHT, ("content class/id",), id="wp"
        ),
        pytest.param("", "article", ARTICLE_TAG_WEIGHT, ("tag article",), id="article-tag"),
        pytest.param("", "main", ARTICLE_TAG_WEIGHT, ("tag main",), id="main-tag"),
        pytest.param(
            'itemprop="articleBody" class="story"',
            "article",
            ARTICLE_BODY_WEIGHT * ARTICLE_TAG_WEIGHT * CONTENT_WEIGHT,
            ("itemprop articleBody", "tag article", "content class/id"),
            id="all-together",
        ),
    ],
)
def test_markup_raises_the_weight_of_a_container(
    attributes: str, tag: str, weight: float, reasons: tuple[str, ...]
) -> None:
    # The container and its parents hold the same prose: only the weight tells them apart.
    segments, main = _select(f"<body><{tag} {attributes} data-t='c'>{STORY}</{tag}></body>")
    assert segments.elements[main.position].get("data-t") == "c"
    assert main.reasons == reasons
    assert main.score == pytest.approx(main.prose * weight)


def test_unmarked_container_does_not_beat_its_parent_with_the_same_prose() -> None:
    # Without a weight, ties go to the first (outermost) element.
    assert _winner(f'<body><div data-t="c">{STORY}</div></body>') == "html"


@pytest.mark.parametrize(
    "names",
    [
        pytest.param('class="article-teaser"', id="teaser"),
        pytest.param('class="story-card"', id="card"),
        pytest.param('id="content-list"', id="list"),
        pytest.param('class="post-preview"', id="preview"),
    ],
)
def test_weak_names_outweigh_content_names(names: str) -> None:
    # content (1.2) x weak (0.7) < 1: the unmarked parent with the same prose wins.
    assert _winner(f'<body><div {names} data-t="c">{STORY}</div></body>') == "html"


def test_candidate_reports_its_figures() -> None:
    link = '<p><a href="/x">A link to a related story</a></p>'
    html = f'<body><div class="article-body">{STORY}{link}</div></body>'
    _, main = _select(html)
    assert main.prose == pytest.approx(len(P1) + len(P2) + len(P3))
    assert main.noise == len("A link to a related story")
    share = main.prose / (main.prose + main.noise)
    assert main.score == pytest.approx(main.prose * share**2 * CONTENT_WEIGHT)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<body></body>", id="empty-body"),
        pytest.param('<body><p><a href="/">Home</a></p></body>', id="links-only"),
        pytest.param(
            "<body><figure><figcaption>" + P1 + "</figcaption></figure></body>", id="caption-only"
        ),
        pytest.param("<body><h2>" + P1 + "</h2></body>", id="heading-only"),
    ],
)
def test_page_without_prose_has_no_main(html: str) -> None:
    root = parse(html)
    assert root is not None
    assert select_main(segment(root)) is None


def _block(text: str, *, link_chars: int = 0, role: Role = Role.BODY) -> Block:
    return Block(text, BlockKind.PARAGRAPH, role, 0, 0, link_chars)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param(_block(P1), True, id="paragraph"),
        pytest.param(_block("x" * MIN_PROSE_CHARS), True, id="exactly-min-chars"),
        pytest.param(_block("x" * (MIN_PROSE_CHARS - 1)), False, id="too-short"),
        pytest.param(_block("x" * 100, link_chars=50), True, id="half-links"),
        pytest.param(_block("x" * 100, link_chars=51), False, id="mostly-links"),
        pytest.param(_block("x" * 40, link_chars=20), False, id="short-without-links"),
        pytest.param(_block(P1, role=Role.CAPTION), False, id="caption"),
        pytest.param(_block(P1, role=Role.HEADING), False, id="heading"),
    ],
)
def test_is_prose(block: Block, expected: bool) -> None:
    assert is_prose(block) is expected


@pytest.mark.parametrize(
    ("body", "prose"),
    [
        pytest.param(f"<div><p>{P1}</p><p>{P2}</p></div>", len(P1) + len(P2), id="run"),
        pytest.param(f"<div><p>{P1}</p></div>", ISOLATED_PROSE_WEIGHT * len(P1), id="isolated"),
        pytest.param(
            "<ul><li>Short item one</li><li>Short item two</li></ul>",
            SHORT_TEXT_WEIGHT * len("Short item oneShort item two"),
            id="short-lines",
        ),
        pytest.param(
            f'<div><p>{P1}</p><p>{P2}</p><p><a href="/x">A link</a></p></div>',
            len(P1) + len(P2),
            id="links-are-not-prose",
        ),
    ],
)
def test_prose_figures(body: str, prose: float) -> None:
    _, main = _select(f"<body>{body}</body>")
    assert main.prose == pytest.approx(prose)


FIXTURE_PAGES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/page.html"))


def _own_prose(block: Block, runs: Counter[int], parents: tuple[int, ...]) -> float:
    """What one block adds to its owner's prose (the module docstring's rule)."""
    plain = len(block.text) - block.link_chars
    if is_prose(block):
        return plain * (1.0 if runs[parents[block.owner]] > 1 else ISOLATED_PROSE_WEIGHT)
    if block.role is Role.BODY and block.link_chars * 2 <= len(block.text):
        return SHORT_TEXT_WEIGHT * plain
    return 0.0


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_the_tally_sums_the_blocks_of_each_element(page: Path) -> None:
    """Each element's prose and noise are those of the blocks in its span (the tally sums
    them up the tree, leaving out the elements that add nothing)."""
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    segments = segment(root)
    ranking = rank(segments)
    blocks = [block for block in segments.blocks if block.role is not Role.CAPTION]
    runs = Counter(segments.parents[block.owner] for block in blocks if is_prose(block))
    for index, (start, end) in enumerate(segments.spans):
        held = [block for block in segments.blocks[start:end] if block.role is not Role.CAPTION]
        noise = sum(block.link_chars for block in held if not is_prose(block))
        prose = sum(_own_prose(block, runs, segments.parents) for block in held)
        assert ranking.noise[index] == noise
        assert ranking.prose[index] == pytest.approx(prose)
