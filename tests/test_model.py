"""Tests for newsextract.model: frozen result values, equality by content, to_dict."""

from __future__ import annotations

import dataclasses
import json
import pickle
import pydoc
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import newsextract
from newsextract.model import REPR_TEXT_CHARS, Article, BlockKind, Image, ImageCredit, Link, Section

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/page.html"))

PUBLISHED = datetime(2019, 11, 19, 8, 21, tzinfo=timezone(timedelta(hours=-5)))


def _full_article() -> Article:
    return Article(
        url="https://example.org/news/a.html",
        title="Council approves the new cycling plan",
        description="The plan adds 40 km of protected lanes.",
        authors=("Jane Doe", "Peter Müller"),
        published=PUBLISHED,
        modified=datetime(2019, 11, 20, 9, 0),
        language="en",
        site_name="Example News",
        tags=("cycling", "city"),
        sections=(
            Section(None, 0, ("Lead paragraph.", "Second paragraph.")),
            Section(
                "What comes next",
                2,
                ("First step", "print('x')"),
                (BlockKind.LIST_ITEM, BlockKind.CODE),
            ),
        ),
        images=(Image("https://example.org/a.jpg", alt="A lane", caption="A new lane"),),
        image_credits=(ImageCredit("Foto: dpa/Michael Kappeler", author="Michael Kappeler"),),
        related_links=(Link("Older story", "https://example.org/old.html", group="Read more"),),
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("value", "field"),
    [
        pytest.param(Article(), "title", id="article"),
        pytest.param(Section(None, 0, ()), "heading", id="section"),
        pytest.param(Image("https://example.org/a.jpg"), "src", id="image"),
        pytest.param(ImageCredit("Foto: dpa"), "text", id="image-credit"),
        pytest.param(Link("a", "https://example.org/"), "url", id="link"),
    ],
)
def test_results_are_frozen(value: object, field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, field, "changed")


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(Article(), id="article"),
        pytest.param(Section(None, 0, ()), id="section"),
        pytest.param(Link("a", "https://example.org/"), id="link"),
    ],
)
def test_results_are_slotted(value: object) -> None:
    assert not hasattr(value, "__dict__")


def test_articles_compare_by_content() -> None:
    assert _full_article() == _full_article()
    assert _full_article() is not _full_article()


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"title": "Another title"}, id="title"),
        pytest.param({"sections": ()}, id="sections"),
        pytest.param({"published": None}, id="published"),
        pytest.param({"encoding": "windows-1252"}, id="encoding"),
    ],
)
def test_articles_differing_in_one_field_are_unequal(change: dict[str, Any]) -> None:
    assert dataclasses.replace(_full_article(), **change) != _full_article()


def test_equal_articles_hash_alike() -> None:
    assert hash(_full_article()) == hash(_full_article())
    assert len({_full_article(), _full_article(), Article()}) == 2


def test_article_pickles() -> None:
    article = _full_article()
    assert pickle.loads(pickle.dumps(article)) == article


def test_to_dict_survives_a_json_round_trip() -> None:
    data = _full_article().to_dict()
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("published", "2019-11-19T08:21:00-05:00", id="aware-datetime"),
        pytest.param("modified", "2019-11-20T09:00:00", id="naive-datetime"),
        pytest.param("authors", ["Jane Doe", "Peter Müller"], id="tuple-as-list"),
        pytest.param("tags", ["cycling", "city"], id="tags"),
        pytest.param(
            "image_credits",
            [
                {
                    "text": "Foto: dpa/Michael Kappeler",
                    "caption": None,
                    "author": "Michael Kappeler",
                    "source": None,
                    "image_url": None,
                }
            ],
            id="credits",
        ),
        pytest.param(
            "related_links",
            [{"text": "Older story", "url": "https://example.org/old.html", "group": "Read more"}],
            id="related",
        ),
        pytest.param(
            "images",
            [{"src": "https://example.org/a.jpg", "alt": "A lane", "caption": "A new lane"}],
            id="images",
        ),
        pytest.param(
            "text",
            "Lead paragraph.\n\nSecond paragraph.\n\nWhat comes next\n\nFirst step\n\nprint('x')",
            id="text",
        ),
    ],
)
def test_to_dict_fields(key: str, expected: object) -> None:
    assert _full_article().to_dict()[key] == expected


