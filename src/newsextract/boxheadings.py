"""Boxes a heading names: a box of related links, a listing, reader comments, highlights or
a box about the author, when the heading is the box's first child (pruning.py asks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from lxml import etree

from newsextract.lines import (
    box_heading_kind,
    is_author_box_heading,
    is_comment_heading,
    is_summary_heading,
)
from newsextract.parsing import holds_link, text_of
from newsextract.patterns import BOILERPLATE_CONCEPTS, BOILERPLATE_RE, HEADING_LEVELS

#: The first child of a related-links box that may carry its heading.
_BOX_HEADING_TAGS: Final = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div", "header", "label"}
)
#: A heading longer than this is not the label of a box.
MAX_BOX_HEADING_CHARS: Final = 80
_HOLDS_HEADLINE: Final = etree.XPath("boolean(.//h1 | .//*[@itemprop='articleBody'])")
#: Concepts of boxes of links that a heading can open.
_BOX_CONCEPTS: Final = frozenset({"related", "listing"})


def box_under_heading(
    element: etree._Element, holds_prose: Callable[[etree._Element], bool]
) -> str | None:
    """ "related", "listing", "comments", "summary" or "author" when the first child of
    `element` is the heading of such a box (a box of highlights: "Key points" over a short
    list; a box about the author: "About the author" over a biography)."""
    first = element[0]
    if first.tag not in _BOX_HEADING_TAGS or len(first) > 3:
        return None
    is_heading = first.tag in HEADING_LEVELS
    if is_heading:
        names = f"{first.get('class', '')} {first.get('id', '')}"
        match = BOILERPLATE_RE.search(names.lower()) if len(names) > 2 else None
        concept = BOILERPLATE_CONCEPTS.get(match.group(0)) if match is not None else None
        if concept in _BOX_CONCEPTS:
            return None if _HOLDS_HEADLINE(element) else concept
    text = (first.text or "") if len(first) == 0 else text_of(first)  # a leaf: its own text
    if len(text) > MAX_BOX_HEADING_CHARS or not text or text.isspace():  # none of the phrases
        return None
    kind = box_heading_kind(text)
    if kind is None:
        # Reader comments under their heading ("3 Kommentare"): prose does not save them.
        if is_heading and is_comment_heading(text) and not _HOLDS_HEADLINE(element):
            return "comments"
        if is_summary_heading(text) and not _HOLDS_HEADLINE(element):
            return None if holds_prose(element) else "summary"
        if is_author_box_heading(text) and not _HOLDS_HEADLINE(element):
            return "author"  # a biography is prose: prose does not save it
        return None
    if not holds_link(element) or _HOLDS_HEADLINE(element):
        return None
    return None if holds_prose(element) else kind
