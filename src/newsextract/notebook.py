"""The notebook view of an Article (`Article._repr_html_()`, which Jupyter calls): title,
byline, date, lead image, sections, credits and related links. Every string from the page is
HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from itertools import groupby
from typing import Final

from newsextract.renderable import (
    CODE,
    CREDITS_HEADING,
    LIST_ITEM,
    MAX_HEADING_LEVEL,
    PARAGRAPH,
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
from newsextract.rows import cells

__all__ = ["to_html"]

#: The view's title is an h2; its sections start at h3.
HTML_TITLE_LEVEL: Final = 2


def to_html(article: ArticleLike) -> str:
    """A small HTML view for notebooks: title, byline, date, sections, credits and related
    links. Every string from the page is HTML-escaped; only http(s) URLs become links."""
    out = ['<div class="newsextract-article">']
    out.append(f"<h2>{_h(article.title or '(no title)')}</h2>")
    if article.url and SAFE_URL_RE.match(article.url):
        out.append(f"<p><small>{_html_anchor(article.url, article.url)}</small></p>")
    line = byline(article)
    if line:
        out.append(f"<p><em>{_h(line)}</em></p>")
    out.extend(_html_lead_image(article))
    for section in article.sections:
        if section.heading:
            level = _html_level(section)
            out.append(f"<h{level}>{_h(section.heading)}</h{level}>")
        out.extend(_html_blocks(section))
    below = appendix_level(article, title_level=HTML_TITLE_LEVEL, level_of=_html_level)
    if article.image_credits:
        out.append(_html_heading(CREDITS_HEADING, below) + "<ul>")
        out.extend(f"<li>{_h(credit_line(credit))}</li>" for credit in article.image_credits)
        out.append("</ul>")
    if article.related_links:
        out.append(_html_heading(RELATED_HEADING, below) + "<ul>")
        out.extend(f"<li>{_html_link(link)}</li>" for link in article.related_links)
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


def _html_level(section: SectionLike) -> int:
    return min(max(section.level + 1, HTML_TITLE_LEVEL + 1), MAX_HEADING_LEVEL)


def _html_heading(text: str, level: int) -> str:
    if level > MAX_HEADING_LEVEL:
        return f"<p><strong>{text}</strong></p>"
    return f"<h{level}>{text}</h{level}>"


def _html_lead_image(article: ArticleLike) -> Iterator[str]:
    """The lead image (the first of `images`), with its caption, if its URL is http(s)."""
    if not article.images or not SAFE_URL_RE.match(article.images[0].src):
        return
    image = article.images[0]
    yield f'<figure><img src="{_h(image.src)}" alt="{_h(image.alt or "")}">'
    if image.caption:
        yield f"<figcaption>{_h(image.caption)}</figcaption>"
    yield "</figure>"


_HTML_RUNS: Final = {
    LIST_ITEM: ("<ul>", "</ul>"),
    TABLE_ROW: ("<table>", "</table>"),
}
_HTML_BLOCKS: Final = {
    PARAGRAPH: "<p>{}</p>",
    LIST_ITEM: "<li>{}</li>",
    QUOTE: "<blockquote>{}</blockquote>",
    CODE: "<pre><code>{}</code></pre>",
}


def _html_blocks(section: SectionLike) -> Iterator[str]:
    pairs = zip(section.kinds, section.paragraphs, strict=True)
    for kind, run in groupby(pairs, key=lambda pair: str(pair[0].value)):
        texts = [text for _, text in run]
        opening, closing = _HTML_RUNS.get(kind, ("", ""))
        if opening:
            yield opening
        for text in texts:
            if kind == TABLE_ROW:
                yield "<tr>" + "".join(f"<td>{_h(cell)}</td>" for cell in cells(text)) + "</tr>"
            else:
                yield _HTML_BLOCKS[kind].format(_h(text))
        if closing:
            yield closing


def _html_link(link: LinkLike) -> str:
    group = f" <small>({_h(link.group)})</small>" if link.group else ""
    if not SAFE_URL_RE.match(link.url):
        return _h(link.text) + group
    return _html_anchor(link.url, link.text) + group


def _html_anchor(url: str, text: str) -> str:
    return f'<a href="{_h(url)}" rel="noopener noreferrer">{_h(text)}</a>'


def _h(text: str) -> str:
    return html.escape(text, quote=True)
