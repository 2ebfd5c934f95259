"""Headings: which headings of the article's blocks are its own subheadings.

A heading before the article's first prose is, most often, the headline again (a variant:
kicker and headline run together, "Headline | Site"), a kicker or the standfirst; a heading
that links to another page of the site is another article's headline (a teaser in the
column); a heading that opens a box set in the text (a fact box, a notice) titles the box,
not a part of the article; the headline again further down is a video player's title.
All stay in the text, as the page shows it, as paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Role, Segments
from newsextract.scoring import is_prose
from newsextract.urls import absolute_url, same_site

#: A heading with this share of link text is another article's headline.
MIN_TEASER_LINK_SHARE: Final = 0.8
#: A heading in a link this many levels up at most is the link's (a teaser card's) headline.
MAX_LINK_LEVELS: Final = 4
#: A heading between the headline and the first prose this long is the standfirst.
MIN_DEK_CHARS: Final = 80
#: A heading longer than this is a paragraph set in a heading's markup (a blog's <h3>
#: paragraphs, a long caption in an <h2>), no section's heading; the longest of the
#: annotated fundus-dev headings but one has 149 characters.
MAX_HEADING_CHARS: Final = 200
#: A heading before the first prose with this share of the title's words is the headline
#: again (with a kicker, or the site's name).
MIN_VARIANT_SHARE: Final = 0.7
#: A heading before the first prose that shares this many words with the title, most of
#: its own, is the headline again, reworded ("Gastgeber enttäuscht, Gäste jubeln").
MIN_SHARED_WORDS: Final = 3
#: A title of fewer words says too little for a heading to repeat it.
MIN_TITLE_WORDS: Final = 4
_WORD_RE: Final = re.compile(r"\w+")
#: The characters a sentence ends with (a standfirst's, a linked sentence's).
SENTENCE_ENDS: Final = frozenset(".!?…")


def own_headings(
    blocks: Iterable[Block],
    title: str | None,
    teaser: Callable[[Block], bool],
    boxed: Callable[[Sequence[Block], int], bool],
) -> list[Block]:
    """The blocks with the article's own subheadings only; the other headings stay in the
    text, as the page shows it, as paragraphs: a heading that is another article's headline
    (`teaser`), and one before the article's first prose unless, the article's first block,
    it opens a section (see _opens_section): after another heading there, it is part of
    the headline's cluster (kicker, headline, dek); the headline again anywhere (a video
    player's title, see _repeats_title); and the title of a box in the text (`boxed`).
    Headings after the last other block go, as empty sections do."""
    blocks = list(blocks)
    last = max((i for i, block in enumerate(blocks) if block.role is not Role.HEADING), default=-1)
    title_words = _words(title or "")
    kept: list[Block] = []
    prose = False
    for index, block in enumerate(blocks[: last + 1]):
        own = (
            block.role is not Role.HEADING
            or (
                len(block.text) <= MAX_HEADING_CHARS  # a paragraph set in a heading's markup
                and not teaser(block)
                and (prose or (index == 0 and _opens_section(block, blocks[1:], title_words)))
                and not _repeats_title(block.text, title_words)
                and not boxed(blocks, index)
            )
        )
        kept.append(block if own else block._replace(role=Role.BODY, level=0))
        prose = prose or is_prose(block)
    return kept


def _opens_section(heading: Block, after: Sequence[Block], title_words: frozenset[str]) -> bool:
    """Whether a heading before the article's first prose is its first subheading: short,
    no sentence, prose right under it, one of a series (a later heading has its level) and
    not the headline again. Else it is a kicker (over another heading), the headline again
    (a variant: most of its words, with a kicker or the site's name; or reworded, most of
    its own words from the title), a standfirst (a
    sentence) or a title over the article (no later heading of its level)."""
    text = heading.text
    if not text or len(text) >= MIN_DEK_CHARS or text[-1] in SENTENCE_ENDS:
        return False
    if not is_prose(after[0]):
        return False
    if not any(block.role is Role.HEADING and block.level == heading.level for block in after):
        return False
    words = _words(text)
    shared = len(words & title_words)
    return not title_words or (
        shared < MIN_VARIANT_SHARE * len(title_words)
        and (shared < MIN_SHARED_WORDS or shared < MIN_VARIANT_SHARE * len(words))
    )


def _repeats_title(text: str, title_words: frozenset[str]) -> bool:
    """Whether a heading is the headline again (a video player's title over the article's
    video, with its controls' words): it holds most of the title's words, and they make
    most of its own."""
    words = _words(text)
    shared = len(words & title_words)
    return (
        len(title_words) >= MIN_TITLE_WORDS
        and shared >= MIN_VARIANT_SHARE * len(title_words)
        and shared >= MIN_VARIANT_SHARE * len(words)
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(text.casefold()))


def is_teaser_heading(segments: Segments, page_url: str | None, block: Block) -> bool:
    """A heading that is a link to another page of the site, or stands in one (a card that
    is one link): another article's headline (a teaser in the column). A subheading may be
    a link target (`<a name>`), link to itself (`#part`) or, in a review, to a product's
    page elsewhere."""
    if block.link_chars < MIN_TEASER_LINK_SHARE * len(block.text):
        return False
    heading = segments.elements[block.owner]
    around = _link_around(heading)
    anchors = (segments.anchors[index] for index in block.anchors)
    hrefs = (
        anchor.get("href") or ""
        for anchor in (anchors if around is None else (around,))
        if _nested(anchor, heading)
    )
    return any(href and not href.startswith("#") and _same_site(href, page_url) for href in hrefs)


def _link_around(heading: etree._Element) -> etree._Element | None:
    """The link a heading stands in (a teaser card that is one link), if any: its nearest
    <a> ancestor up to MAX_LINK_LEVELS levels up."""
    for level, parent in enumerate(heading.iterancestors()):
        if parent.tag == "a":
            return parent
        if level + 1 >= MAX_LINK_LEVELS:
            break
    return None


def _nested(one: etree._Element, other: etree._Element) -> bool:
    """Whether one element holds the other, or is it (a link in a heading, a heading in a
    link)."""
    return (
        one is other
        or any(parent is one for parent in other.iterancestors())
        or any(parent is other for parent in one.iterancestors())
    )


def _same_site(href: str, page_url: str | None) -> bool:
    """Whether a link leads to the page's site (a relative link, or the page's site)."""
    url = absolute_url(href, page_url)
    return (
        url is None
        or not href.startswith(("http://", "https://", "//"))
        or same_site(url, page_url)
    )


def opens_a_box(segments: Segments, blocks: Sequence[Block], index: int) -> bool:
    """Whether the heading `blocks[index]` is the title of a box set in the text (a fact
    box, a notice, a card): it opens an element that holds more than it (the box: the
    largest element whose first block it is), and the article goes on right after that
    element, beside it: the next block outside the box, prose or a heading, has the box's
    parent. A section the page wraps with its heading is followed by the next wrapped
    section, or by nothing; a chunk of the text that starts with a heading is followed by
    the next chunk, not by a paragraph beside it."""
    spans, parents = segments.spans, segments.parents
    box = blocks[index].owner
    if box < 0:
        return False
    start = spans[box][0]
    parent = parents[box]
    while parent != -1 and spans[parent][0] == start:
        box, parent = parent, parents[parent]
    end = spans[box][1]
    if end - start < 2:
        return False
    for block in islice(blocks, index + 1, None):
        if block.owner >= 0 and start <= spans[block.owner][0] < end:
            continue
        return parents[block.owner] == parent and (block.role is Role.HEADING or is_prose(block))
    return False
