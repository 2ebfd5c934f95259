"""The evidence stage: a page's author, date and tag clues, gathered into one Evidence.

The segmenting walk (blocks.py) records the elements that mark up an author
(itemprop="author", rel="author", byline boxes) or a date (<time datetime>,
itemprop="datePublished"); comment areas and teaser boxes are pruned before their markup is
seen. Markup between the headline and the end of the article wins; the page's other markup
is the fallback. The lines around the headline and the article's last blocks may be its
byline; what costs a search of the whole page (`PageSearches`) is searched on the first
question, the page's markup in one walk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Box, Segments
from newsextract.bylines import BYLINE_TAIL_BLOCKS, article_lines
from newsextract.cards import AUTHOR_PATH_RE, Cards, teaser_cards
from newsextract.datelines import is_update_line
from newsextract.datetext import written_date
from newsextract.evidence import Evidence, Markup
from newsextract.lexicon import ALL
from newsextract.lines import is_bare_related_heading, normalise_line
from newsextract.marks import Mark
from newsextract.metadata import Metadata
from newsextract.parsing import clean_text, elements_found, text_of
from newsextract.patterns import BOILERPLATE_CONCEPTS, BOILERPLATE_RE
from newsextract.placement import Placement
from newsextract.textdates import labelled_dates, page_text_dates

#: Markup longer than this is an author box with a biography, not a name.
MAX_AUTHOR_MARKUP_CHARS: Final = 120
#: Markup inside boxes of these concepts belongs to comments and teasers, not the article.
_FOREIGN_CONCEPTS: Final = frozenset({"comments", "related", "listing"})
#: The page's frame: its class names the page, not a box in it.
_FRAME_TAGS: Final = frozenset({"body", "html"})
#: Tag boxes stand right after the article, before comments and footers.
TAG_TAIL_BLOCKS: Final = 6
#: Classes of the markup of a change ("updated" is hAtom's), not of the publication.
_CHANGE_CLASSES: Final = frozenset({"updated", "modified", "date-modified", "date-updated"})
#: A bar in the header shows the date and its update at most: more dates make a list.
MAX_BAR_DATES: Final = 2
#: At most this many values of each kind.
MAX_MARKUP_VALUES: Final = 8
_NAME: Final = etree.XPath(".//*[@itemprop='name']")
#: The page-wide fallback reads the first this many markup elements (a teaser list can
#: have hundreds of <time> elements; the values kept are far fewer).
MAX_PAGE_MARKS: Final = 4 * MAX_MARKUP_VALUES
#: The page's author and date markup, and its links with a rel (tag links): two searches,
#: each made when first needed (each path of an XPath is a walk of the page, and most pages
#: need only one of the two). Attributes are searched as attributes ("//@itemprop/..": twice
#: as fast as a test on every element).
_PAGE_MARKS: Final = etree.XPath("//time | //@itemprop/..")
_PAGE_REL_LINKS: Final = etree.XPath("//a/@rel/..")
#: The words of a link's text, as a slug writes them (a-z0-9).
_SLUG_WORD_RE: Final = re.compile(r"[a-z0-9]{2,}")


def names_the_slug(text: str, slug: str) -> bool:
    """True unless the link's text and the slug of the author page it points to are both
    written in Latin letters and share no word: "Latest Posts" or "More" on a link to
    /author/stephaniebazzle/ names nobody; "Jane Doe" on /author/jane-doe/ and a name on
    /author/1234/ or in another script do."""
    slug_letters = "".join(_SLUG_WORD_RE.findall(slug.lower()))
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    words = _SLUG_WORD_RE.findall(folded)
    if not words or not any(char.isalpha() for char in slug_letters):
        return True
    return any(word in slug_letters for word in words)


def gather_evidence(
    root: etree._Element, segments: Segments, place: Placement | None, meta: Metadata
) -> Evidence:
    """The author, date and tag clues of the page `root`, whose article stands at `place`
    among `segments` (nowhere: None)."""
    blocks = segments.blocks
    stated = Evidence(
        json_ld=meta.articles,
        json_ld_graph=meta.graph,
        meta=meta.meta,
        url=meta.url,
        site_name=meta.site_name,
        stated_tags=meta.tags,
    )
    if place is None:
        markup = article_markup(segments.marks, 0, len(blocks))
        return replace(stated, markup=markup, searches=PageSearches(root, (), blocks))
    header_end = min(place.end, place.start + BYLINE_TAIL_BLOCKS)
    cards = teaser_cards(segments, place, meta.url)  # their dates are other articles'
    held, dated = place.held, segments.marks
    if cards.found:
        held = tuple(block for block in held if not cards.hold_block(block))
        dated = tuple(box for box in dated if not cards.hold_mark(box))
    lines = article_lines(blocks, place, held)
    markup = article_markup(
        segments.marks,
        place.first,
        place.end,
        header_end=header_end,
        dated=dated,
        bars=segments.bars,
    )
    return replace(
        stated,
        markup=markup,
        byline_lines=lines.bylines,
        lead_lines=lines.leads,
        closing_lines=lines.closing,
        searches=PageSearches(root, _containers(segments, place), blocks, cards),
    )


def _containers(segments: Segments, place: Placement) -> tuple[etree._Element, ...]:
    """The article's boxes, where links to author pages are looked for: the headline's box
    and the container (neither when it is the whole page)."""
    headline = None if place.headline is None else segments.blocks[place.headline].owner
    heading_box = None if headline is None else segments.elements[headline].getparent()
    return tuple(
        element
        for element in (heading_box, place.container)
        if element is not None and element.tag not in ("html", "body")
    )


def article_markup(
    marks: Sequence[Box],
    first: int,
    end: int,
    *,
    header_end: int | None = None,
    dated: Sequence[Box] | None = None,
    bars: Sequence[Box] = (),
) -> Markup:
    """The markup of the blocks first..end (the headline to the article's end), else all.
    Dates marked up in the article's header (up to `header_end`) come first: teasers and
    quotes in the article's body have <time> elements too. Dates are read from `dated`
    (the marks less those of teaser cards), when given, and from the pruned `bars` right
    after the headline."""
    near = [box for box in marks if first <= box.position <= end]
    if dated is None or dated is marks:
        dated, near_dated = marks, near
    else:
        near_dated = [box for box in dated if first <= box.position <= end]
    header = [box for box in near_dated if header_end is None or box.position <= header_end]
    if header_end is not None:  # a bar after the headline, not one above it (the site's)
        after = [bar for bar in bars if first < bar.position <= header_end]
        header = sorted([*header, *after], key=_position) if after else header
    read = {id(box): _box_dates(box) for box in near_dated}  # the header's are among them
    # When the article's boxes give nothing, the page's others are read (not them again).
    return Markup(
        _authors(near) or _authors(box for box in marks if not first <= box.position <= end),
        _first_values(read[id(box)] if id(box) in read else _box_dates(box) for box in header),
        _tags(box for box in marks if first <= box.position <= end + TAG_TAIL_BLOCKS),
        _first_values(read[id(box)] for box in near_dated)
        or _dates(box for box in dated if not first <= box.position <= end),
    )


def _tags(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The texts of rel="tag" links and of the links in tag boxes; not a box's label set as a
    link ("<a href=/thema>THEMEN</a>" over the box's list of topics)."""
    found: list[str] = []
    for box in boxes:
        if box.mark is Mark.TAG:
            anchors = [box.element] if box.element.tag == "a" else box.element.iter("a")
            found.extend(clean_text(text_of(anchor)) for anchor in anchors)
    return tuple(text for text in found if text and not _labels_a_box(text))


def _labels_a_box(text: str) -> bool:
    """The bare heading of a box of links ("Themen", "Tags", "Popular"): a box's label."""
    return is_bare_related_heading(text) or normalise_line(text) in ALL.listing_headings


def author_links(containers: Iterable[etree._Element]) -> tuple[str, ...]:
    """The texts of links to author pages ("/author/jane-doe/") in the containers."""
    found: list[str] = []
    for container in containers:
        for anchor in container.iter("a"):
            href = anchor.get("href")
            path = AUTHOR_PATH_RE.search(href) if href else None
            if path is not None:
                text = clean_text(text_of(anchor))
                if (
                    text
                    and len(text) <= MAX_AUTHOR_MARKUP_CHARS
                    and names_the_slug(text, path.group(1))
                ):
                    found.append(text)
                    if len(found) >= MAX_MARKUP_VALUES:
                        return tuple(found)
    return tuple(found)


def _authors(boxes: Iterable[Box]) -> tuple[str, ...]:
    found: list[str] = []
    for box in boxes:
        if box.mark is not Mark.AUTHOR:
            continue
        named = elements_found(_NAME(box.element))
        element = named[0] if named else box.element
        text = clean_text(element.get("content") or spaced_text(element))
        if text and len(text) <= MAX_AUTHOR_MARKUP_CHARS:
            found.append(text)
    return tuple(found[:MAX_MARKUP_VALUES])


def spaced_text(element: etree._Element) -> str:
    """The text of an author box with a space where its elements meet: a label and a name
    in elements of their own are not run together ("<span>Author</span><a>Jane Doe</a>"
    is "Author Jane Doe", not "AuthorJane Doe")."""
    if not len(element):
        return text_of(element)
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(element, False)]  # (node, its end)
    while stack:
        node, end = stack.pop()
        if end:
            parts.append(node.tail or "")
            continue
        if isinstance(node.tag, str):  # a comment's text is no text of the page
            parts.append(node.text or "")
        if node is not element:
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return " ".join(parts)


