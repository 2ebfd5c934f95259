"""Tests for newsextract.rows: a table row's cells written as one line and read back."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract.rows import cells, row_text

#: (the cells of a row, as the walk reads them; the row's text; the cells read back)
TABLE = [
    pytest.param(["a", "b"], "a | b", ["a", "b"], id="plain"),
    pytest.param(["a", "", "b"], "a |  | b", ["a", "", "b"], id="empty-middle"),
    pytest.param(["a", "", "", "b"], "a |  |  | b", ["a", "", "", "b"], id="two-empty-middle"),
    pytest.param(["", "a"], "| a", ["", "a"], id="empty-first"),
    pytest.param(["", "", "a"], "|  | a", ["", "", "a"], id="two-empty-first"),
    pytest.param(["a", ""], "a", ["a"], id="empty-last-dropped"),
    pytest.param(["", "a", "", ""], "| a", ["", "a"], id="empty-both-ends"),
    pytest.param(["", ""], "", [""], id="only-empty"),
    pytest.param([], "", [""], id="no-cell"),
    pytest.param(["x|y"], "x\\|y", ["x|y"], id="pipe"),
    pytest.param(["|", "|"], "\\| | \\|", ["|", "|"], id="pipe-cells"),
    pytest.param(["a |", "| b"], "a \\| | \\| b", ["a |", "| b"], id="pipe-at-ends"),
    pytest.param(["a \\| b"], "a \\\\| b", ["a \\| b"], id="escaped-on-the-page"),
    pytest.param(["a\\", "b"], "a\\ | b", ["a\\", "b"], id="backslash-before-separator"),
    pytest.param(["", "|"], "| \\|", ["", "|"], id="empty-then-pipe"),
    pytest.param(["a\nb", "c"], "a\nb | c", ["a\nb", "c"], id="line-break-in-a-cell"),
]


@pytest.mark.parametrize(("found", "text", "read"), TABLE)
def test_row_text(found: list[str], text: str, read: list[str]) -> None:
    assert row_text(found) == text


@pytest.mark.parametrize(("found", "text", "read"), TABLE)
def test_cells(found: list[str], text: str, read: list[str]) -> None:
    assert cells(text) == read


#: A cell as the walk makes it: any characters ("|", "\\" and spaces among them), white space
#: collapsed, none at the ends.
CELL = st.text(
    alphabet=st.one_of(st.sampled_from("|\\ \n\t\xa0-ab"), st.characters()), max_size=12
).map(lambda text: " ".join(text.split()))


@settings(max_examples=500, deadline=None)
@given(st.lists(CELL, max_size=8))
@example(["", "a", "", "|", ""])
@example(["\\", "|"])
def test_cells_is_the_inverse_of_row_text(found: list[str]) -> None:
    """Every row the walk can write is read back cell for cell: the cells up to the last
    non-empty one (a row of only empty cells is no row)."""
    while found and not found[-1]:
        found = found[:-1]
    text = row_text(found)
    assert (cells(text) if text else []) == found
    assert text == text.strip()  # a paragraph is trimmed, like every block
