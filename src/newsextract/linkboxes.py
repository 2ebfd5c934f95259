"""Where the related links of an article are: its related boxes (in or right after the
article, or further below under a related heading) and its lines of links ("Read more:"
lines, link lines under a related heading, list items of links, teasers set in the text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Role, Segments
from newsextract.classnames import MAX_BOX_LABEL_CHARS, notes_a_box
from newsextract.lexicon import ALL
from newsextract.lines import (
    box_heading_kind,
    is_furniture_line,
    is_related_heading,
    normalise_line,
)
from newsextract.marks import Mark
from newsextract.model import BlockKind
from newsextract.parsing import clean_text, text_of
from newsextract.patterns import TAB_PANEL_RE, TAG_PAGE_URL_RE
from newsextract.related import LinkBox, box_heading, group_name, spaced_text
from newsextract.scoring import is_prose
from newsextract.urls import looks_like_article

_HOLDS_LINKS: Final = etree.XPath("boolean(.//a[@href])")
#: Lines of links of one element times the links of that element above which each line is
#: matched with its own links only (on the benchmark pages, at most 1 line x 13 links).
MAX_LINE_LINK_CHECKS: Final = 10_000
#: A block with this share of link text is a line of links (a teaser, a "see also" item).
MIN_LINK_LINE_SHARE: Final = 0.8
#: Related boxes this many blocks after the article still belong to it (before comments,
#: footers and site-wide boxes). Calibrated on the fixtures and the annotated bench pages.
RELATED_TAIL_BLOCKS: Final = 6
#: The label of a label line ("Profily vyšetřovaných: <a>…</a> | <a>…</a>") is at most this
#: long: a box's label, not a sentence.
MAX_LABEL_CHARS: Final = 60
#: What stands between the links of a label line ("|", "•", ",", "/", dashes, white space).
_LINK_SEPARATORS_RE: Final = re.compile(r"[\s|•·,;/>»\u203a\u2013\u2014-]+")
#: Letters outside the links of a label line that still leave it one: a link that ends a
#: word short ("<a>…US-Blockad</a>e").
MAX_STRAY_CHARS: Final = 2


def link_boxes(segments: Segments, start: int, end: int) -> list[LinkBox]:
    """The boxes and lines of related links of the article in blocks `start` to `end`."""
    return _link_boxes(segments, start, end, _link_lines(segments, start, end))


#: A line of links of the container: position, block, group, only links to articles.
_Line = tuple[int, Block, str | None, bool]


def _link_boxes(segments: Segments, start: int, end: int, lines: list[_Line]) -> list[LinkBox]:
    """Related boxes in or right after the container, its "Read more:" lines and its lists
    of links (under a related heading, or list items that are nothing but a link), in order.
    A box further below is the article's when a related heading opens it (not only its
    class): its links to the site's articles count."""
    tail = end + RELATED_TAIL_BLOCKS
    placed = [
        (box.position, _box(box.element, far=box.position > tail, card=box.card))
        for box in segments.related_boxes
        if start <= box.position
        and (box.position <= tail or _headed_related(box.element))
        and not _tab_panel(box.element)
        and not _site_map_column(box.element)
        and (not box.card or start < box.position < end)  # a lone card in the text only
    ]
    per_element = Counter(block.owner for _, block, _, _ in lines)
    own_links_only = {
        owner for owner, count in per_element.items() if _too_many_checks(segments, owner, count)
    }
    for position, block, group, articles_only in lines:
        element = segments.elements[block.owner]
        anchors = None  # all of its element's links
        if block.owner in own_links_only:
            anchors = list(segments.anchors[block.anchors.start : block.anchors.stop])
        around = next(element.iterancestors("a"), None)
        if around is not None:  # a headline inside a teaser's link: the link, as a line
            line = LinkBox(around, group, spaced_text(around), articles_only, [around])
            placed.append((position, line))
            continue
        placed.append((position, LinkBox(element, group, block.text, articles_only, anchors)))
    placed.sort(key=lambda item: item[0])
    return [box for _, box in placed]


