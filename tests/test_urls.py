"""URLs: made absolute and clean as a browser makes them, read for what they point to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import urls
from newsextract.urls import absolute_url, host_of, looks_like_article, same_site, url_key

BASE = "https://example.org/news/story.html"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        pytest.param("/news/other.html", "https://example.org/news/other.html", id="relative"),
        pytest.param("other.html#top", "https://example.org/news/other.html", id="fragment"),
        pytest.param("https://b.example/#", "https://b.example/", id="empty-fragment"),
        pytest.param("https://b.example/x", "https://b.example/x", id="absolute"),
        pytest.param("javascript:alert(1)", None, id="javascript"),
        pytest.param(" JaVaScRiPt :alert(1)", None, id="javascript-spelled"),
        pytest.param("java\tscript:alert(1)", None, id="javascript-tab"),
        pytest.param("data:text/html,<b>x</b>", None, id="data"),
        pytest.param("vbscript:msgbox", None, id="vbscript"),
        pytest.param("java\nscript:alert(1)", None, id="javascript-newline"),
        pytest.param("\x00javascript:alert(1)", None, id="javascript-nul"),
        pytest.param("\x01 javascript:alert(1)", None, id="javascript-leading-control"),
        pytest.param("jav\x0bascript:alert(1)", None, id="javascript-vertical-tab"),
        pytest.param("\u200bjavascript:alert(1)", None, id="javascript-zero-width-space"),
        pytest.param("JAVASCRIPT:alert(1)", None, id="javascript-upper-case"),
        pytest.param("DATA:image/png;base64,AAAA", None, id="data-upper-case"),
        pytest.param(" d a t a :text/html,x", None, id="data-spaced"),
        pytest.param("VBScript:msgbox", None, id="vbscript-mixed-case"),
        pytest.param("file:///etc/passwd", None, id="file"),
        pytest.param("ftp://files.example/a.html", None, id="ftp"),
        pytest.param("http://[::16", None, id="unsplittable-host"),
        pytest.param("https:///no-host", None, id="no-host"),
        pytest.param("//cdn.example/a.jpg", "https://cdn.example/a.jpg", id="protocol-relative"),
        pytest.param("HTTPS://b.example/x", "HTTPS://b.example/x", id="upper-case-http"),
        pytest.param(" /img/My Photo.jpg ", "https://example.org/img/My%20Photo.jpg", id="spaces"),
        pytest.param("java script:alert(1)", None, id="javascript-with-a-space"),
        pytest.param("/a b/c:d.html", "https://example.org/a%20b/c:d.html", id="colon-in-path"),
        pytest.param("mailto:a@example.org", None, id="mailto"),
        pytest.param("#comments", None, id="same-page"),
        # Percent-encoded as a browser's URL parser does (WHATWG): what would end an HTML
        # attribute or a Markdown link, and non-ASCII, never comes out raw.
        pytest.param(
            'https://x.example/a"onmouseover="alert(1)',
            "https://x.example/a%22onmouseover=%22alert(1)",
            id="quote-in-path",
        ),
        pytest.param("/a<b>c", "https://example.org/a%3Cb%3Ec", id="angle-brackets-in-path"),
        pytest.param("/a`b{c}^d", "https://example.org/a%60b%7Bc%7D%5Ed", id="backtick-braces"),
        pytest.param("/it's", "https://example.org/it's", id="apostrophe-in-path-stays"),
        pytest.param(
            "/q?x='1'&y=\"2\"<`>", "https://example.org/q?x=%271%27&y=%222%22%3C%60%3E", id="query"
        ),
        pytest.param("/straße/é", "https://example.org/stra%C3%9Fe/%C3%A9", id="non-ascii-path"),
        pytest.param("/s?q=für", "https://example.org/s?q=f%C3%BCr", id="non-ascii-query"),
        pytest.param("/a%20b/100%", "https://example.org/a%20b/100%", id="percent-kept"),
        pytest.param("/a\u202eb\u2066c\u200fd", "https://example.org/abcd", id="bidi-dropped"),
        pytest.param(
            "https://müller.example/straße",
            "https://xn--mller-kva.example/stra%C3%9Fe",
            id="international-host",
        ),
        pytest.param('https://x"y.example/a', None, id="quote-in-host"),
        pytest.param("https://x<y.example/a", None, id="angle-bracket-in-host"),
        pytest.param("/\\evil.example/x", "https://evil.example/x", id="backslashes-are-slashes"),
        pytest.param("https:\\\\b.example\\x", "https://b.example/x", id="backslash-authority"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="missing"),
    ],
)
def test_absolute_url(href: str | None, expected: str | None) -> None:
    assert absolute_url(href, BASE) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://x.example/2019/11/oddest-medical-case-reports.html", True, id="slug"),
        pytest.param("https://www.paper.co.uk/news/world-11047811", True, id="numeric-id"),
        pytest.param("https://x.example/balearische-inseln", False, id="two-word-topic"),
        pytest.param("https://x.example/action/addCitationAlert?doi=1", False, id="tool"),
        pytest.param("https://x.example/", False, id="home"),
        pytest.param("https://x.example/news/articles/c0rxk4q0pj0o", True, id="opaque-id"),
        pytest.param("https://x.example/articles/ASQ6N46R3Q6NULEI007.html", True, id="id-html"),
        pytest.param("https://x.example/newsletters", False, id="letters-only"),
        pytest.param("https://x.example/img/logo2x.png", False, id="short-name"),
    ],
)
def test_looks_like_article(url: str, expected: bool) -> None:
    assert looks_like_article(url) is expected


@pytest.mark.parametrize(
    ("url", "base_url", "expected"),
    [
        pytest.param(
            "https://www.paper.com/news/a", "https://www.paper.co.uk/b", True, id="country"
        ),
        pytest.param("https://news.example.org/a", "https://example.org/b", True, id="subdomain"),
        pytest.param("https://other.example/a", "https://example.org/b", False, id="other"),
        pytest.param("https://other.example/a", None, True, id="no-page-url"),
    ],
)
def test_same_site(url: str, base_url: str | None, expected: bool) -> None:
    assert same_site(url, base_url) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("https://Example.org/a/", "https://example.org/a", id="host-case-slash"),
        pytest.param("https://example.org/a#top", "https://example.org/a", id="fragment"),
    ],
)
def test_url_key_equates_repeats(first: str, second: str) -> None:
    assert url_key(first) == url_key(second)


def test_url_key_keeps_the_query() -> None:
    assert url_key("https://example.org/a?page=2") != url_key("https://example.org/a")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        pytest.param("https://www.Example.org/a", "example.org", id="www-and-case"),
        pytest.param("https://news.example.org:8080/a", "news.example.org", id="port"),
        pytest.param("http://[::16", None, id="unsplittable"),
        pytest.param("/relative/path", None, id="no-host"),
        pytest.param(None, None, id="none"),
    ],
)
def test_host_of(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["https://", "http://", "HTTP://", "//", "/", ""]),
    st.text(alphabet=st.sampled_from('ab.:/?#[]\\%"<> \té@1|'), max_size=16),
)
def test_a_plain_url_comes_out_as_the_full_resolution_makes_it(scheme: str, rest: str) -> None:
    href = scheme + rest
    if href:
        assert absolute_url(href, "https://example.org/a/") == urls._resolved(
            href, "https://example.org/a/"
        )
