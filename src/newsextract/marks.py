"""The markup the segmenting walk records: author, date, image and tag markup.

The walk (blocks.py) asks `mark_of` about every element it meets, kept or pruned, after
the pruner's judgement: an element's own markup (itemprop="author", rel="author", <time
datetime>, itemprop="datePublished", <img>, rel="tag"), and the markup of its names (a box
pruned as a byline, a box of tag links, a kicker or a dateline; a small kept box named as a
date). Markup is not read in boxes pruned for their tag, for being hidden, as a prompt or
under a heading; nor inside pruned boxes, which the walk never enters.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum
from typing import Final

from lxml import etree

from newsextract.classnames import in_a_sentence
from newsextract.patterns import (
    BOILERPLATE_CONCEPTS,
    BYLINE_TOKENS,
    DATED_META_TOKENS,
    TAG_BOX_TOKENS,
    TAG_PAGE_URL_RE,
)
from newsextract.pruning import Judgement


class Mark(Enum):
    """What an element marks up for the metadata: the article's author, its date, an image
    or a tag link."""

    AUTHOR = "author"
    DATE = "date"
    IMAGE = "image"
    TAG = "tag"
    BAR = "bar"  # a box pruned for its names (a toolbar) that may hold the header's date


#: Tags that mark something up by themselves (<time datetime>, <img>); <a> with a rel.
_MARKED_TAGS: Final = frozenset({"time", "img", "amp-img"})
_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
#: Pruned boxes that hold the article's byline, its date or its tag links, by their token.
_BOX_MARKS: Final = {
    **dict.fromkeys(BYLINE_TOKENS, Mark.AUTHOR),
    **dict.fromkeys(TAG_BOX_TOKENS, Mark.TAG),
    **dict.fromkeys(DATED_META_TOKENS, Mark.DATE),
}
#: Boxes of these concepts hold the dates of other articles and comments, not the header's.
_NOT_BARS: Final = frozenset({"comments", "related", "listing"})
#: A box named as a date holds a few elements ("<span>am</span> <b>3. Mai</b>"), not a page.
MAX_DATE_BOX_CHILDREN: Final = 4


def mark_of(element: etree._Element, judgement: Judgement, keys: Collection[object]) -> Mark | None:
    """The markup of `element`, which the pruner judged as `judgement`; `keys` are the names
    of its attributes (an element without attributes marks nothing up)."""
    if judgement.reason is not None:
        if judgement.token:  # pruned for its names: a byline box, a box of tags, …
            return (
                _BOX_MARKS.get(judgement.token)
                or _own_mark(element.tag, element.attrib)
                or _bar(judgement.token)
            )
        # pruned for its tag, for being hidden, as a prompt or a box under a heading
        if element.tag == "meta" and item_property(element.get("itemprop")) == "datePublished":
            return Mark.DATE
        # an <aside> beside the text (not a related box): by the headline, the article's
        # meta bar ("<aside class=meta>" with the byline and the date)
        return Mark.BAR if judgement.beside else None
    if not keys:
        return None
    tag = element.tag
    if tag in _MARKED_TAGS or "itemprop" in keys or (tag == "a" and "rel" in keys):
        own = _own_mark(tag, element.attrib)
        if own is not None:
            return own
    if tag == "a" and _links_a_tag_page(element, element.get("href")):
        return Mark.TAG
    # a kept box whose names the pruner read as a date's (Judgement.dated): a small one
    return Mark.DATE if judgement.dated and len(element) < MAX_DATE_BOX_CHILDREN else None


def _bar(token: str) -> Mark | None:
    """A box pruned for its names, as a bar around the article (a toolbar, a share bar)
    may be: its date markup is the header's when it stands there (the pruner judges the
    text, not the evidence). Comment areas, related boxes and lists are not bars."""
    return None if BOILERPLATE_CONCEPTS.get(token) in _NOT_BARS else Mark.BAR


def _links_a_tag_page(anchor: etree._Element, href: str | None) -> bool:
    """A link to a tag or topic page ("/tag/mars", "/news/topics/c1x2"), not in a sentence:
    one of the article's tags, in a box the page names for no tags ("data-component=tags",
    a row of buttons)."""
    return (
        href is not None and TAG_PAGE_URL_RE.search(href) is not None and not in_a_sentence(anchor)
    )


def _own_mark(tag: object, attrib: etree._Attrib) -> Mark | None:
    """The author markup (itemprop="author", rel="author"), date markup (<time datetime>,
    itemprop="datePublished"), image or tag link an element is."""
    itemprop = item_property(attrib.get("itemprop"))
    if tag in _IMAGE_TAGS:
        return Mark.IMAGE
    rel = attrib.get("rel") if tag == "a" else None
    if itemprop == "author" or rel == "author":
        return Mark.AUTHOR
    if itemprop == "datePublished" or (tag == "time" and "datetime" in attrib):
        return Mark.DATE
    if rel is not None and "tag" in rel.split():
        return Mark.TAG
    return None


#: The properties of an element that names several ("author name") that the walk marks.
_MARKED_PROPERTIES: Final = ("author", "datePublished")


def item_property(value: str | None) -> str | None:
    """An element's itemprop: of several ("author name", "datePublished dateCreated"), the
    one that marks the author or the date, else the value as written. The publisher named
    as the author too ("author publisher") is the site: no author's markup."""
    if value is None or " " not in value:
        return value
    names = value.split()
    if "publisher" in names:
        return "publisher"
    return next((name for name in _MARKED_PROPERTIES if name in names), value)
