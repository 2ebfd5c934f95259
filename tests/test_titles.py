"""Tests for newsextract.titles: the pieces the headline cascade compares and cuts titles
with (the cascade itself is tested through read_metadata in test_metadata.py)."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.parsing import parse
from newsextract.titles import SiteNames, _plain, set_title, strip_site


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Plain ASCII Title", "plain ascii title", id="ascii"),
        pytest.param("Grüße aus Köln", "grüsse aus köln", id="non-ascii-without-quotes"),
        pytest.param(
            "Er sagt \u201eNein\u201c \u2013 Bericht",
            'er sagt "nein" - bericht',
            id="german-quotes",
        ),
        pytest.param("It\u2019s \u00abon\u00bb \u2014 now", 'it\'s "on" - now', id="apostrophe"),
        pytest.param("Zeit\u2012Plan", "zeit-plan", id="figure-dash"),
    ],
)
def test_plain_writes_typographic_quotes_and_dashes_plainly(text: str, expected: str) -> None:
    assert _plain(text) == expected


@pytest.mark.parametrize(
    ("name", "url", "line", "expected"),
    [
        pytest.param("Example News", None, "example news", True, id="stated-name"),
        pytest.param("  Example   News! ", None, "example news", True, id="name-normalised"),
        pytest.param(None, "https://news.example.at/stories/1", "news.example.at", True, id="host"),
        pytest.param(None, "https://news.example.at/stories/1", "example", True, id="host-name"),
        pytest.param(None, "https://www.example.com/a", "example.com", True, id="no-www"),
        pytest.param(None, None, "sportblatt.de", True, id="a-domain-names-a-site"),
        pytest.param("Example News", "https://example.com/", "city council", False, id="other"),
        pytest.param(None, None, "", False, id="nothing-stated"),
    ],
)
def test_site_names(name: str | None, url: str | None, line: str, expected: bool) -> None:
    assert SiteNames.of(name, url).named(line) is expected


SITE = SiteNames.of("Example News", "https://www.example.com/politics/1")


@pytest.mark.parametrize(
    ("title", "social", "expected"),
    [
        pytest.param("Council votes on plan | Example News", False, "Council votes on plan"),
        pytest.param("Example News \u2013 Council votes on plan", False, "Council votes on plan"),
        pytest.param(
            "Council votes on plan - City desk | Example News",
            False,
            "Council votes on plan - City desk",
            id="cut-then-read-as-a-social-title",
        ),
        pytest.param(
            "Council votes on plan - City desk",
            False,
            "Council votes on plan",
            id="longest-part-when-no-site-is-named",
        ),
        pytest.param(
            "Council votes on plan - City desk",
            True,
            "Council votes on plan - City desk",
            id="social-title-with-dashes-whole",
        ),
        pytest.param("Derby | Example News", False, "Derby", id="short-headline-after-cut"),
        pytest.param("Example News", False, None, id="the-site-name-alone-is-no-headline"),
        pytest.param("example.com", False, None, id="a-domain-alone-is-no-headline"),
        pytest.param(
            "23.01.2024 - Council votes on plan", True, "Council votes on plan", id="a-date-part"
        ),
        pytest.param("Top 10 films - 2024", True, "Top 10 films - 2024", id="a-year-is-no-date"),
        pytest.param("", False, None, id="empty"),
        # Chinese and Japanese titles: a site's name glued on with a hyphen, an underscore or
        # a full-width bar; a hyphen inside the headline ("Beijing-Shanghai") stays
        pytest.param(
            "\u5e02\u8bae\u4f1a\u4eca\u5929\u8868\u51b3\u4e86\u65b0\u7684\u57ce\u5e02"
            "\u4ea4\u901a\u8ba1\u5212-\u4f8b\u5b50\u7f51",
            False,
            "\u5e02\u8bae\u4f1a\u4eca\u5929\u8868\u51b3\u4e86\u65b0\u7684\u57ce\u5e02"
            "\u4ea4\u901a\u8ba1\u5212",
            id="zh-hyphen-site",
        ),
        pytest.param(
            "\u5e02\u8bae\u4f1a\u4eca\u5929\u8868\u51b3\u4e86\u65b0\u7684\u57ce\u5e02"
            "\u4ea4\u901a\u8ba1\u5212_\u65b0\u95fb_\u4f8b\u5b50\u7f51",
            False,
            "\u5e02\u8bae\u4f1a\u4eca\u5929\u8868\u51b3\u4e86\u65b0\u7684\u57ce\u5e02"
            "\u4ea4\u901a\u8ba1\u5212",
            id="zh-underscore-channel-site",
        ),
        pytest.param(
            "\u5317\u4eac-\u4e0a\u6d77\u9ad8\u901f\u94c1\u8def\u4eca\u5929\u5168"
            "\u7ebf\u5f00\u901a\u8fd0\u8425\u4e86",
            False,
            "\u5317\u4eac-\u4e0a\u6d77\u9ad8\u901f\u94c1\u8def\u4eca\u5929\u5168"
            "\u7ebf\u5f00\u901a\u8fd0\u8425\u4e86",
            id="zh-route-hyphen-stays",
        ),
    ],
)
def test_strip_site(title: str, social: bool, expected: str | None) -> None:
    assert strip_site(title, SITE, social=social) == expected


@pytest.mark.parametrize("separators", ["|", " | | ", "\u00b7", " \u2013 | \u00b7 ", "-"])
@pytest.mark.parametrize("where", ["title", "og:title"])
def test_a_title_of_separators_only_is_no_title(separators: str, where: str) -> None:
    """A stated title without a letter or a digit gives no title (separators only raised:
    max() of no parts); the page's <h1> is the title when it has one."""
    head = (
        f"<title>{separators}</title>"
        if where == "title"
        else f'<meta property="og:title" content="{separators}">'
    )
    body = "<p>The council met on Tuesday and agreed the plan for the new harbour wall.</p>"
    assert extract(f"<html><head>{head}</head><body>{body}</body></html>").title is None
    page = f"<html><head>{head}</head><body><h1>Harbour wall agreed</h1>{body}</body></html>"
    assert extract(page).title == "Harbour wall agreed"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            '<div class="entry-title">Ferry fares frozen</div>', "Ferry fares frozen", id="box"
        ),
        pytest.param("<h2>Ferry fares frozen</h2><h2>Prices</h2>", "Ferry fares frozen", id="h2"),
        pytest.param(
            '<h2>Prices</h2><p class="headline">Ferry fares frozen</p>',
            "Ferry fares frozen",
            id="a-named-box-before-an-h2",
        ),
        pytest.param('<h3 class="title">T</h3>', None, id="a-letter-is-no-headline"),
        pytest.param('<div class="subtitles">Ferry fares</div>', None, id="not-a-title-word"),
        pytest.param('<div class="site-title">Example News</div>', None, id="the-site-name"),
    ],
)
def test_set_title(body: str, expected: str | None) -> None:
    root = parse(f"<html><body>{body}</body></html>")
    assert root is not None
    assert set_title(root, SITE) == expected
