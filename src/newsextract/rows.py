"""The text of a table row: its cells written as one line, and read back.

A row of `Section.paragraphs` (BlockKind.TABLE_ROW) is its cells joined by " | ", each
cell's white space collapsed and a "|" inside a cell written "\\|", so that `cells()` is the
exact inverse of `row_text()`:

- an empty cell in the middle keeps its column: "a |  | b" (two spaces) is ["a", "", "b"];
- an empty cell at the start keeps its column too: the row starts with "|" ("| 2023 | 2024"
  is ["", "2023", "2024"], the empty corner cell over a column of labels); no cell starts
  with a bare "|", since a cell's own "|" is escaped;
- empty cells at the end are dropped: they add no column a reader sees ("Name | Age" for
  `<td>Name</td><td>Age</td><td></td>`);
- a row of only empty cells is no row: it holds no text, so no paragraph is made of it.

The walk (blocks.py) gathers each cell's text apart and writes the row only here, once its
cells are known: the separators are never run through the white space collapse, which would
glue them ("a | | b", "Name |").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

#: Between the cells of a row's text.
CELL_SEPARATOR: Final = " | "
#: A "|" inside a cell, as the row's text writes it.
ESCAPED_PIPE: Final = "\\|"


def row_text(cells: Iterable[str]) -> str:
    """The text of a row whose cells are `cells` (each already white-space-normalised: no
    space at either end); "" when every cell is empty."""
    written = [cell.replace("|", ESCAPED_PIPE) for cell in cells]
    while written and not written[-1]:
        written.pop()
    text = CELL_SEPARATOR.join(written)
    return text[1:] if written and not written[0] else text  # "| b", not " | b"


def cells(row: str) -> list[str]:
    """The cells of a table row of `Section.paragraphs`, as the page wrote them (the inverse
    of `row_text`: empty cells before the last non-empty one included)."""
    if row.startswith("|"):  # a row that opens with an empty cell
        row = " " + row
    return [cell.replace(ESCAPED_PIPE, "|") for cell in row.split(CELL_SEPARATOR)]
