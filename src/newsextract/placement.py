"""Where the article stands among the page's blocks: its container's blocks and its headline.

The body stage (structure.py) reads the article's text from here, the evidence stage
(markup.py) its byline, dates and markup around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Role, Segments
from newsextract.lines import normalise_line
from newsextract.scoring import Candidate

#: How many blocks may stand between the headline and the container for the prose among
#: them to be taken as the lead. Calibrated on the trafilatura-dev corpus.
MAX_LEAD_GAP_BLOCKS: Final = 12


@dataclass(frozen=True, slots=True)
class Placement:
    """The article's place among the blocks of `Segments`."""

    start: int  # the container's first block
    end: int  # the block after the container's last
    held: tuple[Block, ...]  # the container's blocks (of all its members, for a union)
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
    spans = main.spans(segments)
    start = spans[0][0]
    return Placement(
        start=start,
        end=spans[-1][1],
        held=tuple(block for first, last in spans for block in blocks[first:last]),
        headline=_headline(blocks, start, title=title),
        container=segments.elements[main.position],
    )


def _headline(blocks: tuple[Block, ...], start: int, *, title: str | None) -> int | None:
    """The index of the headline block shortly before the container, if there is one: an
    <h1> or the title; else, when there is neither, the nearest <h2> (a page that sets its
    headline one level down). A container that opens with its headline is its own: an <h1>
    before it is the site's name, the lines after that the site's tagline."""
    title_line = normalise_line(title) if title else None
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


def in_page_footer(element: etree._Element) -> bool:
    """True in the page's <footer> or contentinfo (its "© Publisher GmbH" is the site's
    copyright), not in an article's or a figure's own footer."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "figure"):
            return False
        if ancestor.tag == "footer" or ancestor.get("role") == "contentinfo":
            return True
    return element.tag == "footer"
