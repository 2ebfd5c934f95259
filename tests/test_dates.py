"""Dates: parsing in the lexicon's languages, plausibility, and the cascade of sources."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

import pytest

from newsextract import dates
from newsextract.dates import Dates, find_dates
from newsextract.datetext import parse_date, written_date
from newsextract.evidence import Evidence, Markup, NoSearches
from newsextract.textdates import labelled_dates, page_text_dates

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)
CEST = timezone(timedelta(hours=2))


class _PageDates(NoSearches):
    """Searches whose page-wide date markup is `values`."""

    def __init__(self, *values: str) -> None:
        self.values = values

    def page_dates(self) -> Iterable[str]:
        return self.values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2024-05-14T09:12:00+02:00", datetime(2024, 5, 14, 9, 12, tzinfo=CEST), id="iso"
        ),
        pytest.param("2024-05-14", datetime(2024, 5, 14), id="iso-date"),
        pytest.param(
            "2024-05-14T09:12:00Z", datetime(2024, 5, 14, 9, 12, tzinfo=timezone.utc), id="z"
        ),
        pytest.param("May 14, 2024", datetime(2024, 5, 14), id="en"),
        pytest.param("14 May 2024", datetime(2024, 5, 14), id="en-day-first"),
        pytest.param("14. Mai 2024, 21:05 Uhr", datetime(2024, 5, 14, 21, 5), id="de"),
        pytest.param("14 mai 2024 à 18h12", datetime(2024, 5, 14, 18, 12), id="fr"),
        pytest.param("14 de mayo de 2024", datetime(2024, 5, 14), id="es"),
        pytest.param("14 maggio 2024", datetime(2024, 5, 14), id="it"),
        pytest.param("Von Deutscher Tennis Bund 4. 2. 2022.", datetime(2022, 2, 4), id="spaced"),
        pytest.param("Nr. 4. 2. Liga 2022", None, id="spaced-needs-two-dots"),
        pytest.param("14 mei 2024", datetime(2024, 5, 14), id="nl"),
        pytest.param("14 maja 2024", datetime(2024, 5, 14), id="pl"),
        pytest.param("14.05.2024", datetime(2024, 5, 14), id="numeric-day-first"),
        pytest.param("2.11.22", datetime(2022, 11, 2), id="two-digit-year"),
        pytest.param(
            "Thu, 09 Nov 2023 12:00:00 GMT",
            datetime(2023, 11, 9, 12, 0, tzinfo=timezone.utc),
            id="http-zone-kept",
        ),
        pytest.param(
            "2022-05-05T22:12:07 UTC",
            datetime(2022, 5, 5, 22, 12, 7, tzinfo=timezone.utc),
            id="iso-time-after-T-zone-name",
        ),
        pytest.param(
            "2022-05-05T22:12:07.123Z x",
            datetime(2022, 5, 5, 22, 12, 7, tzinfo=timezone.utc),
            id="iso-fraction-in-text",
        ),
        pytest.param(
            "May 5, 2022 10:12:07 PM EST",
            datetime(2022, 5, 5, 22, 12, 7, tzinfo=timezone(timedelta(hours=-5))),
            id="pm-and-zone",
        ),
        pytest.param(
            "January 10, 2020 9:00AM (UTC)",
            datetime(2020, 1, 10, 9, 0, tzinfo=timezone.utc),
            id="am-glued-zone-in-parentheses",
        ),
        pytest.param("May 5, 2022 12:30 AM", datetime(2022, 5, 5, 0, 30), id="midnight-am"),
        pytest.param("9 de octubre de 2022 07:15 p. m.", datetime(2022, 10, 9, 19, 15), id="es-pm"),
        pytest.param(
            "3 May 2021 10:00 GMT+2",
            datetime(2021, 5, 3, 10, 0, tzinfo=timezone(timedelta(hours=2))),
            id="zone-with-offset",
        ),
        pytest.param(
            "3 May 2021 10:00 -0430",
            datetime(2021, 5, 3, 10, 0, tzinfo=timezone(-timedelta(hours=4, minutes=30))),
            id="offset",
        ),
        pytest.param(
            "3 May 2021 10:00 - 12 Kommentare", datetime(2021, 5, 3, 10, 0), id="dash-no-offset"
        ),
        pytest.param("Apr 042013", None, id="garbage"),
        pytest.param("vor 2 Stunden", None, id="relative-no-year"),
        pytest.param("May 14, 10:00 am", None, id="written-no-year"),
        pytest.param(
            "5 March 2024, 06:00:08", datetime(2024, 3, 5, 6, 0, 8), id="written-seconds-kept"
        ),
        pytest.param("1714550400", datetime(2024, 5, 1, 8, tzinfo=timezone.utc), id="unix-seconds"),
        pytest.param(
            "1714550400000", datetime(2024, 5, 1, 8, tzinfo=timezone.utc), id="unix-milliseconds"
        ),
        pytest.param("17145504", None, id="digits-no-timestamp"),
        pytest.param(
            "20240501T081500+0900",
            datetime(2024, 5, 1, 8, 15, tzinfo=timezone(timedelta(hours=9))),
            id="iso-basic-format",
        ),
        pytest.param(
            "20240501T0815Z", datetime(2024, 5, 1, 8, 15, tzinfo=timezone.utc), id="iso-basic-z"
        ),
        pytest.param("20241301T081500", None, id="iso-basic-impossible-month"),
        pytest.param("20240501081530", datetime(2024, 5, 1, 8, 15, 30), id="compact-14-digits"),
        pytest.param("202405010815", datetime(2024, 5, 1, 8, 15), id="compact-12-digits"),
        pytest.param("20240501", datetime(2024, 5, 1), id="compact-8-digits"),
        pytest.param("20241301", None, id="compact-impossible-month"),
        pytest.param("Updated 01/23/2024", datetime(2024, 1, 23), id="month-first-when-it-must-be"),
        pytest.param("Updated 05/06/2024", datetime(2024, 6, 5), id="day-first-when-it-may-be"),
        pytest.param("Stand 13.14.2024", None, id="no-such-day-either-way"),
        pytest.param("Last updated: 5/6/24", datetime(2024, 6, 5), id="two-digit-year-slashes"),
        pytest.param(
            "Last updated: 1/23/24", datetime(2024, 1, 23), id="two-digit-year-month-first"
        ),
        pytest.param("a 1/2 cup", None, id="a-fraction"),
        pytest.param("Freitag, 15. April 2016Samstag", datetime(2016, 4, 15), id="glued-word"),
        pytest.param("31.02.2024", None, id="impossible-day"),
        pytest.param("", None, id="empty"),
    ],
)
def test_parse_date(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "14. Mai 2024, 14:30 Uhr MEZ",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(1)),
            id="zone-after-uhr",
        ),
        pytest.param(
            "14. Mai 2024, 14.30 Uhr (MESZ)",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(2)),
            id="zone-in-brackets-after-uhr",
        ),
        pytest.param(
            "14.05.2024, 14:30:08 Uhr MESZ",
            datetime(2024, 5, 14, 14, 30, 8, tzinfo=_zone(2)),
            id="seconds-and-zone-after-uhr",
        ),
        pytest.param("14. Mai 2024, 14:30 Uhr", datetime(2024, 5, 14, 14, 30), id="uhr-no-zone"),
        pytest.param("May 14, 2024 12:15 am", datetime(2024, 5, 14, 0, 15), id="12-15-am"),
        pytest.param("May 14, 2024 12:15 pm", datetime(2024, 5, 14, 12, 15), id="12-15-pm"),
        pytest.param(
            "May 14, 2024 12:15 a.m. EDT",
            datetime(2024, 5, 14, 0, 15, tzinfo=_zone(-4)),
            id="12-15-a-m-zone",
        ),
        pytest.param("14 May 2024, 06:00:08", datetime(2024, 5, 14, 6, 0, 8), id="seconds-kept"),
        pytest.param(
            "14 May 2024 14:30 GMT+5:30",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(5.5)),
            id="offset-with-minutes-after-a-zone",
        ),
        pytest.param(
            "14 mayo de 2024, 14:30 horas (CET)",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(1)),
            id="es-horas-zone",
        ),
        pytest.param(
            "14 mei 2024, 14.30 uur CEST",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(2)),
            id="nl-uur-zone",
        ),
        pytest.param(
            "14. května 2024 14:30 hod. SELČ",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(2)),
            id="cs-hod-zone-word",
        ),
        pytest.param(
            "14.05.2024 14:30 TSİ",
            datetime(2024, 5, 14, 14, 30, tzinfo=_zone(3)),
            id="tr-zone-with-dotted-capital-i",
        ),
        pytest.param(
            "14 Mei 2024 14.30 WIB", datetime(2024, 5, 14, 14, 30, tzinfo=_zone(7)), id="id-wib"
        ),
        pytest.param(
            "2024.05.03 14:30 KST",
            datetime(2024, 5, 3, 14, 30, tzinfo=_zone(9)),
            id="year-first-dotted-not-day-first",
        ),
        pytest.param("2024. 5. 3. 14:30", datetime(2024, 5, 3, 14, 30), id="year-first-spaced"),
        pytest.param(
            "2024年05月03日 14時30分", datetime(2024, 5, 3, 14, 30), id="ja-year-month-day-hour"
        ),
        pytest.param("2024年5月3日", datetime(2024, 5, 3), id="zh-year-month-day"),
        pytest.param(
            "2024년 5월 3일 14시 30분", datetime(2024, 5, 3, 14, 30), id="ko-year-month-day-hour"
        ),
        pytest.param("2024. május 3. 14:30", datetime(2024, 5, 3, 14, 30), id="hu-year-first"),
        pytest.param(
            "May 3, 2024 at 9:24 pm ET",
            datetime(2024, 5, 3, 21, 24, tzinfo=_zone(-4)),
            id="et-in-summer",
        ),
        pytest.param(
            "Jan 3, 2024 at 9:24 p.m. ET",
            datetime(2024, 1, 3, 21, 24, tzinfo=_zone(-5)),
            id="et-in-winter",
        ),
        pytest.param(
            "3 décembre 2024 à 14h30 (heure de Paris)",
            datetime(2024, 12, 3, 14, 30, tzinfo=_zone(1)),
            id="fr-zone-name",
        ),
        pytest.param(
            "3 mai 2024 à 14h30 et mis à jour", datetime(2024, 5, 3, 14, 30), id="fr-et-is-and"
        ),
        pytest.param(
            "3 May 2024 14:30 pt", datetime(2024, 5, 3, 14, 30), id="short-name-in-capitals"
        ),
    ],
)
def test_a_time_of_day_keeps_its_seconds_and_zone(text: str, expected: datetime) -> None:
    """A datetime is aware whenever the text states an offset or a zone of the lexicon,
    after a clock word too; "12:15 am" is a quarter past midnight."""
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed is not None and (parsed.tzinfo is None) is (expected.tzinfo is None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "2022-72-30T07:007777777777777777777777777777777777777777777-1059T", id="fuzz"
        ),
        pytest.param("99999999999999999999", id="huge-number"),
        pytest.param("12:99999999999999999999999", id="huge-seconds"),
    ],
)
def test_unparseable_numbers_give_no_date(text: str) -> None:
    """Found by the fuzzer: dateutil raises decimal.InvalidOperation on huge numbers."""
    assert parse_date(text) is None


def test_written_date_is_found_inside_a_line() -> None:
    assert written_date("Von Katrin Albers | 14. Mai 2024") == datetime(2024, 5, 14)
    assert written_date("No date in here") is None


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        pytest.param(
            {
                "json_ld": ({"datePublished": "2024-05-14T09:12:00+02:00"},),
                "meta": {"article:published_time": "2024-05-01"},
            },
            datetime(2024, 5, 14, 9, 12, tzinfo=CEST),
            id="json-ld-first",
        ),
        pytest.param(
            {"meta": {"article:published_time": "2024-05-01"}}, datetime(2024, 5, 1), id="meta"
        ),
        pytest.param(
            {"meta": {"og:updated_time": "2024-05-09", "og:datepublished": "2024-05-02"}},
            datetime(2024, 5, 2),
            id="date-published-in-a-namespace",
        ),
        pytest.param(
            {"meta": {"sw-pubdate": "2024-05-03"}}, datetime(2024, 5, 3), id="pubdate-in-a-name"
        ),
        pytest.param(
            {"markup": Markup(dates=("2024-04-30",))}, datetime(2024, 4, 30), id="time-element"
        ),
        pytest.param(
            {
                "markup": Markup(dates=("2024-04-30",)),
                "meta": {"article:published_time": "2024-05-01"},
            },
            datetime(2024, 4, 30),
            id="header-time-element-before-meta",
        ),
        pytest.param(
            {
                "markup": Markup(other_dates=("2024-04-20",)),
                "meta": {"article:published_time": "2024-05-01"},
            },
            datetime(2024, 5, 1),
            id="meta-before-a-time-element-further-down",
        ),
        pytest.param(
            {"markup": Markup(other_dates=("2024-04-20",))}, datetime(2024, 4, 20), id="body-time"
        ),
        pytest.param(
            {"meta": {"date": "2024-05-14T10:00:00Z"}, "byline_lines": ("14 May 2024",)},
            datetime(2024, 5, 14, 10, tzinfo=timezone.utc),
            id="same-day-keeps-the-stated-time",
        ),
        pytest.param(
            {"meta": {"date": "2021-11-01T05:00:00"}, "byline_lines": ("11/01/2021",)},
            datetime(2021, 11, 1, 5),
            id="month-first-byline-agrees-with-the-stated-day",
        ),
        pytest.param(
            {"meta": {"date": "2024-05-01"}, "byline_lines": ("Updated 20 May 2024",)},
            datetime(2024, 5, 1),
            id="an-update-line-is-no-publication-date",
        ),
        pytest.param(
            {"byline_lines": ("Registriert: 18.09.2008", "Beitrag vom 21.01.2009")},
            datetime(2009, 1, 21),
            id="a-line-labelled-with-another-fact",
        ),
        pytest.param(
            {"byline_lines": ("Von Katrin Albers | 3. März 2024",)},
            datetime(2024, 3, 3),
            id="byline",
        ),
        pytest.param(
            {"url": "https://x.example/news/2023/11/08/story"}, datetime(2023, 11, 8), id="url-path"
        ),
        pytest.param(
            {"url": "https://x.example/meldung/20220124-story"},
            datetime(2022, 1, 24),
            id="url-compact",
        ),
        pytest.param(
            {"url": "https://x.example/meldungen/29-10-2021"},
            datetime(2021, 10, 29),
            id="url-day-first",
        ),
        pytest.param({"meta": {"date": "1990-01-01"}}, None, id="before-1995"),
        pytest.param({"meta": {"date": "2030-01-01"}}, None, id="future"),
        pytest.param(
            {"meta": {"date": "2024-05-14T23:30:00Z"}, "byline_lines": ("15 May 2024",)},
            datetime(2024, 5, 15, tzinfo=timezone.utc),  # read in the zone the page states
            id="shown-local-day-wins-over-utc",
        ),
        pytest.param(
            {"meta": {"date": "2024-05-14T23:30:00+02:00"}, "byline_lines": ("15 May 2024",)},
            datetime(2024, 5, 15, tzinfo=CEST),
            id="shown-day-wins-over-a-stated-local-time",
        ),
        pytest.param(
            {
                "json_ld": ({"datePublished": "2022-05-05T22:12:00Z"},),
                "byline_lines": ("Viernes, 06 may 2022", "05 de mayo de 2022"),
            },
            datetime(2022, 5, 5, 22, 12, tzinfo=timezone.utc),
            id="of-several-shown-days-the-stated-one",
        ),
        pytest.param(
            {
                "meta": {"date": "2022-12-25T11:00:02+00:00"},
                "byline_lines": ("Marlene Oswald2022-12-07T10:10:52+01:00",),
            },
            datetime(2022, 12, 25, 11, 0, 2, tzinfo=timezone.utc),
            id="a-machine-timestamp-in-text-is-not-shown",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2023-11-09T05:30:59+00:00"},
                "searches": _PageDates("2023-11-08 23:30:59"),
            },
            datetime(2023, 11, 8, 23, 30, 59, tzinfo=timezone(timedelta(hours=-6))),
            id="utc-timestamp-as-the-local-clock-writes-it",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2023-11-09T05:30:59+00:00"},
                "searches": _PageDates("2023-11-08 23:10:00"),
            },
            datetime(2023, 11, 9, 5, 30, 59, tzinfo=timezone.utc),
            id="utc-timestamp-kept-when-no-local-time-matches",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2021-11-04T23:00Z"},
                "markup": Markup(other_dates=("5. November 2021",)),
            },
            datetime(2021, 11, 5, tzinfo=timezone(timedelta(hours=1))),
            id="utc-timestamp-of-a-local-midnight",
        ),
        pytest.param(
            {"meta": {"date": "2020-04-29T11:52:23"}, "byline_lines": ("Stand: 28.04.2020",)},
            datetime(2020, 4, 28),
            id="no-publication-after-the-last-change",
        ),
        pytest.param(
            {"meta": {"date": "2020-04-27"}, "byline_lines": ("Stand: 28.04.2020",)},
            datetime(2020, 4, 27),
            id="an-earlier-publication-stands-before-its-change",
        ),
        pytest.param(
            {
                "markup": Markup(dates=("2022-12-30T07:00",)),
                "byline_lines": ("Updated 29 December 2022",),
            },
            datetime(2022, 12, 30, 7),
            id="header-markup-is-kept-whatever-the-change-line-says",
        ),
        pytest.param(
            {
                "markup": Markup(dates=("2024-06-02T18:45:00+02:00",)),
                "json_ld": (
                    {"@type": "LiveBlogPosting", "coverageStartTime": "2024-06-01T08:00+02:00"},
                ),
                "byline_lines": ("Last post 2 June 2024, 18:45",),
            },
            datetime(2024, 6, 1, 8, tzinfo=CEST),
            id="a-live-blog-is-published-at-its-start-not-its-newest-post",
        ),
        pytest.param(
            {
                "markup": Markup(dates=("2024-03-05T06:00",)),
                "meta": {"article:published_time": "2024-03-05T06:00:08+01:00"},
            },
            datetime(2024, 3, 5, 6, 0, 8, tzinfo=timezone(timedelta(hours=1))),
            id="the-data-gives-the-seconds-and-zone-the-markup-leaves-out",
        ),
        pytest.param(
            {"meta": {"dc:created": "2024-05-14"}}, datetime(2024, 5, 14), id="rdfa-dc-created"
        ),
        pytest.param({"meta": {"dc.issued": "2024-05-14"}}, datetime(2024, 5, 14), id="dc-issued"),
        pytest.param(
            {"meta": {"og:regdate": "20240514093005"}},
            datetime(2024, 5, 14, 9, 30, 5),
            id="compact-digits-meta",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2024-05-18T10:15:00+00:00"},
                "byline_lines": ("Wednesday, 22 May 2024",),
                "lead_lines": ("Wednesday, 22 May 2024",),
            },
            datetime(2024, 5, 18, 10, 15, tzinfo=timezone.utc),
            id="a-today-bar-before-the-article-is-not-its-date",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2024-05-18T10:15:00+00:00"},
                "markup": Markup(dates=("2024-05-22",)),
                "byline_lines": ("Wednesday, 22 May 2024",),
                "lead_lines": ("Wednesday, 22 May 2024",),
            },
            datetime(2024, 5, 18, 10, 15, tzinfo=timezone.utc),
            id="a-today-bar-marked-up-as-a-time-element-is-not-its-date",
        ),
        pytest.param(
            {
                "meta": {"article:published_time": "2024-05-18T10:15:00+00:00"},
                "byline_lines": ("22 May 2024",),
                "lead_lines": ("22 May 2024",),
            },
            datetime(2024, 5, 22, tzinfo=timezone.utc),
            id="a-later-date-header-without-a-weekday-is-shown",
        ),
        pytest.param(
            {
                "json_ld": ({"datePublished": "2024-04-22"},),
                "meta": {"article:modified_time": "2024-04-22T13:19+02:00"},
                "byline_lines": ("02:57 Min. Verfügbar bis 06.05.2024",),
            },
            datetime(2024, 4, 22, tzinfo=CEST),
            id="no-shown-date-after-the-last-change",
        ),
        pytest.param(
            {"meta": {"parsely-page": '{"title": "A", "pub_date": "2024-05-03T07:15:00Z"}'}},
            datetime(2024, 5, 3, 7, 15, tzinfo=timezone.utc),
            id="parsely-page-json",
        ),
        pytest.param(
            {"meta": {"parsely-pub-date": "2024-05-03T07:15:00Z"}},
            datetime(2024, 5, 3, 7, 15, tzinfo=timezone.utc),
            id="parsely-pub-date",
        ),
        pytest.param(
            {"meta": {"rnews:datepublished": "2024-05-03T07:15:00+02:00"}},
            datetime(2024, 5, 3, 7, 15, tzinfo=CEST),
            id="rnews-meta",
        ),
        pytest.param(
            {"meta": {"publish-date": "1714550400"}},
            datetime(2024, 5, 1, 8, tzinfo=timezone.utc),
            id="unix-seconds-meta",
        ),
        pytest.param(
            {"json_ld": ({"datePublished": 1714550400000},)},
            datetime(2024, 5, 1, 8, tzinfo=timezone.utc),
            id="unix-milliseconds-json-ld-number",
        ),
    ],
)
def test_find_dates(kwargs: dict[str, object], expected: datetime | None) -> None:
    evidence = Evidence(**kwargs)  # type: ignore[arg-type]
    assert find_dates(evidence, now=NOW).published == expected


JST = timezone(timedelta(hours=9))
PUBLISHED_JST = {"meta": {"article:published_time": "2024-12-03T23:17:00+09:00"}}
TICKER = ("11.04 Uhr: Drohne trifft Hafen", "06.20 Uhr: Hafen geschlossen", "15.32 Uhr: Angriffe")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        pytest.param(
            {**PUBLISHED_JST, "markup": Markup(dates=("2024-12-04T00:05",))},
            datetime(2024, 12, 3, 23, 17, tzinfo=JST),
            id="header-shows-a-later-edit",
        ),
        pytest.param(
            {**PUBLISHED_JST, "byline_lines": ("2024/12/04 00:05",)},
            datetime(2024, 12, 3, 23, 17, tzinfo=JST),
            id="byline-shows-a-later-edit",
        ),
        pytest.param(
            {**PUBLISHED_JST, "markup": Markup(dates=("2024-12-09T10:05",))},
            datetime(2024, 12, 9, 10, 5, tzinfo=JST),
            id="republished-days-later",
        ),
        pytest.param(
            {
                "json_ld": ({"datePublished": "2024-05-03T15:47:42Z"},),
                "markup": Markup(dates=("2024-05-03T17:47",)),
            },
            datetime(2024, 5, 3, 15, 47, 42, tzinfo=timezone.utc),
            id="header-in-local-time-data-to-the-second",
        ),
        pytest.param(
            {
                "json_ld": ({"datePublished": "2023-10-07T09:53:36+02:00"},),
                "markup": Markup(dates=("2024-07-18T09:08:27Z",), other_dates=TICKER),
            },
            datetime(2023, 10, 7, 9, 53, 36, tzinfo=CEST),
            id="live-ticker-published-when-it-started",
        ),
        pytest.param(
            {
                "json_ld": ({"datePublished": "2023-10-07T09:53:36+02:00"},),
                "markup": Markup(dates=("2024-07-18T09:08:27Z",), other_dates=TICKER[:2] * 2),
            },
            datetime(2024, 7, 18, 9, 8, 27, tzinfo=timezone.utc),
            id="two-stamped-entries-no-ticker",
        ),
    ],
)
def test_the_header_date_against_the_data(kwargs: dict[str, object], expected: datetime) -> None:
    """A header a few hours after the data's publication shows a later edit of it; a live
    ticker's header shows its newest entry; a header days later, a republication."""
    evidence = Evidence(**kwargs)  # type: ignore[arg-type]
    assert find_dates(evidence, now=datetime(2025, 1, 1, tzinfo=timezone.utc)).published == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param(
            {"meta": {"date": "2024-05-14", "article:modified_time": "2024-05-15T10:00+02:00"}},
            id="naive-day-aware-change",
        ),
        pytest.param(
            {
                "meta": {"article:modified_time": "2024-05-15T10:00"},
                "json_ld": ({"datePublished": "2024-05-14T09:00:00Z"},),
            },
            id="aware-publication-naive-change",
        ),
        pytest.param(
            {
                "meta": {"article:modified_time": "2024-05-15T10:00Z"},
                "byline_lines": ("14 May 2024",),
            },
            id="shown-day-aware-change",
        ),
    ],
)
def test_published_and_modified_are_never_a_naive_aware_mix(kwargs: dict[str, object]) -> None:
    dates = find_dates(Evidence(**kwargs), now=NOW)  # type: ignore[arg-type]
    assert dates.published is not None and dates.modified is not None
    assert (dates.published.tzinfo is None) == (dates.modified.tzinfo is None)
    assert isinstance(dates.modified - dates.published, timedelta)


