"""Authors: the people who wrote the article, each once, in page order, as clean names.

Sources, most explicit first: the article's JSON-LD (`author`: strings, Person objects,
lists), meta tags (author, article:author, dc.creator, sailthru.author, parsely-author),
the page's author markup (itemprop="author", rel="author", byline classes) and the written
byline near the headline ("Von Katrin Albers | 14. Mai 2024"). The first source that names
a person wins; organisations ("Redaktion", "dpa") only when no source names a person.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Final, NamedTuple

from newsextract.creditparts import COPYRIGHT_RE
from newsextract.datetext import written_date
from newsextract.evidence import Evidence
from newsextract.lexicon import ALL, any_of
from newsextract.lines import is_credit_line, normalise_line
from newsextract.nameends import CLOCK_RE, name_words
from newsextract.outlets import DOTTED_RE, full_name, is_person, legal_form, names_an_outlet
from newsextract.parsing import printable, without_markup
from newsextract.patterns import EMAIL_RE, MARKS
from newsextract.stated_authors import (
    MAX_AUTHORS,
    Raw,
    json_ld_names,
    meta_names,
    organisation_names,
)
from newsextract.urls import host_of
from newsextract.writtenbylines import (
    MAX_BYLINE_CHARS,
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    PLAIN_NAME_RE,
    after_date,
    editor_credits,
    signature,
    written_bylines,
)

MAX_NAME_CHARS: Final = 60

_JOINS: Final = any_of(ALL.name_joins)
#: What joins two names: a comma (an "and" after it: "Jane Doe, Ann Roe, and John Smith"),
#: a slash, a bar, a dash between spaces, "and"; the enumeration comma, the full-width comma
#: and semicolon of scripts written without spaces ("张三、李四").
_JOIN_RE: Final = re.compile(
    rf"\s*(?:[,;/|•·\u3001\uff0c\uff1b](?:\s*(?:{_JOINS})(?=\s))?"
    rf"|\s[-\u2013\u2014]\s|\s(?:{_JOINS})\s)\s*",
    re.I,
)
#: The dashes that join two parts of a byline (between spaces, see _JOIN_RE).
_DASHES: Final = frozenset("-\u2013\u2014")
#: A one-word part at the end of a list of at least this many full names is a place.
MIN_LISTED_NAMES: Final = 2
#: What separates the fields of a byline (its names, place, date), not names.
_FIELD_RE: Final = re.compile(r"\s*[|•·]\s*")
_URL_RE: Final = re.compile(r"https?://\S+|www\.\S+")
_PREFIX_RE: Final = re.compile(
    r"^\W*(?:"
    + any_of(
        ALL.byline_prefixes | ALL.name_prefixes | ALL.author_prefixes | ALL.author_box_headings
    )
    + rf")(?![\w{MARKS}])\s*:?\s*",
    re.I,
)
#: A word of a date or a time ("2020", "13:36", "29.12.2010") or a relative time ("8h",
#: "12min", "3d"); "Ka3tor" is a name. (A time of day with its "am": nameends.CLOCK_RE.)
_NOT_A_NAME_WORD_RE: Final = re.compile(r"^(?:[\d\W_]+|\d+[^\W\d_]{1,3}\.?)$")
#: The slug of a profile's address ("nora-blackwood"): a name as a URL writes it.
_SLUG_RE: Final = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
#: A prefix run into the name by markup without a space: "vonJonas Kehl", "ByJane Doe".
_GLUED_PREFIX_RE: Final = re.compile(r"^(?:" + any_of(ALL.name_prefixes) + r")(?=[A-Z])")
_OUTER_JUNK_RE: Final = re.compile(rf"^[^\w@{MARKS}]+|[^\w.{MARKS}]+$")  # "शर्मा" keeps its ा
#: A site or account name: one word with dots inside ("facebook.com", "jane.doe").
_DOMAIN_RE: Final = re.compile(r"\b[\w-]{2,}\.(?:com|net|org|de|at|ch|fr|it|es|uk|info|eu)\b")
_ONE_WORD_LABEL_RE: Final = re.compile(r"^([^\W\d_]+):\s+(?=[A-Z])")
#: A handle or a follow button after the name: "Jane Doe @jdoe", "Jane Doe Follow @jdoe",
#: "Jane Doe Folgen".
_HANDLE_RE: Final = re.compile(
    rf"(?<=\w)\s+(?:(?:{any_of(ALL.follow_prefixes)})(?:\s+@\w+)?|@\w+)$", re.I
)
#: The last words of the follow prefixes: a part that ends otherwise has no follow button.
_FOLLOW_LAST_WORDS: Final = frozenset(phrase.split()[-1] for phrase in ALL.follow_prefixes)
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
#: An acronym of the host has at least this many letters ("BBC", "MDR", "NZZ").
MIN_ACRONYM: Final = 2

#: A site's name after a person's name in a byline has at most this many words.
MAX_SITE_WORDS: Final = 3
#: Words shorter than this are not compared with the host ("&", "of").
MIN_HOST_WORD: Final = 3
#: Byline prefixes stripped one after the other ("Post author By").
MAX_PREFIXES: Final = 3


class Name(NamedTuple):
    """A cleaned name and whether it names a person (else an organisation or a desk)."""

    text: str
    person: bool


def find_authors(evidence: Evidence) -> tuple[str, ...]:
    """The article's authors from the first source that names a person (names of the site,
    by its name or its host, are organisations).

    The searches (links to author pages in the article, the author markup of the whole
    page) are made only when the sources before them name nobody.
    """
    json_ld, searches, graph = evidence.json_ld, evidence.searches, evidence.json_ld_graph
    by_id = {str(item["@id"]): item for item in json_ld if isinstance(item.get("@id"), str)}
    stated = [name for item in json_ld for name in json_ld_names(item.get("author"), by_id)]
    site = _site(evidence, (*organisation_names(json_ld, graph or by_id), *stated))
    lines = (*evidence.byline_lines, *evidence.closing_lines)
    sources: tuple[Callable[[], Iterable[Raw]], ...] = (
        lambda: stated,
        lambda: (Raw(text, structured=True) for text in meta_names(evidence.meta)),
        lambda: (Raw(text) for text in evidence.markup.authors),
        lambda: (Raw(text) for text in written_bylines(lines)),
        lambda: (Raw(text) for text in searches.author_links()),
        # A Person the article refers to elsewhere in the page's graph ({"@id": …}): an
        # SEO plugin's record of who posted it, which a byline or an author link overrides.
        lambda: [name for item in json_ld for name in json_ld_names(item.get("author"), graph)],
        lambda: (Raw(text) for text in searches.page_authors()),
        # The editor a page credits below its text ("(责编: 张三)"), when nobody signs it.
        lambda: (Raw(text) for text in editor_credits(lines)),
    )
    fallback: tuple[str, ...] = ()
    for source in sources:
        names = _clean_all(source(), site)
        people = tuple(name.text for name in names if name.person)
        if people:
            return people
        if not fallback:
            fallback = tuple(name.text for name in names)
    # A name alone below the text signs it, when nothing else names anyone.
    signed = _clean_all((Raw(text) for text in signature(evidence.last_paragraph)), site)
    return fallback or tuple(name.text for name in signed if name.person)


class _Site(NamedTuple):
    name: str | None  # the site's name, normalised
    host: str  # the letters of the page's host ("shiftsnpaycom")
    labels: frozenset[str] = frozenset()  # the labels of the host ("bbc", "co", "uk")
    outlets: frozenset[str] = frozenset()  # the organisations the JSON-LD names, normalised


def _site(evidence: Evidence, stated: Iterable[Raw]) -> _Site:
    """The site of the evidence; `stated`: the JSON-LD's authors and publishers."""
    host = host_of(evidence.url) or ""
    letters = "".join(filter(str.isalnum, host))
    name = normalise_line(evidence.site_name) if evidence.site_name else None
    outlets = frozenset(normalise_line(raw.text) for raw in stated if raw.organisation)
    return _Site(name, letters, frozenset(host.split(".")), outlets)


