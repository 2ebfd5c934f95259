"""Keyword links: words of the article that link to the site's pages on them.

Some sites link the names in their articles (places, people, bodies) to a page on each, by
a class of their own on every such link ("<a class=topic-link>Ashford</a>"). A line that
lists names ("North County: Ashford, Brookfield, Kelso") is then mostly links, and the
body stage would drop it as a line of links (structure.py). Its links are the site's keyword
links when the article's sentences hold links of the same class: such a line is the
article's text when it links two names at least (short ones) and the text between them is
punctuation or names too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Segments
from newsextract.parsing import text_of
from newsextract.scoring import is_prose

#: A keyword link's text is a name: at most this many characters, and this many words.
MAX_KEYWORD_CHARS: Final = 40
MAX_KEYWORD_WORDS: Final = 3
#: A line of names links two at least: a line of one link is a reference to another page.
MIN_KEYWORD_LINKS: Final = 2
#: What separates the names of a list: punctuation.
_SEPARATOR_RE: Final = re.compile(r"[^\w\s'\u2019.-]+")


class KeywordLines:
    """The test of the blocks of an article's text for lines of keyword links (of_keywords),
    the classes read from its sentences on the first question: most pages ask none."""

    __slots__ = ("_blocks", "_classes", "_segments")

    def __init__(self, segments: Segments, blocks: Sequence[Block]) -> None:
        self._segments = segments
        self._blocks = blocks
        self._classes: frozenset[str] | None = None

    def __call__(self, block: Block) -> bool:
        if self._classes is None:
            self._classes = keyword_classes(self._segments, self._blocks)
        return of_keywords(self._segments, self._classes, block)


def keyword_classes(segments: Segments, blocks: Iterable[Block]) -> frozenset[str]:
    """The class names of the links set in the sentences of `blocks` (paragraphs of prose
    that are mostly not links): the classes of the site's keyword links."""
    anchors = segments.anchors
    found: set[str] = set()
    for block in blocks:
        if block.anchors and is_prose(block):
            found.update(_classes(anchors[index]) for index in block.anchors)
    found.discard("")
    return frozenset(found)


def of_keywords(segments: Segments, classes: frozenset[str], block: Block) -> bool:
    """True when every link of the block is a keyword link (a class of `classes`, a name's
    length) and what stands between them are names too, apart by punctuation ("North
    County: <a>Ashford</a>, <a>Brookfield</a>, Kelso"): a line of the article's names."""
    if not classes or len(block.anchors) < MIN_KEYWORD_LINKS:
        return False
    text, position, between = block.text, 0, []
    for index in block.anchors:  # each link's name found after the one before: one pass
        anchor = segments.anchors[index]
        if _classes(anchor) not in classes:
            return False
        name = " ".join(text_of(anchor).split())
        found = text.find(name, position)
        if found < 0 or not _is_name(name):
            return False
        between.append(text[position:found])
        position = found + len(name)
    between.append(text[position:])
    return all(
        not part.strip() or _is_name(part.strip())
        for piece in between
        for part in _SEPARATOR_RE.split(piece)
    )


def _is_name(text: str) -> bool:
    return 0 < len(text) <= MAX_KEYWORD_CHARS and len(text.split()) <= MAX_KEYWORD_WORDS


def _classes(anchor: etree._Element) -> str:
    """The class attribute of a link, its names in order, spaced once."""
    return " ".join(str(anchor.get("class", "")).split())
