"""Dates: when the article was published and last modified.

Each source is a step of an or-cascade, from the most explicit to the least: the article's
JSON-LD, the page's meta tags, `<time>` elements of the article, the dates written in its
byline (in the page's language), and the URL path. A candidate is parsed with
python-dateutil and kept only when it is plausible: not before 1995 and not more than a day
in the future. A zone the page gives is kept (aware datetime); without one it is naive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Final, NamedTuple

from dateutil import parser as dateutil_parser

from newsextract.lexicon import ALL

#: Dates before this year are not the dates of a web article (and are often birth years).
MIN_YEAR: Final = 1995
#: A date this far after the moment of extraction is a typo or an event, not a publication.
MAX_FUTURE: Final = timedelta(days=1)
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
)
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

_MONTHS: Final[Mapping[str, int]] = dict(ALL.months)
_MONTH_PATTERN: Final = "|".join(
    sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True)
)
#: "14. Mai 2024", "14 mai 2024", "14 de mayo de 2024", "3rd March 2024".
_DAY_MONTH_YEAR_RE: Final = re.compile(
    rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:de\s+)?({_MONTH_PATTERN})\.?,?\s+(?:de\s+)?(\d{{4}})\b",
    re.I,
)
#: "May 14, 2024", "Nov. 19 2019".
_MONTH_DAY_YEAR_RE: Final = re.compile(
    rf"\b({_MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
#: "2024-05-14", "2024/05/14".
_ISO_RE: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
#: "14.05.2024", "14/05/2024" (day first, as written outside the United States).
_NUMERIC_RE: Final = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
#: A time after the date: "14:05", "9.12 Uhr", "21h12".
_TIME_RE: Final = re.compile(r"\b(\d{1,2})[:.h](\d{2})\b")
#: The URL path as a last resort: "/2024/05/14/", "/20240514/", "/2024-05-14-".
_URL_DATE_RE: Final = re.compile(
    r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/"
)


class Dates(NamedTuple):
    """The article's dates; None where the page gives none that is plausible."""

    published: datetime | None = None
    modified: datetime | None = None


def find_dates(
    json_ld: Iterable[Mapping[str, object]],
    meta: Mapping[str, str],
    *,
    time_values: Iterable[str] = (),
    byline_lines: Iterable[str] = (),
    page_time_values: Callable[[], Iterable[str]] = tuple,
    url: str | None = None,
    now: datetime | None = None,
) -> Dates:
    """The published and modified dates of a page, from its most explicit source.

    `page_time_values` gives the date markup of the whole page; it is called only when the
    sources before it give nothing (it costs a search of the tree).
    """
    limit = (now or datetime.now(timezone.utc)) + MAX_FUTURE
    articles = list(json_ld)
    published = (
        _first(limit, (_string(item.get("datePublished")) for item in articles))
        or _first(limit, (meta.get(name) for name in PUBLISHED_META))
        or _first(limit, time_values)
        or _first(limit, (written_date(line) for line in byline_lines))
        or _first(limit, page_time_values())
        or _url_date(url, limit)
    )
    modified = _first(limit, (_string(item.get("dateModified")) for item in articles)) or _first(
        limit, (meta.get(name) for name in MODIFIED_META)
    )
    return Dates(published, modified)


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
        try:
            return dateutil_parser.isoparse(text)
        except (ValueError, OverflowError):
            pass
    written = written_date(text)
    if written is not None:
        return written
    try:
        return dateutil_parser.parse(text, dayfirst=True, tzinfos=_zone)
    except (ValueError, OverflowError):
        return None


#: Zone abbreviations pages write after a time, with their offsets in hours.
ZONES: Final = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "mez": 1, "cest": 2, "mesz": 2,
    "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "jst": 9, "aest": 10, "est": -5, "edt": -4,
    "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}  # fmt: skip


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone of a parsed date: its stated offset, a known abbreviation, else none."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    hours = ZONES.get((name or "").casefold())
    return None if hours is None else timezone(timedelta(hours=hours))


def written_date(text: str) -> datetime | None:
    """The first date written in a line of text, in any of the lexicon's languages."""
    if len(text) > MAX_DATE_CHARS * 2:
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
        day, month, year = match.group(1), _MONTHS[match.group(2).casefold()], match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _MONTH_DAY_YEAR_RE.search(text)
    if match is not None:
        month, day, year = _MONTHS[match.group(1).casefold()], match.group(2), match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _ISO_RE.search(text)
    if match is not None:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)), match.end())
    match = _NUMERIC_RE.search(text)
    if match is not None:
        return _date(int(match.group(3)), int(match.group(2)), int(match.group(1)), match.end())
    return None


def _date(year: int, month: int, day: int, end: int) -> tuple[datetime, int] | None:
    try:
        return datetime(year, month, day), end
    except ValueError:  # 31 February and the like
        return None


def _url_date(url: str | None, limit: datetime) -> datetime | None:
    match = _URL_DATE_RE.search(url or "")
    if match is None:
        return None
    year, month, day = (group for group in match.groups() if group is not None)
    found = _date(int(year), int(month), int(day), 0)
    return found[0] if found is not None and plausible(found[0], limit) else None


def _string(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None
