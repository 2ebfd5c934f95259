"""A block's text from the pieces of text the segmenting walk gathered for it (blocks.py).

The walk appends each text node it meets to a list of pieces; a <br> is a piece of its own
(BR), and a table row's cells start at positions the walk records. A paragraph's text is its
pieces with white space collapsed, a <br> a line break; a table row's is its cells, each
read so apart, written as rows.py says; code keeps its white space as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from newsextract.parsing import collapse_spaces
from newsextract.rows import CELL_SEPARATOR, row_text

BR: Final = "\ue000"  # private-use marker of a <br> until the block is normalised


def line_of(pieces: Sequence[str]) -> str:
    """The text of a block of prose (or of a cell): white space collapsed, a <br> a line
    break."""
    text = collapse_spaces("".join(pieces))
    if BR in text:
        text = text.replace(f" {BR}", BR).replace(f"{BR} ", BR)
        text = text.strip(BR).replace(BR, "\n")
    return text


def row_of(pieces: Sequence[str], starts: Sequence[int]) -> str:
    """The text of a table row whose cells start at `starts` in `pieces`: each cell read
    apart, then the row written (rows.row_text). Text before the first cell (text set in
    the <tr> itself, or the rest of a cell whose text a block inside it cut off) is a cell
    of its own unless it is empty."""
    before, found = _cells(pieces, starts)
    texts = [line_of(cell) for cell in found]
    first = line_of(before)
    return row_text([first, *texts] if first else texts)


def code_of(pieces: Sequence[str], starts: Sequence[int]) -> str:
    """The text of a block of code, its white space kept as written; a table row set in a
    <pre> is code too, its cells joined by " | " from the first that follows text on."""
    if starts:
        before, found = _cells(pieces, starts)
        parts = ["".join(before)]
        written = bool(parts[0].strip())
        for cell in found:
            if written:
                parts.append(CELL_SEPARATOR)
            parts.extend(cell)
            written = written or any(piece.strip() for piece in cell)
        raw = "".join(parts)
    else:
        raw = "".join(pieces)
    text = raw.replace(BR, "\n").strip("\n").rstrip()
    return text if "\n" in text else text.strip()


def _cells(
    pieces: Sequence[str], starts: Sequence[int]
) -> tuple[Sequence[str], list[Sequence[str]]]:
    """The pieces before the first cell, and those of each cell."""
    if not starts:
        return pieces, []
    bounds = [*starts, len(pieces)]
    return pieces[: starts[0]], [pieces[start:end] for start, end in pairwise(bounds)]
