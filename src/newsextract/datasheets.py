"""Data sheets: an article of label/value rows and no prose (a drug database's entry, a
product's, a place's or a person's fact sheet).

A row is an element with exactly two block children, the first a label (one short line of
text, not a link, not a sentence) and the second its value (a few lines); a <dt> and the
<dd> after it; or a table row of two cells, a short label and its value. The first reading counts no
prose in such rows. When its choice is weak and the second opinion finds nothing better
(selection.py), the deepest element that holds ROW_SHARE of the page's rows, at least
MIN_ROWS of them, is the article when it stands right under the page's headline (an <h1>
at most MAX_HEADLINE_GAP blocks before its first block, or its first block) and holds more
text outside links than the first choice.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsextract.blocks import Block, Role, Segments
from newsextract.headings import SENTENCE_ENDS
from newsextract.model import BlockKind
from newsextract.rows import cells
from newsextract.scoring import Candidate, Ranking, candidate_at

#: A data sheet has at least this many rows: fewer are a box of facts beside an article.
MIN_ROWS: Final = 4
#: The data sheet holds this share of the page's rows (the rest: a sources box, a footer).
ROW_SHARE: Final = 0.8
#: A label is a short line: "Gebrauchsinformation", "Date of birth", "Einwohner:".
MAX_LABEL_CHARS: Final = 40
#: A value is a few short lines at most (a list of three ingredients); a box under a heading
#: holds more.
MAX_VALUE_BLOCKS: Final = 3
#: The headline stands at most this many blocks before the data sheet (a maker's name, the
#: tabs over it between them).
MAX_HEADLINE_GAP: Final = 4


def data_sheet(segments: Segments, ranking: Ranking, first: Candidate | None) -> Candidate | None:
    """The page's data sheet, when it is the article (see the module docstring)."""
    rows = _rows(segments)
    total = rows[0] if rows else 0
    if total < MIN_ROWS:
        return None
    index = max(i for i, count in enumerate(rows) if count >= ROW_SHARE * total)
    start, end = segments.spans[index]
    blocks = segments.blocks
    if not any(
        block.role is Role.HEADING and block.level == 1
        for block in blocks[max(0, start - MAX_HEADLINE_GAP) : start + 1]
    ):
        return None
    least = 0 if first is None else _plain_chars(segments, first.spans(segments))
    if _plain_chars(segments, ((start, end),)) <= least:
        return None
    candidate = candidate_at(segments, index, ranking.prose, ranking.noise)
    return candidate._replace(reasons=(*candidate.reasons, "data sheet"))


def _rows(segments: Segments) -> list[int]:
    """How many label/value rows each element holds (summed up the tree)."""
    count = len(segments.elements)
    children: list[list[int]] = [[] for _ in range(count)]
    for index, parent in enumerate(segments.parents):
        if parent >= 0:
            children[parent].append(index)
    rows = [0] * count
    for index, element in enumerate(segments.elements):
        kids = children[index]
        if element.tag == "dl":
            rows[index] += sum(
                1
                for left, right in pairwise(kids)
                if segments.elements[left].tag == "dt"
                and segments.elements[right].tag == "dd"
                and _is_label(segments, left)
            )
        elif len(kids) == 2 and _is_label(segments, kids[0]) and _holds_text(segments, kids[1]):
            rows[index] += segments.spans[index] == (
                segments.spans[kids[0]][0],
                segments.spans[kids[1]][1],
            )
    for block in segments.blocks:
        if block.kind is BlockKind.TABLE_ROW and _is_cell_pair(block):
            rows[block.owner] += 1
    for index in range(count - 1, 0, -1):
        if segments.parents[index] >= 0:
            rows[segments.parents[index]] += rows[index]
    return rows


def _is_label(segments: Segments, index: int) -> bool:
    start, end = segments.spans[index]
    return end - start == 1 and _is_label_text(segments.blocks[start])


def _is_label_text(block: Block) -> bool:
    text = block.text
    return (
        block.role is not Role.CAPTION
        and not block.link_chars
        and 0 < len(text) <= MAX_LABEL_CHARS
        and text[-1] not in SENTENCE_ENDS
        and "\n" not in text
    )


def _holds_text(segments: Segments, index: int) -> bool:
    start, end = segments.spans[index]
    return 0 < end - start <= MAX_VALUE_BLOCKS


def _is_cell_pair(block: Block) -> bool:
    """A row of two cells holding text (empty cells aside), a label and its value."""
    texts = [cell for cell in cells(block.text) if cell]
    return len(texts) == 2 and _is_label_text(block._replace(text=texts[0], link_chars=0))


def _plain_chars(segments: Segments, spans: tuple[tuple[int, int], ...]) -> int:
    """Characters of body text outside links in the spans."""
    return sum(
        len(block.text) - block.link_chars
        for start, end in spans
        for block in segments.blocks[start:end]
        if block.role is Role.BODY
    )
