"""Authors: the people who wrote the article, each once, in page order, as clean names.

Sources, most explicit first: the article's JSON-LD (`author`: strings, Person objects,
lists), meta tags (author, article:author, dc.creator, sailthru.author, parsely-author),
the page's author markup (itemprop="author", rel="author", byline classes) and the written
byline near the headline ("Von Katrin Albers | 14. Mai 2024"). The first source that names
a person wins; organisations ("Redaktion", "dpa") only when no source names a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final, NamedTuple

from newsextract.lexicon import ALL, CREDIT_SOURCES, ORGANISATION_WORDS, normalise_line

#: Meta names that hold the author's name.
AUTHOR_META: Final = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
)
#: A name has at most this many words; a longer part of a byline is prose.
MAX_NAME_WORDS: Final = 5
MAX_NAME_CHARS: Final = 60
#: A byline longer than this is a paragraph, not a byline.
MAX_BYLINE_CHARS: Final = 200

_JOIN_RE: Final = re.compile(
    r"\s*(?:[,;/|•·]|\s[-\u2013\u2014]\s|\s(?:"
    + "|".join(sorted((re.escape(word) for word in ALL.name_joins), key=len, reverse=True))
    + r")\s)\s*",
    re.I,
)
_EMAIL_RE: Final = re.compile(r"\S+@\S+\.\w+")
_URL_RE: Final = re.compile(r"https?://\S+|www\.\S+")
_PREFIX_RE: Final = re.compile(
    r"^\W*(?:"
    + "|".join(
        sorted(
            (re.escape(prefix) for prefix in ALL.byline_prefixes | ALL.name_prefixes),
            key=len,
            reverse=True,
        )
    )
    + r")\b\s*:?\s*",
    re.I,
)
_DIGIT_RE: Final = re.compile(r"\d")
#: Words that make a byline part an organisation or a desk rather than a person.
_DESK_WORDS: Final = frozenset(
    [
        "redaktion",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "redakcja",
        "staff",
        "newsroom",
        "desk",
        "team",
        "editors",
        "editorial",
        "agencies",
        "agenturen",
    ]
)


_ARTICLES: Final = frozenset(["der", "die", "das", "the", "la", "le", "les", "el"])


class Name(NamedTuple):
    """A cleaned name and whether it names a person (else an organisation or a desk)."""

    text: str
    person: bool


def find_authors(
    json_ld: Iterable[Mapping[str, object]],
    meta: Mapping[str, str],
    *,
    markup: Iterable[str] = (),
    byline_lines: Iterable[str] = (),
    page_markup: Callable[[], Iterable[str]] = tuple,
    site_name: str | None = None,
) -> tuple[str, ...]:
    """The article's authors from the first source that names a person.

    `page_markup` gives the author markup of the whole page; it is called only when the
    sources before it name nobody.
    """
    site = normalise_line(site_name) if site_name else None
    sources: tuple[Callable[[], Iterable[str]], ...] = (
        lambda: (name for item in json_ld for name in _json_ld_names(item.get("author"))),
        lambda: (meta[key] for key in AUTHOR_META if meta.get(key) and not _is_url(meta[key])),
        lambda: markup,
        lambda: (line for line in byline_lines if _opens_with_name_prefix(line)),
        page_markup,
    )
    fallback: tuple[str, ...] = ()
    for source in sources:
        names = _clean_all(source(), site)
        people = tuple(name.text for name in names if name.person)
        if people:
            return people
        if not fallback:
            fallback = tuple(name.text for name in names)
    return fallback


def _json_ld_names(value: object) -> list[str]:
    """The names in a JSON-LD author value: a string, a Person, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, str):
                kind = item.get("@type")
                names.append(name if kind != "Organization" else f"\x00{name}")
    return names


def _clean_all(raws: Iterable[str], site: str | None) -> list[Name]:
    names: list[Name] = []
    seen: set[str] = set()
    for raw in raws:
        for name in clean_byline(raw):
            key = name.text.casefold()
            if key in seen or (site is not None and normalise_line(name.text) == site):
                continue
            seen.add(key)
            names.append(name)
    return names


def clean_byline(raw: str) -> list[Name]:
    """The names in a byline or author field: "By Jane Doe and John Smith, Staff Writers"
    gives Jane Doe and John Smith; "Von der Redaktion" gives the organisation."""
    organisation = raw.startswith("\x00")
    text = " ".join(raw.lstrip("\x00").split())
    if not text or len(text) > MAX_BYLINE_CHARS:
        return []
    text = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
    names: list[Name] = []
    for part in _JOIN_RE.split(text):
        name = _clean_part(part)
        if name is not None:
            person = not organisation and _is_person(name)
            names.append(Name(name, person))
    return names


def _clean_part(part: str) -> str | None:
    """One name of a byline without prefixes, roles, dates and brackets, or None."""
    part = _PREFIX_RE.sub("", part.strip())
    part = re.sub(r"\(.*?\)|\[.*?\]", " ", part)
    words = [word for word in part.split() if word.strip("-\u2013\u2014:")]
    while words and " ".join(words[-2:]).casefold() in ALL.author_roles:
        words = words[:-2]
    while words and words[-1].casefold().strip(".,") in ALL.author_roles:
        words.pop()
    if len(words) > 1 and words[0].casefold() in _ARTICLES:  # "von der Redaktion"
        words = words[1:]
    name = " ".join(words).strip(" -\u2013\u2014:,.")
    lowered = name.casefold()
    if (
        not name
        or len(name) > MAX_NAME_CHARS
        or len(words) > MAX_NAME_WORDS
        or _DIGIT_RE.search(name)
        or lowered in ALL.author_roles
        or lowered in ALL.month_names
        or lowered in ALL.boilerplate_lines
        or not any(char.isalpha() for char in name)
    ):
        return None
    return name


def _is_person(name: str) -> bool:
    """True unless the name reads as an organisation, a desk or an agency."""
    lowered = name.casefold()
    words = lowered.replace("-", " ").split()
    if lowered in CREDIT_SOURCES or any(word in _DESK_WORDS for word in words):
        return False
    if any(word.strip(".,") in ORGANISATION_WORDS for word in words):
        return False
    letters = name.replace(" ", "")
    return not (letters.isalpha() and letters.isupper() and len(letters) <= 6)


def _opens_with_name_prefix(line: str) -> bool:
    """True for a written byline: "By Jane Doe", "Von Katrin Albers | 14. Mai 2024"."""
    words = line.split()
    return bool(words) and words[0].casefold().strip(":") in ALL.name_prefixes


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "//"))
