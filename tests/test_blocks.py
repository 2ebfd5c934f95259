"""Tests for newsextract.blocks: the page cut into text blocks in one walk of the tree."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract.blocks import Block, Role, Segments, segment
from newsextract.model import BlockKind
from newsextract.parsing import parse


def _segments(html: str) -> Segments:
    root = parse(html)
    assert root is not None
    return segment(root)


def _texts(html: str) -> list[str]:
    return [block.text for block in _segments(html).blocks]


def _only_block(html: str) -> Block:
    blocks = _segments(html).blocks
    assert len(blocks) == 1, blocks
    return blocks[0]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>one</p><p>two</p>", ["one", "two"], id="paragraphs"),
        pytest.param("<p>  many \n\t spaces   here </p>", ["many spaces here"], id="whitespace"),
        pytest.param("<p>one<br><br>two</p>", ["one", "two"], id="double-br-splits"),
        pytest.param("<p>one<br> \n <br>two</p>", ["one", "two"], id="double-br-with-space"),
        pytest.param("<p>one<br>two</p>", ["one\ntwo"], id="single-br-is-line-break"),
        pytest.param("<p>one <br> two</p>", ["one\ntwo"], id="br-eats-spaces"),
        pytest.param("<p>one<br></p>", ["one"], id="trailing-br"),
        pytest.param("<p><br>one</p>", ["one"], id="leading-br"),
        pytest.param("<p>a<br>b<br><br>c</p>", ["a\nb", "c"], id="line-then-paragraph"),
        pytest.param("<div>intro<p>inner</p>tail</div>", ["intro", "inner", "tail"], id="div-text"),
        pytest.param("<p>a <b>bold</b> <i>word</i></p>", ["a bold word"], id="inline-tags"),
        pytest.param(
            "<p>before<script>var x;</script>after</p>", ["beforeafter"], id="pruned-tail"
        ),
        pytest.param(
            '<div>empfiehlt<ul class="sidebar"><li>x</li></ul>Read more</div>',
            ["empfiehlt Read more"],
            id="pruned-block-between-two-runs",
        ),
        pytest.param(
            '<div><span>Author</span><div class="share">x</div>Andreas Kalt</div>',
            ["Author Andreas Kalt"],
            id="pruned-block-between-a-label-and-a-name",
        ),
        pytest.param("<p>   </p><p>x</p>", ["x"], id="blank-block-dropped"),
        pytest.param("<p>a</p><nav><p>menu</p></nav><p>b</p>", ["a", "b"], id="pruned-subtree"),
    ],
)
def test_blocks_text(html: str, expected: list[str]) -> None:
    assert _texts(html) == expected


@pytest.mark.parametrize(
    ("html", "link_chars"),
    [
        pytest.param("<p>No links in this block.</p>", 0, id="none"),
        pytest.param('<p>Read <a href="/a">this link</a> now</p>', 9, id="one-link"),
        pytest.param('<p><a href="/a">all</a> <a href="/b">links</a></p>', 8, id="two-links"),
        pytest.param('<p>See <a href="/a"><b>bold</b></a></p>', 4, id="nested-inline"),
        pytest.param('<p>Before <a href="/a">  spaced  </a> after</p>', 6, id="link-whitespace"),
    ],
)
def test_link_characters_are_counted(html: str, link_chars: int) -> None:
    assert _only_block(html).link_chars == link_chars


def test_link_characters_do_not_leak_into_the_next_block() -> None:
    blocks = _segments('<p><a href="/a">link</a></p><p>plain text</p>').blocks
    assert [block.link_chars for block in blocks] == [4, 0]


@pytest.mark.parametrize(
    ("html", "role"),
    [
        pytest.param("<p>Body text.</p>", Role.BODY, id="paragraph"),
        pytest.param(
            "<figure><figcaption>A lane.</figcaption></figure>", Role.CAPTION, id="figcaption"
        ),
        pytest.param('<div class="caption">A lane.</div>', Role.CAPTION, id="class-caption"),
        pytest.param('<p class="credit">Foto: dpa</p>', Role.CAPTION, id="class-credit"),
        pytest.param("<figure><p>A lane.</p></figure>", Role.CAPTION, id="inside-figure"),
        pytest.param("<h2>Subheading</h2>", Role.HEADING, id="h2"),
    ],
)
def test_block_roles(html: str, role: Role) -> None:
    assert _only_block(html).role is role


def test_inline_credit_is_a_block_of_its_own() -> None:
    blocks = _segments(
        '<p>A lane on the ring road. <span class="credit">Foto: dpa</span></p>'
    ).blocks
    assert [(block.text, block.role) for block in blocks] == [
        ("A lane on the ring road.", Role.BODY),
        ("Foto: dpa", Role.CAPTION),
    ]


@pytest.mark.parametrize(
    ("tag", "level"),
    [pytest.param(f"h{level}", level, id=f"h{level}") for level in range(1, 7)],
)
def test_headings_carry_their_level(tag: str, level: int) -> None:
    block = _only_block(f"<{tag}>A heading</{tag}>")
    assert (block.role, block.level) == (Role.HEADING, level)


def test_body_blocks_have_level_zero() -> None:
    assert _only_block("<p>text</p>").level == 0


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        pytest.param("<p>Text.</p>", BlockKind.PARAGRAPH, id="paragraph"),
        pytest.param("<ul><li>Item</li></ul>", BlockKind.LIST_ITEM, id="li"),
        pytest.param("<ol><li><p>Item</p></li></ol>", BlockKind.LIST_ITEM, id="p-in-li"),
        pytest.param("<dl><dt>Term</dt></dl>", BlockKind.LIST_ITEM, id="dt"),
        pytest.param("<dl><dd>Definition</dd></dl>", BlockKind.LIST_ITEM, id="dd"),
        pytest.param("<blockquote>Quoted words.</blockquote>", BlockKind.QUOTE, id="blockquote"),
        pytest.param("<blockquote><p>Quoted.</p></blockquote>", BlockKind.QUOTE, id="p-in-quote"),
        pytest.param("<pre>x = 1</pre>", BlockKind.CODE, id="pre"),
        pytest.param("<pre><code>x = 1</code></pre>", BlockKind.CODE, id="code-in-pre"),
        pytest.param("<table><tr><td>1</td><td>2</td></tr></table>", BlockKind.TABLE_ROW, id="tr"),
    ],
)
def test_block_kinds(html: str, kind: BlockKind) -> None:
    assert _only_block(html).kind is kind


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<pre>def f():\n    return  1</pre>", "def f():\n    return  1", id="indent"),
        pytest.param("<pre>\n\nx = 1\n\n</pre>", "x = 1", id="outer-newlines"),
        pytest.param("<pre>a<br>b</pre>", "a\nb", id="br"),
        pytest.param("<pre><span>a  </span><b>b</b></pre>", "a  b", id="inline"),
    ],
)
def test_pre_keeps_whitespace(html: str, expected: str) -> None:
    assert _only_block(html).text == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2019</td><td>1,200</td></tr>"
            "</table>",
            [("Year | Riders", BlockKind.TABLE_ROW), ("2019 | 1,200", BlockKind.TABLE_ROW)],
            id="data-table",
        ),
        pytest.param(
            "<table><tr><td></td><td>B</td><td>C</td></tr></table>",
            [("| B | C", BlockKind.TABLE_ROW)],
            id="empty-first-cell",
        ),
        pytest.param(
            "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
            [("A", BlockKind.TABLE_ROW), ("1", BlockKind.TABLE_ROW)],
            id="thead-tbody",
        ),
        pytest.param(
            "<table><tr><td><p>Left column text.</p></td><td><div>Right column.</div></td></tr>"
            "</table>",
            [("Left column text.", BlockKind.PARAGRAPH), ("Right column.", BlockKind.PARAGRAPH)],
            id="layout-table",
        ),
        pytest.param(
            "<table><tr><td>Nav</td><td><p>Story text.</p></td></tr></table>",
            [("Nav", BlockKind.PARAGRAPH), ("Story text.", BlockKind.PARAGRAPH)],
            id="layout-row-with-bare-cell",
        ),
    ],
)
def test_tables(html: str, expected: list[tuple[str, BlockKind]]) -> None:
    assert [(block.text, block.kind) for block in _segments(html).blocks] == expected


#: A data row's cells as the row's text (rows.py): each cell's white space collapsed apart,
#: an empty cell kept before the last non-empty one, none after it, a "|" escaped.
ROWS = [
    pytest.param("<td>a</td><td></td><td>b</td>", "a |  | b", id="empty-middle-cell"),
    pytest.param("<td>a</td><td> </td><td>\n</td><td>b</td>", "a |  |  | b", id="two-blank"),
    pytest.param("<td></td><td>a</td>", "| a", id="empty-first-cell"),
    pytest.param("<th> </th><th></th><th>2023</th>", "|  | 2023", id="two-empty-first"),
    pytest.param("<td>Name</td><td></td>", "Name", id="empty-last-cell"),
    pytest.param("<td>a</td><td> </td><td>&nbsp;</td>", "a", id="blank-last-cells"),
    pytest.param("<td>  a   b </td><td>\tc\n</td>", "a b | c", id="spaces-per-cell"),
    pytest.param("<td>x|y</td><td>|</td>", "x\\|y | \\|", id="pipe-escaped"),
    pytest.param("<td>a |</td><td>| b</td>", "a \\| | \\| b", id="pipe-at-cell-ends"),
    pytest.param("<td>back\\</td><td>slash</td>", "back\\ | slash", id="backslash"),
    pytest.param(
        "<td>a <b>bold</b> <a href='/x'>link</a></td><td>c</td>", "a bold link | c", id="inline"
    ),
]


@pytest.mark.parametrize(("cells", "expected"), ROWS)
def test_table_row_text(cells: str, expected: str) -> None:
    block = _only_block(f"<table><tr>{cells}</tr></table>")
    assert (block.text, block.kind) == (expected, BlockKind.TABLE_ROW)


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param("<td></td><td></td>", id="empty"),
        pytest.param("<td> </td><th>&nbsp;</th><td>\n</td>", id="blank"),
        pytest.param("<td><img src='/a.png'></td><td></td>", id="image-only"),
    ],
)
def test_a_row_of_empty_cells_is_no_block(cells: str) -> None:
    html = f"<table><tr>{cells}</tr><tr><td>a</td><td></td><td>b</td></tr></table>"
    assert _texts(html) == ["a |  | b"]  # and its cells do not carry over to the next row


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>a\ue000b</p>", "a\ue000b", id="paragraph"),
        pytest.param("<p>a \ue000 b<br>c</p>", "a \ue000 b\nc", id="with-a-line-break"),
        pytest.param("<table><tr><td>\ue000</td><td>b</td></tr></table>", "\ue000 | b", id="cell"),
        pytest.param("<pre>a\ue000<br>b</pre>", "a\ue000\nb", id="code"),
    ],
)
def test_a_private_use_character_on_the_page_is_text(html: str, expected: str) -> None:
    """Line breaks and cells are positions the walk records, not marker characters: an icon
    font's private-use character (U+E000 ...) on the page is text, not a <br>."""
    assert _only_block(html).text == expected


