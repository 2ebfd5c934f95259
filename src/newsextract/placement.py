"""Where the article stands among the page's blocks: its container's blocks and its headline.

The body stage (structure.py) reads the article's text from here, the evidence stage
(markup.py) its byline, dates and markup around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Role, Segments
from newsextract.lines import normalise_line
from newsextract.parsing import collapse_spaces, text_of
from newsextract.scoring import Candidate, is_prose

#: How many blocks may stand between the headline and the container for the prose among
#: them to be taken as the lead. Calibrated on the trafilatura-dev corpus.
MAX_LEAD_GAP_BLOCKS: Final = 12


@dataclass(frozen=True, slots=True)
class Placement:
    """The article's place among the blocks of `Segments`."""

    start: int  # the container's first block
    end: int  # the block after the container's last
    held: tuple[Block, ...]  # the container's blocks (of all its members, for a union)
    #: The blocks the article's text is read from: `held`, from its headline on when the
    #: container sets other things above it (see _opening).
    text: tuple[Block, ...]
    headline: int | None  # the headline block opening or shortly before the container, if any
    container: etree._Element

    @property
    def first(self) -> int:
        """Where the article starts: its headline, else its container."""
        return self.start if self.headline is None else self.headline


def place_article(
    segments: Segments, main: Candidate | None, *, title: str | None
) -> Placement | None:
    """Where the article of `main` stands; None without one."""
    if main is None:
        return None
    blocks = segments.blocks
    title_line = normalise_line(title) if title else None
    spans = main.spans(segments)
    start = spans[0][0]
    held = tuple(block for first, last in spans for block in blocks[first:last])
    opening = _opening(segments, spans[0], title_line)
    text = held if opening == start else _from_headline(held[opening - start :])
    return Placement(
        start=start,
        end=spans[-1][1],
        held=held,
        text=_before_page_footer(segments, text),
        headline=_headline(blocks, start, title_line),
        container=segments.elements[main.position],
    )


def _opening(segments: Segments, span: tuple[int, int], title_line: str | None) -> int:
    """Where the article opens in its container: at the heading that states its title when
    the container sets something else above it (a breadcrumb, a ticker of other stories:
    lines that open with a link to them) and that holds less prose of its own than the
    article after it (a heading that merely repeats a wrong title stays in the text)."""
    first, end = span
    if title_line is None:
        return first
    blocks = segments.blocks
    for index in range(first, end):
        block = blocks[index]
        if block.role is Role.HEADING and normalise_line(block.text) == title_line:
            above = [line for line in blocks[first:index] if not _opens_with_link(segments, line)]
            cut = index > first and _prose_chars(above) < _prose_chars(blocks[index:end])
            return index if cut else first
    return first


def _from_headline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The article's blocks from its headline on, a heading right under it read as its
    dek (text), as it would be under a headline before the container."""
    if len(blocks) > 1 and blocks[1].role is Role.HEADING:
        dek = blocks[1]._replace(role=Role.BODY, level=0)
        return (blocks[0], dek, *blocks[2:])
    return blocks


def _opens_with_link(segments: Segments, block: Block) -> bool:
    """Whether a block's text opens with a link's: a teaser's headline."""
    if not block.anchors:
        return False
    text = collapse_spaces(text_of(segments.anchors[block.anchors[0]])).strip()
    return bool(text) and block.text.startswith(text)


def _prose_chars(blocks: Sequence[Block]) -> int:
    return sum(len(block.text) - block.link_chars for block in blocks if is_prose(block))


def _headline(blocks: tuple[Block, ...], start: int, title_line: str | None) -> int | None:
    """The index of the headline block shortly before the container, if there is one: an
    <h1> or the title; else, when there is neither, the nearest <h2> (a page that sets its
    headline one level down). A container that opens with its headline is its own: an <h1>
    before it is the site's name, the lines after that the site's tagline."""
    if start < len(blocks) and _is_headline(blocks[start], title_line):
        return start
    first = max(0, start - MAX_LEAD_GAP_BLOCKS)
    second: int | None = None
    for index in range(start - 1, first - 1, -1):
        block = blocks[index]
        if block.role is not Role.HEADING:
            continue
        if _is_headline(block, title_line):
            return index
        if second is None and block.level == 2:
            second = index
    return second


def _is_headline(block: Block, title_line: str | None) -> bool:
    return block.role is Role.HEADING and (
        block.level == 1 or normalise_line(block.text) == title_line
    )


def _before_page_footer(segments: Segments, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The article's blocks without those at its end in the page's <footer> ("Impressum",
    "Contact"): a container as wide as the page holds the footer too, the article's text
    never goes on into it. All of them when nothing else would be left."""
    end = len(blocks)
    while (
        end
        and blocks[end - 1].owner >= 0
        and in_page_footer(segments.elements[blocks[end - 1].owner])
    ):
        end -= 1
    return blocks[:end] if end else blocks


def in_page_footer(element: etree._Element) -> bool:
    """True in the page's <footer> or contentinfo (its "© Publisher GmbH" is the site's
    copyright), not in an article's or a figure's own footer."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "figure"):
            return False
        if ancestor.tag == "footer" or ancestor.get("role") == "contentinfo":
            return True
    return element.tag == "footer"
