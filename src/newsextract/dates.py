"""Dates: when the article was published and last modified.

The date the article shows its readers comes first: a date written in its byline (in the
page's language), then the `<time>` markup of the article, its JSON-LD and meta tags; then,
as an or-cascade, the page's other date markup, dates written after a date label, the URL
path, the article's closing lines and the dates its text repeats most. A candidate is parsed with
python-dateutil and kept only when it is plausible: not before 1995 and not more than a day
in the future. A zone the page gives is kept (aware datetime); without one it is naive.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final, NamedTuple, Protocol
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser

from newsextract.evidence import Evidence
from newsextract.lexicon import ALL, MONTHS, any_of
from newsextract.lines import is_update_line, may_date_the_article

#: Dates before this year are not the dates of a web article (and are often birth years).
MIN_YEAR: Final = 1995
#: A date this far after the moment of extraction is a typo or an event, not a publication.
MAX_FUTURE: Final = timedelta(days=1)
#: The century of two-digit years ("2.11.22"); earlier ones are not web articles anyway.
CENTURY: Final = 2000
#: Zones differ from UTC by at most this much (UTC-12 to UTC+14).
MAX_ZONE_OFFSET: Final = timedelta(hours=14)
#: Longer strings are prose, not dates.
MAX_DATE_CHARS: Final = 80

#: Meta names that state the publication date, most explicit first.
PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "citation_date",
    "bepress_citation_date",
    "prism.publicationdate",
    "uploaddate",
    "datecreated",
)
#: Other meta names of a publication date ("sw-pubdate", "shareaholic:article_published_time").
_PUBLISHED_KEY_RE: Final = re.compile(r"pub(?:lish(?:ed|ing)?|lication)?[_-]?(?:date|time)")
#: Meta names that state the date of the last change.
MODIFIED_META: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "article.updated",
)
_MONTH: Final = any_of(MONTHS)
_ORDINAL: Final = any_of(ALL.ordinal_suffixes)  # "3rd"
_JOIN: Final = any_of(ALL.date_joins)  # "14 de mayo de 2024"
#: "14. Mai 2024", "14 mai 2024", "14 de mayo de 2024", "3rd March 2024".
_DAY_MONTH_YEAR_RE: Final = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.|{_ORDINAL})?\s*(?:(?:{_JOIN})\s+)?({_MONTH})\.?,?\s+"
    rf"(?:(?:{_JOIN})\s+)?(\d{{4}})(?!\d)",
    re.I,
)
#: "May 14, 2024", "Nov. 19 2019".
_MONTH_DAY_YEAR_RE: Final = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:{_ORDINAL})?,?\s+(\d{{4}})(?!\d)", re.I
)
#: "2024-05-14", "2024/05/14".
_ISO_RE: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
#: A timestamp in machine format ("2022-12-07T10:10:52+01:00") leaked into text: not what
#: the reader is shown.
_MACHINE_DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: "14.05.2024", "14/05/2024", "4. 2. 2022" (day first, as written outside the United States).
_NUMERIC_RE: Final = re.compile(
    r"(?<!\d)(\d{1,2})(?:\. ?|/)(\d{1,2})(?:\. ?|/)((?:19|20)\d{2})(?!\d)"
)
#: "2.11.22": a two-digit year, read as 20yy.
_SHORT_NUMERIC_RE: Final = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
_DIGIT_RE: Final = re.compile(r"\d")
#: A time after the date: "14:05", "9.12 Uhr", "21h12".
_TIME_RE: Final = re.compile(r"\b(\d{1,2})[:.h](\d{2})\b")
#: The URL path as a last resort: "/2024/05/14/", "/20240514/", "/2024-05-14-".
_URL_DATE_RES: Final = (  # (pattern, order of year, month and day among its groups)
    (re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)"), (0, 1, 2)),
    (re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"), (0, 1, 2)),
    (re.compile(r"/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/_.-]|$)"), (2, 1, 0)),
    (re.compile(r"/(\d{2})(\d{2})((?:19|20)\d{2})[_-]"), (2, 1, 0)),
)


#: The JSON-LD keys of the publication date, most explicit first.
_JSON_LD_KEYS: Final = ("datePublished", "dateCreated", "uploadDate")
#: A date label in the page's text ("Erschienen am", "Mise en ligne").
_LABEL_RE: Final = re.compile(r"(?<![\w-])(?:" + any_of(ALL.date_labels) + r")(?![\w-])")
MONTHS_IN_YEAR: Final = 12
#: How far after its label a date may stand.
MAX_LABELLED_TEXT: Final = 50
#: The labelled dates of at most this many characters of text are looked at.
MAX_LABELLED_SEARCH_CHARS: Final = 200_000


def labelled_dates(blocks: Iterable[_HasText]) -> Iterator[datetime]:
    """The dates the page's text blocks write after a date label ("Veröffentlicht am 3. Mai
    2021", "Mise en ligne" and "23 mai 2019" in the next block), the most often labelled
    first, then in page order (a page restates its own "Stand:", a source cited once is
    "(Stand: 28. November 2018)")."""
    text = " ".join(block.text for block in blocks)[:MAX_LABELLED_SEARCH_CHARS]
    lowered = text.lower()
    counts: dict[datetime, int] = {}
    for match in _LABEL_RE.finditer(lowered):
        after = text[match.end() : match.end() + MAX_LABELLED_TEXT]
        found = written_date(after) if any(char.isdigit() for char in after[:20]) else None
        if found is not None:
            counts[found] = counts.get(found, 0) + 1
    yield from sorted(counts, key=lambda day: -counts[day])


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


_YEAR_RE: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NOT_BEFORE_YEAR: Final = frozenset("/_=")
_NOT_AFTER_YEAR: Final = frozenset("/_")
#: How far before its year a written date starts ("14. September 2024": 14 characters).
MAX_DATE_BEFORE_YEAR: Final = 24
#: The text searched for dates as the last resort (the start of a long page suffices).
MAX_PAGE_TEXT_CHARS: Final = 100_000
#: At most this many years in it are read (a table of figures is no list of dates).
MAX_YEARS_READ: Final = 2_000


def page_text_dates(text: str) -> Iterator[datetime]:
    """The dates written in a page's text or HTML, the most frequent first (a page repeats
    its own date; other dates appear once): the last resort, like htmldate's extensive
    search. Each year found is read with the few characters before and after it."""
    text = text[:MAX_PAGE_TEXT_CHARS]
    counts: dict[datetime, int] = {}
    for match in itertools.islice(_YEAR_RE.finditer(text), MAX_YEARS_READ):
        start, end = match.span()
        if text[start - 1 : start] in _NOT_BEFORE_YEAR or text[end : end + 1] in _NOT_AFTER_YEAR:
            continue  # a year in a path or a file name ("/2022/", "2022.jpg"): no written date
        window = text[max(0, start - MAX_DATE_BEFORE_YEAR) : end + 6]
        found = written_date(window)
        if found is not None and found.year == int(match.group(0)):
            day = found.replace(hour=0, minute=0)
            counts[day] = counts.get(day, 0) + 1
    yield from sorted(counts, key=lambda day: -counts[day])


class Dates(NamedTuple):
    """The article's dates; None where the page gives none that is plausible."""

    published: datetime | None = None
    modified: datetime | None = None


