"""Structure: the blocks of the chosen container become sections under their headings.

Blocks that a reader does not read as the article are left out here: captions, the title
heading, link lists, furniture lines (comment and location prompts, share labels), image
credit lines and the headings of related-article boxes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from newsextract.blocks import Block, Role, Segments
from newsextract.lexicon import (
    is_boilerplate_line,
    is_credit_line,
    is_dateline,
    is_related_heading,
    normalise_line,
)
from newsextract.model import BlockKind, Image, ImageCredit, Link, Section
from newsextract.parsing import printable
from newsextract.scoring import Candidate, is_prose

#: Body blocks with a larger share of link text are link lists or "Read more" lines.
MAX_BODY_LINK_SHARE: Final = 0.5
#: Credit lines are short; a longer line that opens with "Photo:" is prose.
MAX_CREDIT_LINE_CHARS: Final = 250


#: How many blocks may stand between the headline and the container for the prose among
#: them to be taken as the lead. Calibrated on the trafilatura-dev corpus.
MAX_LEAD_GAP_BLOCKS: Final = 12


@dataclass(frozen=True, slots=True)
class Body:
    """What the structure stage gives the Article."""

    sections: tuple[Section, ...] = ()
    images: tuple[Image, ...] = ()
    image_credits: tuple[ImageCredit, ...] = ()
    related_links: tuple[Link, ...] = ()


def build_body(segments: Segments, main: Candidate | None, *, title: str | None) -> Body:
    """Sections of the article held by `main` (no sections when there is none)."""
    if main is None:
        return Body()
    start, end = segments.spans[main.position]
    blocks = _lead(segments.blocks, start, title=title) + segments.blocks[start:end]
    kept = _article_blocks(blocks, title=title)
    return Body(sections=_sections(kept))


def _lead(blocks: tuple[Block, ...], start: int, *, title: str | None) -> tuple[Block, ...]:
    """Prose between the headline and the container: the standfirst, often a sibling box."""
    title_line = normalise_line(title) if title else None
    first = max(0, start - MAX_LEAD_GAP_BLOCKS)
    for index in range(start - 1, first - 1, -1):
        block = blocks[index]
        if block.role is Role.HEADING and (
            block.level == 1 or normalise_line(block.text) == title_line
        ):
            return tuple(block for block in blocks[index + 1 : start] if is_prose(block))
    return ()


def _article_blocks(blocks: Iterable[Block], *, title: str | None) -> Iterator[Block]:
    """The blocks a reader reads as the article, in order, without repeats."""
    title_line = normalise_line(title) if title else None
    previous = None
    for original in blocks:
        if original.role is Role.CAPTION or original.text == previous:
            continue
        block = _printable(original)
        if "\n" in block.text and block.kind is not BlockKind.CODE:
            block = _without_furniture_lines(block, title_line)
            if not block.text:
                continue
        if block.role is Role.HEADING:
            if block.level == 1 or normalise_line(block.text) == title_line:
                continue
            if is_related_heading(block.text) or is_boilerplate_line(block.text):
                continue
        elif _is_furniture(block):
            continue
        previous = block.text
        yield block


def _printable(block: Block) -> Block:
    """The block without control characters, white space normalised again where they were."""
    text = printable(block.text)
    if text == block.text or block.kind is BlockKind.CODE:
        return block._replace(text=text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return block._replace(text="\n".join(line for line in lines if line))


def _without_furniture_lines(block: Block, title_line: str | None) -> Block:
    """A block of several lines (<br>) without its headline, byline and dateline lines."""
    lines = [
        line
        for line in block.text.split("\n")
        if normalise_line(line) != title_line
        and not (is_dateline(line) or is_boilerplate_line(line) or is_credit_line(line))
    ]
    return block._replace(text="\n".join(lines))


def _is_furniture(block: Block) -> bool:
    text = block.text
    if block.link_chars > MAX_BODY_LINK_SHARE * len(text) and block.kind is not BlockKind.CODE:
        return True
    if is_boilerplate_line(text) or is_related_heading(text) or is_dateline(text):
        return True
    return len(text) <= MAX_CREDIT_LINE_CHARS and is_credit_line(text)


def _sections(blocks: Iterable[Block]) -> tuple[Section, ...]:
    """Group blocks under their headings; a heading with nothing under it at the end goes."""
    sections: list[Section] = []
    heading: str | None = None
    level = 0
    paragraphs: list[str] = []
    kinds: list[BlockKind] = []
    for block in blocks:
        if block.role is Role.HEADING:
            if heading is not None or paragraphs:
                sections.append(Section(heading, level, tuple(paragraphs), tuple(kinds)))
            heading, level, paragraphs, kinds = block.text, block.level, [], []
        else:
            paragraphs.append(block.text)
            kinds.append(block.kind)
    if paragraphs:
        sections.append(Section(heading, level, tuple(paragraphs), tuple(kinds)))
    while sections and not sections[-1].paragraphs:
        sections.pop()
    return tuple(sections)
