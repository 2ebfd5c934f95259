"""Tests for newsextract.api.extract(): arguments, input errors, and the pipeline end to end."""

from __future__ import annotations

import dataclasses
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

import pytest
from lxml import etree

from newsextract import (
    Article,
    ExtractionError,
    InputError,
    InputTooLargeError,
    NewsExtractError,
    NotHTMLError,
    Options,
    Section,
    api,
    extract,
)

P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."
P3 = "Opponents warned that about 180 parking spaces will disappear along the ring road."
HEADLINE = "Council approves the new cycling plan"
NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>'
SIDEBAR = (
    '<div class="sidebar"><h3>Most read</h3><ul>'
    + "".join(f'<li><a href="/s{i}">Another story, number {i}</a></li>' for i in range(6))
    + "</ul></div>"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{HEADLINE} | Example News</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Example News">
<meta name="description" content="Forty kilometres of protected lanes.">
<link rel="canonical" href="/local/cycling-plan.html">
</head><body>{NAV}
<article><h1>{HEADLINE}</h1><p>By Jane Doe</p><p>{P1}</p><p>{P2}</p>
<h2>Parking spaces</h2><p>{P3}</p><p>Advertisement</p></article>{SIDEBAR}
<footer><p>Copyright 2019 Example News</p></footer></body></html>"""
URL = "https://news.example.org/local/x.html?utm_source=feed"

PAGES = (
    PAGE,
    f"<html><body><div id='content'><p>{P1}</p><p>{P2}</p></div>{SIDEBAR}</body></html>",
    f"<html lang='de'><body><h1>{HEADLINE}</h1><div><p>{P3}</p><p>{P1}</p></div></body></html>",
    f"<table><tr><td>{NAV}</td><td><p>{P2}</p><p>{P3}</p></td></tr></table>",
    "<html><body><p>Nothing much here.</p></body></html>",
)


def test_extract_reads_the_page_end_to_end() -> None:
    article = extract(PAGE.encode("utf-8"), url=URL)
    assert article == Article(
        url="https://news.example.org/local/cycling-plan.html",
        title=HEADLINE,
        description="Forty kilometres of protected lanes.",
        authors=("Jane Doe",),
        language="en",
        site_name="Example News",
        sections=(Section(None, 0, (P1, P2)), Section("Parking spaces", 2, (P3,))),
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("html", "url", "encoding", "options", "message"),
    [
        pytest.param(123, None, None, Options(), "html must be bytes or str, not int", id="int"),
        pytest.param(None, None, None, Options(), "not NoneType", id="none"),
        pytest.param(["<p>x</p>"], None, None, Options(), "not list", id="list"),
        pytest.param("<p>x</p>", 42, None, Options(), "url must be str or None, not int", id="url"),
        pytest.param(b"<p>x</p>", b"https://e.org/", None, Options(), "url", id="url-bytes"),
        pytest.param("<p>x</p>", None, 8, Options(), "encoding must be str", id="encoding"),
        pytest.param("<p>x</p>", None, None, {"max_input_bytes": 1}, "options", id="options"),
    ],
)
def test_wrong_argument_types_raise_type_error(
    html: object, url: object, encoding: object, options: object, message: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        extract(html, url=url, encoding=encoding, options=options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "wrap",
    [
        pytest.param(bytearray, id="bytearray"),
        pytest.param(memoryview, id="memoryview"),
    ],
)
def test_bytes_like_input_gives_the_same_article(wrap: type) -> None:
    data = PAGE.encode("utf-8")
    assert extract(wrap(data), url=URL) == extract(data, url=URL)


def test_str_input_gives_the_same_article_without_encoding() -> None:
    from_str = extract(PAGE, url=URL)
    from_bytes = extract(PAGE.encode("utf-8"), url=URL)
    assert from_str.encoding is None
    assert dataclasses.replace(from_str, encoding="utf-8") == from_bytes


def test_callers_encoding_is_used() -> None:
    page = f"<p>{P1} Straße, Köln.</p><p>{P2}</p>".encode("cp1252")
    article = extract(page, encoding="windows-1252")
    assert article.encoding == "windows-1252"
    assert "Straße, Köln." in article.text


@pytest.mark.parametrize(
    ("html", "encoding"),
    [
        pytest.param(b"", "utf-8", id="empty-bytes"),
        pytest.param(b" \r\n\t ", "utf-8", id="whitespace-bytes"),
        pytest.param("", None, id="empty-str"),
        pytest.param("   \n", None, id="whitespace-str"),
        pytest.param("<!-- nothing -->", None, id="comment-only"),
        pytest.param("<html><head><title>x</title></head></html>", None, id="no-body"),
        pytest.param(f"<nav><p>{P1}</p><p>{P2}</p></nav>", None, id="all-boilerplate"),
    ],
)
def test_page_without_article_gives_no_sections(html: bytes | str, encoding: str | None) -> None:
    article = extract(html)
    assert article.sections == ()
    assert article.text == ""
    assert article.encoding == encoding


def test_url_is_kept_for_an_empty_page() -> None:
    assert extract(b"", url=URL) == Article(url=URL, encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", NotHTMLError, id="pdf"
        ),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotHTMLError, id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", NotHTMLError, id="zip"),
        pytest.param(bytes(range(32)) * 8, NotHTMLError, id="control-bytes"),
    ],
)
def test_binary_input_raises_not_html(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        extract(data)


@pytest.mark.parametrize(
    ("error", "bases"),
    [
        pytest.param(NotHTMLError, (InputError, ValueError, NewsExtractError), id="not-html"),
        pytest.param(
            InputTooLargeError, (InputError, ValueError, NewsExtractError), id="too-large"
        ),
        pytest.param(InputError, (ValueError, NewsExtractError), id="input"),
        pytest.param(NewsExtractError, (Exception,), id="root"),
        pytest.param(ExtractionError, (NewsExtractError,), id="extraction"),
    ],
)
def test_error_hierarchy(error: type[Exception], bases: tuple[type[Exception], ...]) -> None:
    assert issubclass(error, bases)


def test_extraction_error_is_no_input_error() -> None:
    assert not issubclass(ExtractionError, ValueError)


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(etree.ParserError("parser"), id="lxml"),
        pytest.param(RecursionError("deep"), id="recursion"),
        pytest.param(UnicodeEncodeError("utf-8", "x", 0, 1, "bad"), id="unicode"),
        pytest.param(KeyError("bug"), id="bug"),
    ],
)
def test_unexpected_failures_come_out_as_extraction_error(
    failure: Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(api, "select_article", broken)
    with pytest.raises(ExtractionError, match=type(failure).__name__) as caught:
        extract("<article><p>Some text of a page.</p></article>")
    assert caught.value.__cause__ is failure


def test_memory_error_is_not_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(api, "select_article", exhausted)
    with pytest.raises(MemoryError):
        extract("<article><p>Some text of a page.</p></article>")


def test_not_html_error_is_caught_as_value_error() -> None:
    with pytest.raises(ValueError, match="PDF"):
        extract(b"%PDF-1.7\n")


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(b"<p>" + b"x" * 100 + b"</p>", id="bytes"),
        pytest.param("<p>" + "x" * 100 + "</p>", id="str"),
    ],
)
def test_input_above_the_limit_raises(html: bytes | str) -> None:
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        extract(html, options=Options(max_input_bytes=50))


def test_input_at_the_limit_is_read() -> None:
    page = f"<p>{P1}</p><p>{P2}</p>".encode()
    article = extract(page, options=Options(max_input_bytes=len(page)))
    assert article.text == f"{P1}\n\n{P2}"


def test_extracted_article_pickles() -> None:
    article = extract(PAGE, url=URL)
    assert article.sections
    assert pickle.loads(pickle.dumps(article)) == article


def test_bundled_sample_extracts() -> None:
    data = resources.files("newsextract").joinpath("samples", "seed.html").read_bytes()
    article = extract(data)
    assert article.title == "Apple Pay und AliPay forcieren Zusammenarbeit"
    assert article.language == "de"
    assert len(article.text) > 500


def test_results_are_equal_across_threads() -> None:
    sequential = [extract(page, url=URL) for page in PAGES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda page: extract(page, url=URL), PAGES * 20))
    assert parallel == sequential * 20


def test_extract_is_deterministic() -> None:
    assert extract(PAGE, url=URL) == extract(PAGE, url=URL)


# --- Options that the documentation promises ---------------------------------------------


def test_max_tree_depth_cuts_deeper_elements() -> None:
    deep = "<div>" * 40 + f"<p>{P3} Deep.</p>" + "</div>" * 40
    page = f"<html><body><article><p>{P1}</p><p>{P2}</p>{deep}</article></body></html>"
    article = extract(page, options=Options(max_tree_depth=20))
    assert P1 in article.text
    assert "Deep." not in article.text


def test_default_max_tree_depth_keeps_text_nested_300_deep() -> None:
    # Options documents a default of 500 levels; the page is well within it.
    page = "<div>" * 300 + f"<p>{P1}</p><p>{P2}</p>" + "</div>" * 300
    assert extract(page).text == f"{P1}\n\n{P2}"


def test_max_elements_limits_the_elements_considered() -> None:
    paragraphs = "".join(f"<p>{P1} Number {i}.</p>" for i in range(50))
    article = extract(f"<html><body>{paragraphs}</body></html>", options=Options(max_elements=20))
    assert "Number 0." in article.text
    assert "Number 49." not in article.text


# --- what comes out is text --------------------------------------------------------------


def test_control_characters_do_not_reach_the_text() -> None:
    # parsing.py leaves control characters to the text stages, which are to drop them.
    article = extract(f"<p>{P1}\x01\x02 Straße.</p><p>{P2}\x7f</p>")
    assert article.sections
    assert re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", article.text) is None


def test_lone_surrogate_in_str_input_does_not_cut_the_page() -> None:
    # A str decoded with errors="surrogateescape" carries lone surrogates.
    page = f"<article><p>{P1} \udcff</p><p>{P2}</p><p>{P3}</p></article>"
    article = extract(page)
    assert P3 in article.text
