"""Author and date markup of the article: what the segmenting walk marked, near the article.

The walk (blocks.py) records the elements that mark up an author (itemprop="author",
rel="author", byline boxes) or a date (<time datetime>, itemprop="datePublished"); comment
areas and teaser boxes are pruned before their markup is seen. Markup between the headline
and the end of the article wins; the page's other markup is the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Box
from newsextract.dates import written_date
from newsextract.lexicon import ALL, any_of
from newsextract.marks import Mark
from newsextract.parsing import printable, text_of
from newsextract.patterns import BOILERPLATE_CONCEPTS, BOILERPLATE_RE

#: Markup longer than this is an author box with a biography, not a name.
MAX_AUTHOR_MARKUP_CHARS: Final = 120
#: Markup inside boxes of these concepts belongs to comments and teasers, not the article.
_FOREIGN_CONCEPTS: Final = frozenset({"comments", "related", "listing"})
#: Tag boxes stand right after the article, before comments and footers.
TAG_TAIL_BLOCKS: Final = 6
#: Classes of the markup of a change ("updated" is hAtom's), not of the publication.
_CHANGE_CLASSES: Final = frozenset({"updated", "modified", "date-modified", "date-updated"})
#: At most this many values of each kind.
MAX_MARKUP_VALUES: Final = 8
_NAME: Final = etree.XPath(".//*[@itemprop='name']")
#: The page-wide fallback reads the first this many markup elements (a teaser list can
#: have hundreds of <time> elements; the values kept are far fewer).
MAX_PAGE_MARKS: Final = 4 * MAX_MARKUP_VALUES
#: The path of an author's page ("/author/jane-doe/", "/autoren/georg-quaas/").
_AUTHOR_PATH_RE: Final = re.compile(r"/(?:" + any_of(ALL.author_path_words) + r")/[^/?#]+", re.I)


class Markup(NamedTuple):
    """The author names and machine-readable dates the article's markup states."""

    authors: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # marked up in the article's header
    containers: tuple[etree._Element, ...] = ()  # the article's: headline box, text box
    images: tuple[etree._Element, ...] = ()  # the <img> elements of the article
    tags: tuple[str, ...] = ()  # texts of rel="tag" links of the page
    other_dates: tuple[str, ...] = ()  # marked up in the rest of the article, else the page


NO_MARKUP: Final = Markup()


def article_markup(
    marks: Iterable[Box],
    first: int,
    end: int,
    containers: Iterable[etree._Element | None] = (),
    *,
    header_end: int | None = None,
) -> Markup:
    """The markup of the blocks first..end (the headline to the article's end), else all,
    and the article's containers (where links to author pages are looked for). Dates marked
    up in the article's header (up to `header_end`) come first: teasers and quotes in the
    article's body have <time> elements too."""
    marks = list(marks)
    near = [box for box in marks if first <= box.position <= end]
    header = [box for box in near if header_end is None or box.position <= header_end]
    return Markup(
        _authors(near) or _authors(marks),
        _dates(header),
        tuple(c for c in containers if c is not None and c.tag not in ("html", "body")),
        tuple(box.element for box in near if box.mark is Mark.IMAGE),
        _tags(box for box in marks if first <= box.position <= end + TAG_TAIL_BLOCKS),
        _dates(near) or _dates(marks),
    )


