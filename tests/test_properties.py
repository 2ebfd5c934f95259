"""Property tests: whatever comes in, an Article or a NewsExtractError comes out."""

from __future__ import annotations

import html
import json
import unicodedata

import lxml.html
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from markdown_it import MarkdownIt

from newsextract import (
    Article,
    BlockKind,
    ExtractionError,
    Image,
    ImageCredit,
    Link,
    NewsExtractError,
    Section,
    extract,
)
from newsextract.parsing import clean_text, parse, printable, text_of
from newsextract.render import cells
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


def _visible(text: str) -> str:
    """`text` as newsextract reads it (printable), decomposed (NFD: a block boundary may
    split a letter from the accent after it) and without white space (blocks are re-spaced)."""
    return "".join(unicodedata.normalize("NFD", printable(text)).split())


@SETTINGS
@given(PAGES)
@example(  # found by hypothesis: the row came out "Control characters |"
    "<!DOCTYPE html><html><head></head><body><tr>Control characters<TD </body></html>"
)
@example("<table><tr><td>a</td><td></td><td>b|c</td><td> </td></tr></table>")
def test_text_is_taken_from_the_page_in_order(page: str) -> None:
    """Extraction leaves text out and re-spaces it, but never invents, repeats or reorders
    any: the headings and blocks, in order, are a subsequence of the page's text (a table
    row as its cells, without the separator that joins them). Blocks are trimmed."""
    article = extract(page)
    texts: list[str] = []
    for section in article.sections:
        texts.append(section.heading or "")
        for paragraph, kind in zip(section.paragraphs, section.kinds, strict=True):
            texts.extend(cells(paragraph) if kind is BlockKind.TABLE_ROW else [paragraph])
            assert paragraph == paragraph.strip() or "\n" in paragraph
    root = parse(page)
    remaining = iter(_visible("" if root is None else text_of(root)))
    assert all(char in remaining for char in _visible("".join(texts)))  # consumes: in order


#: The text of a table cell: words, spaces, pipes and backslashes, entities, control
#: characters, and now and then an inline element around a piece of it.
CELL_PIECES = st.one_of(
    st.sampled_from(["", " ", "|", " | ", "\\", "\\|", "&nbsp;", "&#124;", "\n", "\x01", "\ue000"]),
    st.sampled_from(["Year", "Riders", "1,200", "Read more", "Advertisement", "2019"]),
    st.text(max_size=8).map(html.escape),
)
CELL_TEXT = st.lists(CELL_PIECES, max_size=4).map("".join)
CELL_HTML = st.one_of(
    CELL_TEXT,
    st.builds(
        lambda tag, inner, tail: f"<{tag}>{inner}</{tag}>{tail}",
        st.sampled_from(["b", "span", "em", "a href='/x.html'", "code", "small"]),
        CELL_TEXT,
        CELL_TEXT,
    ).map(lambda text: text.replace("</a href='/x.html'>", "</a>")),
)
TABLE_ROWS = st.lists(
    st.lists(st.tuples(st.sampled_from(["td", "th"]), CELL_HTML), min_size=1, max_size=5),
    min_size=1,
    max_size=6,
)
PROSE = (
    "The city council approved the new cycling plan on Thursday evening after a long "
    "debate about parking, bus lanes and the cost of the bridge over the river."
)


def _table_page(rows: list[list[tuple[str, str]]]) -> str:
    table = "".join(
        "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for tag, cell in row) + "</tr>" for row in rows
    )
    return (
        "<html><head><title>Cycling plan approved</title></head><body><article>"
        f"<h1>Cycling plan approved</h1><p>{PROSE}</p><table>{table}</table><p>{PROSE}</p>"
        "</article></body></html>"
    )


_CELLS = ("td", "th")


def _page_rows(page: str) -> list[list[str]]:
    """The rows of the page's table as a reader sees them: each cell's text as newsextract
    reads a text (its white space first, as str.split() knows it: "\\x1f" and "\\x0c" part
    words; then control characters out: clean_text), up to its last non-empty cell; rows of
    only empty cells left out."""
    root = parse(page)
    assert root is not None
    rows = []
    for row in root.iter("tr"):
        found = [clean_text(" ".join(text_of(cell).split())) for cell in row if cell.tag in _CELLS]
        while found and not found[-1]:
            found.pop()
        if found:
            rows.append(found)
    return rows


