"""Images: the lead image first (og:image, JSON-LD image), then the article's own images.

An article image is an <img> that the segmenting walk met (so no boilerplate box holds it)
between the headline and the end of the article; icons and tracking pixels (a stated width
or height under MIN_IMAGE_SIDE) are left out. Each comes with its alt text and the caption
of its figure.

Each picture is listed once: two URLs that differ only in their host, a size in the file
name ("-780x390", "_1200w", "@2x", "-scaled"), a size folder ("/1200x630/", "/w_800,h_600/")
or the query of a file name are the same picture in two sizes (`picture_key`). When the
article shows the lead image, its <img> takes the lead's place: the URL the page shows, with
its alt text and caption (a credit of the caption names that URL too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Final
from urllib.parse import urlsplit

from lxml import etree

from newsextract.caches import short_string_cache
from newsextract.lines import is_counter_line
from newsextract.model import Image
from newsextract.parsing import clean_text, text_of
from newsextract.patterns import CAPTION_RE, LICENSING_URL_RE
from newsextract.urls import absolute_url, host_of

#: Images with a stated width or height below this are icons, avatars or pixels.
MIN_IMAGE_SIDE: Final = 50
#: At most this many images per article.
MAX_IMAGES: Final = 40
#: How far up to look for the figure of an image (from the image) and of a caption or
#: credit (from it, credits.py): <figure><div><picture><img> is common. Calibrated on the
#: three corpora: 3 loses the captions of 13 pages' images (Guardian, Nikkei, T-Online),
#: and 4 for credits (3 before issue 12) changes no page.
MAX_FIGURE_DEPTH: Final = 4
#: The levels above an image looked at for the link around it (a logo in a <picture>).
MAX_HOME_LINK_LEVELS: Final = 3
#: Where an <img> states its file: a lazy loader's attribute first (its src is then a
#: placeholder: "blank.gif", a blank data: URI), then its src.
_SOURCE_ATTRIBUTES: Final = ("data-lazy-src", "data-src", "data-original", "src")
#: Where an <img> or a <source> lists its files by width or density.
_SET_ATTRIBUTES: Final = ("data-lazy-srcset", "data-srcset", "srcset")
#: A srcset's candidates are apart by a comma and white space (a URL may hold a comma:
#: "/w_800,h_600/a.jpg"), each a URL and maybe a width ("616w") or a density ("2x").
_CANDIDATE_SEPARATOR_RE: Final = re.compile(r",\s+")
#: A srcset is read this far (real ones list a dozen files in at most a few thousand).
MAX_SRCSET_CHARS: Final = 8192
_DESCRIPTOR_RE: Final = re.compile(r"(\d+(?:\.\d+)?)([wx])")
_NUMBER_RE: Final = re.compile(r"\d+")
#: What separates a caption from the credit after it ("A view |", "A view -", "A view (",
#: "Eine Ansicht, Foto: …", a Japanese caption's full-width "=" and bracket).
_TRAILING_SEPARATORS_RE: Final = re.compile(r"[\s|/,\u2013\u2014(\uff08\uff1d-]+$")
#: A size at the end of a file name, before its extension ("-780x390", "_1200w", "@2x").
_SIZE_SUFFIX_RE: Final = re.compile(
    r"(?:[-_@](?:\d{2,5}x\d{2,5}|\d{2,5}w|[1-4]x|scaled))+(?=\.[a-z0-9]{2,5}$)"
)
#: A folder that only states a size or a crop ("/1200x630/", "/1200x630_crop/", "/w_800/",
#: "/w_800,h_600,c_fill/"); not a plain number (a year, a month, an id).
_SIZE_FOLDER_RE: Final = re.compile(
    r"^(?:\d{2,5}x\d{2,5}(?:_[a-z]+)?|[wh]_\d+|[a-z]{1,2}_[a-z0-9.]+(?:,[a-z]{1,2}_[a-z0-9.]+)+)$"
)
#: The extensions of image files: a query after one only asks for a size or a format.
_IMAGE_FILE_RE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|jxl|heic)$")
#: A page's images are keyed more than once (the lead image in its header, the article's
#: images, their figures): a third of the keys a pass computes were computed on the same
#: page before. The keys of this many recent URLs are kept (per process; a pure function).
PICTURE_KEYS_CACHED: Final = 1024


def find_images(
    lead_urls: Iterable[str], elements: Iterable[etree._Element], *, base_url: str | None
) -> tuple[Image, ...]:
    """The lead images (absolute URLs) first, then the article's <img> elements (those the
    segmenting walk met between the headline and the article's end), each once."""
    images: list[Image] = []
    listed: dict[str, int] = {}  # picture_key -> index in images
    leads = [Image(src=url) for url in lead_urls]
    found = leads + list(islice(_article_images(elements, base_url), MAX_IMAGES))
    for number, image in enumerate(found):
        key = picture_key(image.src)
        index = listed.get(key)
        if index is None:
            listed[key] = len(images)
            images.append(image)
        elif number >= len(leads) and images[index] in leads:
            images[index] = image  # the lead image as the article shows it
        if len(images) >= MAX_IMAGES:
            break
    return tuple(images)


