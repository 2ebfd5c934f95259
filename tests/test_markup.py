"""Tests for newsextract.markup: the article's author and date markup."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from newsextract import extract
from newsextract.markup import spaced_text
from newsextract.parsing import clean_text

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


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param("<div>Jane Doe</div>", "Jane Doe", id="one-text"),
        pytest.param(
            "<div><span>Author</span><a>Jane Doe</a></div>", "Author Jane Doe", id="label-glued"
        ),
        pytest.param(
            "<div>Author: <b>Bo<i>2</i>man</b> am 29.12.<!-- c -->2010</div>",
            "Author: Bo 2 man am 29.12. 2010",
            id="nested-in-page-order",
        ),
        pytest.param("<div><br/>Jane Doe</div>", "Jane Doe", id="break"),
    ],
)
def test_spaced_text(markup: str, expected: str) -> None:
    assert clean_text(spaced_text(etree.fromstring(markup))) == expected