def test_to_dict_of_empty_article() -> None:
    assert Article().to_dict() == {
        "url": None,
        "title": None,
        "description": None,
        "authors": [],
        "published": None,
        "modified": None,
        "language": None,
        "site_name": None,
        "tags": [],
        "sections": [],
        "images": [],
        "image_credits": [],
        "related_links": [],
        "encoding": None,
        "text": "",
    }


def test_section_to_dict_gives_kind_values() -> None:
    section = Section("Steps", 3, ("one", "two"), (BlockKind.LIST_ITEM, BlockKind.QUOTE))
    assert section.to_dict() == {
        "heading": "Steps",
        "level": 3,
        "paragraphs": ["one", "two"],
        "kinds": ["list_item", "quote"],
    }


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param((), (), id="none"),
        pytest.param(("a",), (BlockKind.PARAGRAPH,), id="one"),
        pytest.param(("a", "b", "c"), (BlockKind.PARAGRAPH,) * 3, id="three"),
    ],
)
def test_section_kinds_default_to_paragraphs(
    paragraphs: tuple[str, ...], expected: tuple[BlockKind, ...]
) -> None:
    assert Section(None, 0, paragraphs).kinds == expected


def test_section_with_default_kinds_equals_explicit_paragraph_kinds() -> None:
    assert Section("h", 2, ("a",)) == Section("h", 2, ("a",), (BlockKind.PARAGRAPH,))


@pytest.mark.parametrize(
    ("paragraphs", "kinds"),
    [
        pytest.param(("a", "b"), (BlockKind.QUOTE,), id="too-few"),
        pytest.param(("a",), (BlockKind.QUOTE, BlockKind.CODE), id="too-many"),
        pytest.param((), (BlockKind.QUOTE,), id="kinds-without-paragraphs"),
    ],
)
def test_section_kinds_length_mismatch_is_an_error(
    paragraphs: tuple[str, ...], kinds: tuple[BlockKind, ...]
) -> None:
    with pytest.raises(ValueError, match="one entry per paragraph"):
        Section(None, 0, paragraphs, kinds)


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        pytest.param((), "", id="no-sections"),
        pytest.param((Section(None, 0, ("One.", "Two.")),), "One.\n\nTwo.", id="no-heading"),
        pytest.param(
            (Section(None, 0, ("Lead.",)), Section("Next", 2, ("Body.",))),
            "Lead.\n\nNext\n\nBody.",
            id="heading-between",
        ),
        pytest.param((Section("Only a heading", 2, ()),), "Only a heading", id="empty-section"),
        pytest.param((Section("", 2, ("Body.",)),), "Body.", id="empty-heading-skipped"),
    ],
)
def test_text_joins_headings_and_blocks_with_blank_lines(
    sections: tuple[Section, ...], expected: str
) -> None:
    assert Article(sections=sections).text == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        pytest.param(BlockKind.PARAGRAPH, "paragraph", id="paragraph"),
        pytest.param(BlockKind.LIST_ITEM, "list_item", id="list-item"),
        pytest.param(BlockKind.QUOTE, "quote", id="quote"),
        pytest.param(BlockKind.CODE, "code", id="code"),
        pytest.param(BlockKind.TABLE_ROW, "table_row", id="table-row"),
    ],
)
def test_block_kind_values_are_stable_strings(kind: BlockKind, value: str) -> None:
    assert kind.value == value
    assert kind == value
    assert BlockKind(value) is kind


# --- reading to_dict() back -----------------------------------------------------------


