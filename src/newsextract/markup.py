"""Author and date markup of the article: what the segmenting walk marked, near the article.

The walk (blocks.py) records the elements that mark up an author (itemprop="author",
rel="author", byline boxes) or a date (<time datetime>, itemprop="datePublished"); comment
areas and teaser boxes are pruned before their markup is seen. Markup between the headline
and the end of the article wins; the page's other markup is the fallback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Box
from newsextract.parsing import printable, text_of
from newsextract.patterns import BOILERPLATE_CONCEPTS, BOILERPLATE_RE
from newsextract.pruning import Mark

#: Markup longer than this is an author box with a biography, not a name.
MAX_AUTHOR_MARKUP_CHARS: Final = 120
#: Markup inside boxes of these concepts belongs to comments and teasers, not the article.
_FOREIGN_CONCEPTS: Final = frozenset({"comments", "related", "listing"})
#: At most this many values of each kind.
MAX_MARKUP_VALUES: Final = 8
_NAME: Final = etree.XPath(".//*[@itemprop='name']")
#: Date and author markup anywhere in the page (slower: asked only when nothing else told).
_PAGE_DATES: Final = etree.XPath(
    "//*[@itemprop='datePublished'] | //time[@datetime] | //abbr[@class='published'][@title]"
)
_PAGE_AUTHORS: Final = etree.XPath("//*[@itemprop='author'] | //a[@rel='author']")


class Markup(NamedTuple):
    """The author names and machine-readable dates the article's markup states."""

    authors: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()


NO_MARKUP: Final = Markup()


def article_markup(marks: Iterable[Box], first: int, end: int) -> Markup:
    """The markup of the blocks first..end (the headline to the article's end), else all."""
    marks = list(marks)
    near = [box for box in marks if first <= box.position <= end]
    return Markup(_authors(near) or _authors(marks), _dates(near) or _dates(marks))


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
    found: list[str] = []
    for box in boxes:
        elements = [box.element] if box.mark is Mark.DATE else list(box.element.iter("time"))
        for element in elements:
            value = (
                element.get("datetime")
                or element.get("content")
                or element.get("title")  # hAtom: <abbr class="published" title="2018-06-05">
                or " ".join(text_of(element).split())
            )
            if value:
                found.append(value)
    return tuple(found[:MAX_MARKUP_VALUES])


def page_dates(root: etree._Element) -> tuple[str, ...]:
    """The date markup of the whole page outside comments and teasers (pruned or not)."""
    boxes = [Box(element, 0, Mark.DATE) for element in _elements(_PAGE_DATES(root))]
    return _dates(box for box in boxes if not _is_foreign(box.element))


def page_authors(root: etree._Element) -> tuple[str, ...]:
    """The author markup of the whole page outside comments and teasers."""
    boxes = [Box(element, 0, Mark.AUTHOR) for element in _elements(_PAGE_AUTHORS(root))]
    return _authors(box for box in boxes if not _is_foreign(box.element))


def _elements(result: object) -> list[etree._Element]:
    items = result if isinstance(result, list) else []
    return [item for item in items if isinstance(item, etree._Element)]


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
