"""Renderings of an Article: JSON, Markdown, plain text and HTML (for notebooks).

These are the last stage and the only one that writes markup. Every string from the page is
escaped for the format it lands in: Markdown escapes only the characters that would change
the rendering (start a list, heading, quote, code, link, emphasis, an entity or inline HTML;
a "|" in a table cell), so `snake_case`, `=>` and URLs stay as written; HTML escapes
everything and links only http(s) URLs. `Article.to_json()`, `.to_markdown()`, `.to_text()`
and `._repr_html_()` call these.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import groupby
from typing import TYPE_CHECKING, Any, Final

from newsextract.lexicon import LEXICONS

if TYPE_CHECKING:  # model.py imports this module: its names are needed for types only
    from newsextract.model import Article, ImageCredit, Link, Section

__all__ = ["cells", "json_schema", "to_html", "to_json", "to_markdown", "to_text"]

#: The file of the JSON Schema of `Article.to_dict()`, inside the package.
SCHEMA_FILE: Final = "article.schema.json"
#: Headings of the lists that follow the body in Markdown and HTML.
CREDITS_HEADING: Final = "Image credits"
RELATED_HEADING: Final = "Related links"
#: Markdown and HTML know six heading levels.
MAX_HEADING_LEVEL: Final = 6
#: The notebook view's title is an h2; its sections start at h3.
HTML_TITLE_LEVEL: Final = 2
#: The byline's opening word where the article's language has none in the lexicon.
DEFAULT_BYLINE_WORD: Final = "By"
#: The BlockKind values (a str enum: its members equal these strings).
_PARAGRAPH, _LIST_ITEM, _QUOTE, _CODE, _TABLE_ROW = (
    "paragraph", "list_item", "quote", "code", "table_row"
)  # fmt: skip
#: Separator of the cells of a table row in `Section.paragraphs`; a "|" inside a cell is
#: written "\\|" there (blocks.py), so a cell never holds the separator.
CELL_SEPARATOR: Final = " | "
ESCAPED_PIPE: Final = "\\|"
_SAFE_URL_RE: Final = re.compile(r"https?://", re.IGNORECASE)

# Markdown (CommonMark with GitHub's tables and strikethrough), inline: what may start
# something anywhere in a line.
#: A backslash escapes the ASCII punctuation after it, and breaks the line before a newline.
_MD_BACKSLASH_RE: Final = re.compile(r"\\(?=[!-/:-@\[-`{-~]|\n|$)")
#: A "<" that opens inline HTML, a comment, a declaration or an autolink.
_MD_ANGLE_RE: Final = re.compile(r"<(?=[A-Za-z/!?])")
#: An entity or numeric character reference ("&amp;", "&#169;").
_MD_ENTITY_RE: Final = re.compile(
    r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)"
)
#: A "]" that closes a link's text ("](") or a link reference definition's label ("]:").
_MD_LINK_END_RE: Final = re.compile(r"\](?=[(:])")
#: Runs of the characters that delimit emphasis and strikethrough.
_DELIMITERS: Final = "*_~"
_MD_DELIMITER_RE: Final = re.compile(r"\*+|_+|~+")
_MD_BACKTICKS_RE: Final = re.compile(r"`+")
#: Unicode categories of punctuation for emphasis: CommonMark 0.31 counts symbols too.
_PUNCTUATION_CATEGORIES: Final = ("PS", "P")
# ... and at the start of a line (after up to three spaces).
_MD_LINE_STARTS: Final = (
    re.compile(r"^( {0,3})(#)(?=#{0,5}(?:[ \t]|$))"),  # an ATX heading
    re.compile(r"^( {0,3})(>)"),  # a block quote
    re.compile(r"^( {0,3})([-+*])(?=[ \t]|$)"),  # a bullet list item
    re.compile(r"^( {0,3}\d{1,9})([.)])(?=[ \t]|$)"),  # an ordered list item
    re.compile(r"^( {0,3})([-*_])(?=(?:[ \t]*\2){2,}[ \t]*$)"),  # a thematic break
    re.compile(r"^( {0,3})([`~])(?=\2\2)"),  # a code fence
)
#: Lines that underline the line before them (a setext heading) or make it a table's head.
_MD_UNDERLINES: Final = (
    re.compile(r"^( {0,3})([=-])(?=[=-]*[ \t]*$)"),
    re.compile(r"^( {0,3}\|?[ \t]*:?)(-)(?=-*:?[ \t]*\|[ \t|:-]*$)"),
)


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
    """The title, then the body as plain text (headings and blocks, blank lines between),
    ending with a newline; "" for an article with neither."""
    text = "\n\n".join(part for part in (article.title, article.text) if part)
    return text + "\n" if text else ""


def to_markdown(article: Article) -> str:
    """The article as Markdown: the title as `#`, sections as headings by their level, lists,
    quotes, code and tables kept, then the image credits and related links as short lists."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_md(article.title)}")
    byline = _byline(article)
    if byline:
        parts.append(f"*{_md(byline, strict=True)}*")
    for section in article.sections:
        if section.heading:
            parts.append(f"{'#' * _markdown_level(section)} {_md(section.heading)}")
        parts.extend(_markdown_blocks(section))
    below = _appendix_level(article, title_level=1, level_of=_markdown_level)
    if article.image_credits:
        parts.append(_markdown_heading(CREDITS_HEADING, below))
        parts.append(
            "\n".join(f"- {_md(_credit_line(credit))}" for credit in article.image_credits)
        )
    if article.related_links:
        parts.append(_markdown_heading(RELATED_HEADING, below))
        parts.append("\n".join(_markdown_link(link) for link in article.related_links))
    return "\n\n".join(parts) + "\n" if parts else ""