def _fixture_article(page: Path) -> Article:
    return newsextract.extract(page.read_bytes(), url="https://fixture.example/page.html")


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_from_dict_reads_back_every_fixture(page: Path) -> None:
    article = _fixture_article(page)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json(indent=2)) == article


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(_full_article(), id="full"),
        pytest.param(Article(), id="empty"),
        pytest.param(
            Article(published=datetime(2024, 5, 14, 9, 30, 15, 123456, tzinfo=timezone.utc)),
            id="microseconds-utc",
        ),
    ],
)
def test_from_dict_reads_back_what_to_dict_wrote(article: Article) -> None:
    restored = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert restored == article
    assert restored.published == article.published
    assert all(isinstance(kind, BlockKind) for s in restored.sections for kind in s.kinds)


def test_from_dict_ignores_text_and_the_command_lines_keys() -> None:
    data = {
        **_full_article().to_dict(),
        "text": "anything",
        "source": "crawl.warc.gz",
        "warc_record_id": "<urn:uuid:1>",
        "warc_target_uri": "https://example.org/a.html",
    }
    assert Article.from_dict(data) == _full_article()


def test_from_dict_missing_keys_take_their_defaults() -> None:
    assert Article.from_dict({"title": "Only a title"}) == Article(title="Only a title")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"headline": "x"}, "unknown keys", id="unknown-key"),
        pytest.param({"title": 3}, "'title' must be str", id="title-not-str"),
        pytest.param({"authors": "Jane Doe"}, "'authors' must be a list", id="authors-str"),
        pytest.param({"published": "14 May 2024"}, "ISO 8601", id="date-not-iso"),
        pytest.param({"sections": [{"heading": None}]}, "missing key 'level'", id="section"),
        pytest.param(
            {"sections": [{"heading": None, "level": True, "paragraphs": [], "kinds": []}]},
            "'level' must be int",
            id="level-bool",
        ),
        pytest.param(
            {"sections": [{"heading": None, "level": 0, "paragraphs": ["a"], "kinds": ["x"]}]},
            "'x' is not a valid BlockKind",
            id="unknown-kind",
        ),
        pytest.param({"images": [{"src": None}]}, "'src' must be str", id="image-src"),
        pytest.param({"related_links": [{"text": "a"}]}, "missing key 'url'", id="link-url"),
        pytest.param({"image_credits": [{"txt": "a"}]}, "unknown keys", id="credit-key"),
    ],
)
def test_from_dict_rejects_what_to_dict_never_writes(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Article.from_dict({**Article().to_dict(), **change})


@pytest.mark.parametrize("text", ["[1, 2]", '"an article"', "null"])
def test_from_json_needs_an_object(text: str) -> None:
    with pytest.raises(ValueError, match="JSON object"):
        Article.from_json(text)


# --- documentation and repr -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        pytest.param(cls, field.name, id=f"{cls.__name__}.{field.name}")
        for cls in (Article, Section, Image, ImageCredit, Link)
        for field in dataclasses.fields(cls)
    ]
    + [pytest.param(Article, "text", id="Article.text")],
)
def test_help_says_what_each_field_means(cls: type, name: str) -> None:
    page = pydoc.render_doc(cls, renderer=pydoc.TextDoc())
    match = re.search(rf"^[ |]*{name}(?: \(a property\))?: (\S.{{10,}})$", page, re.MULTILINE)
    assert match is not None, f"help({cls.__name__}) does not explain {name}"


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_repr_is_short(page: Path) -> None:
    article = _fixture_article(page)
    text = repr(article)
    assert len(text) <= 5 * REPR_TEXT_CHARS + 120
    assert text.startswith("Article(title=")
    assert "\n" not in text
    if article.title and len(article.title) <= REPR_TEXT_CHARS:
        assert repr(article.title) in text
    assert all(
        paragraph not in text
        for s in article.sections
        for paragraph in s.paragraphs
        # (a headline set as a paragraph: the title it shows; a signature: the author)
        if paragraph != article.title and paragraph not in article.authors
    )


def test_repr_shortens_long_values() -> None:
    article = Article(title="x" * 500, authors=tuple(f"Author {n}" for n in range(50)))
    text = repr(article)
    assert f"title='{'x' * (REPR_TEXT_CHARS - 1)}…'" in text
    assert "Author 49" not in text
    assert len(text) < 4 * REPR_TEXT_CHARS