def find_dates(evidence: Evidence, *, now: datetime | None = None) -> Dates:
    """The published and modified dates of a page, from its most explicit source.

    The searches of the evidence (the date markup of the whole page, the dates its text
    writes after a label, "Erschienen am: 01.11.2023", then every date its text writes) are
    made only when the sources before them give nothing.
    """
    limit = (now or datetime.now(timezone.utc)) + MAX_FUTURE
    articles, meta, searches = evidence.json_ld, evidence.meta, evidence.searches
    time_values, other_time_values = evidence.markup.dates, evidence.markup.other_dates
    shown: list[datetime] = []
    changed: list[datetime] = []  # "Stand: 28.04.2020", "Updated 3 May"
    for line in evidence.byline_lines:
        found = None if _MACHINE_DATE_RE.search(line) else written_date(line)
        if found is None or not plausible(found, limit):
            continue
        if is_update_line(line):
            changed.append(found)
        elif may_date_the_article(line):
            shown.append(found)
    marked = _first(limit, time_values)  # the article's header markup: explicit
    stated = (
        marked
        or _first(limit, (_string(item.get(key)) for item in articles for key in _JSON_LD_KEYS))
        or _first(limit, (meta.get(name) for name in PUBLISHED_META))
        or _first(limit, (value for key, value in meta.items() if _PUBLISHED_KEY_RE.search(key)))
        or _first(limit, other_time_values)
    )
    if stated is not None and stated.utcoffset() == timedelta(0):
        stated = _local(stated, (*time_values, *other_time_values), searches.page_dates)
    if marked is None and stated is not None and changed and stated.date() > changed[0].date():
        # a page's data gives a day after the last change it shows readers ("Stand: …"):
        # the data's date is when the page was generated, the change is the best date known
        stated = changed[0]
    published = (
        _as_shown(stated, shown)
        or _first(limit, searches.page_dates())
        or _first(limit, searches.labelled_dates())
        or _url_date(evidence.url, limit)
        or _first(limit, (written_date(line) for line in evidence.closing_lines))
        or _first(limit, searches.written_dates())
    )
    modified = _first(limit, (_string(item.get("dateModified")) for item in articles)) or _first(
        limit, (meta.get(name) for name in MODIFIED_META)
    )
    return Dates(published, modified)


def _as_shown(stated: datetime | None, shown: Sequence[datetime]) -> datetime | None:
    """The date readers see: the byline's day when it differs from the stated one (a UTC
    timestamp of a late-evening article is the next day, a republished page restates a
    later date), else the stated date with its time and zone. When the byline shows several
    dates (a site's "today" bar and the article's date), the one the markup states wins."""
    if not shown or (stated is not None and any(stated.date() in _readings(day) for day in shown)):
        return stated
    return shown[0]


