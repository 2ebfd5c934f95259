"""Metadata read from the parsed page before pruning: url, title, description, language, site.

Each field is an or-cascade of typed steps, from the most explicit source to the least.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple, TypeVar, overload

from lxml import etree

from newsextract import jsonld
from newsextract.jsonld import article_objects, json_ld, json_ld_credits
from newsextract.model import ImageCredit
from newsextract.parsing import clean_text, text_of, without_markup
from newsextract.stated_authors import AUTHOR_META
from newsextract.titles import (
    MAX_TITLE_CHARS,
    MIN_HEADLINE_CHARS,
    SEPARATOR_ENDS_RE,
    SiteNames,
    TitleSources,
    choose_title,
    clean_title,
    in_navigation,
    set_title,
)
from newsextract.topics import find_tags
from newsextract.urls import absolute_url

_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}(?=$|[-_])", re.I)
#: An entity left in a text that was escaped twice ("&amp;quot;" reads "&quot;").
_ENTITY_RE: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
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
    graph: Mapping[str, dict[str, Any]] = field(default_factory=dict)  # all of them by @id
    stated_text: str | None = None  # the article's text as its JSON-LD states it (articleBody)
    meta: Mapping[str, str] = field(default_factory=dict)  # <meta> values by lower-case name
    #: The page's first <h1> elements outside the navigation: the body stage tells the
    #: article's headline from another article's (owners.py).
    headings: tuple[etree._Element, ...] = ()
    #: The page's <time> and <meta itemprop> elements, in page order: its date markup,
    #: pruned or not (markup.PageSearches), found by the walk that finds the metas.
    date_markup: tuple[etree._Element, ...] = ()


def read_metadata(root: etree._Element, *, url: str | None) -> Metadata:
    """Read the page-level fields of a parsed page."""
    found = _find_sources(root)
    meta, meta_tags = _meta_tags(found.meta)
    objects = json_ld(found.scripts)
    articles = tuple(article_objects(objects))
    site_name = (
        meta.get("og:site_name") or meta.get("application-name") or jsonld.site_name(objects)
    )
    canonical = _canonical_url(found.links, meta, url)
    base_url = _base_url(found.base, url or canonical)
    sources = TitleSources(
        found.headings,
        headline=_headline(articles),
        social=meta.get("og:title") or meta.get("twitter:title"),
        page_title=clean_title(text_of(found.title)) if found.title is not None else None,
    )
    site = SiteNames.of(site_name, canonical)
    title = choose_title(sources, site) or set_title(root, site)
    site_name = _without_headline(site_name, title)
    tags = find_tags(
        meta_tags,
        articles,
        site_name=site_name,
        url=canonical,
        title=title,
    )
    return Metadata(
        url=canonical,
        base_url=base_url,
        image_credits=json_ld_credits(objects, base_url=base_url),
        title=title,
        description=_description(meta),
        language=_language(root, meta),
        site_name=site_name,
        tags=unique(tags, limit=MAX_TAGS),
        lead_images=_lead_images(meta, articles, base_url),
        articles=articles,
        graph=jsonld.graph(objects),
        stated_text=jsonld.body_text(articles),
        meta=meta,
        headings=tuple(found.headings),
        date_markup=tuple(found.dated),
    )


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
    headings: list[etree._Element]  # the first MAX_H1_CANDIDATES <h1> outside navigation
    title: etree._Element | None  # the first <title>
    dated: list[etree._Element]  # the <time> and <meta itemprop> elements


def _find_sources(root: etree._Element) -> _Sources:
    """The <meta>, <script>, <link>, <base>, <h1>, <title> and <time> elements: one walk of
    the page."""
    meta: list[etree._Element] = []
    scripts: list[etree._Element] = []
    links: list[etree._Element] = []
    headings: list[etree._Element] = []
    dated: list[etree._Element] = []
    base = title = None
    for element in root.iter("meta", "script", "link", "base", "h1", "title", "time"):
        tag = element.tag
        if tag == "meta":
            meta.append(element)
            if element.get("itemprop") is not None:
                dated.append(element)
        elif tag == "script":
            scripts.append(element)
        elif tag == "link":
            links.append(element)
        elif tag == "time":
            dated.append(element)
        elif tag == "h1":
            if len(headings) < MAX_H1_CANDIDATES and not in_navigation(element):
                headings.append(element)
        elif tag == "base":
            base = element if base is None else base
        elif title is None:  # (an <svg> icon's <title> after the page's)
            title = element
    return _Sources(meta, scripts, links, base, headings, title, dated)


_T = TypeVar("_T")
_AUTHOR_KEYS: Final = frozenset(AUTHOR_META)


class MetaValues(Mapping[str, str]):
    """The <meta> contents by lower-cased name, the first of each name that states one (of
    the author metas, one per author, every one: "Jane Doe; John Smith"), each cleaned
    (`clean_text`, entities of a second escaping read) when first asked for: a page states
    dozens of metas that no stage reads (viewport, robots, verification codes). Built by
    `_meta_tags`; read only after."""

    __slots__ = ("_clean", "_raw")

    def __init__(self) -> None:
        self._raw: dict[str, str] = {}  # as the page writes them
        self._clean: dict[str, str] = {}  # cleaned: those read, and those cleaned to be kept

    def keep(self, key: str, raw: str, content: str | None = None) -> None:
        """Keep `raw` under `key` unless the name has a content already or `raw` cleans to
        nothing (a printable text with a letter or a sign cleans to one: it waits);
        `content`: `raw` cleaned, when the caller has it."""
        if key in self._raw:
            if key in _AUTHOR_KEYS and raw.strip():  # one author meta per author: a list
                self._raw[key] = f"{self._raw[key]}; {raw}"
                self._clean.pop(key, None)
            return
        if content is None and _cleans_to_text(raw):
            self._raw[key] = raw
            return
        content = meta_text(raw) if content is None else content
        if content:
            self._raw[key] = raw
            self._clean[key] = content

    def __getitem__(self, key: str) -> str:
        value = self._clean.get(key)
        if value is None:
            value = self._clean[key] = meta_text(self._raw[key])
        return value

    @overload
    def get(self, key: str, /) -> str | None: ...
    @overload
    def get(self, key: str, /, default: str | _T) -> str | _T: ...
    def get(self, key: str, /, default: object = None) -> object:
        return self[key] if key in self._raw else default  # (Mapping's raises and catches)

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _cleans_to_text(raw: str) -> bool:
    """Whether `raw` surely cleans to a text without being cleaned: printable, not blank,
    with no entity that might decode to a control character ("&#1;") and no markup that
    might be all of it ("<b></b>")."""
    return (
        "&" not in raw
        and "<" not in raw
        and "\u034f" not in raw
        and raw.isprintable()
        and not raw.isspace()
        and raw != ""
    )


class _MetaTags(NamedTuple):
    values: MetaValues
    #: The tag lists: every article:tag, every keywords meta, every news_keywords meta.
    lists: tuple[list[str], list[str], list[str]]


#: The metas that list tags, and their list in `_MetaTags.lists`.
_TAG_LISTS: Final = {"article:tag": 0, "keywords": 1, "news_keywords": 2}


def _meta_tags(elements: Iterable[etree._Element]) -> _MetaTags:
    """The <meta> contents by property/name, and the tags they state, in one pass."""
    values = MetaValues()
    lists: tuple[list[str], list[str], list[str]] = ([], [], [])
    for element in elements:
        raw = element.get("content")
        if raw is None:  # a microdata date stated as an attribute of its own
            raw = element.get("datetime")
            if raw is None:
                continue
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
        )
        if not key:
            continue
        key = key.strip().lower()
        source = _TAG_LISTS.get(key)
        if source is None:
            values.keep(key, raw)  # cleaned when read
            continue
        content = meta_text(raw)
        if content:
            values.keep(key, raw, content)
            lists[source].append(content)
    return _MetaTags(values, lists)


def _canonical_url(
    links: Iterable[etree._Element], meta: Mapping[str, str], url: str | None
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


def _without_headline(site_name: str | None, title: str | None) -> str | None:
    """A site's stated name without the article's headline that a CMS wrote into it
    ("Headline | The Paper" is "The Paper"); None when it is the headline alone."""
    if not site_name or not title or len(title) < MIN_HEADLINE_CHARS:
        return site_name
    start = site_name.find(title)
    if start < 0:
        return site_name
    rest = SEPARATOR_ENDS_RE.sub("", site_name[:start] + " " + site_name[start + len(title) :])
    return rest.strip() or None


def _headline(articles: Sequence[dict[str, Any]]) -> str | None:
    """The JSON-LD article's headline (or name)."""
    for item in articles[:1]:
        for key in ("headline", "name"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return clean_title(unescaped(value))
    return None


def meta_text(raw: str) -> str:
    """A meta's content as a value: cleaned, entities of a second escaping read, markup a
    CMS left in it dropped ('By <a href="/profiles/jane-doe">Jane Doe</a>')."""
    return without_markup(unescaped(clean_text(raw)))


def unescaped(text: str) -> str:
    """A text with the entities of a second escaping read ("&quot;" in a meta content that
    was written "&amp;quot;", "&#039;" in JSON-LD), cleaned again when there were any (a
    "&#13;" is a line break, a "&nbsp;" a space)."""
    if "&" in text and _ENTITY_RE.search(text):
        return clean_text(html.unescape(text))
    return text


#: A description that opens with a title's separator and holds at most this many words after
#: it is the tail of a "headline | site" template whose headline was left empty ("| City
#: News"): the site's name, no summary.
MAX_SITE_TAIL_WORDS: Final = 4
_OPENING_SEPARATOR_RE: Final = re.compile(r"[|\-\u2013\u2014:\u00b7\u00bb\u2022~]\s")


def _description(meta: Mapping[str, str]) -> str | None:
    """The page's summary (og:description, else the description), without a template's
    tail standing alone (MAX_SITE_TAIL_WORDS)."""
    for value in (meta.get("og:description"), meta.get("description")):
        if not value:
            continue
        if _OPENING_SEPARATOR_RE.match(value) and len(value.split()) <= MAX_SITE_TAIL_WORDS + 1:
            continue
        return value
    return None


def _language(root: etree._Element, meta: Mapping[str, str]) -> str | None:
    for value in (
        root.get("lang") or root.get("xml:lang") or "",
        meta.get("content-language", ""),
        meta.get("og:locale", ""),
    ):
        match = _LANGUAGE_RE.match(value.strip())
        if match:
            return match.group(0).lower()
    return None
