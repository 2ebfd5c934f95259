"""A block's text from the pieces of text the segmenting walk gathered for it (blocks.py).

The walk appends each text node it meets to a list of pieces; a <br> is a piece of its own
("\n"), and the walk records where each <br> and each cell of a table row stands among the
pieces: positions, not marker characters, so no text of the page can pass for one. A
paragraph's text is its pieces with white space collapsed, a <br> a line break; a table
row's is its cells, each read so apart, written as rows.py says; code keeps its white space
as written.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from newsextract.parsing import collapse_spaces
from newsextract.rows import CELL_SEPARATOR, row_text


def line_of(pieces: Sequence[str], breaks: Sequence[int], start: int = 0, end: int = -1) -> str:
    """The text of a block of prose, or of a cell (`pieces[start:end]`): white space
    collapsed, a <br> (at the positions `breaks`) a line break; no empty line."""
    if not breaks and end < 0:  # most blocks: one line, all the pieces
        return collapse_spaces("".join(pieces[start:] if start else pieces))
    end = len(pieces) if end < 0 else end
    first, last = bisect_left(breaks, start), bisect_left(breaks, end)
    if first == last:
        return collapse_spaces("".join(pieces[start:end]))
    bounds = [start, *breaks[first:last], end]
    lines = (collapse_spaces("".join(pieces[a:b])) for a, b in pairwise(bounds))
    return "\n".join(line for line in lines if line)


def row_of(pieces: Sequence[str], starts: Sequence[int], breaks: Sequence[int]) -> str:
    """The text of a table row whose cells start at `starts` in `pieces`: each cell read
    apart, then the row written (rows.row_text). Text before the first cell (text set in
    the <tr> itself, or the rest of a cell whose text a block inside it cut off) is a cell
    of its own unless it is empty."""
    bounds = [0, *starts, len(pieces)]
    first, *found = (line_of(pieces, breaks, a, b) for a, b in pairwise(bounds))
    return row_text([first, *found] if first else found)


def code_of(pieces: Sequence[str], starts: Sequence[int]) -> str:
    """The text of a block of code, its white space kept as written (a <br> a line feed);
    a table row set in a <pre> is code too, its cells joined by " | " from the first that
    follows text on."""
    raw = "".join(pieces)
    if starts:
        before, *found = ("".join(pieces[a:b]) for a, b in pairwise([0, *starts, len(pieces)]))
        parts = [before]
        written = bool(before.strip())
        for cell in found:
            if written:
                parts.append(CELL_SEPARATOR)
            parts.append(cell)
            written = written or bool(cell.strip())
        raw = "".join(parts)
    text = raw.strip("\n").rstrip()
    return text if "\n" in text else text.strip()
