"""Metadata read from the parsed page before pruning: url, title, description, language, site.

Each field is an or-cascade of typed steps, from the most explicit source to the least.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsextract.credits import parse_credit
from newsextract.lexicon import normalise_line
from newsextract.model import ImageCredit
from newsextract.parsing import printable, text_of
from newsextract.related import absolute_url

#: Separators between a headline and the site name in <title> and og:title.
_TITLE_SEPARATOR_RE: Final = re.compile(r"\s+[|\-\u2013\u2014:·»«/•~]\s+|\s*[|·»«•]\s*")
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}(?=$|[-_])", re.I)
#: Headlines longer than this are not headlines (a whole paragraph in an <h1>).
MAX_TITLE_CHARS: Final = 300
#: A title part shorter than this is a site name or a section label, not a headline.
MIN_HEADLINE_CHARS: Final = 12

#: JSON-LD nested deeper than this is not looked into.
MAX_JSON_LD_DEPTH: Final = 8
#: Only the first headings are candidates for the headline.
MAX_H1_CANDIDATES: Final = 5


@dataclass(frozen=True, slots=True)
class Metadata:
    """Page-level fields for the Article."""

    url: str | None = None
    base_url: str | None = None  # what relative links resolve against
    title: str | None = None
    description: str | None = None
    language: str | None = None
    site_name: str | None = None
    image_credits: tuple[ImageCredit, ...] = ()  # from JSON-LD ImageObjects


def read_metadata(root: etree._Element, *, url: str | None) -> Metadata:
    """Read the page-level fields of a parsed page."""
    meta = _meta_values(root)
    site_name = meta.get("og:site_name") or meta.get("application-name")
    canonical = _canonical_url(root, meta, url)
    base_url = _base_url(root, url or canonical)
    return Metadata(
        url=canonical,
        base_url=base_url,
        image_credits=json_ld_credits(json_ld(root), base_url=base_url),
        title=_title(root, meta, site_name),
        description=meta.get("og:description") or meta.get("description"),
        language=_language(root, meta),
        site_name=site_name,
    )


def _meta_values(root: etree._Element) -> dict[str, str]:
    """The first non-empty content of every <meta> by its property/name, lower-cased."""
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        if element.get("content") is None:
            continue
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
        )
        content = " ".join(printable(str(element.get("content", ""))).split())
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def _canonical_url(root: etree._Element, meta: dict[str, str], url: str | None) -> str | None:
    canonical = [
        link.get("href") for link in root.iter("link") if link.get("rel", "").lower() == "canonical"
    ]
    for candidate in (*canonical, meta.get("og:url")):
        if candidate and candidate.strip():
            absolute = urljoin(url or "", candidate.strip())
            if urlsplit(absolute).scheme in ("http", "https"):
                return absolute
    return url


def json_ld(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph members and list items flattened."""
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in str(script.get("type", "")).lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:  # broken JSON-LD is common; the page's other sources remain
            continue
        _flatten(data, objects, depth=0)
    return objects


def _flatten(data: object, into: list[dict[str, Any]], *, depth: int) -> None:
    if depth > MAX_JSON_LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, into, depth=depth + 1)
    elif isinstance(data, dict):
        into.append(data)
        _flatten(data.get("@graph"), into, depth=depth + 1)


def json_ld_credits(
    objects: list[dict[str, Any]], *, base_url: str | None
) -> tuple[ImageCredit, ...]:
    """Credits of the ImageObjects among JSON-LD objects (top level or an article's image)."""
    credits: list[ImageCredit] = []
    for image in _image_objects(objects):
        text = _string(image.get("creditText")) or _string(image.get("copyrightNotice"))
        holder = _name(image.get("copyrightHolder"))
        author = _name(image.get("author")) or _name(image.get("creator"))
        if not (text or holder or author):
            continue
        image_url = absolute_url(
            _string(image.get("contentUrl")) or _string(image.get("url")), base_url
        )
        parsed = parse_credit(text or holder or author or "", image_url=image_url)
        credits.append(
            replace(parsed, author=parsed.author or author, source=parsed.source or holder)
        )
    return tuple(credits)


def _image_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    images: list[dict[str, Any]] = []
    for item in objects:
        candidates = [item, *_as_list(item.get("image")), *_as_list(item.get("associatedMedia"))]
        for candidate in candidates:
            if (
                isinstance(candidate, dict)
                and "ImageObject" in _as_list(candidate.get("@type"))
                and all(candidate is not seen for seen in images)
            ):
                images.append(candidate)
    return images


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(printable(value).split())
    return None


def _name(value: object) -> str | None:
    for item in _as_list(value):
        name = _string(item.get("name")) if isinstance(item, dict) else _string(item)
        if name:
            return name
    return None


def _base_url(root: etree._Element, url: str | None) -> str | None:
    """The page's <base href> resolved against its address, else the address."""
    base = next(root.iter("base"), None)
    href = base.get("href") if base is not None else None
    if href and href.strip():
        resolved = urljoin(url or "", href.strip())
        if urlsplit(resolved).scheme in ("http", "https"):
            return resolved
    return url


def _title(root: etree._Element, meta: dict[str, str], site_name: str | None) -> str | None:
    headings = [text for h1 in islice(root.iter("h1"), MAX_H1_CANDIDATES) if (text := _clean(h1))]
    declared = meta.get("og:title") or meta.get("twitter:title")
    title_element = root.find(".//title")
    page_title = _clean(title_element) if title_element is not None else None
    return (
        _heading_confirmed(headings, (declared, page_title))
        or _strip_site(declared, site_name)
        or _first_headline(headings, site_name)
        or _strip_site(page_title, site_name)
    )


def _heading_confirmed(headings: list[str], declared: tuple[str | None, ...]) -> str | None:
    """The first <h1> that the og:title or the <title> repeats."""
    for heading in headings:
        line = normalise_line(heading)
        if len(line) >= MIN_HEADLINE_CHARS and any(
            text and line in normalise_line(text) for text in declared
        ):
            return heading
    return None


def _first_headline(headings: list[str], site_name: str | None) -> str | None:
    site = normalise_line(site_name) if site_name else None
    for heading in headings:
        if len(heading) >= MIN_HEADLINE_CHARS and normalise_line(heading) != site:
            return heading
    return None


def _strip_site(title: str | None, site_name: str | None) -> str | None:
    """A title without the site name glued before or after it."""
    if not title:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATOR_RE.split(title) if part.strip()]
    if len(parts) <= 1:
        return title
    site = normalise_line(site_name) if site_name else None
    kept = [part for part in parts if normalise_line(part) != site]
    longest = max(kept or parts, key=len)
    if len(longest) >= MIN_HEADLINE_CHARS:
        return longest
    return title


def _language(root: etree._Element, meta: dict[str, str]) -> str | None:
    for value in (
        root.get("lang") or root.get("xml:lang") or "",
        meta.get("content-language", ""),
        meta.get("og:locale", ""),
    ):
        match = _LANGUAGE_RE.match(value.strip())
        if match:
            return match.group(0).lower()
    return None


def _clean(element: etree._Element) -> str | None:
    return _clean_text(text_of(element))


def _clean_text(text: str) -> str | None:
    cleaned = " ".join(printable(text).split())
    if not cleaned or len(cleaned) > MAX_TITLE_CHARS:
        return None
    return cleaned
