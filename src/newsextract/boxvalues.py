"""The values of the page's author and date markup: the names an author box states, the dates
of date markup, of the <time> elements and text of byline boxes, and of pruned bars. The
evidence stage (markup.py) reads them from the marks of the walk and from the page-wide
searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Final

from lxml import etree

from newsextract.blocks import Box
from newsextract.classnames import read_names
from newsextract.datelines import MAX_PREFIX_WORDS, is_update_line
from newsextract.datetext import written_date
from newsextract.lexicon import ALL
from newsextract.lines import is_credit_line, normalise_line
from newsextract.marks import Mark
from newsextract.parsing import clean_text, elements_found, text_of
from newsextract.patterns import NETWORK_NAMES
from newsextract.urls import TAXONOMY_URL_RE, host_of

#: Markup longer than this is an author box with a biography, not a name.
MAX_AUTHOR_MARKUP_CHARS: Final = 120
#: Classes of the markup of a change ("updated" is hAtom's), not of the publication.
_CHANGE_CLASSES: Final = frozenset({"updated", "modified", "date-modified", "date-updated"})
#: The labels of a publication's date ("Veröffentlicht am", "Published"): date labels that
#: are no update's (of MAX_PREFIX_WORDS words at most).
_PUBLICATION_LABELS: Final = (ALL.date_labels | ALL.byline_prefixes) - ALL.update_labels
#: The itemprops of the first publication: a change's class on them says nothing.
_FIRST_DATES: Final = frozenset({"datePublished", "dateCreated"})
#: A bar in the header shows the date and its update at most: more dates make a list.
MAX_BAR_DATES: Final = 2
#: At most this many values of each kind.
MAX_MARKUP_VALUES: Final = 8
_NAME: Final = etree.XPath(".//*[@itemprop='name']")
#: A figure or a quotation holds the author markup of its image or its words.
_WORK_TAGS: Final = frozenset({"figure", "figcaption", "blockquote"})
#: A quotation's box by its class ("quote", "quote-author", "pullquote"), around the author,
#: or an image's author's ("img-author", "foto-autor", "imageAuthor"): who said the words or
#: made the picture.
_WORK_CLASS_RE: Final = re.compile(
    r"(?<![a-z])(?:pull)?quote(?![a-z])|(?<![a-z])(?:img|image|photo|foto|bild|picture)[-_]?aut",
    re.I,
)
#: The levels above author markup looked at for a figure or a quotation.
MAX_WORK_LEVELS: Final = 4
#: The schema.org items of readers' words, and the levels above author markup looked at for
#: the item it belongs to.
_COMMENT_TYPES: Final = frozenset({"Comment", "UserComments", "Review"})
MAX_ITEM_LEVELS: Final = 12
#: Read once: a page's marks are mostly images, and an Enum member read from its class costs
#: a call.
_AUTHOR, _BAR, _DATE, _IMAGE = Mark.AUTHOR, Mark.BAR, Mark.DATE, Mark.IMAGE


def author_values(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The names the author boxes state: an itemprop="name" in them, else their content or
    text (a box longer than a name holds a biography, not a name; a box that credits an
    image, "Photograph by Jane Doe", names its photographer)."""
    found: list[str] = []
    for box in boxes:
        if box.mark is not _AUTHOR or _credits_a_work(box.element) or _of_a_comment(box.element):
            continue
        named = _own_names(box.element) if len(box.element) else []
        element = named[0] if named else box.element
        text = clean_text(element.get("content") or spaced_text(element))
        if text and len(text) <= MAX_AUTHOR_MARKUP_CHARS and not is_credit_line(text):
            found.append(text)
            if len(found) >= MAX_MARKUP_VALUES:
                break
    return tuple(found)


def _own_names(box: etree._Element) -> list[etree._Element]:
    """The itemprop="name" elements of an author box that name a person: a name in an item
    nested in the box names that item, an author only when the item is one (a Person, an
    item marked "author"), not a breadcrumb's "ListItem" beside the byline."""
    return [
        name
        for name in elements_found(_NAME(box))
        if all(
            _names_a_person(node)
            for node in _between(name, box)
            if node.get("itemscope") is not None
        )
    ]


def _names_a_person(item: etree._Element) -> bool:
    """Whether a microdata item is an author: a Person, or marked as the author."""
    properties = str(item.get("itemprop", "")).split()
    return "author" in properties or str(item.get("itemtype", "")).rstrip("/").endswith("Person")


def _between(node: etree._Element, box: etree._Element) -> list[etree._Element]:
    """The ancestors of `node` below `box`."""
    found = []
    for ancestor in node.iterancestors():
        if ancestor is box:
            break
        found.append(ancestor)
    return found


def _names_no_one(node: etree._Element) -> bool:
    """Parts of an author box that name no author: a breadcrumb trail (the section the
    article is filed under; a box the vocabulary names as navigation), a link to a tag's or
    a section's page, a <time>."""
    if node.tag == "time":
        return True
    if node.tag == "a":
        return TAXONOMY_URL_RE.search(str(node.get("href", ""))) is not None
    itemtype = node.get("itemtype")
    if itemtype is not None and itemtype.rstrip("/").endswith("BreadcrumbList"):
        return True
    return read_names(f"{node.get('class', '')} {node.get('id', '')}").concept == "navigation"