def _box(element: etree._Element, *, far: bool, card: bool) -> LinkBox:
    """A related box; one far below the article gives its links to the site's articles
    under its related headings only. A teaser card without a label (relatedboxes.lone_card)
    counts only between the article's blocks (before or after them a lone card is the
    site's: a "next article" link, a promotion), for a link to an article of the page's own
    host."""
    return LinkBox(
        _whole_box(element), None, articles_only=far or card, related_only=far, own_host=card
    )


def _whole_box(element: etree._Element) -> etree._Element:
    """The box a related header opens: a box whose every link repeats its heading (a link
    to the topic's page: "Mehr zum Thema X | Alle Artikel") is the header of its parent's
    list when it comes first in it."""
    parent = element.getparent()
    if parent is None or parent[0] is not element or element.tag == "a":
        return element
    heading = box_heading(element)
    anchors = list(element.iter("a"))
    if heading and anchors and all(heading in spaced_text(anchor) for anchor in anchors):
        return parent
    return element


def _tab_panel(element: etree._Element) -> bool:
    """True for a box that is (or is the only content of) a panel of a tabbed box."""
    # Only child: told by its neighbours (len() of an lxml element walks its children).
    alone = element.getprevious() is None and element.getnext() is None
    for node in (element, element.getparent() if alone else None):
        if node is not None and (
            node.get("role") == "tabpanel"
            or TAB_PANEL_RE.search(str(node.get("class", "")).lower()) is not None
        ):
            return True
    return False


def _site_map_column(element: etree._Element) -> bool:
    """True for a box that is one column of a site map: a column beside it, of its class,
    holds links under a heading that names no box ("Sections", "Our Network" beside a
    footer's "Read More")."""
    names = element.get("class")
    if not names:
        return False
    for sibling in (element.getprevious(), element.getnext()):
        if sibling is None or sibling.get("class") != names:
            continue
        heading = box_heading(sibling) or ""
        if heading and box_heading_kind(heading) is None and _HOLDS_LINKS(sibling):
            return True
    return False


def _headed_related(element: etree._Element) -> bool:
    """True when a related heading opens the box ("Related Coverage", "関連記事")."""
    heading = box_heading(element)
    return heading is not None and is_related_heading(heading)


def _link_lines(segments: Segments, start: int, end: int) -> list[_Line]:
    """The lines of links of the container: (position, block, group, articles only).

    A "Read more:" line; a line of links under a related heading; a list item that is
    nothing but a link; a teaser's linked headline set between paragraphs of the article
    (prose before it, captions aside, and after it: a teaser in the text, not a card of a
    feed under a heading of its own or closing the column)."""
    last_prose = next(  # read from the end: the last prose block is near it
        (
            position
            for position in range(end - 1, start - 1, -1)
            if is_prose(segments.blocks[position])
        ),
        -1,
    )
    lines: list[_Line] = []
    heading: str | None = None  # the related heading the current run of link lines is under
    topical = False  # the heading is a topic box's: only its links to articles count
    listing = False  # under a site list's heading: its list items are not related links
    after_prose = False  # the last block that is not a line of links or a caption is prose
    for position in range(start, end):
        block = segments.blocks[position]
        # A block of text without a link has none of the four forms below (most blocks).
        linked = block.link_chars > 0 or not block.text
        if linked and (label := read_more_label(block)) is not None:
            lines.append((position, block, label, False))
        elif linked and (label := label_line(segments, block)) is not None:
            lines.append((position, block, label, True))
        elif linked and (topic := topic_heading(segments, block)) is not None:
            heading, topical, after_prose = topic, True, False
        elif linked and block.link_chars >= MIN_LINK_LINE_SHARE * len(block.text):
            if heading is not None:
                lines.append((position, block, heading, topical))
            elif (block.kind is BlockKind.LIST_ITEM and not listing) or (
                after_prose and position < last_prose and _set_in_text(block)
            ):
                lines.append((position, block, None, True))
        elif (kind := box_heading_kind(block.text)) == "related":
            heading, topical, after_prose = group_name(block.text), False, False
        else:
            # A card's short lines (its kicker, date, reading time) keep the run going.
            prose = is_prose(block)
            if block.role is Role.HEADING or prose:
                heading = None
                listing = kind == "listing"  # "Archivado en", "Tags"
            if block.role is not Role.CAPTION:
                after_prose = prose
    return lines + _tail_lines(segments, end)


