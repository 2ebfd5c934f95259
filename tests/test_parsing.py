"""Tests for newsextract.parsing: text -> lxml tree, and the text of an element."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsextract.parsing import (
    _CONTROL_RE,
    _LONE_JOINERS_RE,
    LONG_TEXT_CHARS,
    _drop_or_replace,
    clean_text,
    collapse_spaces,
    holds_little_text,
    parse,
    printable,
    text_of,
    without_markup,
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" \n\t ", id="whitespace"),
        pytest.param("<!-- only a comment -->", id="comment"),
        pytest.param("<?php echo 1; ?>", id="processing-instruction"),
        pytest.param("<?xml version='1.0' encoding='utf-8'?>", id="xml-declaration-only"),
        pytest.param("<?xml version='1.0'?>  \n", id="xml-declaration-and-space"),
    ],
)
def test_nothing_to_parse_gives_none(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<html><body><p>Hello</p></body></html>", "Hello", id="document"),
        pytest.param("<p>Hello</p>", "Hello", id="fragment"),
        pytest.param("Hello", "Hello", id="bare-text"),
        pytest.param(
            "<?xml version='1.0' encoding='utf-8'?><html><body><p>Hello</p></body></html>",
            "Hello",
            id="xml-declaration",
        ),
        pytest.param(
            "<!DOCTYPE html><html><body><p>Hello</p></body></html>", "Hello", id="doctype"
        ),
        pytest.param("<p>Hel<!-- hidden -->lo</p>", "Hello", id="comment-removed"),
        pytest.param("<p>Hel<?pi x?>lo</p>", "Hello", id="pi-removed"),
        pytest.param("<p>Unclosed <b>bold", "Unclosed bold", id="recovers"),
    ],
)
def test_parse_gives_the_html_root(text: str, expected: str) -> None:
    root = parse(text)
    assert root is not None
    assert root.tag == "html"
    assert text_of(root) == expected


def test_parse_does_not_load_external_entities() -> None:
    page = '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>a&x;b</p>'
    root = parse(page)
    assert root is not None
    assert "root:" not in text_of(root)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<div>a<b>b</b>c<i>d<u>e</u></i>f</div>", "abcdef", id="nested"),
        pytest.param("<div>one <p>two</p> three</div>", "one two three", id="blocks-and-tails"),
        pytest.param("<div></div>", "", id="empty"),
        pytest.param("<div>x<br>y</div>", "xy", id="br-adds-nothing"),
    ],
)
def test_text_of_joins_all_text_in_order(text: str, expected: str) -> None:
    root = parse(text)
    assert root is not None
    div = root.find(".//div")
    assert div is not None
    assert text_of(div) == expected


def test_text_of_skips_comments() -> None:
    root = parse("<div>a<p>b</p>c</div>")
    assert root is not None
    div = root.find(".//div")
    assert div is not None
    div.insert(0, etree.Comment("note"))
    assert text_of(div) == "abc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bengali YYA written as YA + NUKTA and as its own code point (a composition exclusion):
        # both come out in the composed form (NFC), so a search finds either.
        ("\u09df", "\u09af\u09bc"),
        ("\u09af\u09bc", "\u09af\u09bc"),
        ("Cafe\u0301", "Café"),
        ("plain ASCII", "plain ASCII"),
        ("soft\xadhyphen\u200b", "softhyphen"),
    ],
)
def test_printable_text_is_composed(text: str, expected: str) -> None:
    assert printable(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u200c", ""),  # a template's empty paragraph
        ("\u200c\u200d \u200c", " "),
        ("end of a word\u200c\nnext", "end of a word\nnext"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),  # Persian
        (
            "\U0001f468\u200d\U0001f469\u200d\U0001f467",
            "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        ),
        ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"),  # Devanagari half form
    ],
)
def test_joiners_that_join_nothing_are_dropped(text: str, expected: str) -> None:
    """A zero-width (non-)joiner between two characters shapes them and stays; one at an end
    of the text or next to white space joins nothing (a line of them is an empty line)."""
    assert printable(text) == expected


def _printable_by_regex(text: str) -> str:
    """`printable` without its fast path: the control regex, the joiners, NFC."""
    text = _CONTROL_RE.sub(_drop_or_replace, text)
    text = _LONE_JOINERS_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def test_printable_fast_path_agrees_with_the_regex_on_every_code_point() -> None:
    """The fast path (str.isprintable) keeps a text as it is only when the regex would:
    every code point, alone and between two letters, comes out as the regex path gives it."""
    for code in range(0x110000):
        char = chr(code)
        for text in (char, "a" + char + "b"):
            if printable(text) != _printable_by_regex(text):
                raise AssertionError(f"U+{code:04X}: {printable(text)!r}")


#: Pieces of text with every kind of white space str.split() knows (and no other).
SPACED_TEXT = st.text(alphabet="ab\u00e9 \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000", max_size=40)


@settings(max_examples=60, deadline=None)
@given(SPACED_TEXT, SPACED_TEXT, st.integers(0, 40))
def test_collapse_spaces_is_join_split_on_long_texts(piece: str, tail: str, shift: int) -> None:
    """Long texts are collapsed a piece at a time, cut at white space: the result is that of
    `" ".join(text.split())` wherever the cuts fall."""
    repeats = LONG_TEXT_CHARS // max(len(piece), 1) + 2 if piece else 1
    text = "x" * shift + piece * repeats + tail
    assert collapse_spaces(text) == " ".join(text.split())


@given(SPACED_TEXT)
def test_collapse_spaces_is_join_split_on_short_texts(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())


def test_a_word_longer_than_a_piece_is_not_cut() -> None:
    word = "w" * (LONG_TEXT_CHARS + 10)
    assert collapse_spaces(f" a {word}  b ") == f"a {word} b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("  Peter\u00a0 M\u00fcller \n", "Peter M\u00fcller", id="spaces"),
        pytest.param("Pe\u200bter\x00 Mu\u0308ller", "Peter M\u00fcller", id="invisible-nfc"),
        pytest.param("\t\n", "", id="blank"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected == " ".join(printable(text).split())


@pytest.mark.parametrize(
    ("html", "limit", "little"),
    [
        pytest.param("<div>abc <b>de</b></div>", 5, True, id="at-the-limit"),
        pytest.param("<div>abc <b>def</b></div>", 5, False, id="over-it"),
        pytest.param("<div>  abc \n <p>  de  </p>\n </div>", 5, True, id="pieces-stripped"),
        pytest.param("<div><p>a b c</p></div>", 4, False, id="inner-spaces-count"),
        pytest.param("<div></div>", 0, True, id="empty"),
    ],
)
def test_holds_little_text_counts_stripped_pieces(html: str, limit: int, little: bool) -> None:
    root = parse(html)
    assert root is not None
    div = root.find(".//div")
    assert div is not None
    assert holds_little_text(div, limit) is little


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('By <a href="/p/jane-doe">Jane Doe</a>, Ann', "By Jane Doe, Ann", id="link"),
        pytest.param("<p>One.</p><p>Two.</p>", "One. Two.", id="blocks-break"),
        pytest.param("line<br/>break", "line break", id="line-break"),
        pytest.param("a < b and c > d", "a < b and c > d", id="comparison"),
        pytest.param(
            "Tickets for <The Harbour Song>", "Tickets for <The Harbour Song>", id="title"
        ),
    ],
)
def test_without_markup(text: str, expected: str) -> None:
    assert without_markup(text) == expected
