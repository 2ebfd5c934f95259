"""Related links: boxes of links to other articles, and inline "Read more:" lines.

Only links to other pages over http(s) come out, absolute, each once. Links that are not
articles (tag, author and category pages, share and login endpoints, the page itself) are
left out by the URL vocabulary in patterns.NON_ARTICLE_URL_RE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit

from lxml import etree

from newsextract.lines import box_heading_kind, is_boilerplate_line, is_box_heading
from newsextract.model import Link
from newsextract.parsing import printable, text_of
from newsextract.patterns import (
    HEADING_LEVELS,
    NON_ARTICLE_URL_RE,
    TEASER_META_RE,
    TITLE_CLASS_RE,
)

#: At most this many related links (77 on the busiest benchmark page).
MAX_RELATED_LINKS: Final = 200
#: A box heading longer than this is a teaser's headline, not the box's label.
MAX_GROUP_CHARS: Final = 80
#: Link texts shorter than this ("mehr", "»") are not titles of articles.
MIN_LINK_TEXT_CHARS: Final = 4
#: A one-word link text shorter than this is a section name or a button, not a title.
MIN_ONE_WORD_TITLE_CHARS: Final = 16
#: An article's URL slug has at least this many words ("oddest-medical-case-reports").
MIN_SLUG_WORDS: Final = 3
_SLUG_WORD_RE: Final = re.compile(r"[-_+]+")
_ARTICLE_ID_RE: Final = re.compile(r"\d{4,}")
#: Second-level labels under which country domains register names ("bbc.co.uk").
_SECOND_LEVEL_LABELS: Final = frozenset(["ac", "co", "com", "edu", "gov", "ne", "net", "or", "org"])
#: How far up from a link to look for the class of a teaser's author or section line.
MAX_META_DEPTH: Final = 3


class LinkBox(NamedTuple):
    """Where related links come from: a box element, or a line of the body ("Read more:
    <link>", an item of a list of links) with the links that start in it."""

    element: etree._Element
    group: str | None  # a box: None, its heading is found in it; a line: its label or None
    text: str | None = None  # a line: its text (only links whose text it holds count)
    articles_only: bool = False  # only same-site links whose URL reads as an article's
    anchors: Sequence[etree._Element] | None = None  # a line: its links (None: its element's)


def related_links(
    boxes: Iterable[LinkBox], *, base_url: str | None, page_url: str | None
) -> tuple[Link, ...]:
    """The related links of the boxes, in page order, without repeats."""
    seen = {_key(page_url)} if page_url else set()
    links: list[Link] = []
    targets: dict[etree._Element, _Target | None] = {}  # a link met again is not read again
    for box in boxes:
        if len(links) >= MAX_RELATED_LINKS:
            break
        line = None if box.text is None else printable(box.text)  # as link texts are cleaned
        for anchor, group in _anchors(box):
            if anchor not in targets:
                targets[anchor] = _target(anchor, base_url)
            link = _link(targets[anchor], group)
            if link is None or (line is not None and link.text not in line):
                continue
            if box.articles_only and not (
                looks_like_article(link.url) and _same_site(link.url, base_url)
            ):
                continue
            key = _key(link.url)
            if key not in seen:
                seen.add(key)
                links.append(link)
    return tuple(links[:MAX_RELATED_LINKS])


def _anchors(box: LinkBox) -> Iterator[tuple[etree._Element, str | None]]:
    """The anchors of a box with the group each falls under.

    A box may hold several lists under labels of their own ("Related Stories", then
    "Recommended for you"): each label opens a group, and the links under the label of a
    site-wide list are not related links.
    """
    if box.text is not None:  # a line of the body: its label is the group
        anchors = box.element.iter("a") if box.anchors is None else box.anchors
        yield from ((anchor, box.group) for anchor in anchors)
        return
    group = box_heading(box.element)
    listing = False
    for element in box.element.iter():
        tag = element.tag
        if tag == "a":
            if not listing and not _names_meta(element):
                yield element, group
        elif isinstance(tag, str) and element is not box.element and _is_label(element):
            text = text_of(element)
            kind = box_heading_kind(text)
            listing = kind == "listing"
            group = group_name(text) or group


def _is_label(element: etree._Element) -> bool:
    """A heading (or an element classed as a title) without links: the label of a list."""
    if element.tag not in HEADING_LEVELS:
        names = str(element.get("class", "")).lower()
        if not names or TITLE_CLASS_RE.search(names) is None:
            return False
    return (
        next(element.iter("a"), None) is None
        and next(element.iterancestors("a"), None) is None  # a teaser's linked headline
        and bool(text_of(element).strip())
    )


def _names_meta(anchor: etree._Element) -> bool:
    """True for an author, tag or section link of a teaser (by its or its parents' class)."""
    element: etree._Element | None = anchor
    for _ in range(MAX_META_DEPTH):
        if element is None:
            return False
        names = str(element.get("class", "")).lower()
        if names and TEASER_META_RE.search(names):
            return True
        element = element.getparent()
    return False


def box_heading(box: etree._Element) -> str | None:
    """The label of a box: its first heading, or a first child that reads as one."""
    for element in box.iter():
        if element is box or not isinstance(element.tag, str):
            continue
        names = f"{element.get('class', '')}".lower()
        if element.tag in HEADING_LEVELS or (names and TITLE_CLASS_RE.search(names)):
            if next(element.iter("a"), None) is not None:
                break  # a teaser's linked headline, not the label of the box
            name = group_name(text_of(element))
            if name is not None:
                return name
            continue  # an empty heading (an icon): the label may follow
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


class _Target(NamedTuple):
    """What a link points to and says, before its group is known."""

    text: str
    url: str


def _target(anchor: etree._Element, base_url: str | None) -> _Target | None:
    """The link's text and absolute URL, or None for a link that cannot be a related one."""
    url = absolute_url(anchor.get("href"), base_url)
    if url is None or NON_ARTICLE_URL_RE.search(url):
        return None
    text = " ".join(printable(text_of(anchor)).split()) or " ".join(
        printable(anchor.get("title", "")).split()
    )
    if len(text) < MIN_LINK_TEXT_CHARS or is_boilerplate_line(text):
        return None
    if " " not in text and len(text) < MIN_ONE_WORD_TITLE_CHARS:
        return None  # a section name ("Montréal", "Essai"), not an article's title
    return _Target(text, url)


def _link(target: _Target | None, group: str | None) -> Link | None:
    if target is None or target.text == group:
        return None
    return Link(text=target.text, url=target.url, group=group)


def looks_like_article(url: str) -> bool:
    """True when the URL's last path segment reads as an article's: a slug of several words
    ("/2019/11/oddest-medical-case-reports") or a long number ("/news/world-11047811")."""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments:
        return False
    last = segments[-1]
    return (
        len(_SLUG_WORD_RE.split(last)) >= MIN_SLUG_WORDS or _ARTICLE_ID_RE.search(last) is not None
    )


def _same_site(url: str, base_url: str | None) -> bool:
    """True when `url` is on the page's own site (bbc.co.uk and bbc.com are one site);
    without a page URL every site is."""
    return not base_url or _site_name(url) == _site_name(base_url)


def _site_name(url: str) -> str:
    """The name a host is registered under: "bbc" for www.bbc.co.uk and bbc.com."""
    labels = urlsplit(url).netloc.lower().split(":")[0].split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


#: Tabs and line breaks: browsers drop them from a URL wherever they are.
_LINE_BREAK_RE: Final = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_SCHEME_RE: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
#: Where a URL holds a character a browser's URL parser would percent-encode (or "'",
#: encoded in a query): only such URLs are taken apart and encoded.
_RAW_URL_RE: Final = re.compile(r"[^\x21-\x7e]|[\"<>`{}^']")
_PRINTABLE_ASCII: Final = "".join(map(chr, range(0x21, 0x7F)))
#: What stays as it is in a path and in a query: printable ASCII but WHATWG's path and
#: special-query percent-encode sets (and backticks in a query, which WHATWG leaves: they
#: would end a Markdown code span). "%" stays, so escapes already made are kept.
_PATH_SAFE: Final = "".join(c for c in _PRINTABLE_ASCII if c not in '"#<>?^`{}')
_QUERY_SAFE: Final = "".join(c for c in _PRINTABLE_ASCII if c not in "\"#<>'`")
#: Characters a host cannot hold (WHATWG's forbidden host code points, and the quotes and
#: braces no registered name has): a URL with one in its host is dropped.
_BAD_HOST_RE: Final = re.compile(r"[\s\"<>`{}^|\\]")


def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """`href` resolved against `base_url`, or None unless it is an http(s) URL.

    Cleaned as browsers do (WHATWG URL parsing) before its scheme is read: control and
    invisible characters, tabs and line breaks dropped wherever they are ("java\tscript:"),
    spaces around it stripped, spaces inside it percent-encoded ("/My Photo.jpg"),
    backslashes before the query read as slashes. The URL comes out percent-encoded as a
    browser's URL parser writes it: '"', '<', '>', '`', '{', '}', '^' and non-ASCII in the
    path, '"', "'", '<', '>', '`' and non-ASCII in the query (as UTF-8), an international
    host in punycode. Stricter rules: spaces inside a scheme other than http(s) ("java
    script:") and a host holding a quote, bracket or space drop the URL, and bidi and
    invisible controls are dropped rather than encoded.
    """
    if not href:
        return None
    if (
        " " in href
        or not href.isprintable()  # every ASCII control; printable() finds the others
        or (not href.isascii() and printable(href) is not href)
    ):
        href = _LINE_BREAK_RE.sub("", printable(href)).strip()
        if " " in href:
            scheme = _SCHEME_RE.match("".join(href.split()))
            if scheme is not None and scheme.group(0).lower() not in ("http:", "https:"):
                return None
            href = href.replace(" ", "%20")
    if "\\" in href:  # http(s) URLs read a backslash as a slash, up to the query
        head, mark, tail = href.partition("?")
        href = head.replace("\\", "/") + mark + tail
    if not href or href.startswith("#"):
        return None
    try:
        if href[:8].lower().startswith(("http://", "https://")):
            url = href  # most links are absolute: no join needed
        elif base_url and href[0] == "/" and href[1:2] != "/" and "/." not in href:
            base = urlsplit(base_url)  # a path from the root: no join needed either
            url = f"{base.scheme}://{base.netloc}{href}"
        else:
            url = urljoin(base_url or "", href)
        parts = urlsplit(url)
    except ValueError:  # "http://[::16", a bad port: urllib refuses to split it
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if parts.fragment:
        url = urlunsplit(parts._replace(fragment=""))
    return _encoded(parts) if _RAW_URL_RE.search(url) else url


def _encoded(parts: SplitResult) -> str | None:
    """The URL of `parts` percent-encoded as a browser writes it (see absolute_url), without
    its fragment; None when its host is not one."""
    userinfo, at, host = parts.netloc.rpartition("@")
    if _BAD_HOST_RE.search(host):
        return None
    if not host.isascii():
        host = ".".join(label if label.isascii() else _punycode(label) for label in host.split("."))
    netloc = quote(userinfo, safe=_PATH_SAFE) + at + host
    path = quote(parts.path, safe=_PATH_SAFE)
    return urlunsplit((parts.scheme, netloc, path, quote(parts.query, safe=_QUERY_SAFE), ""))


def _punycode(label: str) -> str:
    """An international label of a host name as DNS writes it ("müller" -> "xn--mller-kva")."""
    return "xn--" + unicodedata.normalize("NFC", label.lower()).encode("punycode").decode("ascii")


def _key(url: str | None) -> str:
    """The URL as compared for repeats: no fragment, no trailing slash, lower-case host."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"