def _names_the_site(name: str, site: _Site) -> bool:
    """True for the site's name ("Example News"), a name the JSON-LD states is an
    organisation (its publisher, an Organization as author) or one spelled from its host
    ("Parks & Trails" on parksntrails.com)."""
    normalised = normalise_line(name)
    if normalised == site.name or normalised in site.outlets:  # "n-tv NACHRICHTEN"
        return True
    words = [word for word in _WORD_RE.findall(name.casefold()) if len(word) >= MIN_HOST_WORD]
    return bool(site.host and words and all(word in site.host for word in words))


def _without_the_site(name: Name, site: _Site) -> Name:
    """A person's name without the site's name a byline box shows after it ("Jane Doe
    EXAMPLE TIMES" on exampletimes.com, "Jane Doe Example News")."""
    words = name.text.split()
    if not name.person:  # "Verein der Gartenfreunde e.V." on gartenfreunde.de
        return name
    if not all(word[0].isupper() for word in words):
        return name  # "Freunde der Altstadt in Musterstadt e.V.": no person's name
    for size in range(min(MAX_SITE_WORDS, len(words) - MIN_NAME_WORDS), 0, -1):
        if _names_the_site(" ".join(words[-size:]), site):
            return name._replace(text=" ".join(words[:-size]))
    return name


