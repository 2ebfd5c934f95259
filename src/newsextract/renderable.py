"""What the renderings read of an Article, and what they all write alike.

The renderings (render.py, markdown.py, notebook.py) read an Article through the protocols
below, not through model.py: model.py calls the renderings (`Article.to_markdown()` ...), so
a rendering that imported it would tie the two modules in a cycle. mypy checks that the
model's classes fit these protocols wherever model.py hands them over.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Final, Protocol

from newsextract.lexicon import LEXICONS

#: Headings of the lists that follow the body in Markdown and HTML.
CREDITS_HEADING: Final = "Image credits"
RELATED_HEADING: Final = "Related links"
#: Markdown and HTML know six heading levels.
MAX_HEADING_LEVEL: Final = 6
#: The byline's opening word where the article's language has none in the lexicon.
DEFAULT_BYLINE_WORD: Final = "By"
#: The BlockKind values (a str enum: its members equal these strings).
PARAGRAPH, LIST_ITEM, QUOTE, CODE, TABLE_ROW = (
    "paragraph", "list_item", "quote", "code", "table_row"
)  # fmt: skip
#: Only URLs that start so become links.
SAFE_URL_RE: Final = re.compile(r"https?://", re.IGNORECASE)


class KindLike(Protocol):
    """A `model.BlockKind`: its value is one of the strings above."""

    @property
    def value(self) -> str: ...


class SectionLike(Protocol):
    """A `model.Section`."""

    @property
    def heading(self) -> str | None: ...
    @property
    def level(self) -> int: ...
    @property
    def paragraphs(self) -> Sequence[str]: ...
    @property
    def kinds(self) -> Sequence[KindLike]: ...


class ImageLike(Protocol):
    """A `model.Image`."""

    @property
    def src(self) -> str: ...
    @property
    def alt(self) -> str | None: ...
    @property
    def caption(self) -> str | None: ...


class CreditLike(Protocol):
    """A `model.ImageCredit`."""

    @property
    def text(self) -> str: ...
    @property
    def caption(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...


class LinkLike(Protocol):
    """A `model.Link`."""

    @property
    def text(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def group(self) -> str | None: ...


class ArticleLike(Protocol):
    """A `model.Article`: the fields the renderings show."""

    @property
    def url(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def authors(self) -> Sequence[str]: ...
    @property
    def published(self) -> datetime | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def sections(self) -> Sequence[SectionLike]: ...
    @property
    def images(self) -> Sequence[ImageLike]: ...
    @property
    def image_credits(self) -> Sequence[CreditLike]: ...
    @property
    def related_links(self) -> Sequence[LinkLike]: ...
    @property
    def text(self) -> str: ...

    def to_dict(self) -> dict[str, Any]: ...


def appendix_level(
    article: ArticleLike, *, title_level: int, level_of: Callable[[SectionLike], int]
) -> int:
    """The level of the headings after the body ("Image credits", "Related links"): one
    below the deepest heading of the article, so that they do not outrank its sections;
    past the sixth level, MAX_HEADING_LEVEL + 1 (written as bold text)."""
    levels = [level_of(section) for section in article.sections if section.heading]
    return max(levels, default=title_level) + 1


def byline(article: ArticleLike) -> str:
    """ "By A, B · 2024-05-14": the authors, after the word of the article's language
    (lexicon: "Von" in German, "Par" in French), and the day of publication."""
    parts = []
    if article.authors:
        parts.append(f"{_byline_word(article.language)} {', '.join(article.authors)}")
    if article.published is not None:
        parts.append(article.published.date().isoformat())
    return " · ".join(parts)


def _byline_word(language: str | None) -> str:
    lexicon = LEXICONS.get(language or "")
    return (
        lexicon.byline_word if lexicon is not None and lexicon.byline_word else DEFAULT_BYLINE_WORD
    )


def credit_line(credit: CreditLike) -> str:
    """The credit as written, or its caption with its author and source."""
    if credit.text:
        return credit.text
    who = " / ".join(part for part in (credit.author, credit.source) if part)
    return " — ".join(part for part in (credit.caption, who) if part)