def test_text_set_in_the_row_itself_is_a_cell() -> None:
    """`<tr>text<td>` (text outside any cell, as a broken page writes it) is a cell of its
    own; no separator is left at either end (the property test found "text |")."""
    segments = _segments("<table><tr>Control characters<td></td></tr></table>")
    assert [(block.text, block.kind) for block in segments.blocks] == [
        ("Control characters", BlockKind.TABLE_ROW)
    ]


def test_a_row_in_a_pre_is_code_with_its_white_space() -> None:
    """(A <table> right in a <pre> closes it; one inside an inline element stays in it.)"""
    block = _only_block(
        "<pre><span><table><tr><td></td><td>1.  </td><td>Ann   Lee</td></tr></table></span></pre>"
    )
    assert (block.text, block.kind) == ("1.   | Ann   Lee", BlockKind.CODE)


def test_layout_table_cells_are_block_elements() -> None:
    segments = _segments("<table><tr><td><p>Left.</p></td><td><p>Right.</p></td></tr></table>")
    tags = [str(element.tag) for element in segments.elements]
    assert tags.count("td") == 2


def test_data_table_cells_are_not_block_elements() -> None:
    segments = _segments("<table><tr><td>1</td><td>2</td></tr></table>")
    assert "td" not in [str(element.tag) for element in segments.elements]


