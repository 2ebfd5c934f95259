"""Markdown of an Article (CommonMark with GitHub's tables and strikethrough).

Markdown escapes only the characters that would change the rendering (start a list, heading,
quote, code, link, emphasis, an entity or inline HTML; a "|" in a table cell), so
`snake_case`, `=>` and URLs stay as written while nothing from the page can form a link,
emphasis, a heading or HTML.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import Final

from newsextract.renderable import (
    CODE,
    CREDITS_HEADING,
    LIST_ITEM,
    MAX_HEADING_LEVEL,
    QUOTE,
    RELATED_HEADING,
    SAFE_URL_RE,
    TABLE_ROW,
    ArticleLike,
    LinkLike,
    SectionLike,
    appendix_level,
    byline,
    credit_line,
)
from newsextract.rows import ESCAPED_PIPE, cells

__all__ = ["to_markdown"]

# Inline: what may start something anywhere in a line.
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


def to_markdown(article: ArticleLike) -> str:
    """The article as Markdown: the title as `#`, sections as headings by their level, lists,
    quotes, code and tables kept, then the image credits and related links as short lists."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_md(article.title)}")
    line = byline(article)
    if line:
        parts.append(f"*{_md(line, strict=True)}*")
    for section in article.sections:
        if section.heading:
            parts.append(f"{'#' * _markdown_level(section)} {_md(section.heading)}")
        parts.extend(_markdown_blocks(section))
    below = appendix_level(article, title_level=1, level_of=_markdown_level)
    if article.image_credits:
        parts.append(_markdown_heading(CREDITS_HEADING, below))
        parts.append("\n".join(f"- {_md(credit_line(credit))}" for credit in article.image_credits))
    if article.related_links:
        parts.append(_markdown_heading(RELATED_HEADING, below))
        parts.append("\n".join(_markdown_link(link) for link in article.related_links))
    return "\n\n".join(parts) + "\n" if parts else ""


def _markdown_level(section: SectionLike) -> int:
    return min(max(section.level, 2), MAX_HEADING_LEVEL)


def _markdown_heading(text: str, level: int) -> str:
    return f"{'#' * level} {text}" if level <= MAX_HEADING_LEVEL else f"**{text}**"


def _markdown_blocks(section: SectionLike) -> Iterator[str]:
    """The blocks of a section; runs of list items and of table rows stay together."""
    pairs = zip(section.kinds, section.paragraphs, strict=True)
    for kind, run in groupby(pairs, key=lambda pair: str(pair[0].value)):
        texts = [text for _, text in run]
        if kind == LIST_ITEM:
            yield "\n".join(f"- {_md(text)}" for text in texts)
        elif kind == QUOTE:
            yield from ("\n".join(f"> {line}" for line in _md(t).split("\n")) for t in texts)
        elif kind == CODE:
            yield from (_fenced(text) for text in texts)
        elif kind == TABLE_ROW:
            yield _markdown_table(texts)
        else:
            yield from (_md(text) for text in texts)


def _fenced(code: str) -> str:
    """A fenced code block whose fence is longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{code}\n{fence}"


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


def _markdown_link(link: LinkLike) -> str:
    url = link.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    group = f" ({_md(link.group)})" if link.group else ""
    if not SAFE_URL_RE.match(url):
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