def _position(box: Box) -> tuple[int, bool]:
    """Where a box stands; a bar first among the marks at its place (the walk records no
    finer order: a bar between the headline and the text comes before the text's marks)."""
    return box.position, box.mark is not Mark.BAR


def _dates(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The dates of date markup, of the <time> elements and text of byline boxes, and of
    the <time datetime> elements of pruned bars (see _bar_times)."""
    return _first_values(_box_dates(box) for box in boxes)


def _first_values(values: Iterable[list[str]]) -> tuple[str, ...]:
    """The first MAX_MARKUP_VALUES of the boxes' values (the boxes after are not read)."""
    found: list[str] = []
    for box_values in values:
        found.extend(box_values)
        if len(found) >= MAX_MARKUP_VALUES:
            break
    return tuple(found[:MAX_MARKUP_VALUES])


def _box_dates(box: Box) -> list[str]:
    """The date values of one box (_dates)."""
    if box.mark is Mark.IMAGE and not len(box.element):
        return []  # an <img> holds no <time>: most boxes (5,400 of the corpus's 9,600)
    found: list[str] = []
    if box.mark is Mark.BAR:
        elements = _bar_times(box.element)
    elif box.mark is Mark.DATE:
        elements = [box.element]
    else:
        elements = list(box.element.iter("time"))
    for element in elements:
        if _marks_a_change(element):
            continue
        value = (
            element.get("datetime")
            or element.get("content")
            or element.get("title")  # hAtom: <abbr class="published" title="2018-06-05">
            or " ".join(text_of(element).split())
        )
        if value and not is_update_line(value):  # "Updated Jan. 9": a change's date
            found.append(value)
    if box.mark is Mark.AUTHOR:  # "Georg Quaas, 21. Jan. 2015", after its <time datetime>
        text = " ".join(text_of(box.element).split())
        if len(text) <= MAX_AUTHOR_MARKUP_CHARS and written_date(text) is not None:
            found.append(text)
    return found


def _bar_times(bar: etree._Element) -> list[etree._Element]:
    """The <time datetime> elements of a pruned bar in the article's header (a toolbar with
    the date and a share button): none when it holds more than a date and its update (a
    list of other articles' dates)."""
    times = [element for element in bar.iter("time") if element.get("datetime")]
    return times if len(times) <= MAX_BAR_DATES else []


def _marks_a_change(element: etree._Element) -> bool:
    """True for the markup of the last change: itemprop="dateModified", class="updated"."""
    if element.get("itemprop") == "dateModified":
        return True
    classes = str(element.get("class", "")).lower().split()
    return any(name in _CHANGE_CLASSES for name in classes) and "published" not in classes


class PageSearches:
    """The searches of the whole page for the evidence, each made on the first question:
    the page's author, date and tag markup (one walk of the page for all three), the links
    to author pages in the article's containers, and the dates the page's text writes."""

    __slots__ = ("_blocks", "_boxes_found", "_cards", "_containers", "_root")

    def __init__(
        self,
        root: etree._Element,
        containers: tuple[etree._Element, ...],
        blocks: Sequence[Block],
        cards: Cards | None = None,
    ) -> None:
        self._root = root
        self._containers = containers
        self._blocks = blocks
        self._cards = cards
        self._boxes_found: list[Box] | None = None

    def _boxes(self) -> list[Box]:
        """The page's author and date markup outside comments and teasers (pruned or not)."""
        if self._boxes_found is None:
            found: list[Box] = []
            names: dict[etree._Element, bool] = {}  # the markup shares its ancestors
            for element in elements_found(_PAGE_MARKS(self._root)):
                mark = _page_mark(element)
                if mark is not None and not self._foreign(element, names):
                    found.append(Box(element, 0, mark))
                    if len(found) >= MAX_PAGE_MARKS:
                        break
            self._boxes_found = found
        return self._boxes_found

    def _foreign(self, element: etree._Element, names: dict[etree._Element, bool]) -> bool:
        """Markup of comments, teasers or a teaser card in the article (`names`: whether the
        names of the ancestors read so far are foreign)."""
        return _is_foreign(element, names) or (
            self._cards is not None and self._cards.hold_element(element)
        )

    def author_links(self) -> tuple[str, ...]:
        return author_links(self._containers)

    def page_authors(self) -> tuple[str, ...]:
        return _authors(self._boxes())

    def page_dates(self) -> tuple[str, ...]:
        return _dates(self._boxes())

    def page_tags(self) -> tuple[str, ...]:
        return tuple(
            clean_text(text_of(anchor))
            for anchor in elements_found(_PAGE_REL_LINKS(self._root))
            if "tag" in str(anchor.get("rel", "")).lower().split()
        )

    def labelled_dates(self) -> Iterator[datetime]:
        return labelled_dates(self._blocks)

    def written_dates(self) -> Iterator[datetime]:
        return page_text_dates("\n".join(block.text for block in self._blocks))


def _page_mark(element: etree._Element) -> Mark | None:
    """Author or date markup: itemprop="author", itemprop="datePublished", <time datetime>."""
    itemprop = element.get("itemprop")
    if itemprop == "author":
        return Mark.AUTHOR
    if itemprop == "datePublished" or (element.tag == "time" and element.get("datetime")):
        return Mark.DATE
    return None


def _is_foreign(element: etree._Element, known: dict[etree._Element, bool]) -> bool:
    """True inside a comment area, a related box or a site-wide list (by class/id). The
    page's frame is none of them: `<body class="has-comments">` says what the page holds.
    `known`: the ancestors whose names were read (for the other elements of the page)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in _FRAME_TAGS:
            break
        foreign = known.get(ancestor)
        if foreign is None:
            foreign = known[ancestor] = _names_foreign_box(ancestor)
        if foreign:
            return True
    return False


def _names_foreign_box(element: etree._Element) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if len(names) < 3:
        return False
    match = BOILERPLATE_RE.search(names)
    return match is not None and BOILERPLATE_CONCEPTS.get(match.group(0)) in _FOREIGN_CONCEPTS
