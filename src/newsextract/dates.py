"""Dates: when the article was published and last modified.

The date the article shows its readers comes first: a date written in its byline (in the
page's language), then the `<time>` markup of the article, its JSON-LD and meta tags; then,
as an or-cascade, the page's other date markup, dates written after a date label, the URL
path, the article's closing lines and the dates its text repeats most. A candidate is parsed with
python-dateutil and kept only when it is plausible: not before 1995 and not more than a day
in the future. A zone the page gives is kept (aware datetime) with the seconds it states; a
date it states without one is read in the page's zone (zones.py), so that `published` and
`modified` are never a naive/aware mix. A live blog (JSON-LD LiveBlogPosting, or a ticker
whose entries are stamped with a time of day) is published when its coverage starts, not at
its newest post; a weekday's date above the article later than the page's data is the
site's "today" bar; a time shown a few hours after the data's publication is a later edit
of it (the data's time, to the second, is kept), a day shown days later a republication.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Final, NamedTuple
from urllib.parse import urlsplit

from newsextract.datelines import is_update_line, may_date_the_article
from newsextract.datetext import date_of, parse_date, written_date
from newsextract.evidence import Evidence
from newsextract.lexicon import ALL, any_of
from newsextract.zones import parsely_date, same_kind, zone_of

#: Dates before this year are not the dates of a web article (and are often birth years).
MIN_YEAR: Final = 1995
#: A date this far after the moment of extraction is a typo or an event, not a publication.
MAX_FUTURE: Final = timedelta(days=1)
#: Zones differ from UTC by at most this much (UTC-12 to UTC+14).
MAX_ZONE_OFFSET: Final = timedelta(hours=14)


#: Meta names that state the publication date, most explicit first.
PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "rnews:datepublished",
    "dc.date.issued",
    "dc.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "dc:date",  # RDFa's property names
    "dc:created",
    "dcterms:issued",
    "dcterms:created",
    "date",
    "created",
    "og:regdate",  # Korean news sites
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
#: Other meta names of a publication date ("sw-pubdate", "shareaholic:article_published_time",
#: "og:datePublished").
_PUBLISHED_KEY_RE: Final = re.compile(
    r"pub(?:lish(?:ed|ing)?|lication)?[_-]?(?:date|time)|date[_-]?published"
)
#: Meta names that state the date of the last change.
MODIFIED_META: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "rnews:datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "dcterms:modified",
    "last-modified",
    "lastmodified",
    "article.updated",
)
#: A timestamp in machine format ("2022-12-07T10:10:52+01:00") leaked into text: not what
#: the reader is shown.
_MACHINE_DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: The URL path as a last resort: "/2024/05/14/", "/20240514/", "/2024-05-14-".
_URL_DATE_RES: Final = (  # (pattern, order of year, month and day among its groups)
    (re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)"), (0, 1, 2)),
    (re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"), (0, 1, 2)),
    (re.compile(r"/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/_.-]|$)"), (2, 1, 0)),
    (re.compile(r"/(\d{2})(\d{2})((?:19|20)\d{2})[_-]"), (2, 1, 0)),
)


#: The JSON-LD keys of the publication date, most explicit first.
_JSON_LD_KEYS: Final = ("datePublished", "dateCreated", "uploadDate", "coverageStartTime")
#: A weekday's name: a "today" bar names it.
_WEEKDAY_RE: Final = re.compile(rf"(?<!\w)(?:{any_of(ALL.weekday_names)})(?!\w)", re.I)
#: The schema.org types of a live blog, whose header shows its newest post.
_LIVE_TYPES: Final = frozenset({"LiveBlogPosting"})
#: A ticker's entry opens with its time of day alone ("11.04 Uhr:", "06:20", "9h15"), no day.
_ENTRY_TIME_RE: Final = re.compile(r"\d{1,2}[:.h]\d{2}(?![\d.:/-])")
#: A live ticker stamps this many entries at least (with different times).
MIN_TICKER_ENTRIES: Final = 3
MONTHS_IN_YEAR: Final = 12
#: A shown time at most this long after the data's publication is a later edit of it (a
#: header that shows the time of the last change): not a new publication.
MAX_EDIT_GAP: Final = timedelta(hours=3)


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
    lines = _read_lines(evidence, limit)
    values = _Values(limit)
    declared = values.first(_declared(articles, meta))  # the page's data: explicit
    shown, changed = lines.shown(declared), lines.changed
    marked = values.first(time_values)  # the article's header markup
    live = _is_live(articles) or _is_ticker(other_time_values)  # its header: the newest post
    modified = (
        values.first(_string(item.get("dateModified")) for item in articles)
        or values.first(meta.get(name) for name in MODIFIED_META)
        or values.first(evidence.markup.changed)  # <time class="updated">
    )
    if (
        declared is not None
        and marked is not None
        and (_edited(marked, declared) or marked.date() in lines.today(declared))
    ):
        marked = None  # a later edit of the same publication; the site's "today" bar
    stated = _stated(marked, declared, live=live) or values.first(other_time_values)
    from_data = stated is not None and stated is declared
    if stated is not None and stated.utcoffset() == timedelta(0):
        stated = _local(stated, (*time_values, *other_time_values), searches.page_dates, values)
    if from_data and stated is not None and changed and stated.date() > changed[0].date():
        # a page's data gives a day after the last change it shows readers ("Stand: …"):
        # the data's date is when the page was generated, the change is the best date known
        stated = changed[0]
    if declared is not None:
        shown = [day for day in shown if not _edited(day, declared)]
    published = (
        _as_shown(stated, () if live else _not_after(shown, modified))
        or values.first(searches.page_dates())
        or values.first(searches.labelled_dates())
        or _url_date(evidence.url, limit)
        or values.first(written_date(line) for line in evidence.closing_lines)
        or values.first(searches.written_dates())
    )
    zone = zone_of(declared, modified, stated, published)
    published, modified = same_kind(published, modified, zone)
    return Dates(published, modified)


def _declared(articles: Sequence[Mapping[str, object]], meta: Mapping[str, str]) -> Iterator[str]:
    """The publication dates the page's data states: JSON-LD, then meta tags (parse.ly's
    JSON among them), most explicit first."""
    yield from (
        value for item in articles for key in _JSON_LD_KEYS if (value := _string(item.get(key)))
    )
    yield from (value for name in PUBLISHED_META if (value := meta.get(name)))
    yield from (meta[key] for key in meta if _PUBLISHED_KEY_RE.search(key))  # (values read lazily)
    yield from (value for value in (parsely_date(meta.get("parsely-page")),) if value)


class _Lines(NamedTuple):
    """The dates the lines around the headline show."""

    changed: list[datetime]  # "Stand: 28.04.2020", "Updated 3 May"
    bylines: list[datetime]  # dates the article's byline shows
    leads: list[datetime]  # dates shown before the article: a date header, a "today" bar
    bars: list[datetime]  # those of them with a weekday ("Wednesday, 20 November 2024")

    def shown(self, declared: datetime | None) -> list[datetime]:
        """The shown dates, but no weekday's date before the article after the day the
        page's data states (a day later, for a UTC timestamp): that is a site's "today"
        bar, not the article's date."""
        if declared is None:
            return [*self.leads, *self.bylines]
        today = self.today(declared)
        return [*(day for day in self.leads if day.date() not in today), *self.bylines]

    def today(self, declared: datetime) -> set[date]:
        """The days of the site's "today" bars: weekdays' dates shown before the article,
        after the day the page's data states (its own `<time>` marks one up too)."""
        last = declared.date() + timedelta(days=1)
        return {day.date() for day in self.bars if day.date() > last}


