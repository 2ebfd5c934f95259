"""Segmenting: the page as a sequence of text blocks, in one walk of the tree.

Every element that starts a block (patterns.BLOCK_TAGS) closes the text gathered so far; the
text is whitespace-normalised, `<br><br>` splits a block in two, a single `<br>` is a line
break. Each block remembers the element that owns it, how much of it is link text, and
whether it is a heading, a caption or body text. Subtrees that pruning names are skipped.
The walk also records every kept element's parent and the span of blocks it holds, which is
all the scoring stage needs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import Enum
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocktext import code_of, line_of, row_of
from newsextract.marks import Mark, mark_of
from newsextract.model import BlockKind
from newsextract.options import DEFAULT_OPTIONS
from newsextract.parsing import holds
from newsextract.patterns import BLOCK_TAGS, HEADING_LEVELS, LAYOUT_ROW_CHILDREN
from newsextract.pruning import KEEP, Judgement, Pruner
from newsextract.relatedboxes import link_label, lone_card, nested_related_boxes

#: A <figure> around a quote, a table or code is text; around an image, its text is a caption.
_TEXT_FIGURE_TAGS: Final = ("blockquote", "table", "pre")
_CELL_TAGS: Final = frozenset({"td", "th"})


class Role(Enum):
    """What a block is to a reader."""

    BODY = "body"
    HEADING = "heading"
    CAPTION = "caption"


class Block(NamedTuple):
    """One run of text between block boundaries."""

    text: str
    kind: BlockKind
    role: Role
    level: int  # heading level 1-6; 0 for other blocks
    owner: int  # index of the element that holds the text (see Segments.elements)
    link_chars: int  # characters of text inside links
    anchors: range = range(0)  # indexes of the links that start in it (Segments.anchors)


class Box(NamedTuple):
    """A box the metadata or the related links need (a pruned box of links, an element with
    author or date markup), and where it stood among the blocks."""

    element: etree._Element
    position: int  # how many blocks came before it
    mark: Mark | None = None
    card: bool = False  # a teaser card without a label (relatedboxes.lone_card)


class Doubt(NamedTuple):
    """A subtree pruned for a soft reason, and the reason."""

    element: etree._Element
    reason: str


@dataclass(frozen=True, slots=True)
class Segments:
    """The blocks of a page and the block elements they came from, in document order.

    `spans[i]` is the slice of `blocks` produced inside element i; `parents[i]` is -1 for
    the root.
    """

    blocks: tuple[Block, ...]
    elements: tuple[etree._Element, ...]
    parents: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    related_boxes: tuple[Box, ...] = ()
    marks: tuple[Box, ...] = ()  # author and date markup, in page order
    #: Boxes pruned for their names that may hold a header's date (marks.Mark.BAR).
    bars: tuple[Box, ...] = ()
    #: Subtrees pruned for a soft reason (pruning.Judgement.soft), outermost only, in page
    #: order: what a second opinion may lift.
    doubtful: tuple[Doubt, ...] = ()
    #: Positions (in `elements`) of the elements marked itemprop="articleBody".
    bodies: tuple[int, ...] = ()
    anchors: tuple[etree._Element, ...] = ()  # the <a> elements the walk met, in order
    #: The pruner that judged the page: a second reading of it asks the same (see segment).
    pruner: Pruner | None = field(default=None, compare=False, repr=False)


def segment(
    root: etree._Element,
    *,
    max_depth: int = DEFAULT_OPTIONS.max_tree_depth,
    max_elements: int = DEFAULT_OPTIONS.max_elements,
    lifted: frozenset[etree._Element] = frozenset(),
    pruner: Pruner | None = None,
) -> Segments:
    """Walk the tree once and cut it into blocks, skipping boilerplate subtrees.

    Elements deeper than `max_depth`, and all after the first `max_elements`, are skipped.
    A second opinion (selection.py) lifts the elements in `lifted` (their class/id, <aside> or
    <form>, a heading over them, their being hidden), asking the first reading's `pruner`.
    The walk records the author, date, image and tag markup it meets (marks.py), pruned or not.
    """
    pruner, walker = Pruner() if pruner is None else pruner, _Walker()
    walk = etree.iterwalk(root, events=("start", "end"))
    skipped: etree._Element | None = None
    started = 0
    judge, enter, leave, opened = pruner.judge, walker.start, walker.end, walker.open  # (hot)
    for event, element in walk:
        if element is None:
            continue
        if event == "start":
            started += 1
            keys = element.keys()  # its attributes' names: the pruner, marks and walker ask
            if started > max_elements or len(opened) >= max_depth:
                judgement = _BEYOND_LIMITS
            else:
                judgement = judge(element, keys)
                mark = mark_of(element, judgement, keys) if keys else None  # (no attribute: none)
                if mark is not None:
                    walker.mark(element, mark)
                if lifted and judgement.soft and element in lifted:
                    judgement = KEEP
            if judgement.reason is not None:
                walk.skip_subtree()
                skipped = element
                walker.skip(element, judgement)
            else:
                enter(element, keys, judgement.caption)
        elif skipped is not None and element is skipped:
            skipped = None
            walker.after_skipped(element)
        else:
            leave(element)
    walker.flush()
    return Segments(
        blocks=tuple(walker.blocks),
        elements=tuple(walker.elements),
        parents=tuple(walker.parents),
        spans=tuple(zip(walker.span_starts, walker.span_ends, strict=True)),
        related_boxes=tuple(walker.boxes),
        marks=tuple(walker.marks),
        bars=tuple(walker.bars),
        doubtful=tuple(walker.doubtful),
        bodies=tuple(walker.bodies),
        anchors=tuple(walker.anchors),
        pruner=pruner,
    )


_BEYOND_LIMITS: Final = Judgement("beyond Options.max_tree_depth or max_elements")

#: An image and a short line after it in a small box of their own (no <figure>, no caption
#: class): the line is the image's caption. A box, not a paragraph: an image inside a
#: paragraph is an icon; and small: an article body that opens with its lead image is not.
_IMAGE_TAGS: Final = frozenset({"img", "amp-img", "picture"})
_TEXT_TAGS: Final = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
MAX_BARE_CAPTION: Final = 250
MAX_PICTURE_BOX_CHARS: Final = 320
_TEXT_LENGTH: Final = etree.XPath("string-length(normalize-space())")

#: What an open element changes about how text is read (indexes into _Walker.depth).
_LINK, _CAPTION, _PRE, _QUOTE, _LIST_ITEM, _ROW = range(6)
_COUNTED_TAGS: Final = {"a": _LINK, "pre": _PRE, "blockquote": _QUOTE, "li": _LIST_ITEM}
#: Tags whose counter depends on what the element holds or where it stands (_Walker._counter).
_ASKED_TAGS: Final = frozenset({"figcaption", "figure", "tr"})
#: Blocks of these tags are list items wherever they stand (a <p> only inside an <li>).
_LIST_TAGS: Final = frozenset({"li", "dd", "dt"})
#: The kinds and roles a flush gives, read once: a flush runs for every block, and reading an
#: Enum's member costs nine times a module constant's.
_CODE, _TABLE_ROW, _QUOTE_KIND = BlockKind.CODE, BlockKind.TABLE_ROW, BlockKind.QUOTE
_LIST_KIND, _PARAGRAPH = BlockKind.LIST_ITEM, BlockKind.PARAGRAPH
_BODY, _HEADING, _CAPTION_ROLE = Role.BODY, Role.HEADING, Role.CAPTION


class _Walker:
    """The state of the segmenting walk; `start`/`end` are called per element event.

    Only block elements get an index (in `elements`); inline elements only change the
    counters in `depth` and add their text to the open block.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[etree._Element] = []
        self.bodies: list[int] = []
        #: Small boxes opened by an image: their first short line is its caption.
        self.pictured: set[int] = set()
        self.parents: list[int] = []
        self.span_starts: list[int] = []
        self.span_ends: list[int] = []
        self.owners: list[int] = [-1]  # indexes of the open block elements
        self.pieces: list[str] = []
        #: Where each cell of the open table row starts in `pieces` (none outside a row).
        self.cell_starts: list[int] = []
        self.breaks: list[int] = []  # where each <br> stands in `pieces` (a "\n" there)
        self.link_chars = 0
        self.anchors: list[etree._Element] = []
        self.first_anchor = 0  # the first link of the next block
        self.depth = [0, 0, 0, 0, 0, 0]
        #: per open element: the counter it adds to (-1: none), and whether it is a block
        self.open: list[int] = []  # (two lists: no pair built and freed per element)
        self.open_blocks: list[bool] = []
        self.boxes: list[Box] = []  # related boxes
        self.marks: list[Box] = []  # author, date, image and tag markup
        self.bars: list[Box] = []  # pruned bars that may hold a date
        self.doubtful: list[Doubt] = []

    def mark(self, element: etree._Element, mark: Mark) -> None:
        """Record the markup `element` is (a pruned bar apart), where the walk stands."""
        found = self.bars if mark is Mark.BAR else self.marks
        found.append(Box(element, len(self.blocks), mark))

    def skip(self, element: etree._Element, judgement: Judgement) -> None:
        """A subtree pruned as `judgement` says: remember it when a second opinion may lift
        it, and the related boxes it is or holds."""
        if judgement.soft and judgement.reason is not None:
            self.doubtful.append(Doubt(element, judgement.reason))
        if judgement.related:
            self.boxes.append(Box(element, len(self.blocks)))
        elif judgement.beside:
            position = len(self.blocks)
            boxes = nested_related_boxes(element)
            card = None if boxes or element.tag not in ("aside", "article") else lone_card(element)
            if card is not None:  # a teaser card set in the text: see linkboxes.py
                self.boxes.append(Box(card, position, card=True))
            self.boxes.extend(Box(box, position) for box in boxes)
        elif element.tag == "a" and link_label(element) is not None:
            self.boxes.append(Box(element, len(self.blocks)))  # a "Les også <title>" card

    def after_skipped(self, element: etree._Element) -> None:
        """The end of a pruned subtree: its tail, apart from the text before it when it is
        a block ("empfiehlt<ul>…</ul>Read more" is two runs of text, not one word)."""
        if element.tag in BLOCK_TAGS:
            self.text(" ")
        self.text(element.tail)

    def start(self, element: etree._Element, keys: Collection[object], caption: bool) -> None:
        """An element the walk enters (`caption`: the pruner judged it a caption box)."""
        tag = element.tag
        depth = self.depth
        if caption:
            counter = _CAPTION
        elif tag in _ASKED_TAGS:
            counter = self._counter(str(tag), element)
        else:  # most elements: one look-up
            counter = _COUNTED_TAGS.get(tag, -1)
        is_block = (
            tag in BLOCK_TAGS and not (tag in _CELL_TAGS and depth[_ROW])
        ) or counter == _CAPTION  # an inline credit is a block of its own
        if is_block:
            self.flush()
            index = len(self.elements)
            if "itemprop" in keys and element.get("itemprop") == "articleBody":
                self.bodies.append(index)
            self.elements.append(element)
            self.parents.append(self.owners[-1])
            self.owners.append(index)
            self.span_starts.append(len(self.blocks))
            self.span_ends.append(len(self.blocks))
        elif tag in _CELL_TAGS:  # a cell of a table row: its text starts here (see flush)
            self.cell_starts.append(len(self.pieces))
        if tag in _IMAGE_TAGS and not self.pieces:
            self._picture(self.owners[-1])
        if counter >= 0:
            depth[counter] += 1
            if counter == _LINK:
                self.anchors.append(element)
        self.open.append(counter)
        self.open_blocks.append(is_block)
        if tag == "br":
            self._line_break()
        text = element.text
        if text:  # (self.text, written out: it runs for most elements)
            self.pieces.append(text)
            if depth[_LINK]:
                self.link_chars += len(text.strip())

    def _picture(self, box: int) -> None:
        """An image opens `box`: remember it when the box is small and holds no text yet."""
        if box >= 0 and self.elements[box].tag in _IMAGE_TAGS:  # <picture>: its box holds it
            box = self.parents[box]
        if box < 0 or self.span_starts[box] != len(self.blocks) or box in self.pictured:
            return
        element = self.elements[box]
        if element.tag in _TEXT_TAGS:
            return
        length = _TEXT_LENGTH(element)
        if isinstance(length, float) and length <= MAX_PICTURE_BOX_CHARS:
            self.pictured.add(box)

    def end(self, element: etree._Element) -> None:
        counter = self.open.pop()
        is_block = self.open_blocks.pop()
        if is_block:
            self.flush()
            index = self.owners.pop()
            self.span_ends[index] = len(self.blocks)
        if counter >= 0:
            self.depth[counter] -= 1
        tail = element.tail
        if tail:  # (self.text, written out: it runs for most elements)
            self.pieces.append(tail)
            if self.depth[_LINK]:
                self.link_chars += len(tail.strip())

    def _counter(self, tag: str, element: etree._Element) -> int:
        """Which counter of open elements that change how text is read `element` (one of
        _ASKED_TAGS) adds to."""
        if tag == "figcaption" or (tag == "figure" and not holds(element, *_TEXT_FIGURE_TAGS)):
            return _CAPTION
        if tag == "tr" and (self.depth[_ROW] or not _lays_out(element)):
            return _ROW
        return -1

    def text(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)
            if self.depth[_LINK]:
                self.link_chars += len(text.strip())

    def _line_break(self) -> None:
        """A <br>: a line break, or a paragraph break when only white space follows another
        one."""
        pieces = self.pieces
        last = self.breaks[-1] if self.breaks else -1
        for position in range(len(pieces) - 1, last, -1):
            if pieces[position].strip():
                break
        else:
            if last >= 0:
                self.flush()
                return
        self.breaks.append(len(pieces))
        pieces.append("\n")

    def flush(self) -> None:
        """Close the text gathered so far into a block of the innermost block element."""
        pieces = self.pieces
        if not pieces:
            self.cell_starts.clear()  # a row of empty cells so far: none of them is kept
            return
        if len(pieces) == 1 and pieces[0].isspace():  # (two in three flushes: the white
            pieces.clear()  # space between two blocks, or a lone <br>; makes no block)
            self.cell_starts.clear()
            self.breaks.clear()
            self.link_chars = 0
            return
        self.pieces = []
        starts, self.cell_starts = self.cell_starts, []
        breaks, self.breaks = self.breaks, []
        link_chars, self.link_chars = self.link_chars, 0
        owner = self.owners[-1]
        if owner < 0:  # text outside any block element (none: the root is one)
            return
        tag = str(self.elements[owner].tag)
        depth = self.depth
        if depth[_PRE]:
            kind, text = _CODE, code_of(pieces, starts)
        elif depth[_ROW]:
            kind, text = _TABLE_ROW, row_of(pieces, starts, breaks)
        else:
            text = line_of(pieces, breaks)
            if depth[_QUOTE]:
                kind = _QUOTE_KIND
            elif tag in _LIST_TAGS or (depth[_LIST_ITEM] and tag == "p"):
                kind = _LIST_KIND
            else:
                kind = _PARAGRAPH
        if not text or text.isspace():
            return
        level = HEADING_LEVELS.get(tag, 0)
        role = _CAPTION_ROLE if depth[_CAPTION] else _HEADING if level else _BODY
        if self.pictured:
            box = owner if owner in self.pictured else self.parents[owner]
            if box in self.pictured:
                self.pictured.discard(box)
                if role is _BODY and len(text) <= MAX_BARE_CAPTION:
                    role = _CAPTION_ROLE
        anchors = range(self.first_anchor, len(self.anchors))  # an empty block keeps none
        self.first_anchor = len(self.anchors)
        self.blocks.append(
            Block(text, kind, role, level, owner, min(link_chars, len(text)), anchors)
        )


def _lays_out(row: etree._Element) -> bool:
    """True when a table row holds an element of LAYOUT_ROW_CHILDREN: one walk that stops at
    the first (lxml's test of each element against sixteen tags, iter(*tags), costs twice as
    much as a set's)."""
    return any(node.tag in LAYOUT_ROW_CHILDREN for node in row.iterdescendants())
