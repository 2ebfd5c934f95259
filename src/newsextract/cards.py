"""Teaser cards set in the article: another article's headline with its own date and byline.

A card in the text ("Read also" with a headline, its author and its date; a list of such
cards under the article) is opened by a heading that links to another page of the site
(headings.is_teaser_heading). Its box is the largest element around that heading that holds
a few blocks at most and neither the article's container nor a headline (its kicker is
a heading that links to the section's page); the date and
the byline it shows are the other article's, not the page's. The evidence stage
(markup.py) leaves them out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Block, Box, Role, Segments
from newsextract.datetext import written_date
from newsextract.headings import is_teaser_heading
from newsextract.lexicon import ALL, any_of
from newsextract.placement import Placement
from newsextract.urls import absolute_url, url_key

#: A card holds its headline, a byline, a date and a line of teaser text at most; a box
#: of more blocks is a part of the page (a column, a list of cards).
MAX_CARD_BLOCKS: Final = 5
#: A card may show its kicker or its date before its headline: this many blocks.
MAX_BLOCKS_BEFORE_HEADLINE: Final = 2
#: The path of an author's page ("/author/jane-doe/", "/autoren/georg-quaas/").
#: A heading this short that writes a date is a date, not a headline.
MAX_DATE_HEADING_CHARS: Final = 40
AUTHOR_PATH_RE: Final = re.compile(r"/(?:" + any_of(ALL.author_path_words) + r")/([^/?#]+)", re.I)


class Card(NamedTuple):
    """A teaser card: its element and the blocks it holds (first, end)."""

    element: etree._Element
    first: int
    end: int


class Cards(NamedTuple):
    """The teaser cards among the article's blocks, in page order (they do not overlap)."""

    segments: Segments
    found: tuple[Card, ...] = ()
    elements: frozenset[etree._Element] = frozenset()  # the cards' elements

    def hold_mark(self, box: Box) -> bool:
        """Whether the markup `box` stands in one of the cards."""
        card = self._last_from(box.position)
        return card is not None and box.position <= card.end and _inside(box.element, card.element)

    def hold_element(self, element: etree._Element) -> bool:
        """Whether `element` stands in one of the cards (wherever the walk met it)."""
        elements = self.elements
        return bool(elements) and (
            element in elements or any(parent in elements for parent in element.iterancestors())
        )

    def hold_block(self, block: Block) -> bool:
        """Whether the text of `block` is one of the cards' (its element stands in one)."""
        if not self.found or block.owner < 0:
            return False
        first, end = self.segments.spans[block.owner]
        card = self._last_from(first)
        return card is not None and end <= card.end

    def _last_from(self, position: int) -> Card | None:
        """The last card that starts at `position` or before it."""
        index = bisect_right(self.found, position, key=lambda card: card.first)
        return self.found[index - 1] if index else None


def teaser_cards(segments: Segments, place: Placement, page_url: str | None) -> Cards:
    """The teaser cards between the article's headline and its end."""
    blocks = segments.blocks
    found: list[Card] = []
    heading = Role.HEADING
    for index, block in enumerate(blocks[place.first : place.end], place.first):
        if block.role is not heading or (found and index < found[-1].end):
            continue
        if (
            index != place.headline
            and is_teaser_heading(segments, page_url, block)
            and _names_another_article(segments, block, page_url)
        ):
            card = _card(segments, place, index)
            if card is not None:
                found.append(card)
    return Cards(segments, tuple(found), frozenset(card.element for card in found))


def _card(segments: Segments, place: Placement, heading: int) -> Card | None:
    """The box of the teaser heading `heading`: the largest element around it of a few
    blocks, which holds neither the article's container nor its headline."""
    spans, parents, elements = segments.spans, segments.parents, segments.elements
    owner = segments.blocks[heading].owner
    if owner < 0:
        return None
    box = owner
    parent = parents[box]
    while parent != -1:
        first, end = spans[parent]
        if (
            first < heading - MAX_BLOCKS_BEFORE_HEADLINE
            or end - first > MAX_CARD_BLOCKS
            or (first <= place.start and place.end <= end)  # the container, or around it
            or (place.headline is not None and first <= place.headline < end)
            or sum(block.role is Role.HEADING for block in segments.blocks[first:end]) > 1
        ):  # a box of cards, one under a title, the headline's cluster (kicker, headline)
            break
        box, parent = parent, parents[parent]
    first, end = spans[box]
    return Card(elements[box], first, end) if box != owner else None


def _names_another_article(segments: Segments, block: Block, page_url: str | None) -> bool:
    """Whether a linked heading reads as another article's headline: not a date linked to
    the page itself (a blog's "<h5><a rel=bookmark>17. Februar 2020</a></h5>"), not a
    name linked to its author's page."""
    if written_date(block.text) is not None and len(block.text) <= MAX_DATE_HEADING_CHARS:
        return False
    own = url_key(page_url)
    for index in block.anchors:
        href = segments.anchors[index].get("href") or ""
        if AUTHOR_PATH_RE.search(href) or (own and url_key(absolute_url(href, page_url)) == own):
            return False
    return True


def _inside(element: etree._Element, box: etree._Element) -> bool:
    """Whether `element` is `box` or stands in it."""
    return element is box or any(parent is box for parent in element.iterancestors())