@SETTINGS
@given(TABLE_ROWS)
@example([[("th", ""), ("th", "2023"), ("th", "a | b")], [("td", "x"), ("td", ""), ("td", " ")]])
def test_cells_give_back_the_cells_of_the_page(rows: list[list[tuple[str, str]]]) -> None:
    """`cells(row)` of every TABLE_ROW paragraph is a row of the page's table, cell for
    cell (its empty cells before the last non-empty one included, none after it), in page
    order: extraction may leave a row out (a furniture line, a repeat), never change one."""
    page = _table_page(rows)
    article = extract(page)
    found = [
        cells(paragraph)
        for section in article.sections
        for paragraph, kind in zip(section.paragraphs, section.kinds, strict=True)
        if kind is BlockKind.TABLE_ROW
    ]
    assert found or not _page_rows(page) or article.sections  # the article is there
    remaining = iter(_page_rows(page))
    assert all(row in remaining for row in found), (found, _page_rows(page))  # in order
    for row in found:  # so each row's non-empty cells are the page's, in order
        assert all(cell == clean_text(cell) for cell in row)


#: Page strings full of markup, quotes and entities, but no control characters (an Article
#: never holds them: see tests/hygiene.py).
PAGE_STRINGS = st.text(
    alphabet=st.one_of(
        st.sampled_from("<>&\"'=/ ;:#"),
        st.characters(blacklist_categories=("Cc", "Cs")),
    ),
    max_size=40,
).map(str.strip)
URLS = st.one_of(
    st.sampled_from(['javascript:alert("x")', "data:text/html,<b>", " JAVASCRIPT:x"]),
    PAGE_STRINGS.map(lambda path: f"https://example.org/{path}"),
)
KINDS = st.sampled_from(list(BlockKind))
SECTIONS = st.builds(
    lambda heading, level, blocks: Section(
        heading or None, level, tuple(text for text, _ in blocks), tuple(k for _, k in blocks)
    ),
    PAGE_STRINGS,
    st.integers(0, 6),
    st.lists(st.tuples(PAGE_STRINGS.filter(bool), KINDS), max_size=4),
)
ARTICLES = st.builds(
    Article,
    title=st.one_of(st.none(), PAGE_STRINGS),
    authors=st.lists(PAGE_STRINGS, max_size=3).map(tuple),
    sections=st.lists(SECTIONS, max_size=3).map(tuple),
    url=st.one_of(st.none(), URLS),
    images=st.lists(st.builds(Image, URLS, PAGE_STRINGS, PAGE_STRINGS), max_size=2).map(tuple),
    image_credits=st.lists(st.builds(ImageCredit, PAGE_STRINGS), max_size=2).map(tuple),
    related_links=st.lists(
        st.builds(Link, PAGE_STRINGS, URLS, st.one_of(st.none(), PAGE_STRINGS)), max_size=3
    ).map(tuple),
)
#: The elements and attributes the HTML view writes itself; anything else came from a page.
HTML_VIEW_TAGS = frozenset(
    [
        "html",
        "body",
        "div",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "em",
        "ul",
        "li",
        "table",
        "tr",
        "td",
        "blockquote",
        "pre",
        "code",
        "a",
        "small",
        "strong",
        "figure",
        "img",
        "figcaption",
    ]
)
HTML_VIEW_ATTRIBUTES = frozenset({"class", "href", "rel", "src", "alt"})


@SETTINGS
@given(ARTICLES)
def test_the_html_view_holds_no_markup_from_the_page(article: Article) -> None:
    view = article._repr_html_()
    root = lxml.html.fromstring(f"<html><body>{view}</body></html>")
    elements = list(root.iter(etree.Element))
    assert {str(element.tag) for element in elements} <= HTML_VIEW_TAGS
    assert {name for element in elements for name in element.attrib} <= HTML_VIEW_ATTRIBUTES
    hrefs = [str(element.get("href")) for element in root.iter("a")]
    hrefs += [str(element.get("src")) for element in root.iter("img")]
    assert all(href.startswith("https://") for href in hrefs)
    if article.title:
        title = root.find(".//h2")
        assert title is not None
        assert text_of(title) == article.title  # escaped, not lost


