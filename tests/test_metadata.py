"""Tests for newsextract.metadata: url, title, description, language and site name."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from newsextract import extract
from newsextract.metadata import Metadata, MetaValues, meta_text, read_metadata
from newsextract.parsing import parse

HEADLINE = "Council approves the new cycling plan"


def _meta(html: str, url: str | None = None) -> Metadata:
    root = parse(html)
    assert root is not None
    return read_metadata(root, url=url)


def _og(prop: str, content: str) -> str:
    return f'<meta property="og:{prop}" content="{content}">'


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            _og("title", f"{HEADLINE} | Example News"),
            f"<h1>{HEADLINE}</h1>",
            HEADLINE,
            id="h1-confirmed-by-og-title",
        ),
        pytest.param(
            _og("title", f"{HEADLINE} | Example News"),
            f"<h1>Example News Online</h1><h1>{HEADLINE}</h1>",
            HEADLINE,
            id="second-h1-confirmed",
        ),
        pytest.param(
            f"<title>{HEADLINE} - Example News</title>",
            f"<h1>Example News Online</h1><h1>{HEADLINE}</h1>",
            HEADLINE,
            id="h1-confirmed-by-title-tag",
        ),
        pytest.param(
            '<meta name="twitter:title" content="Big news: ' + HEADLINE + '">',
            f"<h1>{HEADLINE}</h1>",
            HEADLINE,
            id="h1-confirmed-by-twitter-title",
        ),
        pytest.param(
            _og("title", f"{HEADLINE} | Example News"),
            "<h1>Example News Online</h1>",
            HEADLINE,
            id="og-title-over-unconfirmed-h1",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
            + HEADLINE
            + '"}</script>'
            + _og("title", "Social teaser text for sharing"),
            f"<h1>{HEADLINE}</h1>",
            HEADLINE,
            id="h1-confirmed-by-json-ld-headline",
        ),
        pytest.param(
            _og("site_name", "Example News Online")
            + f"<title>Example News Online - {HEADLINE}</title>",
            "<h1>Example News Online</h1>",
            HEADLINE,
            id="site-name-h1-confirms-nothing",
        ),
        pytest.param(_og("title", f"{HEADLINE} | Example News"), "", HEADLINE, id="og-pipe"),
        pytest.param(
            _og("site_name", "Example News") + _og("title", f"Example News - {HEADLINE}"),
            "",
            HEADLINE,
            id="og-site-first",
        ),
        pytest.param(_og("title", f"{HEADLINE} » Lokales"), "", HEADLINE, id="og-guillemet"),
        pytest.param(
            _og("site_name", "Example") + _og("title", f"{HEADLINE} \u2013 Example"),
            "",
            HEADLINE,
            id="og-en-dash",
        ),
        pytest.param(_og("title", HEADLINE), "", HEADLINE, id="og-plain"),
        pytest.param(
            _og("title", "Short | Site"), "", "Short | Site", id="og-parts-too-short-kept-whole"
        ),
        pytest.param(
            _og("site_name", "Example News Site"),
            f"<h1>Example News Site</h1><h1>{HEADLINE}</h1>",
            HEADLINE,
            id="h1-equal-to-site-name-skipped",
        ),
        pytest.param(
            "", "<h1>Short</h1><h1>" + HEADLINE + "</h1>", HEADLINE, id="short-h1-skipped"
        ),
        pytest.param("", f"<h1>  {HEADLINE}\n  </h1>", HEADLINE, id="h1-whitespace"),
        pytest.param(
            f"<title>{HEADLINE} | Example News</title>", "", HEADLINE, id="title-tag-fallback"
        ),
        pytest.param(
            f"<title>{HEADLINE} | Example News</title>",
            "<h1>Tiny</h1>",
            HEADLINE,
            id="title-tag-over-short-h1",
        ),
        pytest.param(
            "<title>Derby | Riverside Sport</title>", "<h1>Derby</h1>", "Derby", id="one-word-h1"
        ),
        pytest.param(
            "<title>Brexit - The Daily Paper</title>",
            "<h1>Brexit</h1>",
            "Brexit",
            id="short-h1-before-the-site-name",
        ),
        pytest.param(
            "<title>Story of the day | Riverside</title>",
            "<h1>Riverside</h1><h2>x</h2>",
            "Story of the day",
            id="a-logo-h1-after-the-separator-is-no-headline",
        ),
        pytest.param("", "<h1>Derby</h1>", "Derby", id="short-h1-and-no-title"),
        pytest.param(
            _og("title", "Quillby's 'Late Bloom' - the interview"),
            "<h1>Quillby\u2019s \u2018Late Bloom\u2019 \u2013 the interview</h1>",
            "Quillby\u2019s \u2018Late Bloom\u2019 \u2013 the interview",
            id="typographic-quotes-and-dashes-as-the-page-writes-them",
        ),
        pytest.param(
            _og("title", "R\u00fcckschlag im Aufstiegsrennen - Hafenstadt verliert in Bergdorf"),
            "",
            "R\u00fcckschlag im Aufstiegsrennen - Hafenstadt verliert in Bergdorf",
            id="a-social-title-is-kept-whole-without-a-site-part",
        ),
        pytest.param(
            "<title>R\u00fcckschlag im Aufstiegsrennen - Hafenstadt verliert | sportblatt.de"
            "</title>",
            "",
            "R\u00fcckschlag im Aufstiegsrennen - Hafenstadt verliert",
            id="only-the-site-part-is-cut",
        ),
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Mayor calls it &quot;fair&quot;"}</script>',
            '<h1>Mayor calls it "fair"</h1>',
            'Mayor calls it "fair"',
            id="json-ld-escaped-once-more",
        ),
        pytest.param(
            _og("title", "Harbour plan wins the vote")
            + "<title>Harbour plan: council votes yes | Example News</title>",
            "<nav class='breadcrumb'><a href='/'>Home</a><h1>Harbour plan: council votes yes"
            "</h1></nav><article><h2>Harbour plan wins the vote</h2></article>",
            "Harbour plan wins the vote",
            id="an-h1-in-the-navigation-is-a-breadcrumb",
        ),
        pytest.param(
            _og("title", "Harbour plan wins the vote")
            + "<title>Harbour plan: council votes yes | Example News</title>",
            "<div role='navigation'><h1>Harbour plan: council votes yes</h1></div>",
            "Harbour plan wins the vote",
            id="an-h1-in-a-navigation-role-is-a-breadcrumb",
        ),
        pytest.param(
            "<title>Harbour plan: council votes yes | Example News</title>",
            "<h1>Harbour plan: council votes yes</h1>",
            "Harbour plan: council votes yes",
            id="an-h1-outside-the-navigation-counts",
        ),
        pytest.param(
            f"<title>{HEADLINE} | Example News</title>",
            f"<h1><span class='kicker'>Cycling</span> <span>{HEADLINE}</span></h1>",
            HEADLINE,
            id="the-headline-after-a-kicker-inside-the-h1",
        ),
        pytest.param(
            f"<title>{HEADLINE} | Example News</title>",
            f"<h1><span>Town hall</span><span class='sr-only'>: </span>{HEADLINE}</h1>",
            HEADLINE,
            id="the-separator-between-kicker-and-headline-is-dropped",
        ),
        pytest.param(
            f"<title>{HEADLINE} | Example News</title>",
            f"<h1>{HEADLINE}<small>Six months of trials from June onwards</small></h1>",
            HEADLINE,
            id="the-headline-before-a-subline-inside-the-h1",
        ),
        pytest.param(
            _og("title", "Signa in Sorge - Finanzdaten und Berater"),
            "<h1><span>Immobilienkrise</span> Signa in Sorge \u2013 Finanzdaten und Berater</h1>",
            "Signa in Sorge \u2013 Finanzdaten und Berater",
            id="the-headline-part-as-the-page-writes-it",
        ),
        pytest.param(
            "<title>Cycling in town | Example News</title>",
            f"<h1><span>Cycling</span> {HEADLINE}</h1>",
            f"Cycling {HEADLINE}",
            id="an-unconfirmed-h1-keeps-its-kicker",
        ),
        pytest.param(
            _og("site_name", "Riverside")
            + f"<title>{HEADLINE} - Local news - Riverside Evening Courier</title>",
            f"<h1>Riverside Evening Courier</h1><h1>{HEADLINE}</h1>",
            HEADLINE,
            id="the-h1-a-title-states-whole-beats-a-logo-it-holds-as-a-part",
        ),
        pytest.param(
            f"<title>Courier online - Local news and sport - {HEADLINE}</title>",
            f"<h1>Local news and sport</h1><h1>{HEADLINE}</h1>",
            HEADLINE,
            id="the-longer-h1-a-title-holds-beats-a-section-label",
        ),
        pytest.param(
            "<title>Riverside-news.com \u00bb Blog Archiv \u00bb Podcasts in the kitchen</title>",
            "<h1>Riverside-news.com</h1>",
            "Podcasts in the kitchen",
            id="an-h1-naming-the-site-by-its-domain-is-no-headline",
        ),
        pytest.param(
            _og("title", "Everything has its time...")
            + "<title>Everything has its time\u2026 | Notes from a quiet garden</title>",
            "<h1>Notes from a quiet garden</h1><h1>Everything has its time\u2026</h1>",
            "Everything has its time\u2026",
            id="a-title-part-that-names-no-stated-site-is-not-guessed-to-be-the-headline",
        ),
        pytest.param("", "<p>No headline anywhere.</p>", None, id="none"),
        pytest.param("", "<h1>" + "x" * 400 + "</h1>", None, id="paragraph-in-h1"),
    ],
)
def test_title(head: str, body: str, expected: str | None) -> None:
    assert _meta(f"<html><head>{head}</head><body>{body}</body></html>").title == expected


@pytest.mark.parametrize(
    ("site", "og_title", "expected"),
    [
        pytest.param("Example News", f"Example News | {HEADLINE}", HEADLINE, id="site-first"),
        pytest.param(
            "The Example Morning Herald and Evening Courier Online",
            f"The Example Morning Herald and Evening Courier Online - {HEADLINE}",
            HEADLINE,
            id="site-longer-than-headline",
        ),
    ],
)
def test_og_title_without_site_name(site: str, og_title: str, expected: str) -> None:
    head = _og("site_name", site) + _og("title", og_title)
    assert _meta(f"<html><head>{head}</head><body></body></html>").title == expected


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        pytest.param(
            '<link rel="canonical" href="/news/a.html">',
            "https://example.org/x/y?utm_source=feed",
            "https://example.org/news/a.html",
            id="relative-canonical",
        ),
        pytest.param(
            '<link rel="canonical" href="https://example.org/news/a.html">',
            None,
            "https://example.org/news/a.html",
            id="absolute-canonical-without-url",
        ),
        pytest.param(
            '<link rel="Canonical" href=" b.html ">',
            "https://example.org/news/a.html",
            "https://example.org/news/b.html",
            id="case-and-spaces",
        ),
        pytest.param(
            _og("url", "https://example.org/og.html"),
            "https://example.org/x",
            "https://example.org/og.html",
            id="og-url",
        ),
        pytest.param(
            '<link rel="canonical" href="https://example.org/c.html">'
            + _og("url", "https://example.org/og.html"),
            None,
            "https://example.org/c.html",
            id="canonical-before-og-url",
        ),
        pytest.param(
            '<link rel="canonical" href="javascript:void(0)">',
            "https://example.org/x",
            "https://example.org/x",
            id="non-http-ignored",
        ),
        pytest.param(
            '<link rel="canonical" href="/a.html">', None, None, id="relative-without-base"
        ),
        pytest.param(
            '<link rel="canonical" href="">', "https://e.org/", "https://e.org/", id="empty"
        ),
        pytest.param("", "https://example.org/x", "https://example.org/x", id="no-canonical"),
        pytest.param("", None, None, id="nothing"),
    ],
)
def test_url(head: str, url: str | None, expected: str | None) -> None:
    assert _meta(f"<html><head>{head}</head><body></body></html>", url=url).url == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param('<html lang="de-DE"><body></body></html>', "de", id="de-DE"),
        pytest.param('<html lang="en"><body></body></html>', "en", id="en"),
        pytest.param('<html lang="EN_us"><body></body></html>', "en", id="upper-underscore"),
        pytest.param('<html lang="fil-PH"><body></body></html>', "fil", id="three-letters"),
        pytest.param(
            # XHTML 1.1 dropped `lang` for `xml:lang`.
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-FR"><body></body></html>',
            "fr",
            id="xhtml-xml-lang",
        ),
        pytest.param(
            '<html><head><meta http-equiv="Content-Language" content="nl"></head></html>',
            "nl",
            id="content-language",
        ),
        pytest.param(
            '<html><head><meta property="og:locale" content="pt_BR"></head></html>',
            "pt",
            id="og-locale",
        ),
        pytest.param(
            '<html lang=""><head><meta property="og:locale" content="it_IT"></head></html>',
            "it",
            id="empty-lang-falls-back",
        ),
        pytest.param('<html lang="deutsch"><body></body></html>', None, id="not-a-code"),
        pytest.param("<html><body></body></html>", None, id="none"),
    ],
)
def test_language(html: str, expected: str | None) -> None:
    assert _meta(html).language == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            _og("description", "From og.") + '<meta name="description" content="From meta.">',
            "From og.",
            id="og-first",
        ),
        pytest.param(
            '<meta name="description" content="From meta.">' + _og("description", "From og."),
            "From og.",
            id="og-first-whatever-the-order",
        ),
        pytest.param('<meta name="Description" content="From meta.">', "From meta.", id="meta"),
        pytest.param(
            '<meta name="description" content="  Two\n   lines.  ">', "Two lines.", id="spaces"
        ),
        pytest.param(
            '<meta name="description" content=" ">' + '<meta name="description" content="Later.">',
            "Later.",
            id="first-non-empty",
        ),
        pytest.param(
            _og("description", "It&amp;#039;s &amp;quot;fair&amp;quot; &amp;amp; fast"),
            'It\'s "fair" & fast',
            id="double-escaped-entities",
        ),
        pytest.param(_og("description", "AT&amp;T &amp; R&amp;D"), "AT&T & R&D", id="no-entity"),
        pytest.param(
            _og("description", "&amp;#13; A plan.&amp;nbsp; &amp;#13;More."),
            "A plan. More.",
            id="double-escaped-breaks-are-white-space",
        ),
        pytest.param(
            _og(
                "description",
                "&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;bold&lt;/b&gt;.&lt;/p&gt;",
            ),
            "First. Second bold.",
            id="markup-left-in-it",
        ),
        pytest.param(
            _og("description", "Tickets for &lt;The Harbour Song&gt; and a &lt; b"),
            "Tickets for <The Harbour Song> and a < b",
            id="angle-brackets-that-are-no-markup",
        ),
        pytest.param("", None, id="none"),
        # a template's tail alone: the site's name, no summary
        pytest.param('<meta name="description" content="| Harbour Times">', None, id="site-tail"),
        pytest.param(
            _og("description", "- Harbour Times") + '<meta name="description" content="A plan.">',
            "A plan.",
            id="site-tail-then-summary",
        ),
        pytest.param(
            '<meta name="description" content="- Jane Doe asks what the new rates mean for you">',
            "- Jane Doe asks what the new rates mean for you",
            id="a-summary-after-a-dash",
        ),
    ],
)
def test_description(head: str, expected: str | None) -> None:
    assert _meta(f"<html><head>{head}</head><body></body></html>").description == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(_og("site_name", "Example News"), "Example News", id="og-site-name"),
        pytest.param(
            '<meta name="application-name" content="Example App">', "Example App", id="app-name"
        ),
        pytest.param("", None, id="none"),
    ],
)
def test_site_name(head: str, expected: str | None) -> None:
    assert _meta(f"<html><head>{head}</head><body></body></html>").site_name == expected


def test_metadata_does_not_change_the_tree() -> None:
    root = parse(f"<html><head>{_og('title', HEADLINE)}</head><body><h1>x</h1></body></html>")
    assert root is not None
    before = etree.tostring(root)
    read_metadata(root, url="https://example.org/")
    assert etree.tostring(root) == before


@pytest.mark.parametrize(
    ("metas", "expected", "tags"),
    [
        pytest.param(
            '<meta name="description" content="One"><meta name="description" content="Two">',
            {"description": "One"},
            [],
            id="first-of-a-repeated-name",
        ),
        pytest.param(
            '<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">',
            {"author": "Jane Doe; John Roe"},
            [],
            id="every-author-of-repeated-author-metas",
        ),
        pytest.param(
            '<meta name="citation_author" content="Jane Doe">'
            '<meta name="citation_author" content=" ">',
            {"citation_author": "Jane Doe"},
            [],
            id="a-blank-author-meta-adds-nobody",
        ),
        pytest.param(
            '<meta name="author" content=" \u200b "><meta name="author" content="John Roe">',
            {"author": "John Roe"},
            [],
            id="an-empty-first-content-is-no-value",
        ),
        pytest.param(
            '<meta property="article:tag" content="Ferries">'
            '<meta property="article:tag" content="Harbour">',
            {"article:tag": "Ferries"},
            ["Ferries", "Harbour"],
            id="every-tag-of-a-repeated-tag-name",
        ),
        pytest.param('<meta content="Jane Doe">', {}, [], id="no-name"),
        pytest.param(
            '<meta itemprop="dateCreated" datetime="2024-05-14">',
            {"datecreated": "2024-05-14"},
            [],
            id="a-date-in-its-datetime-attribute",
        ),
    ],
)
def test_meta_values(metas: str, expected: dict[str, str], tags: list[str]) -> None:
    """The first non-empty content of each name is its value (a repeated name's later
    contents are not read, but for the author metas, one per author: a list), and every
    content of a tag name is a tag."""
    root = parse(f"<html><head>{metas}</head><body><p>Text</p></body></html>")
    assert root is not None
    meta = read_metadata(root, url=None)
    assert dict(meta.meta) == expected
    assert list(meta.tags) == tags


_CONTENT = st.text(alphabet=" \t\naé&;#x201\u200b\u200d\u034f\x07<>/b", max_size=8)


@settings(max_examples=400, deadline=None)
@example([("og:title", "&#1;"), ("og:title", "a")])  # an entity of a control character
@example([("description", "<b></b>"), ("description", "a")])  # markup and nothing else
@given(st.lists(st.tuples(st.sampled_from(["og:title", "keywords", "description"]), _CONTENT)))
def test_meta_values_read_lazily_as_read_at_once(metas: list[tuple[str, str]]) -> None:
    """Each name keeps its first content that cleans to something, cleaned as when every
    content was cleaned at once; names without one are not there."""
    values = MetaValues()
    expected: dict[str, str] = {}
    for key, raw in metas:
        content = meta_text(raw)
        values.keep(key, raw, content if key == "keywords" else None)  # a tag list's: cleaned
        if content and key not in expected:
            expected[key] = content
    assert dict(values) == expected
    assert {key: values.get(key) for key in ("og:title", "description", "x")} == {
        key: expected.get(key) for key in ("og:title", "description", "x")
    }


@pytest.mark.parametrize(
    ("site_name", "site"),
    [
        ("Library opens on Sundays | Riverside Courier", "Riverside Courier"),
        ("Riverside Courier - Library opens on Sundays", "Riverside Courier"),
        ("Library opens on Sundays", None),  # the headline alone names no site
        ("Riverside Courier", "Riverside Courier"),
    ],
)
def test_the_headline_is_no_part_of_the_sites_name(site_name: str, site: str | None) -> None:
    page = (
        f'<html><head><meta property="og:site_name" content="{site_name}"></head>'
        "<body><h1>Library opens on Sundays</h1><p>Text.</p></body></html>"
    )
    assert extract(page).site_name == site
