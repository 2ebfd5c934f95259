"""Tests for newsextract.bounds: markup bounded before libxml2 reads it."""

from __future__ import annotations

import re
import time
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.bounds import (
    _ORDINARY_TAG,
    _OTHER_MARKUP,
    _PLAIN_END_TAG,
    _PLAIN_TAG,
    BYTES_PER_ATTRIBUTE,
    COUNTED_FROM_BYTES,
    CUT_DEPTH,
    LIBXML2_MAX_DEPTH,
    MAX_ATTRIBUTES,
    bound_markup,
    cut_deep_subtrees,
)
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
def test_a_crowded_tag_in_a_script_is_left_as_it_is(padding: int) -> None:
    """libxml2 reads no tags in a script: what looks like a crowded tag there ("a <b x0 x1
    ...") is not cut, and its "</script>" still ends the script, before the article."""
    script = "<script>if (a <b " + " ".join(f"x{n}" for n in range(300)) + "</script>"
    page = f"<html><body><p>{'x' * padding}</p>{script}<article><p>The article.</p></article>"
    root = parse(page)
    assert root is not None
    assert [text_of(p) for p in root.iter("article")] == ["The article."]
    (script_element,) = root.iter("script")
    assert str(script_element.text).endswith("x299")


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(b"<!-- " + _crowded_tag("div").encode() + b" -->", id="comment"),
        pytest.param(b"<!-- " + _crowded_tag("div").encode(), id="open-comment"),
        pytest.param(b"<style>" + _crowded_tag("div").encode() + b"</style>", id="style"),
    ],
)
def test_tags_in_comments_and_style_sheets_are_not_cut(page: bytes) -> None:
    assert bound_markup(page, 1_000) == page


def test_a_self_closed_script_holds_nothing() -> None:
    """libxml2 reads the tags after "<script/>": a crowded one there is cut."""
    page = b"<script/>" + _crowded_tag("div").encode()
    assert bound_markup(page, 1_000).count(b" a") == MAX_ATTRIBUTES


def test_open_comments_are_read_in_linear_time() -> None:
    start = time.process_time()
    bound_markup(b"<!--" * 250_000, 10**9)  # 1 MB of comments that never end
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_crowded_tag("script") + "<style></script>", id="crowded-script-start"),
        pytest.param("<script><!--<script></script></script>-->", id="double-escape"),
        pytest.param("<script src=a/><style></script>", id="slash-of-a-value"),
        pytest.param("<!x <style>", id="bogus-comment"),
        pytest.param("</p a='<style>'>", id="end-tag-attribute"),
        pytest.param("<textarea><!--</textarea>", id="textarea"),
    ],
)
def test_a_crowded_tag_after_raw_text_is_cut(page: str) -> None:
    """Raw text ends where libxml2 ends it: what follows is read as tags again, and a
    crowded tag there is cut (read as still raw text, it would keep all its attributes)."""
    root = parse("<html><body>" + page + _crowded_tag("div") + "x</div>")
    assert root is not None
    assert max(len(element.attrib) for element in root.iter()) == MAX_ATTRIBUTES


#: The characters that decide how a tag is read, and a few that do not.
_TAG_ALPHABET = "aB1 \t\n/=\"'<>!-?"


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["", "p", "/", "/p"]), st.text(alphabet=_TAG_ALPHABET, max_size=24))
def test_plain_tag_forms_read_what_the_general_forms_read(start: str, rest: str) -> None:
    """The plain start and end tags (tried first, for speed) match only where the general
    forms match, and end where they end: the reading of a page does not depend on them."""
    data = (start + rest).encode()
    plain_start = re.match(_PLAIN_TAG, data)
    if plain_start is not None:
        general = re.match(_ORDINARY_TAG, data)
        assert general is not None and general.end() == plain_start.end()
    plain_end = re.match(_PLAIN_END_TAG, data)
    if plain_end is not None:
        general = re.match(_OTHER_MARKUP, data)
        assert general is not None and general.end() == plain_end.end()


@pytest.mark.parametrize(
    "markup",
    ['div class="a b" id="x">', 'p class="" hidden>', "br/>", 'a href="x>y" >', 'img\tsrc="a">'],
)
def test_common_tags_take_the_plain_forms(markup: str) -> None:
    """Common tags are read in the plain forms (else the test above would prove nothing)."""
    assert re.fullmatch(_PLAIN_TAG, markup.encode()) is not None
    name = re.match(r"\w+", markup)
    assert name is not None
    assert re.fullmatch(_PLAIN_END_TAG, b"/%s>" % name.group().encode()) is not None
