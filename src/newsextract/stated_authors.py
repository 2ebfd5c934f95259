"""Authors as the page states them for machines: its JSON-LD `author` values (strings,
Person and Organization objects, references into the graph, lists) and its author meta
tags. authors.py cleans them and weighs them against the written bylines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Final, NamedTuple

from newsextract.lexicon import ALL
from newsextract.lines import normalise_line

#: At most this many authors (9 on the benchmark page with most; a source listing more is
#: read up to its first MAX_AUTHORS names).
MAX_AUTHORS: Final = 50
#: Meta names that hold the author's name.
AUTHOR_META: Final = (
    "author",
    "article:author",
    "og:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",  # Google Scholar's, one per author
)
#: schema.org kinds of Organization whose name does not end in "Organization".
_ORGANISATION_TYPES: Final = frozenset(
    {"Corporation", "NewsMediaOrganization", "NGO", "GovernmentOrganization", "Organisation"}
)


class Raw(NamedTuple):
    """An author field as a source gives it."""

    text: str
    structured: bool = False  # JSON-LD or meta: the page states it is a name
    organisation: bool = False  # a JSON-LD Organization


def json_ld_names(value: object, by_id: Mapping[str, Mapping[str, object]]) -> list[Raw]:
    """The names in a JSON-LD author value: a string, a Person (its `name`, else its
    `givenName` and `familyName`), a reference to a Person of the graph ({"@id": …}), or a
    list of them, nested or not."""
    stack = list(reversed(value)) if isinstance(value, list) else [value]  # next on top
    names: list[Raw] = []
    while stack and len(names) < MAX_AUTHORS:
        item = stack.pop()
        if isinstance(item, list):  # [Person, [Person]]
            stack.extend(reversed(item))
            continue
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        if isinstance(item, str):
            names.append(Raw(item, structured=True))
        elif isinstance(item, Mapping):
            organisation = _is_organisation(item.get("@type"))
            names.extend(
                Raw(name, structured=True, organisation=organisation)
                for name in _person_names(item)
            )
    return names


def _person_names(item: Mapping[str, object]) -> list[str]:
    """The `name` of a JSON-LD Person or Organization (each of a list), else its given and
    family names joined ("Birgit" "Baumann")."""
    name = item.get("name")
    if isinstance(name, str):
        return [name]
    if isinstance(name, list):
        return [part for part in name if isinstance(part, str)]
    parts = (item.get("givenName"), item.get("familyName"))
    return [" ".join(part.strip() for part in parts if isinstance(part, str) and part.strip())]


def _is_organisation(kinds: object) -> bool:
    """True for an Organization and its kinds (NewsMediaOrganization, Corporation)."""
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(
        isinstance(kind, str) and (kind.endswith("Organization") or kind in _ORGANISATION_TYPES)
        for kind in names
    )


def organisation_names(
    json_ld: Iterable[Mapping[str, object]], by_id: Mapping[str, Mapping[str, object]]
) -> list[Raw]:
    """The names of the JSON-LD's publishers ({"@type": "Organization", "name": …}): the
    outlet, never an author."""
    found: list[Raw] = []
    for item in json_ld:
        for raw in json_ld_names(item.get("publisher"), by_id):
            found.append(raw._replace(organisation=True))
    return found


def meta_names(meta: Mapping[str, str]) -> Iterator[str]:
    """The author meta tags, and the "Written by" label pair of Twitter cards."""
    for key in AUTHOR_META:
        value = meta.get(key)
        if value and not _is_url(value):
            yield value
    for number in ("1", "2"):
        label = meta.get(f"twitter:label{number}", "")
        if normalise_line(label) in ALL.author_prefixes and meta.get(f"twitter:data{number}"):
            yield meta[f"twitter:data{number}"]


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "//"))
