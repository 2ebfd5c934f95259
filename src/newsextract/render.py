"""Renderings of an Article: JSON, Markdown, plain text and HTML (for notebooks).

These are the last stage and the only one that writes markup. Every string from the page is
escaped for the format it lands in: Markdown escapes the characters that would start a list,
heading, link, emphasis or inline HTML; HTML escapes everything and links only http(s) URLs.
`Article.to_json()`, `.to_markdown()`, `.to_text()` and `._repr_html_()` call these.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import groupby
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # model.py imports this module: its names are needed for types only
    from newsextract.model import Article, ImageCredit, Link, Section

__all__ = ["json_schema", "to_html", "to_json", "to_markdown", "to_text"]

#: The file of the JSON Schema of `Article.to_dict()`, inside the package.
SCHEMA_FILE: Final = "article.schema.json"
#: Headings of the lists that follow the body in Markdown and HTML.
CREDITS_HEADING: Final = "Image credits"
RELATED_HEADING: Final = "Related links"
#: Markdown knows six heading levels.
MAX_HEADING_LEVEL: Final = 6
#: The BlockKind values (a str enum: its members equal these strings).
_PARAGRAPH, _LIST_ITEM, _QUOTE, _CODE, _TABLE_ROW = (
    "paragraph", "list_item", "quote", "code", "table_row"
)  # fmt: skip
#: Separator of the cells of a table row in `Section.paragraphs`.
CELL_SEPARATOR: Final = " | "

#: Characters that start emphasis, code, links or inline HTML anywhere in a Markdown line.
_MARKDOWN_INLINE_RE: Final = re.compile(r"([\\`*_\[\]<>])")
#: What opens a block at the start of a Markdown line: headings, quotes, lists, rules, fences.
_MARKDOWN_BLOCK_RE: Final = re.compile(r"^(\s*)([#>+=~-])")
#: An ordered list item's number at the start of a line ("2024. ", "1) "): escape its dot.
_MARKDOWN_NUMBER_RE: Final = re.compile(r"^(\s*\d+)([.)])")
_SAFE_URL_RE: Final = re.compile(r"https?://", re.IGNORECASE)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `Article.to_dict()` conforms to."""
    return json.loads(_schema_text())  # type: ignore[no-any-return]


@cache
def _schema_text() -> str:
    return resources.files("newsextract").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def to_json(article: Article, *, indent: int | None = None) -> str:
    """`article.to_dict()` as JSON text, non-ASCII characters written as themselves."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_text(article: Article) -> str:
    """The title, then the body as plain text (headings and blocks, blank lines between)."""
    return "\n\n".join(part for part in (article.title, article.text) if part)


def to_markdown(article: Article) -> str:
    """The article as Markdown: the title as `#`, sections as headings by their level, lists,
    quotes, code and tables kept, then the image credits and related links as short lists."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_md(article.title)}")
    byline = _byline(article)
    if byline:
        parts.append(f"*{_md(byline)}*")
    for section in article.sections:
        if section.heading:
            level = min(max(section.level, 2), MAX_HEADING_LEVEL)
            parts.append(f"{'#' * level} {_md(section.heading)}")
        parts.extend(_markdown_blocks(section))
    if article.image_credits:
        parts.append(f"## {CREDITS_HEADING}")
        parts.append(
            "\n".join(f"- {_md(_credit_line(credit))}" for credit in article.image_credits)
        )
    if article.related_links:
        parts.append(f"## {RELATED_HEADING}")
        parts.append("\n".join(_markdown_link(link) for link in article.related_links))
    return "\n\n".join(parts) + "\n" if parts else ""


def _markdown_blocks(section: Section) -> Iterator[str]:
    """The blocks of a section; runs of list items and of table rows stay together."""
    pairs = zip(section.kinds, section.paragraphs, strict=True)
    for kind, run in groupby(pairs, key=lambda pair: str(pair[0].value)):
        texts = [text for _, text in run]
        if kind == _LIST_ITEM:
            yield "\n".join(f"- {_md(text)}" for text in texts)
        elif kind == _QUOTE:
            yield from ("\n".join(f"> {_md(line)}" for line in t.split("\n")) for t in texts)
        elif kind == _CODE:
            yield from (_fenced(text) for text in texts)
        elif kind == _TABLE_ROW:
            yield _markdown_table(texts)
        else:
            yield from (_md(text) for text in texts)