def _read_lines(evidence: Evidence, limit: datetime) -> _Lines:
    found = _Lines([], [], [], [])
    leads = set(evidence.lead_lines)
    for line in evidence.byline_lines:
        day = None if _MACHINE_DATE_RE.search(line) else written_date(line)
        if day is None or not plausible(day, limit):
            continue
        if is_update_line(line):
            found.changed.append(day)
        elif may_date_the_article(line):
            (found.leads if line in leads else found.bylines).append(day)
            if line in leads and _WEEKDAY_RE.search(line):
                found.bars.append(day)
    return found


def _stated(marked: datetime | None, declared: datetime | None, *, live: bool) -> datetime | None:
    """The header markup's date before the data's (a republished page shows its new date),
    except on a live blog (its header shows the newest post) and when both give the same
    wall-clock time or the markup only the data's day (the data states the time, the
    seconds and the zone the markup leaves out)."""
    if marked is None or declared is None:
        return marked or declared
    if live or _wall_clock(marked) == _wall_clock(declared) or _day_of(marked, declared):
        return declared
    return marked


def _day_of(value: datetime, declared: datetime) -> bool:
    """Whether `value` states a day alone and it is the day of `declared`."""
    return _day_alone(value) and value.date() == declared.date()


def _day_alone(value: datetime) -> bool:
    """Whether `value` states a day alone: midnight without a zone (a day stated without a
    time is read so, see model.Article; a clock at midnight is taken for one)."""
    return value.tzinfo is None and value.time() == time()


def _edited(value: datetime | None, declared: datetime) -> bool:
    """Whether a date the page shows is a later edit of the publication its data states:
    a time of day at most MAX_EDIT_GAP after it (a republished page shows a new day). The
    data's time is then the publication's, to the second. A date without a time of day says
    nothing about it; one without a zone is read in the data's."""
    if value is None or (value.hour, value.minute) == (0, 0):
        return False
    if value.tzinfo is None:
        value = value.replace(tzinfo=declared.tzinfo)
    elif declared.tzinfo is None:
        return False
    return declared < value <= declared + MAX_EDIT_GAP


