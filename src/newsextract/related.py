"""Related links: boxes of links to other articles, and inline "Read more:" lines.

Only links to other pages over http(s) come out, absolute, each once. Links that are not
articles (tag, author and category pages, share and login endpoints, the page itself) are
left out by the URL vocabulary in patterns.NON_ARTICLE_URL_RE.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from lxml import etree

from newsextract.lexicon import ALL
from newsextract.lines import box_heading_kind, is_boilerplate_line, is_box_heading
from newsextract.model import Link
from newsextract.parsing import clean_text, printable, text_of
from newsextract.patterns import (
    BLOCK_TAGS,
    CONTROL_CLASS_RE,
    HEADING_LEVELS,
    HEADLINE_CLASS_RE,
    KICKER_CLASS_RE,
    TEASER_META_RE,
    TITLE_CLASS_RE,
    is_non_article_url,
)
from newsextract.relatedboxes import link_label
from newsextract.urls import absolute_url, host_of, looks_like_article, site_name, url_key

#: At most this many related links (77 on the busiest benchmark page).
MAX_RELATED_LINKS: Final = 200
#: A box heading longer than this is a teaser's headline, not the box's label.
MAX_GROUP_CHARS: Final = 80
#: Link texts shorter than this ("mehr", "»") are not titles of articles.
MIN_LINK_TEXT_CHARS: Final = 4
#: A one-word link text shorter than this is a section name or a button, not a title.
MIN_ONE_WORD_TITLE_CHARS: Final = 16
#: A badge of a link ("S+", "Plus", "€", "Video") is one token at most this long.
MAX_BADGE_CHARS: Final = 8
#: What may close a box heading or an inline label before its links.
_TRAILING_SEPARATORS: Final = " :|>»\u203a\u2192\u2013\u2014-/•·"
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
    #: A box far below the article: only the links under its related headings count (a
    #: later label, "Další služby", "Volby 2025", opens the site's lists).
    related_only: bool = False
    #: A teaser card without a label: only a link to an article of the page's own host counts
    #: (not a sister site's shop or forum: "karrierewelt.", "debatte.").
    own_host: bool = False


def related_links(
    boxes: Iterable[LinkBox], *, base_url: str | None, page_url: str | None
) -> tuple[Link, ...]:
    """The related links of the boxes, in page order, without repeats. `page_url` is the
    page's canonical URL (the address it was fetched from without one)."""
    seen = {url_key(page_url)} if page_url else set()
    # The page's own site: where it was fetched from, and where it says it lives (a page
    # saved from an archive or served from localhost keeps its canonical URL).
    sites = {site_name(url) for url in (base_url, page_url) if url}
    hosts = {host_of(url) for url in (base_url, page_url) if url}
    links: list[Link] = []
    targets: dict[etree._Element, _Target | None] = {}  # a link met again is not read again
    for box in boxes:
        if len(links) >= MAX_RELATED_LINKS:
            break
        line = None if box.text is None else printable(box.text)  # as link texts are cleaned
        for anchor, group in _anchors(box):
            if anchor not in targets:
                targets[anchor] = _target(anchor, base_url)
            target = targets[anchor]
            if target is None or (line is not None and target.whole not in line):
                continue  # (a line holds the whole text of its own links)
            link = _link(target, group)
            if link is None:
                continue
            if box.articles_only and not (
                looks_like_article(link.url) and (not sites or site_name(link.url) in sites)
            ):
                continue
            if box.own_host and hosts and host_of(link.url) not in hosts:
                continue
            key = url_key(link.url)
            if key not in seen:
                seen.add(key)
                links.append(link)
    return tuple(links[:MAX_RELATED_LINKS])


def without_feeds_of(authors: Sequence[str], links: tuple[Link, ...]) -> tuple[Link, ...]:
    """The links without those of an author's feed: a box whose heading names one of the
    article's authors ("More from Declan Marrinan", "Mehr von Beat Zollinger (bzo)") lists
    what the author wrote, not articles related to this one."""
    names = [name.casefold() for name in authors if " " in name]
    if not names:
        return links
    feeds = {
        link.group
        for link in links
        if link.group and any(name in link.group.casefold() for name in names)
    }
    return tuple(link for link in links if link.group not in feeds) if feeds else links


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
    if box.element.tag == "a":  # a link with its related label inside it
        yield box.element, group_name(link_label(box.element) or "")
        return
    group = box_heading(box.element)
    listing = group is not None and _furniture_label(group)
    if box.related_only:
        listing = group is None or box_heading_kind(group) != "related"
    for element in box.element.iter():
        tag = element.tag
        if tag == "a":
            if not listing and not _names_meta(element):
                yield element, group
        elif isinstance(tag, str) and element is not box.element and _is_label(element):
            text = text_of(element)
            kind = box_heading_kind(text)
            listing = kind == "listing" or (kind is None and _furniture_label(text))
            listing = listing or (box.related_only and kind != "related")
            group = group_name(text) or group


