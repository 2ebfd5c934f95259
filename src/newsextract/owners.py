"""Whose image a credit names: the article's, or another article's.

The blocks of an article hold credits of images that are not its own: a teaser card set
among its paragraphs or beside them, whose picture and headline link to the same other page
of the site (another article, an author's page). Its credit names another article's image:
it is not the article's image credit. An image that links to its full-size file, to the
article itself or to its source on another site, or whose link no heading shares (a gallery
view), is the article's. Only the elements that hold a credit are asked, so the cost is a
few short walks per credit, not a walk of the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Final

from lxml import etree

from newsextract.images import MAX_FIGURE_DEPTH, is_image_file
from newsextract.lines import normalise_line
from newsextract.parsing import text_of
from newsextract.urls import absolute_url, same_site, url_key

_IMAGE_TAGS: Final = ("img", "amp-img")
_HEADING_TAGS: Final = ("h2", "h3", "h4", "h5", "h6")
#: How far up from an image its link may be (<a><div><picture><img>).
MAX_LINK_DEPTH: Final = 4
#: How far up from an image's link the card that also links its headline may reach
#: (<div card><div media><a><img></a></div><h4><a>headline</a></h4></div>: two).
#: Calibrated on fundus-dev's inline teaser cards (MDR: three levels).
MAX_CARD_DEPTH: Final = 4
#: A card holds an image, a headline and a line of text; a box around the image holding
#: more text than this is the article's text, not a card. Calibrated on fundus-dev: the
#: teaser cards hold under 600 characters.
MAX_CARD_CHARS: Final = 1200


@dataclass(frozen=True, slots=True)
class Ownership:
    """What tells the article's images from other articles': its URLs, and the <article>
    elements of the other articles the page holds."""

    page_keys: frozenset[str] = frozenset()
    base_url: str | None = None
    others: frozenset[etree._Element] = frozenset()

    def owns(self, element: etree._Element) -> bool:
        """False for an element (a credit, a caption, an image) of another article's image:
        in an <article> whose <h1> is not the article's headline (the next article, set
        under the article), or a teaser card's: the image links to another page of the
        site, and so does a heading in a small box around it (the card's headline)."""
        if self.others and next(element.iterancestors("article"), None) in self.others:
            return False
        image = _image_near(element)
        link = _link_around(image) if image is not None else None
        if link is None:
            return True
        href = absolute_url(str(link.get("href", "")), self.base_url)
        if (
            href is None
            or is_image_file(href)
            or url_key(href) in self.page_keys
            or not same_site(href, self.base_url)
        ):
            return True  # a full-size picture, the article itself, the image's source
        return not _headline_links(link, url_key(href), self.base_url)


def ownership(
    *,
    urls: tuple[str | None, ...],
    base_url: str | None,
    title: str | None = None,
    headings: Sequence[etree._Element] = (),
) -> Ownership:
    """The ownership of the article at these URLs (its own and its canonical one), whose
    headline is the <h1> among `headings` that reads as its `title`."""
    return Ownership(
        frozenset(url_key(url) for url in urls if url),
        base_url=base_url,
        others=_other_articles(headings, title),
    )


def _other_articles(
    headings: Sequence[etree._Element], title: str | None
) -> frozenset[etree._Element]:
    """The <article> elements around an <h1> that is not the headline and around no <h1>
    that is (a site's header may repeat the headline), when an <h1> is the headline."""
    title_line = normalise_line(title) if title else None
    own: set[etree._Element] = set()
    others: set[etree._Element] = set()
    headline = False
    for h1 in headings:
        if normalise_line(text_of(h1)) == title_line:
            own.update(h1.iterancestors("article"))
            headline = True
        else:
            others.update(islice(h1.iterancestors("article"), 1))
    return frozenset(others - own) if headline else frozenset()


def _image_near(element: etree._Element) -> etree._Element | None:
    """The image itself, else the one image of the nearest small box around the element
    that holds one (a caption's or a credit line's image); None when that box holds more
    images or much text (the credit is not one image's)."""
    if element.tag in _IMAGE_TAGS:
        return element
    for box in islice(_small_boxes(element, MAX_CARD_CHARS), MAX_FIGURE_DEPTH):
        images = (image for image in box.iter(*_IMAGE_TAGS) if not _in_noscript(image, box))
        image = next(images, None)
        if image is not None:
            return image if next(images, None) is None else None
    return None


def _in_noscript(image: etree._Element, box: etree._Element) -> bool:
    """True for the copy of an image in a <noscript> (the same picture, shown without
    scripts)."""
    for ancestor in image.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag == "noscript":
            return True
    return False


def _link_around(image: etree._Element) -> etree._Element | None:
    for depth, ancestor in enumerate(image.iterancestors()):
        if depth >= MAX_LINK_DEPTH:
            return None
        if ancestor.tag == "a" and ancestor.get("href"):
            return ancestor
    return None


def _headline_links(link: etree._Element, key: str, base_url: str | None) -> bool:
    """True when a heading in a small box a few levels around the image's link links to the
    same page: a card's headline (a gallery's "view all" link is no heading)."""
    for box in islice(_small_boxes(link, MAX_CARD_CHARS), MAX_CARD_DEPTH):
        for heading in box.iter(_HEADING_TAGS):
            for other in _links_of(heading):
                if url_key(absolute_url(str(other.get("href", "")), base_url)) == key:
                    return True
    return False


def _small_boxes(element: etree._Element, limit: int) -> Iterator[etree._Element]:
    """The boxes around `element`, innermost first, as long as each holds at most `limit`
    characters of text (each piece stripped, as holds_little_text counts). Each piece is
    read once: a box's size is that of the box inside it and of the pieces beside that
    one (holds_little_text on each box read the boxes inside it again)."""
    size = _size(element.itertext(), 0, limit)
    box = element
    while size <= limit:
        parent = box.getparent()
        if parent is None:
            return
        size = _size_beside(parent, box, size, limit)
        if size > limit:
            return
        yield parent
        box = parent


def _size(pieces: Iterable[str | bytes], size: int, limit: int) -> int:
    """`size` and the length of the pieces (each stripped), read as far as `limit`."""
    for piece in pieces:
        size += len(piece.strip())
        if size > limit:
            break
    return size


def _size_beside(parent: etree._Element, box: etree._Element, size: int, limit: int) -> int:
    """`size` and the length of the pieces of the parent's text (as its itertext() gives
    them) outside `box`: its own text, its other children's (not a comment's), every
    child's tail; read as far as `limit`."""
    size += len((parent.text or "").strip())
    for child in parent:
        if size > limit:
            break
        if child is not box and isinstance(child.tag, str):
            size = _size(child.itertext(), size, limit)
        size += len((child.tail or "").strip())
    return size


def _links_of(heading: etree._Element) -> Iterator[etree._Element]:
    """The links of a heading: inside it, or around it (<a><h3>headline</h3></a>)."""
    yield from heading.iter("a")
    for depth, ancestor in enumerate(heading.iterancestors()):
        if depth >= MAX_LINK_DEPTH:
            return
        if ancestor.tag == "a":
            yield ancestor
            return


#: Without the article's URLs: every image that is not a teaser card's is the article's.
NO_OWNERSHIP: Final = Ownership()