@short_string_cache(PICTURE_KEYS_CACHED)
def picture_key(src: str) -> str:
    """What stays of an image URL across its sizes: its path, lower-case, without size
    folders and the size at the end of the file name; the query only when the file name
    is not an image file's (an image script: "image.php?id=12")."""
    parts = urlsplit(src)
    folders = [part for part in parts.path.lower().split("/") if part]
    name = _SIZE_SUFFIX_RE.sub("", folders.pop()) if folders else ""
    kept = [folder for folder in folders if not _SIZE_FOLDER_RE.match(folder)]
    query = "" if _IMAGE_FILE_RE.search(name) else parts.query
    return "/".join([*kept, name]) + (f"?{query}" if query else "")


def is_image_file(url: str) -> bool:
    """True for the URL of an image file ("/photos/harbour.jpg?w=800"), not of a page."""
    return _IMAGE_FILE_RE.search(urlsplit(url).path.lower()) is not None


def image_url(element: etree._Element, base_url: str | None) -> str | None:
    """The absolute URL of an <img> (or <source>): a lazy loader's attribute or its src, else
    the widest file its srcset lists (a <picture>'s <source>, a responsive <img> without a
    src)."""
    raw = next((value for name in _SOURCE_ATTRIBUTES if (value := element.get(name))), None)
    if raw is None:
        srcset = next((value for name in _SET_ATTRIBUTES if (value := element.get(name))), None)
        raw = widest_candidate(srcset) if srcset else None
    if raw is None and element.tag == "img":  # a <picture>'s <img> states none: its <source>
        parent = element.getparent()
        if parent is not None and parent.tag in ("source", "picture"):
            sources = [parent] if parent.tag == "source" else parent.iterchildren("source")
            return next(filter(None, (image_url(source, base_url) for source in sources)), None)
    return absolute_url(raw, base_url)


def widest_candidate(srcset: str) -> str | None:
    """The URL of the widest file a srcset lists ("a.jpg 414w, b.jpg 616w": b.jpg; densities
    count as widths: "2x" over "1x"), the first of equals; None for an empty one."""
    best, best_width = None, -1.0
    for candidate in _CANDIDATE_SEPARATOR_RE.split(srcset[:MAX_SRCSET_CHARS].strip()):
        url, _, descriptor = candidate.strip().partition(" ")
        size = _DESCRIPTOR_RE.fullmatch(descriptor.strip())
        width = float(size.group(1)) * (1 if size.group(2) == "w" else 1000) if size else 0.0
        if url and width > best_width:
            best, best_width = url, width
    return best


