"""Renderings of an Article: JSON, Markdown, plain text and HTML (for notebooks).

These are the last stage and the only one that writes markup. Every string from the page is
escaped for the format it lands in: Markdown escapes only the characters that would change
the rendering (markdown.py), so `snake_case`, `=>` and URLs stay as written; HTML escapes
everything and links only http(s) URLs (notebook.py). `Article.to_json()`, `.to_markdown()`,
`.to_text()` and `._repr_html_()` call these; renderable.py holds what they read of an
Article and what they write alike.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Final

from newsextract.markdown import to_markdown
from newsextract.notebook import to_html
from newsextract.renderable import ArticleLike
from newsextract.rows import cells

__all__ = ["cells", "json_schema", "to_html", "to_json", "to_markdown", "to_text"]

#: The file of the JSON Schema of `Article.to_dict()`, inside the package.
SCHEMA_FILE: Final = "article.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `Article.to_dict()` conforms to."""
    return json.loads(_schema_text())  # type: ignore[no-any-return]


@cache
def _schema_text() -> str:
    return resources.files("newsextract").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def to_json(article: ArticleLike, *, indent: int | None = None) -> str:
    """`article.to_dict()` as JSON text, non-ASCII characters written as themselves."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_text(article: ArticleLike) -> str:
    """The title, then the body as plain text (headings and blocks, blank lines between),
    ending with a newline; "" for an article with neither."""
    text = "\n\n".join(part for part in (article.title, article.text) if part)
    return text + "\n" if text else ""