def test_owner_is_the_innermost_block_element() -> None:
    segments = _segments('<div id="outer">before<p id="inner">inside <b>bold</b></p></div>')
    owners = [segments.elements[block.owner].get("id") for block in segments.blocks]
    assert owners == ["outer", "inner"]


def test_spans_contain_the_blocks_of_each_element() -> None:
    segments = _segments(
        '<div id="a"><p>one</p><div id="b"><p>two</p><p>three</p></div></div><p>four</p>'
    )
    spans = {
        element.get("id"): [block.text for block in segments.blocks[start:end]]
        for element, (start, end) in zip(segments.elements, segments.spans, strict=True)
        if element.get("id")
    }
    assert spans == {"a": ["one", "two", "three"], "b": ["two", "three"]}


def test_root_span_covers_every_block() -> None:
    segments = _segments("<p>one</p><div><p>two</p></div>")
    assert segments.elements[0].tag == "html"
    assert segments.spans[0] == (0, len(segments.blocks))


def test_parents_point_to_the_enclosing_block_element() -> None:
    segments = _segments('<div id="a"><span><p id="b">x</p></span></div>')
    ids = [element.get("id") or str(element.tag) for element in segments.elements]
    parents = [ids[parent] if parent >= 0 else None for parent in segments.parents]
    assert dict(zip(ids, parents, strict=True)) == {
        "html": None,
        "body": "html",
        "a": "body",
        "b": "a",
    }


