"""JSON-LD: the structured data a page states about itself, flattened and picked over.

Broken JSON-LD is common; a script that does not parse is skipped and the page's other
sources remain. So is a script nested deeper than Python's json module can read (about 1,000
levels: it raises RecursionError); real JSON-LD is a few levels deep.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, Final

from lxml import etree

from newsextract.creditparts import parse_credit
from newsextract.credits import MAX_IMAGE_CREDITS
from newsextract.model import ImageCredit
from newsextract.parsing import clean_text
from newsextract.urls import absolute_url

#: JSON-LD nested deeper than this is not looked into.
MAX_JSON_LD_DEPTH: Final = 8
#: The types of an article's object (schema.org Article and its kinds).
ARTICLE_TYPES: Final = frozenset(
    [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "Recipe",
        "HowTo",
    ]
)
#: Types whose dates and authors are never the article's (comments, reviews, the site).
_NOT_ARTICLE_TYPES: Final = frozenset(
    [
        "Comment",
        "Review",
        "Person",
        "Organization",
        "WebSite",
        "BreadcrumbList",
        "ImageObject",
        "VideoObject",
    ]
)


def json_ld(scripts: Iterable[etree._Element]) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page's <script> elements, @graph members and list items
    flattened. A script typed as something else is not read (its text, often a bundle of
    code, is not even copied out of the tree)."""
    objects: list[dict[str, Any]] = []
    for script in scripts:
        script_type = str(script.get("type", "")).lower()
        if script_type and "ld+json" not in script_type:
            continue
        text = script.text
        if not text or not (script_type or _opens_a_schema_object(text)):
            continue
        try:
            data = json.loads(text, strict=False)  # control characters in strings: common
        except (ValueError, RecursionError):  # broken, or nested beyond what json can read
            continue
        _flatten(data, objects, depth=0)
    return objects


#: White space, then the opening of a JSON object or list.
_JSON_OPENING_RE: Final = re.compile(r"\s*[{\[]")


def _opens_a_schema_object(text: str) -> bool:
    """An untyped script that is JSON-LD: it opens with a schema.org object (white space
    skipped by a match, not by a copy of the whole script without it)."""
    return _JSON_OPENING_RE.match(text) is not None and '"@context"' in text[:200]


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
        if len(credits) >= MAX_IMAGE_CREDITS:
            break
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


def _image_objects(objects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The ImageObjects among the objects and their images, each once."""
    seen: set[int] = set()  # ids: the same object may be listed and an article's image
    for item in objects:
        candidates = [item, *_as_list(item.get("image")), *_as_list(item.get("associatedMedia"))]
        for candidate in candidates:
            if (
                isinstance(candidate, dict)
                and id(candidate) not in seen
                and "ImageObject" in _as_list(candidate.get("@type"))
            ):
                seen.add(id(candidate))
                yield candidate


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return clean_text(value)
    return None


def _name(value: object) -> str | None:
    for item in _as_list(value):
        name = _string(item.get("name")) if isinstance(item, dict) else _string(item)
        if name:
            return name
    return None


def article_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects that describe the article: its Article types, else a WebPage or other
    object that carries a date or an author (never a comment's or the site's)."""
    articles = [item for item in objects if ARTICLE_TYPES.intersection(_types(item))]
    if articles:
        return articles
    return [
        item
        for item in objects
        if not _NOT_ARTICLE_TYPES.intersection(_types(item))
        and ("datePublished" in item or "author" in item)
    ]


def graph(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The objects of the page's JSON-LD by their @id: what a reference ({"@id": …}, as SEO
    plugins write an article's author) names."""
    return {item["@id"]: item for item in objects if isinstance(item.get("@id"), str)}


def _types(item: dict[str, Any]) -> list[str]:
    return [kind for kind in _as_list(item.get("@type")) if isinstance(kind, str)]


def site_name(objects: list[dict[str, Any]]) -> str | None:
    """The name of the page's WebSite object, if it states one."""
    for item in objects:
        if "WebSite" in _types(item):
            name = _string(item.get("name"))
            if name:
                return name
    return None


def images(articles: Sequence[dict[str, Any]]) -> list[str]:
    """The image URLs the article objects state, as written (strings or ImageObjects)."""
    urls: list[str] = []
    for item in articles:
        for image in _as_list(item.get("image")):
            url = (
                _string(image.get("url")) or _string(image.get("contentUrl"))
                if isinstance(image, dict)
                else _string(image)
            )
            if url:
                urls.append(url)
    return urls


def keywords(articles: Sequence[dict[str, Any]]) -> list[str]:
    """The keywords of the article objects: a list, or one comma-separated string."""
    found: list[str] = []
    for item in articles:
        for value in _as_list(item.get("keywords")):
            if isinstance(value, str):
                found.extend(part for part in value.split(",") if part.strip())
    return found


#: The schema.org properties that hold an object's own text, most explicit first.
_BODY_PROPERTIES: Final = ("articleBody", "text")
#: The properties that hold the steps of a HowTo or the instructions of a Recipe.
_STEP_PROPERTIES: Final = ("step", "recipeInstructions")
#: Steps nest sections of steps (HowToSection > HowToStep > HowToDirection): this deep at most.
MAX_STEP_DEPTH: Final = 4
#: At most this many step texts are read from an object.
MAX_STEPS: Final = 500


def body_text(articles: Sequence[dict[str, Any]]) -> str | None:
    """The article's own text as its JSON-LD states it, as written (markup and line breaks
    kept): articleBody or text; for a HowTo or a Recipe, its description and the text of its
    steps, one per line. None when no article object states one."""
    for item in articles:
        for key in _BODY_PROPERTIES:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return value
        steps: list[str] = []
        for key in _STEP_PROPERTIES:
            _step_texts(item.get(key), steps, MAX_STEP_DEPTH)
        if steps:
            description = item.get("description")
            lead = [description] if isinstance(description, str) and description.strip() else []
            return "\n".join([*lead, *steps])
    return None


def _step_texts(value: object, found: list[str], depth: int) -> None:
    """Collect the texts of a step structure: strings, {"text": ...} objects and their
    itemListElement children, in order."""
    if depth == 0 or len(found) >= MAX_STEPS:
        return
    if isinstance(value, str):
        if value.strip():
            found.append(value)
        return
    for item in _as_list(value):
        if isinstance(item, str):
            _step_texts(item, found, depth)
        elif isinstance(item, dict):
            _step_texts(item.get("text"), found, depth - 1)
            _step_texts(item.get("itemListElement"), found, depth - 1)