def _wall_clock(value: datetime) -> datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _is_live(articles: Sequence[Mapping[str, object]]) -> bool:
    """True when the page's JSON-LD says it is a live blog."""
    for item in articles:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(name in _LIVE_TYPES for name in kinds if isinstance(name, str)):
            return True
    return False


def _is_ticker(values: Iterable[str]) -> bool:
    """True when the article's date markup stamps MIN_TICKER_ENTRIES entries or more with a
    time of day alone ("11.04 Uhr: Drohne trifft Hafen", "06:20"): a live ticker, whose
    header shows its newest entry."""
    times = {match.group(0) for value in values if (match := _ENTRY_TIME_RE.match(value))}
    return len(times) >= MIN_TICKER_ENTRIES


def _not_after(shown: Sequence[datetime], modified: datetime | None) -> Sequence[datetime]:
    """The shown dates that may be the publication's: none after the last change the page
    states ("Verfügbar bis 06.05.2024", a video's end of availability, is no publication)."""
    if modified is None:
        return shown
    last = modified.date() + timedelta(days=1)  # the shown day is local, `modified` may be UTC
    return [day for day in shown if day.date() <= last]


def _as_shown(stated: datetime | None, shown: Sequence[datetime]) -> datetime | None:
    """The date readers see: the byline's day when it differs from the stated one (a UTC
    timestamp of a late-evening article is the next day, a republished page restates a
    later date), else the stated date with its time and zone. When the byline shows several
    dates (a site's "today" bar and the article's date), the one the markup states wins."""
    if not shown or (stated is not None and any(stated.date() in _readings(day) for day in shown)):
        return stated
    return shown[0]


def _local(
    stated: datetime,
    values: Iterable[str],
    more_values: Callable[[], Iterable[str]],
    read: _Values,
) -> datetime:
    """A UTC timestamp as the page's local time, in the zone it shows, when the page's
    markup writes the same moment with the local clock ("2023-11-09T05:30:59Z" and
    "2023-11-08 23:30:59": 23:30:59-06:00)."""
    for value in itertools.chain(values, _lazy(more_values)):
        local = read.date(value)
        if local is None or local.second != stated.second or local.minute != stated.minute:
            continue
        if _day_alone(local) and local.date() == stated.date():
            continue  # a day alone, the timestamp's own: no zone twelve hours from its noon
        if local.tzinfo is not None:
            if local == stated:
                return local
            continue
        shift = local - stated.replace(tzinfo=None)
        if shift and abs(shift) <= MAX_ZONE_OFFSET:
            return local.replace(tzinfo=timezone(shift))  # the page's zone, found
    return stated


def _lazy(values: Callable[[], Iterable[str]]) -> Iterator[str]:
    yield from values()


def _readings(value: datetime) -> tuple[date, ...]:
    """The days a written date may mean: "11/01/2021" is 11 January or 1 November."""
    day = value.date()
    if value.day <= MONTHS_IN_YEAR and value.day != value.month:
        return day, day.replace(month=value.day, day=value.month)
    return (day,)


class _Values:
    """The page's date values, each read once (`parse_date`): the markup's values are asked
    about again when a timestamp is read as local time, the page's when the article's give
    no date, and a page's data often states one value under several names."""

    __slots__ = ("_read", "limit")

    def __init__(self, limit: datetime) -> None:
        self.limit = limit
        self._read: dict[str, datetime | None] = {}

    def date(self, value: str | None) -> datetime | None:
        if not value:
            return None
        if value in self._read:
            return self._read[value]
        found = self._read[value] = parse_date(value)
        return found

    def first(self, values: Iterable[str | datetime | None]) -> datetime | None:
        """The first value that reads as a plausible date."""
        for value in values:
            parsed = value if isinstance(value, datetime) else self.date(value)
            if parsed is not None and plausible(parsed, self.limit):
                return parsed
        return None


def plausible(value: datetime, limit: datetime) -> bool:
    """True for a date from 1995 on and not beyond `limit` (compared in UTC when aware)."""
    if value.year < MIN_YEAR:
        return False
    if value.tzinfo is None:
        return value <= limit.replace(tzinfo=None)
    return value <= limit


def _url_date(url: str | None, limit: datetime) -> datetime | None:
    """The date in a URL path: /2024/05/14/, /20240514-, /14-05-2024, /14052024-."""
    path = urlsplit(url or "").path
    for pattern, (year, month, day) in _URL_DATE_RES:
        match = pattern.search(path)
        if match is not None:
            groups = match.groups()
            found = date_of(int(groups[year]), int(groups[month]), int(groups[day]))
            if found is not None and plausible(found, limit):
                return found
    return None


def _string(value: object) -> str | None:
    """A JSON-LD date value: a string, a Unix timestamp (a number), the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None