def test_modified_comes_from_its_own_fields() -> None:
    dates = find_dates(Evidence(meta={"article:modified_time": "2024-05-15"}), now=NOW)
    assert dates == Dates(None, datetime(2024, 5, 15))


class _Block:
    def __init__(self, text: str) -> None:
        self.text = text


def test_labelled_dates_follow_their_label() -> None:
    blocks = [_Block("Mise en ligne"), _Block("23 mai 2019"), _Block("Le 3 mars 2020 à Paris")]
    assert list(labelled_dates(blocks)) == [datetime(2019, 5, 23)]


def test_labelled_dates_most_often_labelled_first() -> None:
    blocks = [
        _Block("Quelle: Bericht (Stand: 28. November 2018)"),
        _Block("Lisa Tennhardt Stand: 05. Februar 2020"),
        _Block("Tabelle (Stand: 5. Februar 2020)"),
    ]
    assert list(labelled_dates(blocks)) == [datetime(2020, 2, 5), datetime(2018, 11, 28)]


def test_page_text_dates_most_frequent_first() -> None:
    text = "Posted 3 May 2021. Updated 4 May 2021. Site since 2009. 3 May 2021 | img/2020/x.jpg"
    assert list(page_text_dates(text)) == [datetime(2021, 5, 3), datetime(2021, 5, 4)]