def _has_host_acronym(name: str, site: _Site) -> bool:
    """True for a name with the host's acronym ("DPN News" on dpn.co.uk, "RKX THÜRINGEN"
    on rkx.de): an outlet, not a person."""
    return any(
        len(word) >= MIN_ACRONYM and word.isupper() and word.casefold() in site.labels
        for word in name.split()
    )


def _clean_all(raws: Iterable[Raw], site: _Site) -> list[Name]:
    names: list[Name] = []
    seen: set[str] = set()
    for raw in raws:
        site_wide = _names_the_site(raw.text, site)
        for cleaned in clean_byline(
            raw.text, structured=raw.structured, organisation=raw.organisation
        ):
            name = _without_the_site(cleaned, site)
            key = name.text.casefold()
            if key in seen:
                continue
            seen.add(key)
            site_named = (
                site_wide
                or (name.text != raw.text and _names_the_site(name.text, site))  # read above
                or _has_host_acronym(name.text, site)
            )
            names.append(name._replace(person=False) if site_named else name)
            if len(names) >= MAX_AUTHORS:
                return names
    return names


def clean_byline(raw: str, *, structured: bool = False, organisation: bool = False) -> list[Name]:
    """The names in a byline or author field: "By Jane Doe and John Smith, Staff Writers"
    gives Jane Doe and John Smith; "Von der Redaktion" gives the organisation. A
    `structured` field (JSON-LD, meta) may write a name in lower case ("jane doe")."""
    raw = without_markup(printable(html.unescape(raw) if "&" in raw else raw))
    text = " ".join(raw.split())
    if not text or len(text) > MAX_BYLINE_CHARS:
        return []
    text = COPYRIGHT_RE.sub("", text)  # "© Jane Doe", "Copyright Example Ltd"
    if PLAIN_NAME_RE.match(text) and not _JOIN_RE.search(text):  # most fields: "Jane Doe"
        name = _clean_part(text, structured=structured)
        return [] if name is None else [Name(name, not organisation and is_person(name))]
    text = _URL_RE.sub(" ", EMAIL_RE.sub(" ", after_date(text)))
    fields = _FIELD_RE.split(text)
    if len(fields) > 1 and any(written_date(field) is not None for field in fields[1:]):
        text = fields[0]  # "Jane Doe | Palma | 08/01/2014": a name, a place, a date
    names: list[Name] = []
    outlet = False  # the value opens with an outlet: what follows is its address
    named = -1  # the part that gave the last name
    joins = _JOIN_RE.findall(text)  # joins[i - 1] stands before part i
    parts = _JOIN_RE.split(text)
    for index, part in enumerate(parts):
        if (index and (_is_role(part) or legal_form(part))) or (
            normalise_line(part) in ALL.copyright_lines
        ):  # "By Faisal Islam, Economics editor"; "Example GmbH & Co. KG - all rights reserved"
            continue
        if index and _after_a_name(part, joins[index - 1], names, last=index == len(parts) - 1):
            continue  # "Jenny Smith — Globex": the outlet or the place after a dash
        if outlet and not full_name(part) and not names_an_outlet(part):
            if named == index - 1 and joins[index - 1].strip().isalpha():
                names[-1] = _and_more(names[-1], joins[index - 1], part)
            continue  # "stadtschau.de, Frankfurt, Germany": the outlet's town and country
        outlet = outlet or names_an_outlet(part)
        name = _clean_part(part, structured=structured)
        if name is not None:
            person = not organisation and is_person(name)
            names.append(Name(name, person))
            named = index
    return names


def _and_more(institution: Name, join: str, part: str) -> Name:
    """An institution's name that goes on after its "and" with a word that is no name of a
    person ("Ministerium für Bildung" and "Forschung"): one name, not a name cut short."""
    return institution._replace(text=f"{institution.text} {join.strip()} {part.strip()}")


def _after_a_name(part: str, join: str, names: list[Name], *, last: bool = False) -> bool:
    """True for one word set after a person's full name by a dash ("Jenny Smith — Globex",
    "Jane Doe - London"), or by a comma at the end of a list of full names ("Jane Doe, John
    Smith, Germany"): the outlet or the place the byline names, not another person (people
    are written with their full names: "Jane Doe - John Smith"; after one name, "Jane Doe,
    Ann" may list two)."""
    if len(part.split()) != 1 or not names:
        return False
    if join.strip() in _DASHES:
        listed = names[-1:]
    elif last and join.strip() == "," and len(names) >= MIN_LISTED_NAMES:
        listed = names
    else:
        return False
    return all(name.person and len(name.text.split()) >= MIN_NAME_WORDS for name in listed)


