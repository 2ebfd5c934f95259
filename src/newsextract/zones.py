"""Time zones and machine timestamps of a page's dates.

A page's dates are aware whenever one of its sources states an offset: a date it states
without one (a day shown in the byline, a naive `<time>`) is read in the zone the page states
for its other dates, so that `published` and `modified` are never a naive/aware mix. Unix
timestamps (seconds or milliseconds since 1970, UTC) and parse.ly's `parsely-page` JSON are
read here too.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone, tzinfo
from typing import Final

#: Unix timestamps in seconds (10 digits: 2001 to 2286) or milliseconds (13 digits).
_UNIX_RE: Final = re.compile(r"\d{10}(?:\d{3})?")
_MILLISECONDS_DIGITS: Final = 13
#: parse.ly's page JSON names its publication date so.
PARSELY_DATE_KEYS: Final = ("pub_date", "pubDate", "published_date")


def unix_time(text: str) -> datetime | None:
    """A Unix timestamp ("1714550400", "1714550400000") as an aware UTC datetime."""
    if not _UNIX_RE.fullmatch(text):
        return None
    seconds = int(text) / 1000 if len(text) == _MILLISECONDS_DIGITS else int(text)
    return datetime.fromtimestamp(seconds, timezone.utc)


def parsely_date(value: str | None) -> str | None:
    """The publication date in parse.ly's `parsely-page` meta: a JSON object."""
    if not value or not value.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for key in PARSELY_DATE_KEYS:
        found = data.get(key)
        if isinstance(found, (str, int)) and not isinstance(found, bool):
            return str(found)
    return None


def zone_of(*values: datetime | None) -> tzinfo | None:
    """The zone of the first aware value: the page's zone, by its most explicit date."""
    for value in values:
        if value is not None and value.tzinfo is not None:
            return value.tzinfo
    return None


def same_kind(
    published: datetime | None, modified: datetime | None, zone: tzinfo | None
) -> tuple[datetime | None, datetime | None]:
    """`published` and `modified`, a naive one read in the page's `zone` when it has one:
    both aware, or both naive when no source states a zone."""
    if zone is None:
        return published, modified
    return _in(published, zone), _in(modified, zone)


def _in(value: datetime | None, zone: tzinfo) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=zone)
