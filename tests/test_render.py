"""Tests for newsextract.render: JSON, Markdown, plain text, the notebook HTML, the schema."""

from __future__ import annotations

import dataclasses
import html
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import newsextract
from newsextract import Article, BlockKind, Image, ImageCredit, Link, Section, json_schema
from newsextract.render import cells

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/page.html"))
SEED = Path(newsextract.__file__).parent / "samples" / "seed.html"

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
        "#### Image credits\n\n"
        "- Photo: Jo Lee / Reuters\n\n"
        "#### Related links\n\n"
        "- [Earlier vote](https://news.example/b.html) (Read more)\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("# not a heading", "\\# not a heading", id="heading"),
        pytest.param("###### six", "\\###### six", id="heading-6"),
        pytest.param("- not a list", "\\- not a list", id="list"),
        pytest.param("+ not a list", "\\+ not a list", id="plus-list"),
        pytest.param("* not a list", "\\* not a list", id="star-list"),
        pytest.param("2024. A year", "2024\\. A year", id="ordered-list"),
        pytest.param("1) first", "1\\) first", id="ordered-list-paren"),
        pytest.param("> not a quote", "\\> not a quote", id="quote"),
        pytest.param("---", "\\---", id="rule"),
        pytest.param("_ _ _", "\\_ _ _", id="spaced-rule"),
        pytest.param("```", "\\```", id="fence"),
        pytest.param("~~~ x", "\\~\\~\\~ x", id="tilde-fence"),
        pytest.param("*_\n***", "*_\n\\*\\*\\*", id="rule-whose-rest-could-close"),
        pytest.param("Title\n===", "Title\n\\===", id="setext-heading"),
        pytest.param("Title\n---", "Title\n\\---", id="setext-or-rule"),
        pytest.param("a | b\n--- | ---", "a | b\n\\--- | ---", id="table-head"),
        pytest.param("*not emphasis*", "\\*not emphasis\\*", id="emphasis"),
        pytest.param("**not strong**", "\\*\\*not strong\\*\\*", id="strong"),
        pytest.param("a*b*c", "a\\*b\\*c", id="intraword-star"),
        pytest.param("_not emphasis_", "\\_not emphasis\\_", id="underscores"),
        pytest.param("~~not struck~~", "\\~\\~not struck\\~\\~", id="strikethrough"),
        pytest.param("[x](javascript:1)", "[x\\](javascript:1)", id="link"),
        pytest.param(
            "![x](https://a.example/x.png)", "![x\\](https://a.example/x.png)", id="image"
        ),
        pytest.param("[1]: https://a.example/", "[1\\]: https://a.example/", id="definition"),
        pytest.param("<script>", "\\<script>", id="inline-html"),
        pytest.param("</div>", "\\</div>", id="closing-tag"),
        pytest.param("<!-- x -->", "\\<!-- x -->", id="comment"),
        pytest.param("<https://a.example>", "\\<https://a.example>", id="autolink"),
        pytest.param("`code` here", "\\`code\\` here", id="code-span"),
        pytest.param("AT&amp;T &#169;", "AT\\&amp;T \\&#169;", id="entities"),
        pytest.param("a\\*b", "a\\\\*b", id="backslash-before-punctuation"),
        pytest.param("line\\\nnext", "line\\\\\nnext", id="backslash-line-break"),
    ],
)
def test_markdown_escapes_what_would_change_the_rendering(text: str, expected: str) -> None:
    article = Article(sections=(Section(None, 0, (text,)),))
    assert article.to_markdown() == expected + "\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("test_u2s and snake_case_names", id="intraword-underscores"),
        pytest.param("x => y, a < b, c > d", id="arrows-and-comparisons"),
        pytest.param("See https://a.example/path_with_underscores/x_y.html", id="url"),
        pytest.param("5 * 3 = 15 and 2 * 2 = 4", id="spaced-stars"),
        pytest.param("One star* alone", id="lone-star"),
        pytest.param("#hashtag #1 hit", id="hashtags"),
        pytest.param("-5 degrees, +3 points", id="signed-numbers"),
        pytest.param("3.5 million in 2024.", id="decimal"),
        pytest.param("AT&T & Co; R&D", id="ampersands"),
        pytest.param("C:\\Users\\x", id="backslash-before-letter"),
        pytest.param("[1] a footnote mark [2]", id="brackets"),
        pytest.param("Price: 5 € | tax", id="pipe"),
        pytest.param("It's a `tick", id="one-backtick"),
        pytest.param("~ about 5 ~ km", id="spaced-tildes"),
    ],
)
def test_markdown_leaves_text_that_renders_as_written(text: str) -> None:
    article = Article(sections=(Section(None, 0, (text,)),))
    assert article.to_markdown() == text + "\n"


def test_a_pipe_in_a_table_cell_stays_in_its_cell() -> None:
    page = (
        "<article><p>" + "The council published the figures of the plan on Thursday. " * 4
        + "</p><table><tr><th>Route</th><th>Cost</th></tr>"
        "<tr><td>A | B</td><td>5 €</td></tr></table></article>"
    )  # fmt: skip
    article = newsextract.extract(page)
    assert "| A \\| B | 5 € |" in article.to_markdown()
    assert "<tr><td>A | B</td><td>5 €</td></tr>" in article._repr_html_()
    rows = [p for s in article.sections for p in s.paragraphs if "€" in p]
    assert cells(rows[0]) == ["A | B", "5 €"]


