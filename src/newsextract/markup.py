"""The evidence stage: a page's author, date and tag clues, gathered into one Evidence.

The segmenting walk (blocks.py) records the elements that mark up an author
(itemprop="author", rel="author", byline boxes) or a date (<time datetime>,
itemprop="datePublished"); comment areas and teaser boxes are pruned before their markup is
seen. Markup between the headline and the end of the article wins; the page's other markup
is the fallback. The lines around the headline and the article's last blocks may be its
byline; what costs a search of the whole page (`PageSearches`) is searched on the first
question. boxvalues.py reads the names and dates the markup states.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Box, Segments
from newsextract.boxvalues import (
    MAX_AUTHOR_MARKUP_CHARS,
    MAX_MARKUP_VALUES,
    author_values,
    box_dates,
    change_values,
    date_values,
    first_values,
)
from newsextract.bylines import BYLINE_TAIL_BLOCKS, ArticleLines, article_lines
from newsextract.cards import AUTHOR_PATH_RE, Cards, teaser_cards
from newsextract.evidence import Evidence, Markup
from newsextract.lexicon import ALL
from newsextract.lines import is_bare_related_heading, normalise_line
from newsextract.marks import Mark, item_property
from newsextract.metadata import Metadata
from newsextract.parsing import clean_text, elements_found, text_of
from newsextract.patterns import BOILERPLATE_CONCEPTS, BOILERPLATE_RE
from newsextract.placement import Placement
from newsextract.textdates import labelled_dates, page_text_dates

#: Markup inside boxes of these concepts belongs to comments and teasers, not the article.
_FOREIGN_CONCEPTS: Final = frozenset({"comments", "related", "listing"})
#: The page's frame: its class names the page, not a box in it.
_FRAME_TAGS: Final = frozenset({"body", "html"})
#: Tag boxes stand right after the article, before comments and footers.
TAG_TAIL_BLOCKS: Final = 6
#: The page-wide fallback reads the first this many markup elements (a teaser list can
#: have hundreds of <time> elements; the values kept are far fewer).
MAX_PAGE_MARKS: Final = 4 * MAX_MARKUP_VALUES
#: The page's author markup, and its links with a rel (tag links): two searches, each made
#: when first needed (each path of an XPath is a walk of the page, and most pages need
#: neither). Attributes are searched as attributes of the elements ("descendant::*/@itemprop":
#: twice as fast as a test on every element, a sixth faster than "//@itemprop", which reads
#: the text nodes too). The page's date markup needs no search: the metadata's walk finds
#: its <time> and <meta> elements (Metadata.date_markup).
#: (An itemprop that holds "author": one that names several, "author name", too; the
#: boxes read say which, see _page_mark.)
_PAGE_AUTHORS: Final = etree.XPath("/descendant::*/@itemprop[contains(., 'author')]/..")
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
    root: etree._Element,
    segments: Segments,
    place: Placement | None,
    meta: Metadata,
    *,
    last_paragraph: str = "",
) -> Evidence:
    """The author, date and tag clues of the page `root`, whose article stands at `place`
    among `segments` (nowhere: None); `last_paragraph` ends the article's text."""
    blocks = segments.blocks
    if place is None:
        markup = article_markup(segments.marks, 0, len(blocks))
        searches = PageSearches(root, (), blocks, date_markup=meta.date_markup)
        return _evidence(meta, markup, searches, last_paragraph=last_paragraph)
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
    searches = PageSearches(
        root, _containers(segments, place), blocks, cards, date_markup=meta.date_markup
    )
    return _evidence(meta, markup, searches, lines, last_paragraph=last_paragraph)


def _evidence(
    meta: Metadata,
    markup: Markup,
    searches: PageSearches,
    lines: ArticleLines | None = None,
    *,
    last_paragraph: str = "",
) -> Evidence:
    """The evidence of a page: what its metadata states, the markup and lines of its article."""
    return Evidence(
        json_ld=meta.articles,
        json_ld_graph=meta.graph,
        meta=meta.meta,
        url=meta.url,
        site_name=meta.site_name,
        stated_tags=meta.tags,
        markup=markup,
        byline_lines=() if lines is None else lines.bylines,
        lead_lines=() if lines is None else lines.leads,
        closing_lines=() if lines is None else lines.closing,
        last_paragraph=last_paragraph,
        searches=searches,
    )


