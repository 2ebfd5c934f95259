"""Related links: boxes of links to other articles, and inline "Read more:" lines.

Only links to other pages over http(s) come out, absolute, each once. Links that are not
articles (tag, author and category pages, share and login endpoints, the page itself) are
left out by the URL vocabulary in patterns.NON_ARTICLE_URL_RE.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree

from newsextract.lexicon import is_box_heading
from newsextract.model import Link
from newsextract.parsing import printable, text_of
from newsextract.patterns import HEADING_LEVELS, NON_ARTICLE_URL_RE, TITLE_CLASS_RE

#: A box heading longer than this is a teaser's headline, not the box's label.
MAX_GROUP_CHARS: Final = 80
#: Link texts shorter than this ("mehr", "»") are not titles of articles.
MIN_LINK_TEXT_CHARS: Final = 4


class LinkBox(NamedTuple):
    """Where related links come from: a box element (or a "Read more:" line's element)."""

    element: etree._Element
    group: str | None  # the box heading as written; None: find it in the box
    text: str | None = None  # for an inline line: only links whose text it holds


def related_links(
    boxes: Iterable[LinkBox], *, base_url: str | None, page_url: str | None
) -> tuple[Link, ...]:
    """The related links of the boxes, in page order, without repeats."""
    seen = {_key(page_url)} if page_url else set()
    links: list[Link] = []
    for box in boxes:
        group = box.group if box.group is not None else box_heading(box.element)
        for anchor in box.element.iter("a"):
            link = _link(anchor, group, base_url)
            if link is None or (box.text is not None and link.text not in box.text):
                continue
            key = _key(link.url)
            if key not in seen:
                seen.add(key)
                links.append(link)
    return tuple(links)


def box_heading(box: etree._Element) -> str | None:
    """The label of a box: its first heading, or a first child that reads as one."""
    for element in box.iter():
        if element is box or not isinstance(element.tag, str):
            continue
        names = f"{element.get('class', '')}".lower()
        if element.tag in HEADING_LEVELS or (names and TITLE_CLASS_RE.search(names)):
            if next(element.iter("a"), None) is not None:
                break  # a teaser's linked headline, not the label of the box
            return group_name(text_of(element))
        if element.tag == "a":
            break  # the links start before any heading
    first = box[0] if len(box) else None
    if first is not None and is_box_heading(text_of(first)):
        return group_name(text_of(first))
    return None


def group_name(text: str) -> str | None:
    """A box heading as written, without white space runs and a trailing colon."""
    name = " ".join(printable(text).split()).rstrip(":").strip()
    return name if 0 < len(name) <= MAX_GROUP_CHARS else None


def _link(anchor: etree._Element, group: str | None, base_url: str | None) -> Link | None:
    url = absolute_url(anchor.get("href"), base_url)
    if url is None or NON_ARTICLE_URL_RE.search(url):
        return None
    text = " ".join(printable(text_of(anchor)).split()) or anchor.get("title", "").strip()
    if len(text) < MIN_LINK_TEXT_CHARS or text == group:
        return None
    return Link(text=text, url=url, group=group)


def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """`href` resolved against `base_url`, or None unless it is an http(s) URL."""
    if not href:
        return None
    href = "".join(printable(href).split())
    if not href or href.startswith("#"):
        return None
    url = urljoin(base_url or "", href)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit(parts._replace(fragment=""))


def _key(url: str | None) -> str:
    """The URL as compared for repeats: no fragment, no trailing slash, lower-case host."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"
