"""Furniture blocks: the body blocks of the chosen container that a reader does not read as
the article (structure.py leaves them out): a line of links, a count alone, a furniture
line, an agency's or a licence's line, an image credit, a furniture line set as a heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsextract.blocks import Block
from newsextract.creditparts import is_agency_line, is_licence_line
from newsextract.credits import caption_credit
from newsextract.datelines import has_digit, is_dateline, is_meta_line
from newsextract.headings import SENTENCE_ENDS
from newsextract.lines import (
    MAX_PHRASE_CHARS,
    is_counter_line,
    is_furniture_line,
    is_media_line,
)
from newsextract.model import BlockKind
from newsextract.patterns import has_placeholder

#: Body blocks with a larger share of link text are link lists or "Read more" lines.
MAX_BODY_LINK_SHARE: Final = 0.5
#: A paragraph of nothing but a number this short is a counter (of votes, of comments),
#: of nothing but arrows a pager's or a slide viewer's buttons ("<<", "« »", "→"); tables
#: and code keep theirs.
MAX_LETTERLESS_CHARS: Final = 20
#: (the arrows as escapes: single angle quotes, arrows, triangles, heavy angle brackets)
_COUNT_ONLY_RE: Final = re.compile(
    r"[\d\s.,%+]+|[\s<>«»\u2039\u203a\u2190\u2192\u21d0\u21d2\u25c0\u25b6\u25c4\u25ba\u276e\u276f]+"
)
_PROSE_KINDS: Final = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE})
#: A question asked of a block (does it cite a source, is it marked as furniture …).
Test = Callable[[Block], bool]
#: A paragraph mostly of link text is a sentence, not a line of links, when it ends as a
#: sentence and has at least this many words.
MIN_LINKED_SENTENCE_WORDS: Final = 6


def is_furniture_heading(text: str) -> bool:
    """A short furniture line set as a heading: a follow prompt, a label ("Folgst du schon …
    auf Whatsapp?", "Artikel von", "Author"); not a dateline nor a figure, which a heading
    may hold or open with ("Die wichtigsten Ticketpreise ab 01.01.2024", "Von Juli an …",
    "24/7 Support"); an ornament set as a heading ("~ ~ ~", "* * *": no letter, no digit)."""
    if not any(map(str.isalnum, text)):
        return True
    if len(text) > MAX_PHRASE_CHARS or is_dateline(text):
        return False  # a date, or words a dateline may start with ("Von Juli an …")
    if has_digit(text) and (is_media_line(text) or is_counter_line(text)):
        return False
    return is_furniture_line(text)


def is_furniture_block(block: Block, cites: Test, keywords: Test, link_post: bool) -> bool:
    """Whether a body block is furniture: a line of links (not a sentence citing a source,
    nor a line of a link post: see linkposts.py, nor a line of the article's names linked
    to their pages: see keywordlinks.py), a count alone, a furniture line. A line of code
    keeps its format strings ("printf("%d")" is no template's unfilled line)."""
    text = block.text
    if block.kind is BlockKind.CODE:
        return not has_placeholder(text) and is_furniture_line(text)
    if block.link_chars > MAX_BODY_LINK_SHARE * len(text) and not (
        ((link_post or _linked_sentence(block)) and cites(block)) or keywords(block)
    ):
        return True
    if (
        block.kind in _PROSE_KINDS
        and len(text) <= MAX_LETTERLESS_CHARS
        and _COUNT_ONLY_RE.fullmatch(text)
    ):
        return True  # a count on its own: "26", "1.204"; a pager's "<<"
    if is_furniture_line(text) or is_agency_line(text) or is_licence_line(text):
        return True
    if block.kind is not BlockKind.TABLE_ROW and is_meta_line(text):  # (a row's cells: "|")
        return True
    return caption_credit(text) is not None  # "caption | © credit", "caption. Foto: credit"


def _linked_sentence(block: Block) -> bool:
    """A sentence most of whose words are a link ("It also <a>co-ordinates military plans and
    carries out joint exercises</a>."): it opens with words of its own and ends as a
    sentence does, which a line of links or a teaser's title does not."""
    text = block.text
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(text)  # a block of control characters only is empty once printable
        and text[-1] in SENTENCE_ENDS
        and len(text.split()) >= MIN_LINKED_SENTENCE_WORDS
        and block.link_chars < len(text) - 1
        and text[0].isalpha()
        and "\n" not in text
    )
