"""Boxes of related links inside a pruned box beside the article (a side column, an
<aside>): a related label opens each, as a heading over it or deep in wrappers of its own."""

from __future__ import annotations

from typing import Final

from lxml import etree

from newsextract.boxheadings import MAX_BOX_HEADING_CHARS
from newsextract.lexicon import ALL
from newsextract.lines import box_heading_kind, is_bare_related_heading, normalise_line
from newsextract.parsing import holds_link, text_of
from newsextract.patterns import HEADING_LEVELS

#: Elements that may be the label of a box: headings, and elements classed as titles.
_LABEL_TAGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})

#: A feed heading's phrase ("more from", "mehr aus") is at most this many words.
MAX_FEED_PHRASE_WORDS: Final = 2


def nested_related_boxes(element: etree._Element) -> list[etree._Element]:
    """The boxes of related links inside a pruned box beside the article, in page order.

    A box is the parent of a label (a heading, or an element classed as a title) that reads
    as a related heading and opens it; or, for a label set deep in wrappers of its own (the
    first text of the box, or a heading), the nearest element around it that holds links
    when the label is its first text and a link's text comes right after it. Such a label is
    the related phrase alone: one naming a site or section after it ("More from the BBC")
    heads a feed as often as a related box; beside the article, a label that names one
    ("More from Politics", names_a_feed) heads the site's feed. A box whose first link
    holds a related label of its own (a card: "<a><span>Mehr zum Thema</span><h3>title</h3>
    </a>") is that link.
    """
    first_link = next(element.iter("a"), None)
    if first_link is None:  # no link: no box of links (and no search for labels)
        return []
    # A card of one link with its related label inside it ("Mehr zum Thema <title>").
    boxes = [first_link] if link_label(first_link) else []
    for label in _label_candidates(element):
        text = text_of(label)
        if len(text) > MAX_BOX_HEADING_CHARS or box_heading_kind(text) != "related":
            continue
        if names_a_feed(text):
            continue  # "More from Politics" beside the article: the section's feed
        parent = label.getparent()
        if parent is not None and parent[0] is label and holds_link(parent):
            box: etree._Element | None = parent
        elif is_bare_related_heading(text):
            box = _box_opened_by(label, element)
        else:
            continue
        if box is not None and not (boxes and boxes[-1] is box):
            boxes.append(box)
    return boxes


def names_a_feed(text: str) -> bool:
    """True for a related heading that names where its links come from, a site or a
    section ("More from Politics", "Mehr aus dem Ressort"), not what they are about."""
    words = normalise_line(text).split(" ")
    sizes = range(1, min(len(words), MAX_FEED_PHRASE_WORDS + 1))  # a name after the phrase
    return any(" ".join(words[:size]) in ALL.feed_headings for size in sizes)


def lone_card(element: etree._Element) -> etree._Element | None:
    """The link of a box that holds one teaser card and nothing else, or None: a card set in
    the text without a label ("<aside><a href=…><h2><span>Kicker</span> Headline</h2></a>
    </aside>"). Its link counts when the box stands between the article's paragraphs and
    the link leads to one of the site's articles (linkboxes.py)."""
    anchors = element.iter("a")
    link = next(anchors, None)
    if link is None or next(anchors, None) is not None:
        return None
    if not any(node.tag in HEADING_LEVELS for node in link.iter()):
        return None
    return link if text_of(element).strip() == text_of(link).strip() else None


def link_label(anchor: etree._Element) -> str | None:
    """The related label set first inside a link, apart from its title ("<small>Les
    også</small> <span>En far for de store anledninger</span>": a card of its own in the
    text), or None."""
    texts = (str(text).strip() for text in anchor.itertext())
    first = next((text for text in texts if text), None)
    rest = next((text for text in texts if text), None)
    if first is None or rest is None or not is_bare_related_heading(first):
        return None
    return first


def _label_candidates(element: etree._Element) -> list[etree._Element]:
    """The headings and title-classed elements of a box, after the element of its first
    text (a label may be a plain <span>). One walk of the box's elements (an XPath union of
    six paths walked it six times)."""
    labels = []
    for node in element.iterdescendants(etree.Element):  # (no comment, no instruction)
        if node.tag in _LABEL_TAGS:
            labels.append(node)
        else:
            names = node.get("class")  # "post-title", "section-head", "box-label"
            if names and ("title" in names or "head" in names or "label" in names):
                labels.append(node)
    for node in element.iter():
        if node.tag == "a":
            break
        if isinstance(node.tag, str) and (node.text or "").strip():
            if node is not element and node not in labels:
                labels.insert(0, node)
            break
    return labels


def _box_opened_by(label: etree._Element, limit: etree._Element) -> etree._Element | None:
    """The nearest element around `label` (up to `limit`) that holds links, when the label is
    its first text and the text after the label is a link's; else None."""
    node = label.getparent()
    while node is not None:
        if holds_link(node):
            return node if _label_then_link(node, label) else None
        if node is limit:
            return None
        node = node.getparent()
    return None


def _label_then_link(box: etree._Element, label: etree._Element) -> bool:
    """True when the first text of `box` is in `label` and the next text is inside a link."""
    inside = passed = False  # in the label; past it
    anchors = 0  # open <a> elements
    for event, node in etree.iterwalk(box, events=("start", "end")):
        if event == "start":
            inside = inside or node is label
            anchors += node.tag == "a"
            text = node.text
        else:
            anchors -= node.tag == "a"
            if node is label:
                inside, passed = False, True
            text = None if node is box else node.tail
        if not (text and text.strip()) or inside:
            continue
        return passed and anchors > 0
    return False
