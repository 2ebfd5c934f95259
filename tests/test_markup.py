"""Tests for newsextract.markup: the article's author and date markup."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsextract import extract

P = "<p>The council approved the new cycling plan on Thursday evening after a long debate.</p>"
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param('itemprop="dateModified"', id="itemprop"),
        pytest.param('class="updated"', id="hatom-class"),
        pytest.param('class="date-modified"', id="modified-class"),
    ],
)
def test_the_markup_of_a_change_is_no_publication_date(change: str) -> None:
    html = (
        "<html><body><article><h1>Cycling plan</h1><div class='entry-meta'>"
        f'<time {change} datetime="2022-12-29T15:36:19+01:00">29 Dec</time> '
        '<time class="entry-date" datetime="2022-12-30T07:00:40+01:00">30 Dec</time>'
        f"</div>{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2022, 12, 30, 7, 0, 40, tzinfo=CET)


def test_a_time_classed_both_updated_and_published_is_the_publication() -> None:
    html = (
        "<html><body><article><h1>Cycling plan</h1><div class='entry-meta'>"
        '<time class="published updated" datetime="2022-12-29T15:36:19+01:00">29 Dec</time>'
        f"</div>{P * 3}</article></body></html>"
    )
    assert extract(html).published == datetime(2022, 12, 29, 15, 36, 19, tzinfo=CET)
