"""Metadata read from the parsed page before pruning: url, title, description, language, site.

Each field is an or-cascade of typed steps, from the most explicit source to the least.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple

from lxml import etree

from newsextract import jsonld
from newsextract.jsonld import article_objects, json_ld, json_ld_credits
from newsextract.lines import normalise_line
from newsextract.model import ImageCredit
from newsextract.parsing import clean_text, text_of
from newsextract.urls import absolute_url

#: Separators between a headline and the site name in <title> and og:title.
_TITLE_SEPARATOR_RE: Final = re.compile(r"\s+[|\-\u2013\u2014:·»«/•~]\s+|\s*[|·»«•]\s*")
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}(?=$|[-_])", re.I)
#: Headlines longer than this are not headlines (a whole paragraph in an <h1>).
MAX_TITLE_CHARS: Final = 300
#: A title part shorter than this is a site name or a section label, not a headline.
MIN_HEADLINE_CHARS: Final = 12

#: At most this many tags (a page's keyword list can run to hundreds).
MAX_TAGS: Final = 50
#: At most this many lead images are stated (og:image, JSON-LD image).
MAX_LEAD_IMAGES: Final = 8
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
    tags: tuple[str, ...] = ()
    lead_images: tuple[str, ...] = ()  # og:image, JSON-LD image: absolute URLs
    articles: tuple[dict[str, Any], ...] = ()  # the JSON-LD objects of the article
    stated_text: str | None = None  # the article's text as its JSON-LD states it (articleBody)
    meta: Mapping[str, str] = field(default_factory=dict)  # <meta> values by lower-case name


def read_metadata(root: etree._Element, *, url: str | None) -> Metadata:
    """Read the page-level fields of a parsed page."""
    found = _find_sources(root)
    meta, stated_tags = _meta_tags(found.meta)
    objects = json_ld(found.scripts)
    articles = tuple(article_objects(objects))
    site_name = (
        meta.get("og:site_name") or meta.get("application-name") or jsonld.site_name(objects)
    )
    canonical = _canonical_url(found.links, meta, url)
    base_url = _base_url(found.base, url or canonical)
    return Metadata(
        url=canonical,
        base_url=base_url,
        image_credits=json_ld_credits(objects, base_url=base_url),
        title=_title(found, meta, site_name, _headline(articles)),
        description=meta.get("og:description") or meta.get("description"),
        language=_language(root, meta),
        site_name=site_name,
        tags=find_tags(stated_tags, articles),
        lead_images=_lead_images(meta, articles, base_url),
        articles=articles,
        stated_text=jsonld.body_text(articles),
        meta=meta,
    )


def find_tags(stated: Sequence[str], articles: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """The tags the meta tags and JSON-LD keywords state."""
    return unique([*stated, *jsonld.keywords(articles)], limit=MAX_TAGS)


def unique(values: Sequence[str], *, limit: int) -> tuple[str, ...]:
    kept: list[str] = []
    seen: set[str] = set()
    for value in values:
        text = clean_text(value)
        key = text.casefold()
        if text and key not in seen and len(text) <= MAX_TITLE_CHARS:
            seen.add(key)
            kept.append(text)
            if len(kept) >= limit:
                break
    return tuple(kept)


def _lead_images(
    meta: Mapping[str, str], articles: Sequence[dict[str, Any]], base_url: str | None
) -> tuple[str, ...]:
    declared = [meta.get("og:image"), meta.get("og:image:url"), *jsonld.images(articles)]
    declared.append(meta.get("twitter:image"))
    urls = (absolute_url(url, base_url) for url in declared if url)
    return unique([url for url in urls if url], limit=MAX_LEAD_IMAGES)


class _Sources(NamedTuple):
    """The elements the metadata is read from, in page order."""

    meta: list[etree._Element]
    scripts: list[etree._Element]
    links: list[etree._Element]
    base: etree._Element | None  # the first <base>
    headings: list[etree._Element]  # the first MAX_H1_CANDIDATES <h1>
    title: etree._Element | None  # the first <title>


def _find_sources(root: etree._Element) -> _Sources:
    """The <meta>, <script>, <link>, <base>, <h1> and <title> elements: one walk of the page."""
    found = _Sources([], [], [], None, [], None)
    for element in root.iter("meta", "script", "link", "base", "h1", "title"):
        tag = element.tag
        if tag == "meta":
            found.meta.append(element)
        elif tag == "script":
            found.scripts.append(element)
        elif tag == "link":
            found.links.append(element)
        elif tag == "h1":
            if len(found.headings) < MAX_H1_CANDIDATES:
                found.headings.append(element)
        elif tag == "base":
            found = found if found.base is not None else found._replace(base=element)
        elif found.title is None:
            found = found._replace(title=element)
    return found


class _MetaTags(NamedTuple):
    values: dict[str, str]  # the first content of every name, lower-cased
    tags: list[str]  # every article:tag, and the keywords split at commas


def _meta_tags(elements: Iterable[etree._Element]) -> _MetaTags:
    """The <meta> contents by property/name, and the tags they state, in one pass."""
    values: dict[str, str] = {}
    tags: list[str] = []
    for element in elements:
        raw = element.get("content")
        if raw is None:
            continue
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
        )
        content = clean_text(raw)
        if not key or not content:
            continue
        key = key.strip().lower()
        values.setdefault(key, content)
        if key == "article:tag":
            tags.append(content)
        elif key in ("keywords", "news_keywords"):
            tags.extend(content.split(","))
    return _MetaTags(values, tags)


def _canonical_url(
    links: Iterable[etree._Element], meta: dict[str, str], url: str | None
) -> str | None:
    canonical = [link.get("href") for link in links if link.get("rel", "").lower() == "canonical"]
    for candidate in (*canonical, meta.get("og:url")):
        absolute = absolute_url(candidate, url)
        if absolute is not None:
            return absolute
    return url


def _base_url(base: etree._Element | None, url: str | None) -> str | None:
    """The page's <base href> resolved against its address, else the address."""
    href = base.get("href") if base is not None else None
    return absolute_url(href, url) or url  # extract() has made `url` a clean http(s) URL


def _headline(articles: Sequence[dict[str, Any]]) -> str | None:
    """The JSON-LD article's headline (or name)."""
    for item in articles[:1]:
        for key in ("headline", "name"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return _clean_text(value)
    return None


def _title(
    found: _Sources, meta: Mapping[str, str], site_name: str | None, headline: str | None
) -> str | None:
    headings = [text for h1 in found.headings if (text := _clean(h1))]
    declared = meta.get("og:title") or meta.get("twitter:title")
    page_title = _clean(found.title) if found.title is not None else None
    return (
        _heading_confirmed(headings, (headline, declared, page_title), site_name)
        or _strip_site(declared, site_name)
        or _first_headline(headings, site_name)
        or _strip_site(page_title, site_name)
    )


def _heading_confirmed(
    headings: list[str], declared: tuple[str | None, ...], site_name: str | None
) -> str | None:
    """The first <h1> that the JSON-LD headline, the og:title or the <title> repeats (the
    site's name in an <h1> logo is repeated by every <title>: it does not count)."""
    site = normalise_line(site_name) if site_name else None
    for heading in headings:
        line = normalise_line(heading)
        if (
            len(line) >= MIN_HEADLINE_CHARS
            and line != site
            and any(text and line in normalise_line(text) for text in declared)
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
    cleaned = clean_text(text)
    if not cleaned or len(cleaned) > MAX_TITLE_CHARS:
        return None
    return cleaned