def _fenced(code: str) -> str:
    """A fenced code block whose fence is longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{code}\n{fence}"


def _markdown_table(rows: Sequence[str]) -> str:
    cells = [row.split(CELL_SEPARATOR) for row in rows]
    width = max(len(row) for row in cells)
    lines = [
        "| "
        + " | ".join(_md(cell).replace("|", "\\|") for cell in row + [""] * (width - len(row)))
        + " |"
        for row in cells
    ]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _markdown_link(link: Link) -> str:
    url = link.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    group = f" ({_md(link.group)})" if link.group else ""
    if not _SAFE_URL_RE.match(url):
        return f"- {_md(link.text)}{group}"
    return f"- [{_md(link.text)}]({url}){group}"


def _md(text: str) -> str:
    """`text` with Markdown's special characters escaped, its lines kept."""
    escaped = _MARKDOWN_INLINE_RE.sub(r"\\\1", text)
    return "\n".join(
        _MARKDOWN_NUMBER_RE.sub(r"\1\\\2", _MARKDOWN_BLOCK_RE.sub(r"\1\\\2", line))
        for line in escaped.split("\n")
    )


def _byline(article: Article) -> str:
    """ "By A, B · 2024-05-14": the authors and the day of publication, where known."""
    parts = []
    if article.authors:
        parts.append("By " + ", ".join(article.authors))
    if article.published is not None:
        parts.append(article.published.date().isoformat())
    return " · ".join(parts)


def _credit_line(credit: ImageCredit) -> str:
    """The credit as written, or its caption with its author and source."""
    if credit.text:
        return credit.text
    who = " / ".join(part for part in (credit.author, credit.source) if part)
    return " — ".join(part for part in (credit.caption, who) if part)


def to_html(article: Article) -> str:
    """A small HTML view for notebooks: title, byline, date, sections, credits and related
    links. Every string from the page is HTML-escaped; only http(s) URLs become links."""
    out = ['<div class="newsextract-article">']
    out.append(f"<h2>{_h(article.title or '(no title)')}</h2>")
    byline = _byline(article)
    if byline:
        out.append(f"<p><em>{_h(byline)}</em></p>")
    for section in article.sections:
        if section.heading:
            level = min(max(section.level + 1, 3), MAX_HEADING_LEVEL)
            out.append(f"<h{level}>{_h(section.heading)}</h{level}>")
        out.extend(_html_blocks(section))
    if article.image_credits:
        out.append(f"<h3>{CREDITS_HEADING}</h3><ul>")
        out.extend(f"<li>{_h(_credit_line(credit))}</li>" for credit in article.image_credits)
        out.append("</ul>")
    if article.related_links:
        out.append(f"<h3>{RELATED_HEADING}</h3><ul>")
        out.extend(f"<li>{_html_link(link)}</li>" for link in article.related_links)
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


_HTML_RUNS: Final = {
    _LIST_ITEM: ("<ul>", "</ul>"),
    _TABLE_ROW: ("<table>", "</table>"),
}
_HTML_BLOCKS: Final = {
    _PARAGRAPH: "<p>{}</p>",
    _LIST_ITEM: "<li>{}</li>",
    _QUOTE: "<blockquote>{}</blockquote>",
    _CODE: "<pre><code>{}</code></pre>",
}


def _html_blocks(section: Section) -> Iterator[str]:
    pairs = zip(section.kinds, section.paragraphs, strict=True)
    for kind, run in groupby(pairs, key=lambda pair: str(pair[0].value)):
        texts = [text for _, text in run]
        opening, closing = _HTML_RUNS.get(kind, ("", ""))
        if opening:
            yield opening
        for text in texts:
            if kind == _TABLE_ROW:
                cells = "".join(f"<td>{_h(cell)}</td>" for cell in text.split(CELL_SEPARATOR))
                yield f"<tr>{cells}</tr>"
            else:
                yield _HTML_BLOCKS[kind].format(_h(text))
        if closing:
            yield closing


def _html_link(link: Link) -> str:
    group = f" <small>({_h(link.group)})</small>" if link.group else ""
    if not _SAFE_URL_RE.match(link.url):
        return _h(link.text) + group
    return f'<a href="{_h(link.url)}" rel="noopener noreferrer">{_h(link.text)}</a>{group}'


def _h(text: str) -> str:
    return html.escape(text, quote=True)
