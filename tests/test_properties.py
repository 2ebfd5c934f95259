"""Property tests: whatever comes in, an Article or a NewsExtractError comes out."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import Article, ExtractionError, NewsExtractError, extract
from tests.hygiene import assert_clean

SETTINGS = settings(max_examples=200, deadline=None)

TAGS = st.sampled_from(
    [
        *("html", "body", "head", "title", "meta", "link", "div", "p", "span", "a", "b", "i"),
        *("br", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "blockquote"),
        *("pre", "code", "figure", "figcaption", "article", "main", "section", "nav", "aside"),
        *("footer", "header", "form", "noscript", "script", "style", "iframe", "img"),
    ]
)
ATTRIBUTES = st.sampled_from(
    [
        'class="article-body"',
        'class="sidebar"',
        'class="share-bar"',
        'class="caption"',
        'class="content-with-sidebar"',
        'id="comments"',
        'itemprop="articleBody"',
        "hidden",
        'aria-hidden="true"',
        'style="display:none"',
        'href="/read-more"',
        'lang="de-DE"',
        'property="og:title" content="Headline | Site"',
        'rel="canonical" href="/a.html"',
        'name="description" content="About the page"',
        'src="/a.jpg" alt="An image"',
        'href="/news/2024/05/story.html"',
        'href="javascript:alert(1)"',
        'href=" JaVaScRiPt:alert(1)"',
        'href="java&#x09;script:alert(1)"',
        'src="data:image/png;base64,AAAA" width="600"',
        'src="vbscript:msgbox(1)"',
        'href="&#106;avascript:alert(1)"',
        'rel="canonical" href="javascript:alert(1)"',
        'property="og:image" content="javascript:alert(1)"',
        'class="related"',
    ]
)
WORDS = st.sampled_from(
    [
        "Read more",
        "Foto: dpa/Michael Kappeler",
        "Updated Nov. 19, 2019 8:21 am ET",
        "Von Peter Müller",
        "Unsere Redaktion empfiehlt",
        "Advertisement",
        "The city council approved the new cycling plan on Thursday evening after debate.",
        "Straße & Co.",
        "&amp; &lt;b&gt; &#x2014; &nbsp;",
        " ",
        "\n",
        "Control \x00\x01\x08\x1b\x7f\x85 characters",
        "Related articles",
    ]
)
TEXT = st.one_of(WORDS, st.text(max_size=30))


@st.composite
def _element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    tag = draw(TAGS)
    attributes = " ".join(draw(st.lists(ATTRIBUTES, max_size=2)))
    inner = "".join(draw(st.lists(children, max_size=4)))
    closing = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # unclosed now and then
    return f"<{tag} {attributes}>{inner}{closing}"


HTML = st.recursive(TEXT, _element, max_leaves=40)
PAGES = st.builds(
    lambda head, body: f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>",
    st.lists(HTML, max_size=3).map("".join),
    st.lists(HTML, min_size=1, max_size=6).map("".join),
)


def _extract_or_error(html: bytes | str) -> Article | NewsExtractError:
    """The Article, or the InputError of unreadable input; a bug (ExtractionError) fails."""
    try:
        article = extract(html, url="https://example.org/news/a.html")
    except ExtractionError:
        raise
    except NewsExtractError as error:
        return error
    assert_clean(article)
    return article


def _outcome(html: bytes | str) -> Article | tuple[type[NewsExtractError], str]:
    """The Article, or the type and message of the error, to compare two runs."""
    result = _extract_or_error(html)
    return result if isinstance(result, Article) else (type(result), str(result))


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_library_error(data: bytes) -> None:
    assert isinstance(_extract_or_error(data), Article | NewsExtractError)


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_gives_an_article_or_a_library_error(text: str) -> None:
    assert isinstance(_extract_or_error(text), Article | NewsExtractError)


@SETTINGS
@given(PAGES)
def test_html_like_pages_give_an_article(page: str) -> None:
    article = extract(page, url="https://example.org/news/a.html")
    assert isinstance(article, Article)
    assert all(section.paragraphs or section.heading for section in article.sections)
    assert_clean(article)  # no control characters; only http(s) links and images


@SETTINGS
@given(PAGES.map(lambda page: page.encode("utf-8")))
def test_html_like_bytes_give_an_article_or_a_library_error(page: bytes) -> None:
    assert isinstance(_extract_or_error(page), Article | NewsExtractError)


@SETTINGS
@given(st.one_of(PAGES, st.text(max_size=500)))
def test_same_text_gives_equal_articles(page: str) -> None:
    assert _outcome(page) == _outcome(page)


@SETTINGS
@given(st.one_of(PAGES.map(str.encode), st.binary(max_size=500)))
def test_same_bytes_give_equal_outcomes(page: bytes) -> None:
    assert _outcome(page) == _outcome(page)


@SETTINGS
@given(PAGES)
def test_to_dict_survives_a_json_round_trip(page: str) -> None:
    data = extract(page, url="https://example.org/news/a.html").to_dict()
    assert json.loads(json.dumps(data)) == data


@SETTINGS
@given(PAGES)
def test_text_is_made_of_the_sections(page: str) -> None:
    article = extract(page)
    for section in article.sections:
        for paragraph in section.paragraphs:
            assert paragraph in article.text
            assert paragraph == paragraph.strip() or "\n" in paragraph