def _tail_lines(segments: Segments, end: int) -> list[_Line]:
    """The lines of links right after the container, from the first RELATED_TAIL_BLOCKS
    blocks after it on (a run of them goes on as far as it goes): label lines (a background
    box closing the article: "Profily vyšetřovaných: <a>…</a> | <a>…</a>") and the cards of
    a topic box (see topic_heading), their short lines (a kicker, a time) between them."""
    lines: list[_Line] = []
    limit = end + RELATED_TAIL_BLOCKS
    topic: str | None = None  # the topic box the current run of cards is in
    for position in range(end, len(segments.blocks)):
        if position >= limit:
            break
        block = segments.blocks[position]
        label = label_line(segments, block)
        if label is not None:
            lines.append((position, block, label, True))
        elif _box_title_link(segments, block) is not None:
            topic = topic_heading(segments, block)  # another box's title ends the run
        elif topic is not None and block.link_chars >= MIN_LINK_LINE_SHARE * len(block.text):
            lines.append((position, block, topic, True))
        elif block.role is Role.HEADING or is_prose(block) or topic is None:
            topic = None
            continue
        limit = max(limit, position + 2)
    return lines


def topic_heading(segments: Segments, block: Block) -> str | None:
    """The name of a topic box, or None for other blocks: a heading that is one link, to a
    topic's page ("<h3><a href='/emne/sommer-ol-2024'>Sommer-OL 2024</a></h3>"), over the
    cards of the topic's articles. A heading that links to a section's page ("Politics")
    heads the section's feed, not articles on the article's topic."""
    path = _box_title_link(segments, block)
    if path is None or TAG_PAGE_URL_RE.search(path) is None:
        return None
    return group_name(block.text)


def _box_title_link(segments: Segments, block: Block) -> str | None:
    """The path of the link of a heading that is one link to a page that is not an
    article's (a topic's, a section's page): the title of a box of links; else None."""
    if block.role is not Role.HEADING or len(block.anchors) != 1:
        return None
    if block.link_chars < MIN_LINK_LINE_SHARE * len(block.text):
        return None
    href = str(segments.anchors[block.anchors.start].get("href", ""))
    path = href.partition("?")[0].partition("#")[0]
    if TAG_PAGE_URL_RE.search(path) is None and looks_like_article(path):
        return None
    return path


def label_line(segments: Segments, block: Block) -> str | None:
    """The label of a label line, or None for other blocks: a short label of its own, a
    colon, then nothing but links set apart by separators ("Policejní dokumenty: <a>Svět
    Hlubučkovy party</a> | <a>Jak se dělily peníze</a>"): several links, or one in an item
    of a list (a paragraph "Offer: <a>…</a>" is a line of its own, not a box). Its links
    count when they lead to the site's articles (a line of tags or sources does not)."""
    text = block.text
    if block.role is not Role.BODY or not block.link_chars or ":" not in text or "\n" in text:
        return None
    if len(block.anchors) < 2 and block.kind is not BlockKind.LIST_ITEM:
        return None
    label, _, rest = text.partition(":")
    if len(label) > MAX_LABEL_CHARS or not label.strip():
        return None
    for anchor in segments.anchors[block.anchors.start : block.anchors.stop]:
        words = clean_text(text_of(anchor))
        if words:
            if words not in rest:
                return None  # a link in the label: not a label of its own
            rest = rest.replace(words, " ", 1)
    stray = _LINK_SEPARATORS_RE.sub("", rest)
    if len(stray) > MAX_STRAY_CHARS or not (stray.isalpha() or not stray):
        return None  # words of its own, or a time ("19.10.2019, 21:37 <a>…</a>")
    name = group_name(label)
    return None if name is None or _not_a_box_label(name) else name