def _credits_a_work(element: etree._Element) -> bool:
    """Author markup in a figure or a quotation names who made the image or said the words
    ("<figure><div class=author>", "<p class=quote-author>", "<span class=img-author>"), not
    who wrote the article."""
    for index, node in enumerate((element, *islice(element.iterancestors(), MAX_WORK_LEVELS))):
        if node.tag in _WORK_TAGS or (
            index <= 1 and _WORK_CLASS_RE.search(str(node.get("class", ""))) is not None
        ):
            return True
    return False


def _of_a_comment(element: etree._Element) -> bool:
    """Author markup of a reader's comment or review (the nearest microdata item around it
    is a schema.org Comment or Review: "<div itemprop=review itemscope
    itemtype=https://schema.org/Review>…<span itemprop=author>"), not of the article."""
    for node in islice(element.iterancestors(), MAX_ITEM_LEVELS):
        if node.get("itemscope") is not None:
            return str(node.get("itemtype", "")).rstrip("/").rpartition("/")[2] in _COMMENT_TYPES
    return False


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
        if node is not element and (
            (node.tag == "a" and _is_network_handle(node)) or _names_no_one(node)
        ):
            stack.append((node, True))  # a handle on a network: "<a href=//x.com/jd>jd</a>"
            continue  # (or a breadcrumb, a section's link: _names_no_one)
        if isinstance(node.tag, str):  # a comment's text is no text of the page
            parts.append(node.text or "")
        if node is not element:
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return " ".join(parts)


def _is_network_handle(anchor: etree._Element) -> bool:
    """A link to an account on a social network whose text is the account's handle
    ("<a href=https://x.com/jdoe>@jdoe</a>"): in an author box, beside the name, not a name
    of its own (a name linked to the network, "<a href=https://x.com/jdoe>Jane Doe</a>", is)."""
    href = anchor.get("href")
    host = host_of(href)
    if host is None or NETWORK_NAMES.isdisjoint(host.split(".")[-2:-1]):
        return False
    handle = text_of(anchor).strip().lstrip("@").casefold()
    return bool(handle) and str(href).rstrip("/").rpartition("/")[2].casefold() == handle


def date_values(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The dates of date markup, of the <time> elements and text of byline boxes, and of
    the <time datetime> elements of pruned bars (see _bar_times)."""
    return first_values(box_dates(box) for box in boxes)


def first_values(values: Iterable[list[str]]) -> tuple[str, ...]:
    """The first MAX_MARKUP_VALUES of the boxes' values (the boxes after are not read)."""
    found: list[str] = []
    for box_values in values:
        found.extend(box_values)
        if len(found) >= MAX_MARKUP_VALUES:
            break
    return tuple(found[:MAX_MARKUP_VALUES])


def box_dates(box: Box) -> list[str]:
    """The date values of one box (date_values)."""
    if box.mark is _IMAGE and not len(box.element):
        return []  # an <img> holds no <time>: most boxes (5,400 of the corpus's 9,600)
    found: list[str] = []
    if box.mark is _BAR:
        elements = _bar_times(box.element)
    elif box.mark is _DATE:
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
    if box.mark is _AUTHOR:  # "Helmut Graef, 17. Okt. 2013", after its <time datetime>
        text = " ".join(text_of(box.element).split())
        if len(text) <= MAX_AUTHOR_MARKUP_CHARS and written_date(text) is not None:
            found.append(text)
    return found


def change_values(boxes: Iterable[Box]) -> tuple[str, ...]:
    """The dates of the last change the boxes mark up: a <time> with itemprop="dateModified"
    or class="updated" (hAtom) in them, by its machine-readable value."""
    found: list[str] = []
    for box in boxes:
        if box.mark is _IMAGE:
            continue
        element = box.element
        for time in [element] if element.tag == "time" else element.iter("time"):
            value = time.get("datetime") or time.get("content")
            if value and _marks_a_change(time) and time.get("itemprop") not in _FIRST_DATES:
                found.append(value)  # (not itemprop="dateCreated" class="updated")
    return tuple(found[:MAX_MARKUP_VALUES])


def _bar_times(bar: etree._Element) -> list[etree._Element]:
    """The <time datetime> elements of a pruned bar in the article's header (a toolbar with
    the date and a share button): none when it holds more than a date and its update (a
    list of other articles' dates)."""
    times = [element for element in bar.iter("time") if element.get("datetime")]
    return times if len(times) <= MAX_BAR_DATES else []


def _marks_a_change(element: etree._Element) -> bool:
    """True for the markup of the last change: itemprop="dateModified", class="updated";
    not a <time> the words before it label as the publication ("Veröffentlicht am <time
    class="updated">": a theme's class, the page's words)."""
    if element.get("itemprop") == "dateModified":
        return True
    classes = str(element.get("class", "")).lower().split()
    return (
        any(name in _CHANGE_CLASSES for name in classes)
        and "published" not in classes
        and not _labelled_published(element)
    )


def _labelled_published(element: etree._Element) -> bool:
    """Whether the text right before an element ends with a publication label."""
    previous = element.getprevious()
    parent = element.getparent()
    before = (
        previous.tail if previous is not None else (parent.text if parent is not None else None)
    )
    words = normalise_line(before or "").split()[-MAX_PREFIX_WORDS:]
    return any(" ".join(words[start:]) in _PUBLICATION_LABELS for start in range(len(words)))