def _headed(*levels: int) -> Article:
    return Article(
        title="T",
        sections=tuple(Section(f"H{level}", level, ("x",)) for level in levels),
        image_credits=(ImageCredit("Photo: Jo Lee"),),
        related_links=(Link("More", "https://a.example/m.html"),),
    )


@pytest.mark.parametrize(
    ("levels", "markdown", "html_view"),
    [
        pytest.param((), "## Image credits", "<h3>Image credits</h3>", id="no-headings"),
        pytest.param((2,), "### Image credits", "<h4>Image credits</h4>", id="h2"),
        pytest.param((2, 3), "#### Image credits", "<h5>Image credits</h5>", id="h2-h3"),
        pytest.param(
            (5,), "###### Image credits", "<p><strong>Image credits</strong></p>", id="h5"
        ),
        pytest.param((6, 2), "**Image credits**", "<p><strong>Image credits</strong></p>", id="h6"),
    ],
)
def test_credits_and_links_headings_sit_below_the_articles_headings(
    levels: tuple[int, ...], markdown: str, html_view: str
) -> None:
    article = _headed(*levels)
    assert f"\n\n{markdown}\n\n- Photo: Jo Lee\n\n" in article.to_markdown()
    assert markdown.replace("Image credits", "Related links") in article.to_markdown()
    assert html_view in article._repr_html_()


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        pytest.param("de", "*Von Lena Hofmann · 2015-01-30*", id="de"),
        pytest.param("fr", "*Par Lena Hofmann · 2015-01-30*", id="fr"),
        pytest.param("en", "*By Lena Hofmann · 2015-01-30*", id="en"),
        pytest.param("nl", "*Door Lena Hofmann · 2015-01-30*", id="nl"),
        pytest.param("ja", "*文: Lena Hofmann · 2015-01-30*", id="ja"),
        pytest.param("sw", "*By Lena Hofmann · 2015-01-30*", id="language-without-a-word"),
        pytest.param(None, "*By Lena Hofmann · 2015-01-30*", id="unknown-language"),
    ],
)
def test_markdown_byline_in_the_articles_language(language: str | None, byline: str) -> None:
    article = Article(
        title="T",
        authors=("Lena Hofmann",),
        published=datetime(2015, 1, 30, 11, 42),
        language=language,
    )
    assert article.to_markdown() == f"# T\n\n{byline}\n"
    assert byline.strip("*") in article._repr_html_()


def test_the_seed_pages_byline_is_german() -> None:
    seed = newsextract.extract(SEED.read_bytes())
    assert "\n*Von Lena Hofmann · 2015-01-30*\n" in seed.to_markdown()


def test_markdown_code_fence_outgrows_backticks_in_the_code() -> None:
    article = Article(sections=(Section(None, 0, ("x = ```",), (BlockKind.CODE,)),))
    assert article.to_markdown() == "````\nx = ```\n````\n"


def test_markdown_links_only_http() -> None:
    markdown = HOSTILE.to_markdown()
    assert "](javascript" not in markdown
    assert markdown.endswith("- bad\n")


def test_markdown_of_an_empty_article_is_empty() -> None:
    assert Article().to_markdown() == ""


def test_to_text_is_title_and_text_and_a_newline() -> None:
    assert ARTICLE.to_text() == "Council approves the plan\n\n" + ARTICLE.text + "\n"
    assert Article(title="Only a title").to_text() == "Only a title\n"
    assert Article().to_text() == ""


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_text_and_markdown_of_every_fixture_end_with_one_newline(page: Path) -> None:
    article = _article(page)
    for rendering in (article.to_text(), article.to_markdown()):
        assert rendering.endswith("\n")
        assert not rendering.endswith("\n\n")


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


def test_repr_html_links_the_url_and_shows_the_lead_image_once() -> None:
    article = dataclasses.replace(
        ARTICLE,
        images=(
            Image("https://news.example/lead.jpg", alt="The ring road", caption="At dusk."),
            Image("https://news.example/map.png", alt="Map"),
        ),
    )
    view = article._repr_html_()
    assert '<a href="https://news.example/a.html" rel="noopener noreferrer">' in view
    assert view.count("<img ") == 1
    assert '<img src="https://news.example/lead.jpg" alt="The ring road">' in view
    assert "<figcaption>At dusk.</figcaption>" in view
    assert view.index("<img ") < view.index("The council voted")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"url": "javascript:alert(1)"}, id="script-url"),
        pytest.param({"images": (Image("javascript:alert(1)"),)}, id="script-image"),
        pytest.param({"url": None, "images": ()}, id="neither"),
    ],
)
def test_repr_html_links_and_shows_only_http_urls(change: dict[str, Any]) -> None:
    article = dataclasses.replace(ARTICLE, **change)
    view = article._repr_html_()
    assert "javascript:" not in view
    assert "<img " not in view
    assert ("<p><small><a " in view) is (article.url == ARTICLE.url)


def test_seed_view_shows_its_lead_image_once() -> None:
    seed = newsextract.extract(SEED.read_bytes())
    view = seed._repr_html_()
    assert view.count("<img ") == 1
    assert seed.images[0].src in view
    assert f'<a href="{seed.url}"' in view


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