def _containers(segments: Segments, place: Placement) -> tuple[etree._Element, ...]:
    """The article's boxes, where links to author pages are looked for: the headline's box,
    the container (neither when it is the whole page), and the pruned bars between the
    headline and the text (a meta bar with the byline and the date)."""
    headline = None if place.headline is None else segments.blocks[place.headline].owner
    heading_box = None if headline is None else segments.elements[headline].getparent()
    text_start = max(place.start, place.first + 1)
    bars = (bar.element for bar in segments.bars if place.first < bar.position <= text_start)
    return tuple(
        element
        for element in (heading_box, place.container, *bars)
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
    read: dict[int, list[str]] = {}  # the header's boxes are among the article's

    def dates_of(box: Box) -> list[str]:  # each box read once, and only when asked
        found = read.get(id(box))
        if found is None:
            found = read[id(box)] = box_dates(box)
        return found

    # When the article's boxes give nothing, the page's others are read (not them again).
    others = (box for box in marks if not first <= box.position <= end)
    return Markup(
        author_values(near) or author_values(others),
        first_values(dates_of(box) for box in header),
        _tags(box for box in marks if first <= box.position <= end + TAG_TAIL_BLOCKS),
        first_values(dates_of(box) for box in near_dated)
        or date_values(box for box in dated if not first <= box.position <= end),
        change_values(header),
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


def _position(box: Box) -> tuple[int, bool]:
    """Where a box stands; a bar first among the marks at its place (the walk records no
    finer order: a bar between the headline and the text comes before the text's marks)."""
    return box.position, box.mark is not Mark.BAR


class PageSearches:
    """The searches of the whole page for the evidence, each made on the first question:
    the page's author markup (one search of the page), its date markup (the <time> and
    <meta itemprop> elements the metadata's walk found), the links to author pages in the
    article's containers, and the dates the page's text writes."""

    __slots__ = (
        "_authors",
        "_blocks",
        "_cards",
        "_containers",
        "_dated",
        "_dates",
        "_names",
        "_root",
    )

    def __init__(
        self,
        root: etree._Element,
        containers: tuple[etree._Element, ...],
        blocks: Sequence[Block],
        cards: Cards | None = None,
        date_markup: Sequence[etree._Element] = (),
    ) -> None:
        self._root = root
        self._containers = containers
        self._blocks = blocks
        self._cards = cards
        self._dated = date_markup
        self._authors: list[Box] | None = None
        self._dates: list[Box] | None = None
        self._names: dict[etree._Element, bool] = {}  # the markup shares its ancestors

    def _boxes(self, elements: Iterable[etree._Element]) -> list[Box]:
        """The author and date markup among `elements` outside comments and teasers."""
        found: list[Box] = []
        for element in elements:
            mark = _page_mark(element)
            if mark is not None and not self._foreign(element, self._names):
                found.append(Box(element, 0, mark))
                if len(found) >= MAX_PAGE_MARKS:
                    break
        return found

    def _foreign(self, element: etree._Element, names: dict[etree._Element, bool]) -> bool:
        """Markup of comments, teasers or a teaser card in the article (`names`: whether the
        names of the ancestors read so far are foreign)."""
        return _is_foreign(element, names) or (
            self._cards is not None and self._cards.hold_element(element)
        )

    def author_links(self) -> tuple[str, ...]:
        return author_links(self._containers)

    def page_authors(self) -> tuple[str, ...]:
        """The page's author markup (itemprop="author"), pruned or not."""
        if self._authors is None:
            self._authors = self._boxes(elements_found(_PAGE_AUTHORS(self._root)))
        return author_values(self._authors)

    def page_dates(self) -> tuple[str, ...]:
        """The page's date markup (<time>, <meta itemprop="datePublished">), pruned or not.
        Date markup in other elements is the walk's (Segments.marks): pruned boxes hold a
        header's <time>, a page's <meta> stands in its <head>."""
        if self._dates is None:
            self._dates = self._boxes(self._dated)
        return date_values(self._dates)

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
    itemprop = item_property(element.get("itemprop"))
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
