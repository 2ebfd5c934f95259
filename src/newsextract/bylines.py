"""The lines around the article's headline and at its end that may give its byline or date.

The evidence stage (markup.py) reads them from the blocks: the short lines before the
article (a blog's date header, a site's date bar), the datelines that open its container,
the dateline run into its lead, and its last blocks ("Text: Jane Doe").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Final, NamedTuple

from newsextract.blocks import Block
from newsextract.datelines import MAX_DATELINE_CHARS, is_dateline, unglued
from newsextract.placement import Placement
from newsextract.writtenbylines import written_byline

#: Bylines are looked for from the headline to this many blocks into the container.
BYLINE_TAIL_BLOCKS: Final = 4
#: Bylines may also close the article ("Text: Wolfdieter Brenneke"): its last blocks.
END_BYLINE_BLOCKS: Final = 3
#: Dates are looked for from this many blocks before the headline (a blog's date header).
DATE_LEAD_BLOCKS: Final = 3
#: The start of the first block that may be a dateline run into the lead paragraph, up to
#: a separator within LEAD_DATELINE_CHARS.
LEAD_DATELINE_CHARS: Final = 60
_LEAD_DATELINE_RE: Final = re.compile(rf"^(.{{6,{LEAD_DATELINE_CHARS}}}?)\s+[|\u2013\u2014]\s")


class ArticleLines(NamedTuple):
    """The lines that may give the article's byline or date."""

    bylines: tuple[str, ...]  # bylines and datelines around the headline
    leads: tuple[str, ...]  # those of them before the article: a date header or bar
    closing: tuple[str, ...]  # the article's last blocks


def article_lines(blocks: Sequence[Block], place: Placement, held: Sequence[Block]) -> ArticleLines:
    """The lines around the article at `place` among `blocks`, whose container holds the
    blocks `held` (its own, less those of teaser cards)."""
    before = blocks[max(0, place.first - DATE_LEAD_BLOCKS) : place.start]
    head = held[:BYLINE_TAIL_BLOCKS]
    opening = _opening(place, held)
    if opening:  # and the blocks after the headline set below a breadcrumb
        head = (*head, *held[max(opening, BYLINE_TAIL_BLOCKS) : opening + BYLINE_TAIL_BLOCKS])
    return ArticleLines(
        _byline_lines(before, head),
        _lead_lines((*before, *_before_headline(head))),
        tuple(block.text for block in held[-END_BYLINE_BLOCKS:]),
    )


def _opening(place: Placement, held: Sequence[Block]) -> int:
    """Where the article opens among the container's blocks `held`: at the headline when
    the container sets something above it (a breadcrumb: Placement.text opens there), else
    at its first block."""
    if place.text is place.held or not place.text:
        return 0
    headline = place.text[0]
    return next((index for index, block in enumerate(held) if block is headline), 0)


def _lead_dateline(text: str) -> str:
    """The dateline run into a lead paragraph, up to its separator ("Pressemitteilung vom 25.
    Januar 2022 | Berlin - Die ..."); nothing when the paragraph opens otherwise."""
    match = _LEAD_DATELINE_RE.match(text)
    return match.group(1) if match is not None else ""


def _byline_lines(before: Iterable[Block], inside: Sequence[Block]) -> tuple[str, ...]:
    """The lines that may give the article's byline or date: the short lines around the
    headline before the container ("Samstag, 5. Oktober 2013" above a blog post's title),
    the datelines and bylines that open the container, and the start of its first block (a
    dateline run into the lead: "Pressemitteilung vom 25. Januar 2022 | Berlin - Die …")."""
    return (
        *_lead_lines(before),
        *(line for block in inside for line in _lines(block) if _is_byline(line)),
        *(_lead_dateline(block.text) for block in islice(inside, 1)),
    )


def _is_byline(line: str) -> bool:
    """A dateline, or a byline whose author prefix, a phrase, comes after a word or two
    ("Ein Gastbeitrag von Jane Doe", "Feature story by Jane Doe"): a dateline opens with its
    prefix."""
    return is_dateline(line) or (
        len(line) <= MAX_DATELINE_CHARS and written_byline(line, phrases_only=True) is not None
    )


def _lead_lines(before: Iterable[Block]) -> tuple[str, ...]:
    """The short lines before the article's start: a blog's date header, a site's date bar."""
    return tuple(
        line for block in before for line in _lines(block) if len(line) <= MAX_DATELINE_CHARS
    )


def _lines(block: Block) -> list[str]:
    """The lines of a block, a one-line byline's prefix apart from its linked name ("ByJane
    Doe": datelines.unglued); none of the headline's, which may open as a byline does ("By
    the Numbers: …", "Von Brücken und Tunneln")."""
    if block.level == 1:
        return []
    if "\n" in block.text:
        return block.text.split("\n")
    return [unglued(block.text, block.link_chars)]


def _before_headline(inside: Sequence[Block]) -> Sequence[Block]:
    """The blocks of the container before its <h1>, if it holds one."""
    for index, block in enumerate(inside):
        if block.level == 1:
            return inside[:index]
    return ()
