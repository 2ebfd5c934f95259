"""Tests for newsextract.bounds: markup bounded before libxml2 reads it."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsextract.bounds import (
    BYTES_PER_ATTRIBUTE,
    COUNTED_FROM_BYTES,
    CUT_DEPTH,
    LIBXML2_MAX_DEPTH,
    MAX_ATTRIBUTES,
    bound_markup,
    cut_deep_subtrees,
)
from newsextract.jsonld import json_ld
from newsextract.parsing import parse, text_of


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"<div><div><div>deep</div>x</div>y</div>z", b"<div>y</div>z", id="subtree"),
        pytest.param(b"<div>a</div><div>b</div>", b"<div>a</div><div>b</div>", id="shallow"),
        pytest.param(b"<div><div><b><b>deep</div>x</div>y", b"<div>x</div>y", id="unclosed-inside"),
        pytest.param(b"<div><div>a</section></div></div>y", b"<div></div>y", id="stray-end-tag"),
        pytest.param(b"<ul><li>a<li>b<li><ul><li>c</ul></ul>z", b"<ul></ul>z", id="siblings"),
        pytest.param(
            b"<div><br><img src=x><p>a<p>b</div>z", b"<div><br><img src=x></div>z", id="void"
        ),
        pytest.param(b"<div><div>unclosed <b>deep", b"<div>", id="never-closed"),
        pytest.param(b"<DIV><Div>deep</dIV>x</div>", b"<DIV>x</div>", id="case"),
    ],
)
def test_cut_deep_subtrees_removes_what_starts_too_deep(data: bytes, expected: bytes) -> None:
    assert cut_deep_subtrees(data, 1) == expected


@pytest.mark.parametrize("tag", ["div", "b", "span", "section"])
def test_a_page_deeper_than_libxml2_reads_keeps_the_rest(tag: str) -> None:
    depth = 2 * LIBXML2_MAX_DEPTH
    page = f"<p>before</p>{f'<{tag}>' * depth}deep{f'</{tag}>' * depth}<p>after</p>"
    root = parse(page)
    assert root is not None
    assert text_of(root) == "beforeafter"


def test_cutting_millions_of_unclosed_tags_takes_bounded_memory() -> None:
    data = b"<p>before</p>" + b"<b>" * 200_000 + b"deep"
    tracemalloc.start()
    try:
        cut = cut_deep_subtrees(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert cut == b"<p>before</p>" + b"<b>" * CUT_DEPTH
    assert peak < 4 * 1024 * 1024  # a stack of every open tag takes over 8 MB


def _attribute_counts(page: str) -> list[int]:
    """The number of attributes of every <p> of the parsed page."""
    root = parse(page)
    assert root is not None
    return [len(p.attrib) for p in root.iter("p")]


AFTER = ">x</p><p class='after'>after</p>"


def _crowded(attribute: str, count: int = 5_000) -> str:
    """A <p> with `count` attributes (`attribute` formatted with n), then another <p>."""
    attributes = " ".join(attribute.format(n=n) for n in range(count))
    return f"<p {attributes}{AFTER}"


#: Start tags crowded in every way an HTML5 tokenizer (libxml2 2.14's) reads attributes.
CROWDED_TAGS = {
    "valued": _crowded("a{n}={n}"),
    "bare": _crowded("a{n}"),
    "quoted-gt": _crowded('a{n}=">"'),
    "quoted-lt": _crowded("a{n}='<'"),
    "lt-in-names": _crowded("a<{n}"),
    "quotes-in-names": _crowded('a"{n}'),
    "spaces-around-equals": _crowded('a{n} = " > "'),
    "glued-after-quotes": '<p class="x"' + "".join(f'a{n}="v"' for n in range(5_000)) + AFTER,
    "slashes-between": "<p " + "/".join(f"a{n}" for n in range(5_000)) + AFTER,
    "hidden-behind-a-quote-in-a-name": '<p x"<q a=">" ' + _crowded("a{n}")[3:],
}


@pytest.mark.parametrize("page", CROWDED_TAGS.values(), ids=CROWDED_TAGS.keys())
@pytest.mark.parametrize("size", ["small", "large"])
def test_crowded_start_tags_keep_their_first_attributes(page: str, size: str) -> None:
    """Read as libxml2 reads them; a page over COUNTED_FROM_BYTES is read tag by tag."""
    if size == "large":
        page += "<div>" + "filler " * (COUNTED_FROM_BYTES // 7) + "</div>"
    counts = _attribute_counts(page)
    assert counts[0] == MAX_ATTRIBUTES
    assert counts[-1] == 1  # the <p> after it


@pytest.mark.parametrize("repeat", [100_000, 300_000])  # 0.5 MB, 1.5 MB (read tag by tag)
def test_max_elements_bounds_the_parse(repeat: int) -> None:
    root = parse("x<br>" * repeat, max_elements=1_000)
    assert root is not None
    assert 1_000 <= sum(1 for _ in root.iter()) <= 1_000 + 3  # html, body, p are implied


def test_a_large_page_keeps_one_attribute_per_24_bytes() -> None:
    tag = "<p " + " ".join(f'a{n}="{n}"' for n in range(100)) + ">x</p>"
    page = tag * (2 * COUNTED_FROM_BYTES // len(tag))
    root = parse(page)
    assert root is not None
    attributes = sum(len(element.attrib) for element in root.iter())
    assert len(page) // BYTES_PER_ATTRIBUTE - 100 <= attributes <= len(page) // BYTES_PER_ATTRIBUTE
    assert sum(1 for _ in root.iter("p")) == page.count("<p ")  # every element is kept


@pytest.mark.parametrize("text", ["plain <p>text</p> and <b>bold</b>", "a < b > c <!-- x -->"])
def test_bounding_leaves_ordinary_markup_as_it_is(text: str) -> None:
    assert bound_markup(text.encode(), 1_000) == text.encode()
    large = (text * (COUNTED_FROM_BYTES // len(text) + 1)).encode()
    assert bound_markup(large, 10**9) is large


def _crowded_tag(name: str) -> str:
    """A start tag with more than MAX_ATTRIBUTES attributes, all of them different."""
    return f"<{name} " + " ".join(f"a{n}" for n in range(MAX_ATTRIBUTES + 44)) + ">"


#: Pieces of pages around crowded start tags: where libxml2 reads tags (the body, a
#: self-closed script) and where it does not (scripts with their escapes, style sheets,
#: other elements of raw text, comments, open or closed), with quotes, dashes and "<" that
#: a reader of tags could misplace.
PAGE_PIECES = [
    "<script>",
    "</script>",
    "<SCRIPT type='module'>",
    "</SCRIPT >",
    "<script/>",
    "<style>",
    "</style>",
    "<style/>",
    "<!--",
    "-->",
    "<!-->",
    "--!>",
    "<p>",
    "</p>",
    "text ",
    "a < b ",
    '"',
    "'",
    "=",
    "<script />",
    "<script/ >",
    "<script src=a/>",
    "<scripts>",
    "</scripts>",
    "<textarea>",
    "</textarea>",
    "<title>",
    "<xmp>",
    "</xmp>",
    "<plaintext>",
    "-",
    "->",
    "<!-",
    "<!x",
    "<?",
    "</ ",
    "</>",
    "</p a='",
    "</p>",
    ">",
    _crowded_tag("div"),
    _crowded_tag("script"),
    _crowded_tag("style"),
    _crowded_tag("b"),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PAGE_PIECES), max_size=12), st.booleans())
def test_libxml2_reads_no_crowded_tag(pieces: list[str], large: bool) -> None:
    """Whatever lies around them, the start tags libxml2 reads keep at most MAX_ATTRIBUTES
    attributes (its time grows with their square), on pages read in one pass and on large
    pages read tag by tag."""
    padding = "<p>" + "x" * COUNTED_FROM_BYTES + "</p>" if large else ""
    root = parse(padding + "<html><body>" + "".join(pieces))
    assert root is not None
    assert max(len(element.attrib) for element in root.iter()) <= MAX_ATTRIBUTES


@pytest.mark.parametrize("padding", [0, COUNTED_FROM_BYTES], ids=["small", "large"])
def test_a_crowded_tag_in_a_script_is_not_read_as_a_tag(padding: int) -> None:
    """libxml2 reads no tags in a script: what looks like a crowded tag there ("a <b x0 x1
    ...") is code, dropped with the rest of it, and its "</script>" still ends the script,
    before the article."""
    script = "<script>if (a <b " + " ".join(f"x{n}" for n in range(300)) + "</script>"
    page = f"<html><body><p>{'x' * padding}</p>{script}<article><p>The article.</p></article>"
    root = parse(page)
    assert root is not None
    assert [text_of(p) for p in root.iter("article")] == ["The article."]
    (script_element,) = root.iter("script")
    assert script_element.text is None


#: JSON-LD (read by jsonld.py): typed, or untyped but opening with a schema.org object.
_LD = '{"@context": "https://schema.org", "headline": "a <b> c </p>"}'
JSON_LD_SCRIPTS = [
    f'<script type="application/ld+json">{_LD}</script>',
    f"<SCRIPT data-x='<' TYPE=application/LD+JSON>{_LD}</SCRIPT>",
    f"<script>\n  [{_LD}]</script>",
]


@pytest.mark.parametrize("script", JSON_LD_SCRIPTS)
@pytest.mark.parametrize("padding", [0, COUNTED_FROM_BYTES], ids=["small", "large"])
def test_json_ld_is_kept_and_code_is_dropped(script: str, padding: int) -> None:
    """The code of scripts and style sheets is dropped before parsing (no stage reads it),
    JSON-LD is kept whole; the elements stay, with their attributes."""
    code = "<script src=x.js>var a = '<p>';</script><style media=all>p { color: red }</style>"
    page = f"<p>{'x' * padding}</p>{code}{script}<p>after</p>"
    bounded = bound_markup(page.encode(), 10**9)
    assert script.encode() in bounded
    assert b"<script src=x.js></script><style media=all></style>" in bounded
    assert bounded.endswith(b"<p>after</p>")


#: Pages without crowded tags or self-closed scripts: bounding them changes nothing but the
#: code (the text after a self-closed script is code too: see the test after the next).
_PLAIN_PIECES = [
    piece for piece in PAGE_PIECES if len(piece) < MAX_ATTRIBUTES and "/>" not in piece
]


def _tree(page: bytes) -> list[tuple[object, ...]]:
    """The elements libxml2 builds of `page` as it is (no bounding): tag, attributes, text
    (but a script's or a style sheet's) and tail."""
    root = etree.fromstring(page, etree.HTMLParser(encoding="utf-8", remove_comments=True))
    if root is None:
        return []
    return [
        (el.tag, dict(el.attrib), None if el.tag in ("script", "style") else el.text, el.tail)
        for el in root.iter()
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PLAIN_PIECES, *JSON_LD_SCRIPTS]), max_size=12))
def test_dropping_code_changes_nothing_else(pieces: list[str]) -> None:
    """libxml2 builds the same tree from a page with its code dropped, the text of scripts
    and style sheets apart: the same elements, attributes, texts and tails, JSON-LD too."""
    page = ("<html><body>" + "".join(pieces)).encode()
    bounded = bound_markup(page, 10**9)
    assert _tree(bounded) == _tree(page)
    assert _json_ld(bounded) == _json_ld(page)


def _json_ld(page: bytes) -> list[dict[str, object]]:
    """The JSON-LD objects jsonld.py reads in the scripts of `page` as libxml2 parses it."""
    root = etree.fromstring(page, etree.HTMLParser(encoding="utf-8"))
    return [] if root is None else json_ld(root.iter("script"))


@pytest.mark.parametrize("padding", [0, COUNTED_FROM_BYTES], ids=["small", "large"])
def test_code_after_a_self_closed_script_is_the_scripts(padding: int) -> None:
    """libxml2 ends a script at "<script .../>" and reads the code after it as text; a
    browser reads the code as the script's, up to "</script>". Such text without markup is
    dropped as code; text with markup in it, and JSON-LD, are left as they are."""
    filler = f"<p>{'x' * padding}</p>"
    code = "<script type='text/javascript'/>\n(function() { if (a < b) { go(); } })();\n</script>"
    bounded = bound_markup(f"{filler}{code}<p>after</p>".encode(), 10**9)
    assert bounded.endswith(b"<script type='text/javascript'/></script><p>after</p>")
    root = parse(f"<html><body>{filler}{code}<p>after</p>")
    assert root is not None
    assert "function" not in text_of(root)
    for kept in (
        '<script src="a.js"/><p>Text of the page.</p></script>',
        "<script/>Text before the end tag <b>with markup</b></script>",
        f"<script/>{_LD}</script>",
    ):
        page = f"{filler}{kept}".encode()
        assert bound_markup(page, 10**9) == page
