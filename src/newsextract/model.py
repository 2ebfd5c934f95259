"""The result values: frozen, slotted dataclasses with no extraction logic.

`None` means "not found", an empty tuple means "none found". Dates are `datetime` objects.
No lxml object ever appears in a result, so results pickle and compare by content.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, Final, TypeVar

from newsextract import render

#: `repr(article)` shows at most this many characters of the title and of the URL.
REPR_TEXT_CHARS: Final = 60

_T = TypeVar("_T")


class BlockKind(str, Enum):
    """What kind of block a paragraph of a section was on the page (renderers use it)."""

    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE_ROW = "table_row"


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it, in reading order.

    heading: the subheading as written; None for the text before the first subheading.
    level: 2-6 for an h2-h6 heading; 0 for the section without a heading.
    paragraphs: the text of every block: paragraphs, list items, quotes, code, table rows
        (a row's cells joined by " | ", a "|" inside a cell written "\\|", an empty cell
        kept before the last non-empty one: see rows.py; `render.cells(row)` splits it).
    kinds: the `BlockKind` of each paragraph, one per paragraph (all PARAGRAPH when omitted).
    """

    heading: str | None
    level: int
    paragraphs: tuple[str, ...]
    kinds: tuple[BlockKind, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.kinds:
            object.__setattr__(self, "kinds", (BlockKind.PARAGRAPH,) * len(self.paragraphs))
        elif len(self.kinds) != len(self.paragraphs):
            raise ValueError("Section.kinds must have one entry per paragraph")

    def to_dict(self) -> dict[str, Any]:
        """The section as JSON-ready values (`kinds` as strings)."""
        return {
            "heading": self.heading,
            "level": self.level,
            "paragraphs": list(self.paragraphs),
            "kinds": [kind.value for kind in self.kinds],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Section:
        """The Section that `to_dict()` gave `data`; ValueError if `data` is not such a dict."""
        _check_keys(cls, data, ())
        return cls(
            heading=_optional(data, "heading", str),
            level=_required(data, "level", int),
            paragraphs=_strings(data, "paragraphs"),
            kinds=tuple(BlockKind(kind) for kind in _list(data, "kinds", str)),
        )


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article.

    src: its absolute http(s) URL.
    alt: its alt text, if any.
    caption: the caption of its figure, if any.
    """

    src: str
    alt: str | None = None
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The image as JSON-ready values."""
        return {"src": self.src, "alt": self.alt, "caption": self.caption}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        """The Image that `to_dict()` gave `data`; ValueError if `data` is not such a dict."""
        _check_keys(cls, data, ())
        return cls(
            src=_required(data, "src", str),
            alt=_optional(data, "alt", str),
            caption=_optional(data, "caption", str),
        )


@dataclass(frozen=True, slots=True)
class ImageCredit:
    """An image credit as the page wrote it, and its parts where they can be told apart.

    text: the credit as written ("Foto: dpa/Michael Kappeler").
    caption: what the image shows, when the credit says it.
    author: the photographer or rights holder.
    source: the agency, stock site or publication.
    image_url: the absolute URL of the image credited, when known.
    """

    text: str
    caption: str | None = None
    author: str | None = None
    source: str | None = None
    image_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The credit as JSON-ready values."""
        return {
            "text": self.text,
            "caption": self.caption,
            "author": self.author,
            "source": self.source,
            "image_url": self.image_url,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageCredit:
        """The credit that `to_dict()` gave `data`; ValueError if `data` is not such a dict."""
        _check_keys(cls, data, ())
        return cls(
            text=_required(data, "text", str),
            caption=_optional(data, "caption", str),
            author=_optional(data, "author", str),
            source=_optional(data, "source", str),
            image_url=_optional(data, "image_url", str),
        )


@dataclass(frozen=True, slots=True)
class Link:
    """A related link.

    text: the link's text.
    url: its absolute http(s) URL.
    group: the heading of the box it stood in, as written ("Read more"), if any.
    """

    text: str
    url: str
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The link as JSON-ready values."""
        return {"text": self.text, "url": self.url, "group": self.group}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """The link that `to_dict()` gave `data`; ValueError if `data` is not such a dict."""
        _check_keys(cls, data, ())
        return cls(
            text=_required(data, "text", str),
            url=_required(data, "url", str),
            group=_optional(data, "group", str),
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True, repr=False)
class Article:
    """Everything newsextract found on one page. None means not found, () none found.

    url: the canonical URL the page states, else the `url` given to extract().
    title: the headline, without the site name.
    description: the standfirst: og:description or the meta description.
    authors: people, each once, in page order, as clean names ("By", roles, dates and
        e-mail addresses removed); an organisation only when no person is named.
    published: when the article was published; aware whenever the page states a zone (with
        the seconds it states), naive only when it states none; a day without a time is
        midnight of that day.
    modified: when the article was last changed, if the page says so; aware or naive
        exactly when `published` is, so that the two can be subtracted.
    language: the primary language tag ("en", "de"), checked against the text.
    site_name: the publication's name (og:site_name, application-name, JSON-LD WebSite).
    tags: the article's tags and keywords, each once.
    sections: the body as `Section`s (heading, level, paragraphs, kinds) in reading order.
    images: `Image`s: the lead image first, then the article's own images.
    image_credits: `ImageCredit`s of the images: credit lines never stay in the text.
    related_links: `Link`s of the related boxes and "Read more:" lines of the article.
    encoding: the encoding the bytes were decoded with (None for str input).
    text (a property): the body as plain text, derived from `sections`.

    Renderings: to_dict(), to_json(), to_markdown(), to_text() and the notebook view; the
    inverse of to_dict() and to_json() are Article.from_dict() and Article.from_json().
    """

    url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    tags: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    images: tuple[Image, ...] = ()
    image_credits: tuple[ImageCredit, ...] = ()
    related_links: tuple[Link, ...] = ()
    encoding: str | None = None

    @property
    def text(self) -> str:
        """The body as a reader reads it: headings and blocks, a blank line between blocks."""
        blocks: list[str] = []
        for section in self.sections:
            if section.heading:
                blocks.append(section.heading)
            blocks.extend(section.paragraphs)
        return "\n\n".join(blocks)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict: lists for tuples, ISO 8601 strings for datetimes."""
        return {
            "url": self.url,
            "title": self.title,
            "description": self.description,
            "authors": list(self.authors),
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "language": self.language,
            "site_name": self.site_name,
            "tags": list(self.tags),
            "sections": [section.to_dict() for section in self.sections],
            "images": [image.to_dict() for image in self.images],
            "image_credits": [credit.to_dict() for credit in self.image_credits],
            "related_links": [link.to_dict() for link in self.related_links],
            "encoding": self.encoding,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The Article that `to_dict()` gave `data`: `Article.from_dict(a.to_dict()) == a`.

        `text` (derived from the sections) and the keys the command line adds (`source`,
        `warc_record_id`, `warc_target_uri`) are ignored; a missing key takes its default.
        Raises ValueError for an unknown key or a value of the wrong type.
        """
        _check_keys(cls, data, _ignored_keys())
        return cls(
            url=_optional(data, "url", str),
            title=_optional(data, "title", str),
            description=_optional(data, "description", str),
            authors=_strings(data, "authors"),
            published=_datetime(data, "published"),
            modified=_datetime(data, "modified"),
            language=_optional(data, "language", str),
            site_name=_optional(data, "site_name", str),
            tags=_strings(data, "tags"),
            sections=tuple(map(Section.from_dict, _list(data, "sections", dict))),
            images=tuple(map(Image.from_dict, _list(data, "images", dict))),
            image_credits=tuple(map(ImageCredit.from_dict, _list(data, "image_credits", dict))),
            related_links=tuple(map(Link.from_dict, _list(data, "related_links", dict))),
            encoding=_optional(data, "encoding", str),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """The Article that `to_json()` wrote as `text` (see `from_dict`)."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError(f"an Article is a JSON object, not {type(data).__name__}")
        return cls.from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text; non-ASCII characters are written as themselves."""
        return render.to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """Markdown: the title as `#`, sections as headings by level, lists, quotes, code
        and tables kept, then the image credits and related links as short lists."""
        return render.to_markdown(self)

    def to_text(self) -> str:
        """Plain text: the title, a blank line, then `text`, and a final newline."""
        return render.to_text(self)

    def __repr__(self) -> str:
        """A short summary: title, URL, authors, date, language and the body's size."""
        parts = [
            f"title={_shortened(self.title)!r}",
            f"url={_shortened(self.url)!r}",
            f"authors={_shortened(', '.join(self.authors))!r}",
            f"published={_iso(self.published)!r}",
            f"language={self.language!r}",
            f"sections={len(self.sections)}",
            f"text={len(self.text):,} chars",
        ]
        return f"Article({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """The notebook view (Jupyter calls it): title, byline, date, sections, credits and
        related links, every string from the page HTML-escaped."""
        return render.to_html(self)


def _shortened(text: str | None) -> str | None:
    if text is None or len(text) <= REPR_TEXT_CHARS:
        return text
    return text[: REPR_TEXT_CHARS - 1] + "…"


# --- reading to_dict() back ------------------------------------------------------------


@cache
def _ignored_keys() -> frozenset[str]:
    """Keys of the JSON Schema that are not Article fields: `text` and the CLI's keys."""
    return frozenset(render.json_schema()["properties"]) - {f.name for f in fields(Article)}


def _check_keys(cls: type, data: Mapping[str, Any], ignored: Collection[str]) -> None:
    if not isinstance(data, Mapping):
        raise ValueError(f"{cls.__name__}.from_dict needs a dict, not {type(data).__name__}")
    unknown = set(data) - {f.name for f in fields(cls)} - set(ignored)
    if unknown:
        raise ValueError(f"{cls.__name__}.from_dict: unknown keys {sorted(unknown)}")


def _required(data: Mapping[str, Any], key: str, kind: type[_T]) -> _T:
    if key not in data:
        raise ValueError(f"missing key {key!r}")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{key!r} must be {kind.__name__}, not {type(value).__name__}")
    return value


def _optional(data: Mapping[str, Any], key: str, kind: type[_T]) -> _T | None:
    if data.get(key) is None:
        return None
    return _required(data, key, kind)


def _list(data: Mapping[str, Any], key: str, kind: type[_T]) -> list[_T]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, kind) for v in values):
        raise ValueError(f"{key!r} must be a list of {kind.__name__}")
    return values


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(_list(data, key, str))


def _datetime(data: Mapping[str, Any], key: str) -> datetime | None:
    text = _optional(data, key, str)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{key!r} must be an ISO 8601 date and time, not {text!r}") from None