def _clean_part(part: str, *, structured: bool = False) -> str | None:
    """One name of a byline without prefixes, roles, dates and brackets, or None."""
    part = _strip_prefixes(re.sub(r"\(.*?\)|\[.*?\]", " ", part))
    words = [word for word in part.split() if any(char.isalnum() for char in word)]
    if (
        len(words) > MIN_NAME_WORDS
        and "-" in words[0]
        and words[0].rpartition("-")[2].casefold() in ALL.author_roles
    ):
        words = words[1:]  # "SPIEGEL-Korrespondentin Anna Berg": the outlet's role
    while words and " ".join(words[-2:]).casefold() in ALL.author_roles:
        words = words[:-2]
    while words and words[-1].casefold().strip(".,") in ALL.author_roles:
        words.pop()
    # "von der Redaktion"; "The Associated Press", "DER SPIEGEL" are names
    if len(words) > 1 and words[0].islower() and words[0] in ALL.articles:
        words = words[1:]
    words = name_words(words)
    half = len(words) // 2
    if half >= MIN_NAME_WORDS and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Jane Doe Jane Doe": a link's text and its hidden label
    name = _OUTER_JUNK_RE.sub("", " ".join(words))
    return name if name and not _is_not_a_name(name, words, structured=structured) else None


def _is_role(part: str) -> bool:
    """True for a part of a byline that ends with a role ("Economics editor", "Senior
    correspondent"): what the person before it does, not another person."""
    words = [word.casefold().strip(".,") for word in part.split()]
    return bool(words) and (
        words[-1] in ALL.author_roles or " ".join(words[-2:]) in ALL.author_roles
    )


def _strip_prefixes(part: str) -> str:
    """The part without its byline prefixes, however many ("Post author By Jane Doe"), a
    one-word label ("Interview: Greta Wollny") and a trailing handle ("Jane Doe @jdoe")."""
    part = part.strip()
    label = _ONE_WORD_LABEL_RE.match(part)
    if label is not None and label.group(1).casefold() not in ALL.credit_labels:
        part = part[label.end() :]  # not "Foto: Jane Doe", a credit
    if "@" in part or part.rpartition(" ")[2].casefold() in _FOLLOW_LAST_WORDS:
        part = _HANDLE_RE.sub("", part)
    for _ in range(MAX_PREFIXES):
        stripped = _GLUED_PREFIX_RE.sub("", _PREFIX_RE.sub("", part.strip()))
        if stripped == part:
            break
        part = stripped
    return part


def _is_not_a_name(name: str, words: list[str], *, structured: bool) -> bool:
    """True for what a byline holds besides names: dates, roles, labels, handles of sites."""
    lowered = name.casefold()
    first = words[0].casefold().strip(".,:")
    return bool(
        len(name) > MAX_NAME_CHARS
        or len(words) > MAX_NAME_WORDS
        or any(_NOT_A_NAME_WORD_RE.match(word) or CLOCK_RE.match(word) for word in words)
        or lowered in ALL.author_roles
        or lowered in ALL.follow_prefixes  # a follow button's "Follow"
        or lowered in ALL.month_names
        or lowered in ALL.boilerplate_lines
        or lowered in ALL.placeholder_names  # "Unknown", "admin": no author known
        or lowered in ALL.news_words  # "Nachrichten": a section's name in an author meta
        or not any(char.isalpha() for char in name)
        or name.startswith("@")  # a network's handle ("@ExampleNews"), not a name
        or first in ALL.author_roles  # "Übersetzung Sarah Jung": a translator
        or first in ALL.date_labels  # "Publiziert am"
        or (  # "in Uncategorized"; a name field may start with one: "Will Hartigan", "May Li"
            first in ALL.stop_words and not (structured and words[0][:1].isupper())
        )
        or is_credit_line(name)  # "Foto: Arne Kessler"
        or DOTTED_RE.match(name)  # "facebook.com", "jane.doe"
        or _SLUG_RE.match(name)  # "nora-blackwood": a profile's slug
        or _DOMAIN_RE.search(name)  # "Redner bei rent-a-speaker.com"
        or (  # a name capitalises its words: "Empresa busca reactivar turismo" is a headline
            not structured
            and len(words) > 1
            and any(
                word[0].islower() and word.casefold() not in ALL.name_particles for word in words
            )
        )
        or (  # a name field's phrase: "deine Reiseblogger" (a name in lower case is all so;
            structured  # a brand in lower case has its legal form: "alpha GmbH")
            and len(words) > 1
            and words[0].isalpha()
            and words[0].islower()
            and first not in ALL.name_particles
            and any(word[:1].isupper() for word in words[1:])
            and not any(word.casefold().strip(".,") in ALL.organisation_words for word in words)
        )
    )