def figure_image(element: etree._Element, base_url: str | None) -> str | None:
    """The image of the figure that a caption or credit element belongs to: in the nearest
    caption box or figure around it that holds one (a credit <span> in a <figcaption>)."""
    ancestor: etree._Element | None = element
    for _ in range(MAX_FIGURE_DEPTH):
        ancestor = ancestor.getparent() if ancestor is not None else None
        if ancestor is None:
            return None
        names = str(ancestor.get("class", "")).lower()
        figure = ancestor.tag in ("figure", "picture")
        if figure or (names and CAPTION_RE.search(names)):
            url = _first_image(ancestor, base_url)
            if url is not None:
                return url
            if figure:  # a caption box without its image: its figure may hold it
                return None
    return None


def _first_image(box: etree._Element, base_url: str | None) -> str | None:
    """The URL of the first image in a box: an <img> as the figures list it, else the first
    <source> of a <picture> without one."""
    for tags in (("img", "amp-img"), ("source",)):
        for image in box.iter(*tags):
            url = image_url(image, base_url)
            if url is not None:
                return url
    return None


def caption_without(caption: str, credit: str) -> str | None:
    """What a caption says of its image once its credit is taken out ("A view | Jane Doe/AP"
    -> "A view"); None when nothing but the credit and separators is left, or a gallery's
    counter ("Bild 1 von 4 © Jane Doe")."""
    index = caption.find(credit)
    if index < 0:
        return None if caption in credit else caption
    rest = (caption[:index] + " " + caption[index + len(credit) :]).strip()
    rest = _TRAILING_SEPARATORS_RE.sub("", rest).strip()
    return rest if any(char.isalpha() for char in rest) and not is_counter_line(rest) else None


def without_licensing(text: str, owner: etree._Element) -> str:
    """A caption or credit without the text of the links in `owner` that sell the image's
    rights ("Purchase Licensing Rights", "Reprints & Permissions"): furniture."""
    for link in owner.iter("a"):
        if LICENSING_URL_RE.search(str(link.get("href", ""))):
            text = " ".join(text.replace(" ".join(text_of(link).split()), " ").split())
    return text


def _article_images(elements: Iterable[etree._Element], base_url: str | None) -> Iterator[Image]:
    for element in elements:
        if _too_small(element) or _links_home(element, base_url):
            continue
        src = image_url(element, base_url)
        if src is None:
            continue
        alt = clean_text(str(element.get("alt", ""))) or None
        yield Image(src, alt, _caption(element))


def _links_home(image: etree._Element, base_url: str | None) -> bool:
    """An image that links to the site's home page (its link's path is "/", on the page's
    host, or the link is rel="home"): the site's logo or its header's picture, not the
    article's."""
    for node in islice(image.iterancestors(), MAX_HOME_LINK_LEVELS):
        if node.tag != "a":
            continue
        if "home" in str(node.get("rel", "")).lower().split():
            return True
        href = str(node.get("href", "")).strip()
        try:
            parts = urlsplit(href)
        except ValueError:
            return False
        return (
            parts.path == "/"
            and not parts.query
            and not parts.fragment
            and (not parts.netloc or host_of(href) == host_of(base_url))
        )
    return False


def _too_small(element: etree._Element) -> bool:
    for attribute in ("width", "height"):
        match = _NUMBER_RE.match(str(element.get(attribute, "")).strip())
        if match is not None and int(match.group(0)) < MIN_IMAGE_SIDE:
            return True
    return False


def picture_parent(image: etree._Element) -> etree._Element | None:
    """The parent of an image out of the <source> elements that libxml2 nests it in (it does
    not know <source> as void: "<picture><source><source><img>" nests the <img> twice)."""
    parent = image.getparent()
    while parent is not None and parent.tag == "source":
        parent = parent.getparent()
    return parent


def _caption(element: etree._Element) -> str | None:
    ancestor = picture_parent(element)
    for _ in range(MAX_FIGURE_DEPTH):
        if ancestor is None:
            return None
        if ancestor.tag == "figure":
            caption = next(ancestor.iter("figcaption"), None)
            if caption is None:
                return None
            text = without_licensing(clean_text(text_of(caption)), caption)
            return text or None
        ancestor = ancestor.getparent()
    return None