def test_pruned_elements_are_not_recorded() -> None:
    segments = _segments('<div class="sidebar"><p>menu</p></div><p>kept</p>')
    assert [str(element.tag) for element in segments.elements] == ["html", "body", "p"]


def test_segments_do_not_change_the_tree() -> None:
    root = parse("<div><p>one<br><br>two</p><nav>menu</nav></div>")
    assert root is not None
    before = etree.tostring(root)
    segment(root)
    assert etree.tostring(root) == before


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<figure><blockquote><p>The plan is a milestone for the city.</p></blockquote>"
            "<figcaption>Mayor Jane Doe</figcaption></figure>",
            [
                ("The plan is a milestone for the city.", Role.BODY),
                ("Mayor Jane Doe", Role.CAPTION),
            ],
            id="quote-in-figure",
        ),
        pytest.param(
            "<figure><table><tr><td>2019</td><td>1,200</td></tr></table>"
            "<figcaption>Riders per day</figcaption></figure>",
            [("2019 | 1,200", Role.BODY), ("Riders per day", Role.CAPTION)],
            id="table-in-figure",
        ),
    ],
)
def test_figure_content_other_than_its_caption_is_body(
    html: str, expected: list[tuple[str, Role]]
) -> None:
    # HTML's own markup for a quote with attribution, and for a table with a caption.
    assert [(block.text, block.role) for block in _segments(html).blocks] == expected
