"""Images: the lead image first (og:image, JSON-LD image), then the article's own images.

An article image is an <img> that the segmenting walk met (so no boilerplate box holds it)
between the headline and the end of the article; icons and tracking pixels (a stated width
or height under MIN_IMAGE_SIDE) are left out. Each comes with its alt text and the caption
of its figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Final

from lxml import etree

from newsextract.model import Image
from newsextract.parsing import printable, text_of
from newsextract.related import absolute_url

#: Images with a stated width or height below this are icons, avatars or pixels.
MIN_IMAGE_SIDE: Final = 50
#: At most this many images per article.
MAX_IMAGES: Final = 40
#: How far up from an image to look for its figure.
MAX_FIGURE_DEPTH: Final = 4
_SOURCE_ATTRIBUTES: Final = ("src", "data-src", "data-lazy-src", "data-original")
_NUMBER_RE: Final = re.compile(r"\d+")


def find_images(
    lead_urls: Iterable[str], elements: Iterable[etree._Element], *, base_url: str | None
) -> tuple[Image, ...]:
    """The lead images (absolute URLs) first, then the article's <img> elements (those the
    segmenting walk met between the headline and the article's end), each once."""
    images: list[Image] = []
    seen: set[str] = set()
    found = [Image(src=url) for url in lead_urls]
    found.extend(islice(_article_images(elements, base_url), MAX_IMAGES))
    for image in found:
        if image.src in seen:
            _enrich(images, image)
            continue
        seen.add(image.src)
        images.append(image)
        if len(images) >= MAX_IMAGES:
            break
    return tuple(images)


def _enrich(images: list[Image], image: Image) -> None:
    """Give an image already listed (a lead image) the alt and caption found in the page."""
    for index, known in enumerate(images):
        if known.src == image.src and known.alt is None and known.caption is None:
            images[index] = Image(known.src, image.alt, image.caption)


def _article_images(elements: Iterable[etree._Element], base_url: str | None) -> Iterator[Image]:
    for element in elements:
        if _too_small(element):
            continue
        raw = next((value for name in _SOURCE_ATTRIBUTES if (value := element.get(name))), None)
        src = absolute_url(raw, base_url)
        if src is None:
            continue
        alt = " ".join(printable(str(element.get("alt", ""))).split()) or None
        yield Image(src, alt, _caption(element))


def _too_small(element: etree._Element) -> bool:
    for attribute in ("width", "height"):
        match = _NUMBER_RE.match(str(element.get(attribute, "")).strip())
        if match is not None and int(match.group(0)) < MIN_IMAGE_SIDE:
            return True
    return False


def _caption(element: etree._Element) -> str | None:
    ancestor = element.getparent()
    for _ in range(MAX_FIGURE_DEPTH):
        if ancestor is None:
            return None
        if ancestor.tag == "figure":
            caption = next(ancestor.iter("figcaption"), None)
            if caption is None:
                return None
            text = " ".join(printable(text_of(caption)).split())
            return text or None
        ancestor = ancestor.getparent()
    return None