def _tags(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The texts of rel="tag" links and of the links in tag boxes."""
    found: list[str] = []
    for box in boxes:
        if box.mark is Mark.TAG:
            anchors = [box.element] if box.element.tag == "a" else box.element.iter("a")
            found.extend(" ".join(printable(text_of(anchor)).split()) for anchor in anchors)
    return tuple(text for text in found if text)


def author_links(containers: Iterable[etree._Element]) -> tuple[str, ...]:
    """The texts of links to author pages ("/author/jane-doe/") in the containers."""
    found: list[str] = []
    for container in containers:
        for anchor in container.iter("a"):
            href = anchor.get("href")
            if href and _AUTHOR_PATH_RE.search(href):
                text = " ".join(printable(text_of(anchor)).split())
                if text and len(text) <= MAX_AUTHOR_MARKUP_CHARS:
                    found.append(text)
                    if len(found) >= MAX_MARKUP_VALUES:
                        return tuple(found)
    return tuple(found)


def _authors(boxes: Iterable[Box]) -> tuple[str, ...]:
    found: list[str] = []
    for box in boxes:
        if box.mark is not Mark.AUTHOR:
            continue
        names = _NAME(box.element)
        named = (
            [item for item in names if isinstance(item, etree._Element)]
            if isinstance(names, list)
            else []
        )
        element = named[0] if named else box.element
        text = element.get("content") or text_of(element)
        text = " ".join(printable(text).split())
        if text and len(text) <= MAX_AUTHOR_MARKUP_CHARS:
            found.append(text)
    return tuple(found[:MAX_MARKUP_VALUES])


def _dates(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The dates of date markup, and of the <time> elements and text of byline boxes."""
    found: list[str] = []
    for box in boxes:
        if box.mark is Mark.AUTHOR:  # "Georg Quaas, 21. Jan. 2015"
            text = " ".join(text_of(box.element).split())
            if len(text) <= MAX_AUTHOR_MARKUP_CHARS and written_date(text) is not None:
                found.append(text)
        elements = [box.element] if box.mark is Mark.DATE else list(box.element.iter("time"))
        for element in elements:
            if _marks_a_change(element):
                continue
            value = (
                element.get("datetime")
                or element.get("content")
                or element.get("title")  # hAtom: <abbr class="published" title="2018-06-05">
                or " ".join(text_of(element).split())
            )
            if value:
                found.append(value)
    return tuple(found[:MAX_MARKUP_VALUES])


def _marks_a_change(element: etree._Element) -> bool:
    """True for the markup of the last change: itemprop="dateModified", class="updated"."""
    if element.get("itemprop") == "dateModified":
        return True
    classes = str(element.get("class", "")).lower().split()
    return any(name in _CHANGE_CLASSES for name in classes) and "published" not in classes


class PageMarkup:
    """The markup of the whole page, searched for once, on the first question."""

    __slots__ = ("_found", "_root")

    def __init__(self, root: etree._Element) -> None:
        self._root = root
        self._found: list[Box] | None = None

    def _boxes(self) -> list[Box]:
        if self._found is None:
            found: list[Box] = []
            for element in self._root.iter():
                if element.tag != "time" and element.get("itemprop") is None:
                    continue  # most elements: no call made for them
                mark = _page_mark(element)
                if mark is not None and not _is_foreign(element):
                    found.append(Box(element, 0, mark))
                    if len(found) >= MAX_PAGE_MARKS:
                        break
            self._found = found
        return self._found

    def authors(self) -> tuple[str, ...]:
        """The author markup of the page outside comments and teasers (pruned or not)."""
        return _authors(self._boxes())

    def dates(self) -> tuple[str, ...]:
        """The date markup of the page outside comments and teasers."""
        return _dates(self._boxes())

    def tags(self) -> tuple[str, ...]:
        """The texts of the page's rel="tag" links."""
        return tuple(
            " ".join(printable(text_of(anchor)).split())
            for anchor in self._root.iter("a")
            if "tag" in str(anchor.get("rel", "")).lower().split()
        )


def _page_mark(element: etree._Element) -> Mark | None:
    """Author or date markup: itemprop="author", itemprop="datePublished", <time datetime>."""
    itemprop = element.get("itemprop")
    if itemprop == "author":
        return Mark.AUTHOR
    if itemprop == "datePublished" or (element.tag == "time" and element.get("datetime")):
        return Mark.DATE
    return None


def _is_foreign(element: etree._Element) -> bool:
    """True inside a comment area, a related box or a site-wide list (by class/id)."""
    for ancestor in element.iterancestors():
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
        if len(names) < 3:
            continue
        match = BOILERPLATE_RE.search(names)
        if match is not None and BOILERPLATE_CONCEPTS.get(match.group(0)) in _FOREIGN_CONCEPTS:
            return True
    return False