def test_each_date_value_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A value the page's data states under two names (published and modified) is parsed
    once, and so is the page's markup read to find a UTC timestamp's local time."""
    read: list[str] = []

    def parse(value: str | None) -> datetime | None:
        read.append(str(value))
        return parse_date(value)

    monkeypatch.setattr(dates, "parse_date", parse)
    stamp, local = "2024-05-14T07:12:00Z", "2024-05-14 09:12:00"
    evidence = Evidence(
        json_ld=({"datePublished": stamp, "dateModified": stamp},), searches=_PageDates(local)
    )
    found = find_dates(evidence, now=NOW)
    assert found.published == datetime(2024, 5, 14, 9, 12, tzinfo=CEST)
    assert found.published.utcoffset() == timedelta(hours=2)
    assert read == [stamp, local]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("14. Mai 2024", datetime(2024, 5, 14), id="day-month-year"),
        pytest.param("14 Mai \uff12\uff10\uff12\uff14", datetime(2024, 5, 14), id="wide-digits"),
        pytest.param("May 14, 2024", datetime(2024, 5, 14), id="month-day-year"),
        pytest.param("2024年5月14日", datetime(2024, 5, 14), id="year-month-day"),
        pytest.param("2024-05-14", datetime(2024, 5, 14), id="iso"),
        pytest.param("14.05.2024", datetime(2024, 5, 14), id="numeric"),
        pytest.param("Stand 14.05.24", datetime(2024, 5, 14), id="two-digit-year"),
        pytest.param("Updated 3 hours ago", None, id="no-date"),
    ],
)
def test_a_line_without_four_digits_is_read_for_a_two_digit_year_alone(
    text: str, expected: datetime | None
) -> None:
    """Every written form but the two-digit year's writes its year in four digits (any
    digits: a full-width year too), so the line is read for the other forms only then."""
    assert written_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 2022", datetime(2022, 11, 1)),  # no day written: the first, not today's
        ("Nov 2022, 10:30", datetime(2022, 11, 1, 10, 30)),
        ("14 November 2022", datetime(2022, 11, 14)),
    ],
)
def test_what_a_date_does_not_write_is_no_part_of_the_day_it_is_read(
    text: str, expected: datetime
) -> None:
    assert parse_date(text) == expected
