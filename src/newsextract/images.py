"""Images: the lead image first (og:image, JSON-LD image), then the article's own images.

An article image is an <img> inside the article container or beside its headline that no
boilerplate box (teasers, ads, share bars) holds; icons and tracking pixels (a stated width
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
from newsextract.patterns import BOILERPLATE_RE
from newsextract.related import absolute_url

#: Images with a stated width or height below this are icons, avatars or pixels.
MIN_IMAGE_SIDE: Final = 50
#: At most this many images per article.
MAX_IMAGES: Final = 100
#: How far up from an image to look for its figure.
MAX_FIGURE_DEPTH: Final = 4
_SOURCE_ATTRIBUTES: Final = ("src", "data-src", "data-lazy-src", "data-original")
_PAGE_TAGS: Final = frozenset({"html", "body"})
_NUMBER_RE: Final = re.compile(r"\d+")


def find_images(
    lead_urls: Iterable[str],
    containers: Iterable[etree._Element | None],
    *,
    base_url: str | None,
) -> tuple[Image, ...]:
    """The lead images (absolute URLs) first, then the images of the containers, each once."""
    images: list[Image] = []
    seen: set[str] = set()
    found = [Image(src=url) for url in lead_urls]
    for container in _outermost(containers):
        found.extend(islice(_container_images(container, base_url), MAX_IMAGES))
    for image in found:
        if image.src in seen:
            _enrich(images, image)
            continue
        seen.add(image.src)
        images.append(image)
        if len(images) >= MAX_IMAGES:
            break
    return tuple(images)


def _outermost(containers: Iterable[etree._Element | None]) -> list[etree._Element]:
    """The containers that no other one holds (an <article> around the text's <div>)."""
    kept = [c for c in containers if c is not None and c.tag not in _PAGE_TAGS]
    return [
        container
        for container in kept
        if not any(other is not container and other in container.iterancestors() for other in kept)
    ]


def _enrich(images: list[Image], image: Image) -> None:
    """Give an image already listed (a lead image) the alt and caption found in the page."""
    for index, known in enumerate(images):
        if known.src == image.src and known.alt is None and known.caption is None:
            images[index] = Image(known.src, image.alt, image.caption)


def _container_images(container: etree._Element, base_url: str | None) -> Iterator[Image]:
    verdicts: dict[etree._Element, bool] = {}
    for element in container.iter("img", "amp-img"):
        if _too_small(element) or _in_boilerplate(element, container, verdicts):
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


def _in_boilerplate(
    element: etree._Element, container: etree._Element, verdicts: dict[etree._Element, bool]
) -> bool:
    """True when a box between the image and the container is named as boilerplate
    (`verdicts` remembers the boxes already looked at)."""
    parent = element.getparent()
    if parent is None or parent is container:
        return False
    verdict = verdicts.get(parent)
    if verdict is None:
        names = f"{parent.get('class', '')} {parent.get('id', '')}".lower()
        verdict = (len(names) > 2 and BOILERPLATE_RE.search(names) is not None) or (
            _in_boilerplate(parent, container, verdicts)
        )
        verdicts[parent] = verdict
    return verdict


def _caption(element: etree._Element) -> str | None:
    ancestor = element.getparent()
    for _ in range(MAX_FIGURE_DEPTH):
        if ancestor is None:
            return None
        if ancestor.tag == "figure":
            caption = ancestor.find(".//figcaption")
            if caption is None:
                return None
            text = " ".join(printable(text_of(caption)).split())
            return text or None
        ancestor = ancestor.getparent()
    return None