def _markdown_level(section: Section) -> int:
    return min(max(section.level, 2), MAX_HEADING_LEVEL)


def _appendix_level(
    article: Article, *, title_level: int, level_of: Callable[[Section], int]
) -> int:
    """The level of the headings after the body ("Image credits", "Related links"): one
    below the deepest heading of the article, so that they do not outrank its sections;
    past the sixth level, MAX_HEADING_LEVEL + 1 (written as bold text)."""
    levels = [level_of(section) for section in article.sections if section.heading]
    return max(levels, default=title_level) + 1


def _markdown_heading(text: str, level: int) -> str:
    return f"{'#' * level} {text}" if level <= MAX_HEADING_LEVEL else f"**{text}**"


def _markdown_blocks(section: Section) -> Iterator[str]:
    """The blocks of a section; runs of list items and of table rows stay together."""
    pairs = zip(section.kinds, section.paragraphs, strict=True)
    for kind, run in groupby(pairs, key=lambda pair: str(pair[0].value)):
        texts = [text for _, text in run]
        if kind == _LIST_ITEM:
            yield "\n".join(f"- {_md(text)}" for text in texts)
        elif kind == _QUOTE:
            yield from ("\n".join(f"> {line}" for line in _md(t).split("\n")) for t in texts)
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


def cells(row: str) -> list[str]:
    """The cells of a table row of `Section.paragraphs`, as the page wrote them."""
    return [cell.replace(ESCAPED_PIPE, "|") for cell in row.split(CELL_SEPARATOR)]


def _markdown_table(rows: Sequence[str]) -> str:
    table = [cells(row) for row in rows]
    width = max(len(row) for row in table)
    lines = [
        "| "
        + " | ".join(
            _md(" ".join(cell.split())).replace("|", ESCAPED_PIPE)
            for cell in row + [""] * (width - len(row))
        )
        + " |"
        for row in table
    ]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _markdown_link(link: Link) -> str:
    url = link.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    group = f" ({_md(link.group)})" if link.group else ""
    if not _SAFE_URL_RE.match(url):
        return f"- {_md(link.text)}{group}"
    return f"- [{_md(link.text, strict=True)}]({url}){group}"


def _md(text: str, *, strict: bool = False) -> str:
    """`text` as Markdown that renders as `text`: only the characters that would start
    something are escaped. `strict` for text inside a link's brackets or inside emphasis:
    every bracket and every emphasis delimiter that could pair with the ones around it."""
    text = _MD_BACKSLASH_RE.sub(r"\\\\", text)
    text = _MD_ANGLE_RE.sub(r"\\<", text)
    text = _MD_ENTITY_RE.sub(r"\\&", text)
    text = re.sub(r"([\[\]])", r"\\\1", text) if strict else _MD_LINK_END_RE.sub(r"\\]", text)
    if len(_MD_BACKTICKS_RE.findall(text)) > 1:  # a pair of runs may make a code span
        text = text.replace("`", "\\`")
    text = _escape_delimiters(text, strict=strict)
    lines = text.split("\n")
    return "\n".join(_md_line(line, first=index == 0) for index, line in enumerate(lines))


def _md_line(line: str, *, first: bool) -> str:
    """A line with the character that would open a block at its start escaped; with the
    rest of its run for an emphasis delimiter ("***": what is left could close emphasis)."""
    patterns = _MD_LINE_STARTS if first else _MD_LINE_STARTS + _MD_UNDERLINES
    for pattern in patterns:
        match = pattern.match(line)
        if match is None:
            continue
        start = end = match.start(2)
        end += 1
        while line[start] in _DELIMITERS and end < len(line) and line[end] == line[start]:
            end += 1
        return line[:start] + "".join(f"\\{char}" for char in line[start:end]) + line[end:]
    return line


