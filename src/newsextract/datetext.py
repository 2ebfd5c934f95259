"""Reading one date: a machine-readable one ("2024-05-14T09:12:00+02:00", a Unix timestamp)
or one written in any of the lexicon's languages ("14. Mai 2024, 21:05 Uhr", "May 14, 2024"),
with python-dateutil for the rest. The seconds and the zone a value states are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Final

from dateutil import parser as dateutil_parser
from dateutil.tz import gettz

from newsextract.lexicon import ALL, MONTHS, any_of
from newsextract.tokenpatterns import trie
from newsextract.zones import unix_time

#: The century of two-digit years ("2.11.22"); earlier ones are not web articles anyway.
CENTURY: Final = 2000
#: Longer strings are prose, not dates.
MAX_DATE_CHARS: Final = 80
#: Hundreds of names in all the lexicon's languages, as a trie (tokenpatterns.trie): the
#: text is read once at each word, not once per name (an alternation was 100 µs a line).
#: Equal to the alternation, longest first, since the names are case-folded.
_MONTH: Final = trie(MONTHS)
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
#: "2024年5月14日", "2024년 5월 14일", "2024. május 14.": the year first, then the month's name.
_YEAR_MONTH_DAY_RE: Final = re.compile(
    rf"(?<!\d)((?:19|20)\d{{2}})\s*(?:{any_of(ALL.year_marks)})\s*0?({_MONTH})\.?\s*"
    rf"(\d{{1,2}})(?!\d)(?:{_ORDINAL})?",
    re.I,
)
#: "2024-05-14", "2024/05/14", "2024.05.14", "2024. 5. 14." (year first, as written in
#: East Asia and Hungary; dateutil, asked for the day first, reads the last as 5 March).
_ISO_RE: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})([-/.]) ?(\d{1,2})\2 ?(\d{1,2})(?!\d)")
#: A date and time written as digits alone ("20240514093005", "202405140930", "20240514"),
#: as some CMSs state them: 8, 12 or 14 digits (a Unix time has 10 or 13).
_COMPACT_FORMATS: Final = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
MONTHS_IN_YEAR: Final = 12
#: ISO 8601's basic format, without separators: "20240501T081500+0900", "20240501T0815Z".
_ISO_BASIC_RE: Final = re.compile(r"(?:19|20)\d{6}T\d{4}")
#: "14.05.2024", "14/05/2024", "4. 2. 2022" (day first, as written outside the United States).
_NUMERIC_RE: Final = re.compile(
    r"(?<!\d)(\d{1,2})(?:\. ?|/)(\d{1,2})(?:\. ?|/)((?:19|20)\d{2})(?!\d)"
)
#: "2.11.22", "5/5/20": a two-digit year, read as 20yy.
_SHORT_NUMERIC_RE: Final = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])")
_DIGIT_RE: Final = re.compile(r"\d")
#: Four digits in a row: every pattern of a date but the two-digit year's needs them (its
#: year), so a line without them is read with that one pattern alone ("Updated 3.5.24").
_FOUR_DIGITS_RE: Final = re.compile(r"\d{4}")
#: A time after the date: "14:05", "9.12 Uhr", "21h12", "06:00:08", "2022-05-05T22:12:00",
#: "14時30分", "14시 30분".
_TIME_RE: Final = re.compile(
    rf"(?:\b|(?<=\dT))(\d{{1,2}})(?:[:.h]|(?:{any_of(ALL.hour_marks)})\s?)(\d{{2}})"
    r"(?::(\d{2})(?:[.,]\d+)?)?(?![\d:]|\.\d)"
)


def parse_date(value: str | None) -> datetime | None:
    """A machine-readable date ("2024-05-14T09:12:00+02:00") or a written one ("14. Mai
    2024", "May 14, 2024") as a datetime; None when the text holds no date."""
    if not value:
        return None
    text = " ".join(value.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    if text.isdigit():
        return _compact_date(text) if len(text) in _COMPACT_FORMATS else unix_time(text)
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
    if text[0].isdigit() and _ISO_BASIC_RE.match(text):
        try:  # "20240501T081500+0900": dateutil reads it, datetime only from Python 3.11
            return dateutil_parser.isoparse(text)
        except (ValueError, OverflowError, ArithmeticError):
            return None
    written = written_date(text)
    if written is not None:
        return written
    if _FOUR_DIGITS_RE.search(text) is None:
        return None  # no year written ("vor 2 Stunden", "Heute"): dateutil is not asked
    try:
        parsed = dateutil_parser.parse(text, default=_UNWRITTEN, dayfirst=True, tzinfos=_zone)
    except (ValueError, OverflowError, ArithmeticError):  # decimal errors on huge numbers
        return None
    # dateutil reads a date into almost anything ("Apr 042013"): the year must be written
    return parsed if re.search(rf"(?<!\d){parsed.year}(?!\d)", text) else None


#: What dateutil sets where a text writes no day, month or time ("November 2022" is 1
#: November 2022): its own default is the day it runs, and results would change with it.
_UNWRITTEN: Final = datetime(2000, 1, 1)


def _compact_date(digits: str) -> datetime | None:
    """A date written as digits alone, year first ("20240514093005"); None for other digits."""
    if not digits.startswith(("19", "20")):
        return None
    try:
        return datetime.strptime(digits, _COMPACT_FORMATS[len(digits)])
    except ValueError:
        return None


#: Zone abbreviations pages write after a time, with their offsets in hours: those of the
#: lexicon's languages ("EST", "MEZ"), military Zulu and Moscow's.
ZONES: Final[Mapping[str, float]] = {"z": 0, "msk": 3, **dict(ALL.zones)}
#: Zone names whose offset changes with daylight saving time ("ET", "heure de Paris"), with
#: their IANA zones: the offset is the one of the day and time written.
NAMED_ZONES: Final[Mapping[str, str]] = dict(ALL.zone_names)
#: A zone abbreviation this short counts only in capitals ("ET"; French "et" is "and").
MAX_LOWER_CASE_NAME: Final = 3


#: What may follow a time: a clock word ("Uhr"), "PM", "p. m.", a zone ("GMT", "(UTC)",
#: "MEZ"), an offset ("+02:00", "-0500", "UTC+2", "GMT+5:30").
_AFTER_TIME_RE: Final = re.compile(
    r"\s*(?:(?:" + any_of(ALL.clock_words) + r")(?!\w)\.?)?"
    r"\s*(?:([ap])\.?\s?m\b\.?)?\s*\(?(?:(" + any_of([*ZONES, *NAMED_ZONES]) + r")\b\)?)?"
    r"(?:\s*([+-])(\d{2}):?(\d{2})\b|(?<=[a-z])([+-])(\d{1,2})(?::(\d{2}))?\b)?",
    re.I,
)
#: Hours in the 12-hour clock ("12 PM" is noon, "12 AM" midnight).
HALF_DAY: Final = 12


#: What casefold() leaves of the dot of Turkish "İ" ("TSİ" folds to "tsi" and this).
_COMBINING_DOT: Final = "\u0307"


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone of a parsed date: its stated offset, a known abbreviation, else none."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    hours = ZONES.get((name or "").casefold().replace(_COMBINING_DOT, ""))
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
    if time is None or int(time.group(1)) >= 24 or int(time.group(2)) >= 60:
        return date
    hour, second = int(time.group(1)), int(time.group(3) or 0)
    after = _AFTER_TIME_RE.match(text, time.end())
    half = None if after is None else after.group(1)
    if half and hour <= HALF_DAY:
        hour = hour % HALF_DAY + (HALF_DAY if half.lower() == "p" else 0)
    moment = date.replace(hour=hour, minute=int(time.group(2)), second=second if second < 60 else 0)
    return moment.replace(tzinfo=None if after is None else _stated_zone(after, moment))


def _stated_zone(after: re.Match[str], moment: datetime) -> tzinfo | None:
    """The zone written after a time: an offset ("+02:00", "UTC+2"), else an abbreviation
    or a name (the offset of its zone at that `moment`)."""
    sign, hours = after.group(3) or after.group(6), after.group(4) or after.group(7)
    if sign is None:
        return _zone(after.group(2), None) or _named_zone(after.group(2), moment)
    minutes = after.group(5) or after.group(8)
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset > timedelta(hours=14):
        return None
    return timezone(-offset if sign == "-" else offset)


def _named_zone(name: str | None, moment: datetime) -> tzinfo | None:
    """The offset that a zone named so ("ET", "heure de Paris") has at `moment`."""
    if not name:
        return None
    zone = NAMED_ZONES.get(name.casefold())
    if zone is None or (len(name) <= MAX_LOWER_CASE_NAME and not name.isupper()):
        return None
    offset = moment.replace(tzinfo=gettz(zone)).utcoffset()
    return None if offset is None else timezone(offset)


def _date_in(text: str) -> tuple[datetime, int] | None:
    if _FOUR_DIGITS_RE.search(text) is None:
        return _short_date_in(text)
    match = _DAY_MONTH_YEAR_RE.search(text)
    if match is not None:
        day, month, year = match.group(1), MONTHS[match.group(2).casefold()], match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _MONTH_DAY_YEAR_RE.search(text)
    if match is not None:
        month, day, year = MONTHS[match.group(1).casefold()], match.group(2), match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _YEAR_MONTH_DAY_RE.search(text)
    if match is not None:
        year, month, day = match.group(1), MONTHS[match.group(2).casefold()], match.group(3)
        return _date(int(year), month, int(day), match.end())
    match = _ISO_RE.search(text)
    if match is not None:
        return _date(int(match.group(1)), int(match.group(3)), int(match.group(4)), match.end())
    match = _NUMERIC_RE.search(text)
    if match is not None:
        day, month = _day_and_month(match.group(1), match.group(2), "/" in match.group(0))
        return _date(int(match.group(3)), month, day, match.end())
    return _short_date_in(text)


def _short_date_in(text: str) -> tuple[datetime, int] | None:
    """A date with a two-digit year ("2.11.22")."""
    match = _SHORT_NUMERIC_RE.search(text)
    if match is not None:
        day, month = _day_and_month(match.group(1), match.group(3), match.group(2) == "/")
        return _date(CENTURY + int(match.group(4)), month, day, match.end())
    return None


def _day_and_month(first: str, second: str, slashes: bool) -> tuple[int, int]:
    """The day and the month of a numeric date, day first; month first when written with
    slashes and the day-first reading is impossible ("01/23/2021", as the United States
    write it)."""
    day, month = int(first), int(second)
    if slashes and month > MONTHS_IN_YEAR >= day:
        return month, day
    return day, month


def _date(year: int, month: int, day: int, end: int) -> tuple[datetime, int] | None:
    found = date_of(year, month, day)
    return None if found is None else (found, end)


def date_of(year: int, month: int, day: int) -> datetime | None:
    """The day, a naive datetime at midnight; None for 31 February and the like."""
    try:
        return datetime(year, month, day)
    except ValueError:
        return None