def _not_a_box_label(label: str) -> bool:
    """True for a label that names no box of articles: a site list's ("Tags", "Filed
    under"), a furniture line's ("Abgelegt unter"), a credit's ("Foto", "Quelle")."""
    kind = box_heading_kind(label)
    if kind is not None:
        return kind == "listing"
    return is_furniture_line(label) or normalise_line(label) in ALL.credit_labels


def _set_in_text(block: Block) -> bool:
    """A teaser set between the article's paragraphs: a linked headline, or a paragraph that
    is one link and nothing else ("WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?")."""
    return block.role is Role.HEADING or (
        block.kind is BlockKind.PARAGRAPH and len(block.anchors) == 1
    )


def _too_many_checks(segments: Segments, owner: int, lines: int) -> bool:
    """Whether matching each of an element's `lines` lines of links with all of its links
    would take more than MAX_LINE_LINK_CHECKS (its lines are then matched with their own
    links only)."""
    if lines < 2:
        return False
    return lines * sum(1 for _ in segments.elements[owner].iter("a")) > MAX_LINE_LINK_CHECKS


def read_more_label(block: Block) -> str | None:
    """The label of an inline "Read more: <link>" line, or None for other blocks."""
    if block.role is Role.CAPTION or not block.link_chars or ":" not in block.text:
        return None
    label = block.text.split(":", 1)[0].lstrip("([").strip()
    return group_name(label) if is_related_heading(label) else None


#: Besides its tag links, a line of tags holds at most this many characters: a label
#: ("Kategorie:", "Filed under", "Themen:") and the separators between the links.
MAX_TAG_LABEL_CHARS: Final = 24
#: A tag is a few words; a longer link to a topic page is a sentence's words.
MAX_TAG_WORDS: Final = 4


def tag_links(segments: Segments) -> frozenset[etree._Element]:
    """The links the walk read as the article's tags (rel="tag", a tag page's address)."""
    return frozenset(
        box.element for box in segments.marks if box.mark is Mark.TAG and box.element.tag == "a"
    )


def is_tag_line(segments: Segments, tags: frozenset[etree._Element], block: Block) -> bool:
    """A line of the article's tag links after a short label ("Kategorie: News, Politik"):
    the article's tags (Article.tags), not its text. A tag is a few words: "It also <a
    href=/topics/x>co-ordinates military plans and …</a>." is a sentence."""
    return (
        bool(tags)
        and bool(block.anchors)
        and len(block.text) - block.link_chars <= MAX_TAG_LABEL_CHARS
        and all(
            (anchor := segments.anchors[index]) in tags
            and len(text_of(anchor).split()) <= MAX_TAG_WORDS
            for index in block.anchors
        )
    )


#: A comment box's notice is one of the text's last this many blocks.
CLOSING_BLOCKS: Final = 3


def furniture_marks(segments: Segments, text: Sequence[Block]) -> Callable[[Block], bool]:
    """The test of the blocks of `text` that the markup around them makes furniture
    (marked_furniture), with the page's tag links and the owners of the text's last blocks
    read once."""
    closing = frozenset(block.owner for block in text[-CLOSING_BLOCKS:])
    return partial(marked_furniture, segments, tag_links(segments), closing)


def marked_furniture(
    segments: Segments, tags: frozenset[etree._Element], closing: frozenset[int], block: Block
) -> bool:
    """Whether the markup around a block makes it furniture: a line of the article's tag
    links (is_tag_line), the notice or label of the box after it (classnames.notes_a_box;
    `closing`: the owners of the text's last blocks)."""
    if block.link_chars and is_tag_line(segments, tags, block):
        return True
    closes, text = block.owner in closing, block.text
    if not closes and not (len(text) <= MAX_BOX_LABEL_CHARS and text.rstrip().endswith(":")):
        return False  # most blocks: neither a comment notice's place nor a label
    return notes_a_box(text, segments.elements[block.owner], closing=closes)