#: CommonMark with GitHub's tables and strikethrough, as GitHub and most viewers render it.
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
#: Lines of page text as blocks.py writes them (single spaces, no blank line), made of the
#: pieces of Markdown syntax and of any other characters.
MARKDOWN_PIECES = st.one_of(
    st.sampled_from(
        [
            *("*", "**", "_", "__", "~", "~~", "`", "``", "```", "\\", "#", "##", ">", "-"),
            *("+", "1.", "2)", "---", "===", "|", "[", "]", "(", ")", "![", "](", "]:", "<"),
            *("<a>", "</p>", "<!--", "-->", "<?", "<!X", "<https://a.example>", "&amp;"),
            *("&#169;", "&#x41;", "&", ";", ":", "!", ".", "a", "b", "1", "é", "€", "“", "—"),
            *(" ", " ", " ", "snake_case", "x => y"),
        ]
    ),
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
)
MARKDOWN_LINES = st.lists(MARKDOWN_PIECES, max_size=12).map(lambda p: " ".join("".join(p).split()))
MARKDOWN_TEXTS = st.lists(MARKDOWN_LINES.filter(bool), min_size=1, max_size=3).map("\n".join)


def _rendered(markdown: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(MARKDOWN.render(markdown), create_parent="div")


def _words(text: str) -> str:
    return " ".join(text.split())


@SETTINGS
@given(MARKDOWN_TEXTS)
def test_markdown_of_page_text_renders_as_the_text(text: str) -> None:
    root = _rendered(Article(sections=(Section(None, 0, (text,)),)).to_markdown())
    assert [element.tag for element in root.iterdescendants()] == ["p"]
    assert _words(root.text_content()) == _words(text)


@SETTINGS
@given(
    st.lists(MARKDOWN_LINES, min_size=1, max_size=3),
    MARKDOWN_LINES.filter(bool),
    MARKDOWN_LINES.filter(bool),
)
def test_markdown_of_cells_links_and_bylines_renders_as_written(
    row: list[str], link_text: str, author: str
) -> None:
    article = Article(
        authors=(author,),
        sections=(
            Section(
                None,
                0,
                (" | ".join(cell.replace("|", "\\|") for cell in row),),
                (BlockKind.TABLE_ROW,),
            ),
        ),
        related_links=(Link(link_text, "https://a.example/x.html"),),
    )
    root = _rendered(article.to_markdown())
    byline = root.find("p/em")
    assert byline is not None
    assert _words(byline.text_content()) == f"By {author}"
    assert [_words(cell.text_content()) for cell in root.iter("th")] == row
    links = list(root.iter("a"))
    assert [(_words(a.text_content()), a.get("href")) for a in links] == [
        (link_text, "https://a.example/x.html")
    ]


#: Any text, lone surrogates included (json.dumps writes them as "\udc00" escapes, which
#: json.loads gives back as they were).
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)), max_size=20
)


@st.composite
def _json_ld_page(draw: st.DrawFn) -> str:
    """A page whose JSON-LD fills every field it can reach with any text."""
    text = st.one_of(ANY_TEXT, WORDS)
    article = {
        "@type": "NewsArticle",
        "headline": draw(text),
        "author": [{"@type": "Person", "name": draw(text)}, draw(text)],
        "keywords": draw(text),
        "image": [
            "https://example.org/" + draw(text),
            {
                "@type": "ImageObject",
                "url": "/" + draw(text),
                "creditText": draw(text),
                "copyrightHolder": {"name": draw(text)},
                "creator": draw(text),
            },
        ],
    }
    site = {"@type": "WebSite", "name": draw(text)}
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(item)}</script>'
        for item in (article, site)
    )
    return f"<html><head>{scripts}</head><body>{draw(HTML)}</body></html>"


@SETTINGS
@given(_json_ld_page(), ANY_TEXT)
def test_every_string_of_an_article_is_valid_unicode(page: str, path: str) -> None:
    article = extract(page, url="https://example.org/" + path)
    assert_clean(article)  # no lone surrogates (nor control characters) in any string
    article.to_json().encode("utf-8")