def _furniture_label(text: str) -> bool:
    """True for a label that is page furniture, not a box heading (an ad's "Anzeige",
    "Annonce"): the links under it are the ad's, not related articles."""
    return is_boilerplate_line(text) and box_heading_kind(text) is None


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
    """A box heading as written, without white space runs and the trailing colon or
    separators ("Lire aussi |", "Mehr zum Thema >", "Related »") that lead to its links."""
    name = clean_text(text).rstrip(_TRAILING_SEPARATORS).strip()
    return name if 0 < len(name) <= MAX_GROUP_CHARS else None


class _Target(NamedTuple):
    """What a link points to and says, before its group is known."""

    text: str  # what the link says: a teaser card's headline (_card_headline)
    url: str
    whole: str  # all the link's text, as lines and groups are compared with it


def _target(anchor: etree._Element, base_url: str | None) -> _Target | None:
    """The link's text and absolute URL, or None for a link that cannot be a related one."""
    url = absolute_url(anchor.get("href"), base_url)
    if url is None or is_non_article_url(url):
        return None
    text = _without_badges(anchor) or clean_text(anchor.get("title", ""))
    if len(text) < MIN_LINK_TEXT_CHARS or is_boilerplate_line(text):
        return None
    if " " not in text and len(text) < MIN_ONE_WORD_TITLE_CHARS:
        return None  # a section name ("Montréal", "Essai"), not an article's title
    return _Target(_card_headline(anchor) or text, url, text)


def _card_headline(anchor: etree._Element) -> str | None:
    """The headline of a teaser card that is one link: the longest heading (or box classed
    as a title or a heading, `_is_headline`) inside it, without its badges, rather than all
    the card says (a kicker, a standfirst, a time, a section: "10 mins ago 'Important
    moment' as interest rates cut to 5% The Bank of England cuts ... Business"); None for a
    link without one, or whose one is a single short word."""
    if not len(anchor):
        return None
    headlines = [
        text
        for node in anchor.iterdescendants()
        if isinstance(node.tag, str) and _is_headline(node) and (text := _without_badges(node))
    ]
    if not headlines:
        return None
    headline = max(headlines, key=len)  # (a card's eyebrow, "Related", is a heading too)
    if " " not in headline and len(headline) < MIN_ONE_WORD_TITLE_CHARS:
        return None
    return headline


def _is_headline(node: etree._Element) -> bool:
    """A heading, or a box classed as a title or a heading ("teaser__title", "teaser-h2"),
    not as a kicker ("pre-headline", "dachzeile") or a control's part ("icon-label-title")."""
    names = str(node.get("class", "")).lower()
    if names and (KICKER_CLASS_RE.search(names) or CONTROL_CLASS_RE.search(names)):
        return False
    return node.tag in HEADING_LEVELS or bool(names and HEADLINE_CLASS_RE.search(names))


def _without_badges(anchor: etree._Element) -> str:
    """The link's text without the badges set apart at its start or end: an element of its
    own holding one short token ("S+", "Plus", "€", "Video"), a paywall or media mark."""
    text = spaced_text(anchor)
    if not len(anchor) or len(text) < MIN_ONE_WORD_TITLE_CHARS:
        return text
    if not (anchor.text or "").strip():
        badge = _badge(anchor[0])
        if badge and text.startswith(badge):
            text = text[len(badge) :].lstrip()
    if not (anchor[-1].tail or "").strip():
        badge = _badge(anchor[-1])
        if badge and text.endswith(badge):
            text = text[: -len(badge)].rstrip()
    return text


def spaced_text(element: etree._Element) -> str:
    """The clean text of `element` with a space where a block inside it starts or ends (a
    card's kicker and headline are two lines, not "KickerHeadline")."""
    if next(iter(element), None) is None:  # most links: their text alone, no walk
        return clean_text(element.text or "")
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag
        block = isinstance(tag, str) and (tag in BLOCK_TAGS or tag in HEADING_LEVELS)
        if event == "start":
            parts.append(" " if block else "")
            parts.append(node.text or "" if isinstance(tag, str) else "")
        else:
            parts.append(" " if block else "")
            parts.append("" if node is element else node.tail or "")
    return clean_text("".join(parts))


def _badge(element: etree._Element) -> str | None:
    """The text of an element that reads as a badge: one token of a few characters, a sign
    ("S+", "€") or a badge word of a language ("Plus", "Video"), not a kicker ("Rail")."""
    text = clean_text(text_of(element))
    if not text or " " in text or len(text) > MAX_BADGE_CHARS:
        return None
    return text if not text.isalpha() or text.casefold() in ALL.link_badges else None


def _link(target: _Target | None, group: str | None) -> Link | None:
    if target is None or target.whole == group:
        return None
    return Link(text=target.text, url=target.url, group=group)
