"""Tests for newsextract.render: JSON, Markdown, plain text, the notebook HTML, the schema."""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

import newsextract
from newsextract import Article, BlockKind, ImageCredit, Link, Section, json_schema

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/page.html"))

ARTICLE = Article(
    url="https://news.example/a.html",
    title="Council approves the plan",
    authors=("Ana Ruiz", "Ben Okoro"),
    published=datetime(2024, 5, 14, 9, 30, tzinfo=timezone.utc),
    sections=(
        Section(None, 0, ("The council voted on Thursday.",)),
        Section(
            "What changes",
            2,
            ("First:", "Lanes", "Lights", "It is a start.", "print(1)", "a | b", "1 | 2"),
            (
                BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM,
                BlockKind.QUOTE,
                BlockKind.CODE,
                BlockKind.TABLE_ROW,
                BlockKind.TABLE_ROW,
            ),
        ),
        Section("Costs", 3, ("Ten million.",)),
    ),
    image_credits=(ImageCredit("Photo: Jo Lee / Reuters", author="Jo Lee", source="Reuters"),),
    related_links=(Link("Earlier vote", "https://news.example/b.html", "Read more"),),
)

HOSTILE = Article(
    title="<script>alert(1)</script>",
    authors=('"><img src=x onerror=alert(1)>',),
    sections=(Section("<b>Heading</b>", 2, ("<iframe src='javascript:alert(1)'>", "a & b")),),
    image_credits=(ImageCredit("<svg onload=alert(1)>"),),
    related_links=(
        Link("<i>x</i>", 'https://x.example/"onmouseover="alert(1)', "<u>g</u>"),
        Link("bad", "javascript:alert(1)"),
    ),
)


def test_to_markdown_layout() -> None:
    assert ARTICLE.to_markdown() == (
        "# Council approves the plan\n\n"
        "*By Ana Ruiz, Ben Okoro · 2024-05-14*\n\n"
        "The council voted on Thursday.\n\n"
        "## What changes\n\n"
        "First:\n\n"
        "- Lanes\n- Lights\n\n"
        "> It is a start.\n\n"
        "```\nprint(1)\n```\n\n"
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"
        "### Costs\n\n"
        "Ten million.\n\n"
        "## Image credits\n\n"
        "- Photo: Jo Lee / Reuters\n\n"
        "## Related links\n\n"
        "- [Earlier vote](https://news.example/b.html) (Read more)\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("# not a heading", "\\# not a heading", id="heading"),
        pytest.param("- not a list", "\\- not a list", id="list"),
        pytest.param("2024. A year", "2024\\. A year", id="ordered-list"),
        pytest.param("> not a quote", "\\> not a quote", id="quote"),
        pytest.param("*not emphasis*", "\\*not emphasis\\*", id="emphasis"),
        pytest.param("[x](javascript:1)", "\\[x\\](javascript:1)", id="link"),
        pytest.param("<script>", "\\<script\\>", id="inline-html"),
        pytest.param("a_b `c`", "a\\_b \\`c\\`", id="code-and-underscore"),
        pytest.param("Price: 5 € | tax", "Price: 5 € | tax", id="plain-text-unchanged"),
    ],
)
def test_markdown_escapes_page_text(text: str, expected: str) -> None:
    article = Article(sections=(Section(None, 0, (text,)),))
    assert article.to_markdown() == expected + "\n"


def test_markdown_code_fence_outgrows_backticks_in_the_code() -> None:
    article = Article(sections=(Section(None, 0, ("x = ```",), (BlockKind.CODE,)),))
    assert article.to_markdown() == "````\nx = ```\n````\n"


def test_markdown_links_only_http() -> None:
    markdown = HOSTILE.to_markdown()
    assert "](javascript" not in markdown
    assert markdown.endswith("- bad\n")


def test_markdown_of_an_empty_article_is_empty() -> None:
    assert Article().to_markdown() == ""


def test_to_text_is_title_and_text() -> None:
    assert ARTICLE.to_text() == "Council approves the plan\n\n" + ARTICLE.text
    assert Article().to_text() == ""


def test_to_json_round_trips_to_to_dict() -> None:
    assert json.loads(ARTICLE.to_json()) == ARTICLE.to_dict()
    assert "\n" in ARTICLE.to_json(indent=2)
    assert "é" in Article(title="Café").to_json()


def test_repr_html_shows_the_parts() -> None:
    view = ARTICLE._repr_html_()
    for part in (
        "<h2>Council approves the plan</h2>",
        "By Ana Ruiz, Ben Okoro · 2024-05-14",
        "<h3>What changes</h3>",
        "<ul>\n<li>Lanes</li>\n<li>Lights</li>\n</ul>",
        "<blockquote>It is a start.</blockquote>",
        "<tr><td>a</td><td>b</td></tr>",
        "<li>Photo: Jo Lee / Reuters</li>",
        '<a href="https://news.example/b.html" rel="noopener noreferrer">Earlier vote</a>',
    ):
        assert part in view


def test_repr_html_escapes_every_page_string() -> None:
    view = HOSTILE._repr_html_()
    for raw in ("<script", "<img", "<iframe", "<svg", "<b>", "<i>", "<u>", '"onmouseover'):
        assert raw not in view
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in view
    assert "a &amp; b" in view
    assert "javascript:" not in view.split("<a ")[-1].split(">")[0]
    assert 'href="javascript' not in view


def _article(page: Path) -> Article:
    return newsextract.extract(page.read_bytes(), url="https://fixture.example/page.html")


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_every_fixture_output_matches_the_schema(page: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(_article(page).to_dict(), json_schema())


def test_schema_is_valid_and_states_every_key() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    keys = set(ARTICLE.to_dict())
    assert set(schema["required"]) == keys
    assert set(schema["properties"]) == keys | {"source", "warc_record_id", "warc_target_uri"}


def test_schema_rejects_a_wrong_output() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    wrong = {**ARTICLE.to_dict(), "published": "14 May 2024"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(wrong, json_schema())


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_renderings_of_every_fixture(page: Path) -> None:
    article = _article(page)
    markdown, text = article.to_markdown(), article.to_text()
    if article.title:
        assert markdown.startswith("# ")
        assert text.startswith(article.title)
    assert all(
        paragraph in text for section in article.sections for paragraph in section.paragraphs
    )
    view = article._repr_html_()
    assert all(
        html.escape(section.heading) in view for section in article.sections if section.heading
    )
