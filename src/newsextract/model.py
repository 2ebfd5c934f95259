"""The result values: frozen, slotted dataclasses with no extraction logic.

`None` means "not found", an empty tuple means "none found". Dates are `datetime` objects.
No lxml object ever appears in a result, so results pickle and compare by content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from newsextract import render


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

    `paragraphs` holds the text of every block; `kinds` the matching `BlockKind` of each
    (all paragraphs when omitted). The text before the first subheading is a section with
    heading None and level 0.
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


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article: absolute `src`, its `alt` text and `caption` when given."""

    src: str
    alt: str | None = None
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The image as JSON-ready values."""
        return {"src": self.src, "alt": self.alt, "caption": self.caption}


@dataclass(frozen=True, slots=True)
class ImageCredit:
    """An image credit as the page wrote it (`text`) and its parts where they can be told."""

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


@dataclass(frozen=True, slots=True)
class Link:
    """A related link: its text, absolute http(s) `url`, and the heading of its box (`group`)."""

    text: str
    url: str
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The link as JSON-ready values."""
        return {"text": self.text, "url": self.url, "group": self.group}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Article:
    """Everything newsextract found on one page.

    `text` is derived from `sections`: headings and blocks, a blank line between blocks.
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

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text; non-ASCII characters are written as themselves."""
        return render.to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """Markdown: the title as `#`, sections as headings by level, lists, quotes, code
        and tables kept, then the image credits and related links as short lists."""
        return render.to_markdown(self)

    def to_text(self) -> str:
        """Plain text: the title, a blank line, then `text`."""
        return render.to_text(self)

    def _repr_html_(self) -> str:
        """The notebook view (Jupyter calls it): title, byline, date, sections, credits and
        related links, every string from the page HTML-escaped."""
        return render.to_html(self)
