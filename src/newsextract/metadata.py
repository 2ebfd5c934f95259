"""Metadata read from the parsed page before pruning: url, title, description, language, site.

Each field is an or-cascade of typed steps, from the most explicit source to the least.
"""

from __future__ import annotations

import html
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
from newsextract.topics import find_tags
from newsextract.urls import absolute_url, host_of

#: Separators between a headline and the site name in <title> and og:title.
_TITLE_SEPARATOR_RE: Final = re.compile(r"\s+[|\-\u2013\u2014:·»«/•~]\s+|\s*[|·»«•]\s*")
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}(?=$|[-_])", re.I)
#: Headlines longer than this are not headlines (a whole paragraph in an <h1>).
MAX_TITLE_CHARS: Final = 300
#: A title part shorter than this is a site name or a section label, not a headline.
MIN_HEADLINE_CHARS: Final = 12

#: A domain name as a title names its site ("sportschau.de").
_DOMAIN_RE: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
#: The separators a headline itself writes: dashes and colons between spaces.
_DASH_RE: Final = re.compile(r"\s+[\-\u2013\u2014:]\s+")
#: An entity left in a text that was escaped twice ("&amp;quot;" reads "&quot;").
_ENTITY_RE: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Typographic quotes and dashes, as the plain ones a social title often writes for them.
_PLAIN_PUNCTUATION: Final = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"')
    | dict.fromkeys("\u2012\u2013\u2014\u2015", "-")
)

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
    meta, meta_tags = _meta_tags(found.meta)
    objects = json_ld(found.scripts)
    articles = tuple(article_objects(objects))
    site_name = (
        meta.get("og:site_name") or meta.get("application-name") or jsonld.site_name(objects)
    )
    canonical = _canonical_url(found.links, meta, url)
    base_url = _base_url(found.base, url or canonical)
    title = _title(found, meta, _SiteNames(site_name, canonical), _headline(articles))
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
        description=meta.get("og:description") or meta.get("description"),
        language=_language(root, meta),
        site_name=site_name,
        tags=unique(tags, limit=MAX_TAGS),
        lead_images=_lead_images(meta, articles, base_url),
        articles=articles,
        stated_text=jsonld.body_text(articles),
        meta=meta,
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
    #: The tag lists: every article:tag, every keywords meta, every news_keywords meta.
    lists: tuple[list[str], list[str], list[str]]


#: The metas that list tags, and their list in `_MetaTags.lists`.
_TAG_LISTS: Final = {"article:tag": 0, "keywords": 1, "news_keywords": 2}


def _meta_tags(elements: Iterable[etree._Element]) -> _MetaTags:
    """The <meta> contents by property/name, and the tags they state, in one pass."""
    values: dict[str, str] = {}
    lists: tuple[list[str], list[str], list[str]] = ([], [], [])
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
        content = unescaped(clean_text(raw))
        if not key or not content:
            continue
        key = key.strip().lower()
        values.setdefault(key, content)
        source = _TAG_LISTS.get(key)
        if source is not None:
            lists[source].append(content)
    return _MetaTags(values, lists)


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
                return _clean_text(unescaped(value))
    return None


class _SiteNames(NamedTuple):
    """The names a site goes by: its stated name and its host's ("seelenradio.de")."""

    name: str | None
    url: str | None

    def named(self, line: str) -> bool:
        """True when a normalised line is the site's name or its host's name."""
        if self.name and line == normalise_line(self.name):
            return True
        if _DOMAIN_RE.fullmatch(line):  # "sportschau.de", "news.orf.at"
            return True
        host = host_of(self.url)
        return host is not None and line in (host, *host.split(".")[-2:-1])


def _title(
    found: _Sources, meta: Mapping[str, str], site: _SiteNames, headline: str | None
) -> str | None:
    site_name = site.name
    headings = [text for h1 in found.headings if (text := _clean(h1))]
    declared = meta.get("og:title") or meta.get("twitter:title")
    page_title = _clean(found.title) if found.title is not None else None
    return (
        _heading_confirmed(headings, (headline, declared, page_title), site)
        or _strip_site(declared, site, social=True)
        or _first_headline(headings, site_name)
        or _strip_site(page_title, site)
        or next(iter(headings), None)  # a short headline, when the page states no title
    )


def _heading_confirmed(
    headings: list[str], declared: tuple[str | None, ...], site: _SiteNames
) -> str | None:
    """The first <h1> that the JSON-LD headline, the og:title or the <title> repeats, as the
    page writes it (with the typographic quotes and dashes a social title writes plain);
    else a short <h1> ("Derby") that one of them states alone or before a separator
    ("Derby - The Daily Paper"). The site's name in an <h1> logo is repeated by every
    <title>: it does not count."""
    titles = [_plain(text) for text in declared if text]
    for heading in headings:
        line = _plain(heading)
        long = len(line) >= MIN_HEADLINE_CHARS
        if long and not site.named(line) and any(line in title for title in titles):
            return heading
    # the headline leads a title, the site's name (an <h1> logo's too) trails it
    leads = {_plain(_TITLE_SEPARATOR_RE.split(text, maxsplit=1)[0]) for text in declared if text}
    for heading in headings:
        line = _plain(heading)
        if line and not site.named(line) and line in leads:
            return heading
    return None


def _plain(text: str) -> str:
    """A line as titles are compared: case-folded, plain quotes and dashes."""
    return normalise_line(text.translate(_PLAIN_PUNCTUATION))


def _first_headline(headings: list[str], site_name: str | None) -> str | None:
    site = normalise_line(site_name) if site_name else None
    for heading in headings:
        if len(heading) >= MIN_HEADLINE_CHARS and normalise_line(heading) != site:
            return heading
    return None


def _strip_site(title: str | None, site: _SiteNames, *, social: bool = False) -> str | None:
    """A title without the site name glued before or after it: the site's part cut off as
    the title writes the rest ("Rückschlag im Titelkampf - Liverpool verliert bei Everton |
    sportschau.de"); when no part is the site's, the longest part, but a social title
    (og:title) split only by dashes and colons is kept whole: a headline writes those, and
    the social title names its site apart (og:site_name)."""
    if not title:
        return None
    separators = list(_TITLE_SEPARATOR_RE.finditer(title))
    if not separators:
        return title
    last, first = title[separators[-1].end() :], title[: separators[0].start()]
    if site.named(normalise_line(last)):
        return _strip_site(title[: separators[-1].start()].strip(), site, social=True)
    if site.named(normalise_line(first)):
        return _strip_site(title[separators[0].end() :].strip(), site, social=True)
    if social and all(_DASH_RE.fullmatch(match.group(0)) for match in separators):
        return title  # "Rückschlag im Titelkampf - Liverpool verliert bei Everton"
    parts = [part.strip() for part in _TITLE_SEPARATOR_RE.split(title) if part.strip()]
    longest = max(parts, key=len)
    return longest if len(longest) >= MIN_HEADLINE_CHARS else title


def unescaped(text: str) -> str:
    """A text with the entities of a second escaping read ("&quot;" in a meta content that
    was written "&amp;quot;", "&#039;" in JSON-LD)."""
    return html.unescape(text) if "&" in text and _ENTITY_RE.search(text) else text


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