def _escape_delimiters(text: str, *, strict: bool) -> str:
    """Escape the runs of `*`, `_` and `~` that could open or close emphasis (CommonMark's
    flanking rules) where a run that can open has one that can close after it; in `strict`
    mode, where the delimiters around the text can pair with them, every such run and the
    runs at either end."""
    runs = [
        (match, *_flanking(text, match.start(), match.end()))
        for match in _MD_DELIMITER_RE.finditer(text)
    ]
    escaped: set[int] = set()
    for char in _DELIMITERS:
        mine = [(m, opens, closes) for m, opens, closes in runs if m.group()[0] == char]
        first_opener = next((m.start() for m, opens, _ in mine if opens), None)
        pairs = first_opener is not None and any(
            closes and m.start() > first_opener for m, _, closes in mine
        )
        if strict or pairs:
            escaped.update(m.start() for m, opens, closes in mine if opens or closes)
        if strict:  # a run at either end joins the delimiters around the text
            escaped.update(m.start() for m, _, _ in mine if m.start() == 0 or m.end() == len(text))
    if not escaped:
        return text
    out: list[str] = []
    position = 0
    for match, _, _ in runs:
        if match.start() in escaped:
            out.append(text[position : match.start()])
            out.append("".join("\\" + char for char in match.group()))
            position = match.end()
    out.append(text[position:])
    return "".join(out)


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the delimiter run text[start:end] may open and may close emphasis, by
    CommonMark's rules as of 0.31 (symbols count as punctuation) or before (they do not)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens, closes = False, False
    for categories in _PUNCTUATION_CATEGORIES:
        can_open, can_close = _flanking_by(text[start], before, after, categories)
        opens, closes = opens or can_open, closes or can_close
    return opens, closes


def _flanking_by(delimiter: str, before: str, after: str, categories: str) -> tuple[bool, bool]:
    before_punctuation = unicodedata.category(before)[0] in categories
    after_punctuation = unicodedata.category(after)[0] in categories
    left = not after.isspace() and (not after_punctuation or before.isspace() or before_punctuation)
    right = not before.isspace() and (
        not before_punctuation or after.isspace() or after_punctuation
    )
    if delimiter == "_":
        return left and (not right or before_punctuation), right and (not left or after_punctuation)
    return left, right


def _byline(article: Article) -> str:
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
    if article.url and _SAFE_URL_RE.match(article.url):
        out.append(f"<p><small>{_html_anchor(article.url, article.url)}</small></p>")
    byline = _byline(article)
    if byline:
        out.append(f"<p><em>{_h(byline)}</em></p>")
    out.extend(_html_lead_image(article))
    for section in article.sections:
        if section.heading:
            level = _html_level(section)
            out.append(f"<h{level}>{_h(section.heading)}</h{level}>")
        out.extend(_html_blocks(section))
    below = _appendix_level(article, title_level=HTML_TITLE_LEVEL, level_of=_html_level)
    if article.image_credits:
        out.append(_html_heading(CREDITS_HEADING, below) + "<ul>")
        out.extend(f"<li>{_h(_credit_line(credit))}</li>" for credit in article.image_credits)
        out.append("</ul>")
    if article.related_links:
        out.append(_html_heading(RELATED_HEADING, below) + "<ul>")
        out.extend(f"<li>{_html_link(link)}</li>" for link in article.related_links)
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


def _html_level(section: Section) -> int:
    return min(max(section.level + 1, HTML_TITLE_LEVEL + 1), MAX_HEADING_LEVEL)


def _html_heading(text: str, level: int) -> str:
    if level > MAX_HEADING_LEVEL:
        return f"<p><strong>{text}</strong></p>"
    return f"<h{level}>{text}</h{level}>"


def _html_lead_image(article: Article) -> Iterator[str]:
    """The lead image (the first of `images`), with its caption, if its URL is http(s)."""
    if not article.images or not _SAFE_URL_RE.match(article.images[0].src):
        return
    image = article.images[0]
    yield f'<figure><img src="{_h(image.src)}" alt="{_h(image.alt or "")}">'
    if image.caption:
        yield f"<figcaption>{_h(image.caption)}</figcaption>"
    yield "</figure>"


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
                yield "<tr>" + "".join(f"<td>{_h(cell)}</td>" for cell in cells(text)) + "</tr>"
            else:
                yield _HTML_BLOCKS[kind].format(_h(text))
        if closing:
            yield closing


def _html_link(link: Link) -> str:
    group = f" <small>({_h(link.group)})</small>" if link.group else ""
    if not _SAFE_URL_RE.match(link.url):
        return _h(link.text) + group
    return _html_anchor(link.url, link.text) + group


def _html_anchor(url: str, text: str) -> str:
    return f'<a href="{_h(url)}" rel="noopener noreferrer">{_h(text)}</a>'


def _h(text: str) -> str:
    return html.escape(text, quote=True)