def _local(
    stated: datetime, values: Iterable[str], more_values: Callable[[], Iterable[str]]
) -> datetime:
    """A UTC timestamp as the page's local time, when the page's markup writes the same
    moment with the local clock ("2023-11-09T05:30:59Z" and "2023-11-08 23:30:59")."""
    for value in itertools.chain(values, _lazy(more_values)):
        local = parse_date(value)
        if local is None or local.second != stated.second or local.minute != stated.minute:
            continue
        if local.tzinfo is not None:
            if local == stated:
                return local
            continue
        shift = local - stated.replace(tzinfo=None)
        if shift and abs(shift) <= MAX_ZONE_OFFSET:
            return local
    return stated


def _lazy(values: Callable[[], Iterable[str]]) -> Iterator[str]:
    yield from values()


def _readings(value: datetime) -> tuple[date, ...]:
    """The days a written date may mean: "11/01/2021" is 11 January or 1 November."""
    day = value.date()
    if value.day <= MONTHS_IN_YEAR and value.day != value.month:
        return day, day.replace(month=value.day, day=value.month)
    return (day,)


def _first(limit: datetime, values: Iterable[str | datetime | None]) -> datetime | None:
    for value in values:
        parsed = value if isinstance(value, datetime) else parse_date(value)
        if parsed is not None and plausible(parsed, limit):
            return parsed
    return None


def plausible(value: datetime, limit: datetime) -> bool:
    """True for a date from 1995 on and not beyond `limit` (compared in UTC when aware)."""
    if value.year < MIN_YEAR:
        return False
    if value.tzinfo is None:
        return value <= limit.replace(tzinfo=None)
    return value <= limit


def parse_date(value: str | None) -> datetime | None:
    """A machine-readable date ("2024-05-14T09:12:00+02:00") or a written one ("14. Mai
    2024", "May 14, 2024") as a datetime; None when the text holds no date."""
    if not value:
        return None
    text = " ".join(value.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    if text[0].isdigit() and _ISO_RE.match(text):
        try:  # the common case, in C; dateutil reads the ISO variants it does not
            return datetime.fromisoformat(
                text.replace("Z", "+00:00", 1) if text[-1] == "Z" else text
            )
        except ValueError:
            pass
        try:
            return dateutil_parser.isoparse(text)
        except (ValueError, OverflowError, ArithmeticError):
            pass
    written = written_date(text)
    if written is not None:
        return written
    try:
        parsed = dateutil_parser.parse(text, dayfirst=True, tzinfos=_zone)
    except (ValueError, OverflowError, ArithmeticError):  # decimal errors on huge numbers
        return None
    # dateutil reads a date into almost anything ("Apr 042013"): the year must be written
    return parsed if re.search(rf"(?<!\d){parsed.year}(?!\d)", text) else None


#: Zone abbreviations pages write after a time, with their offsets in hours: those of the
#: lexicon's languages ("EST", "MEZ"), military Zulu and Moscow's.
ZONES: Final[Mapping[str, float]] = {"z": 0, "msk": 3, **dict(ALL.zones)}


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone of a parsed date: its stated offset, a known abbreviation, else none."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    hours = ZONES.get((name or "").casefold())
    return None if hours is None else timezone(timedelta(hours=hours))


def written_date(text: str) -> datetime | None:
    """The first date written in a line of text, in any of the lexicon's languages."""
    if len(text) > MAX_DATE_CHARS * 2 or _DIGIT_RE.search(text) is None:
        return None
    found = _date_in(text)
    if found is None:
        return None
    date, end = found
    time = _TIME_RE.search(text, end)
    if time is not None and int(time.group(1)) < 24 and int(time.group(2)) < 60:
        return date.replace(hour=int(time.group(1)), minute=int(time.group(2)))
    return date


def _date_in(text: str) -> tuple[datetime, int] | None:
    match = _DAY_MONTH_YEAR_RE.search(text)
    if match is not None:
        day, month, year = match.group(1), MONTHS[match.group(2).casefold()], match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _MONTH_DAY_YEAR_RE.search(text)
    if match is not None:
        month, day, year = MONTHS[match.group(1).casefold()], match.group(2), match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _ISO_RE.search(text)
    if match is not None:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)), match.end())
    match = _NUMERIC_RE.search(text)
    if match is not None:
        return _date(int(match.group(3)), int(match.group(2)), int(match.group(1)), match.end())
    match = _SHORT_NUMERIC_RE.search(text)
    if match is not None:
        year = CENTURY + int(match.group(3))
        return _date(year, int(match.group(2)), int(match.group(1)), match.end())
    return None


def _date(year: int, month: int, day: int, end: int) -> tuple[datetime, int] | None:
    try:
        return datetime(year, month, day), end
    except ValueError:  # 31 February and the like
        return None


def _url_date(url: str | None, limit: datetime) -> datetime | None:
    """The date in a URL path: /2024/05/14/, /20240514-, /14-05-2024, /14052024-."""
    path = urlsplit(url or "").path
    for pattern, (year, month, day) in _URL_DATE_RES:
        match = pattern.search(path)
        if match is not None:
            groups = match.groups()
            found = _date(int(groups[year]), int(groups[month]), int(groups[day]), 0)
            if found is not None and plausible(found[0], limit):
                return found[0]
    return None


def _string(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None
