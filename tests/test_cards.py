"""Tests for newsextract.cards: a teaser card's date is not the article's."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsextract import extract
from newsextract.blocks import segment
from newsextract.cards import teaser_cards
from newsextract.parsing import parse
from newsextract.placement import place_article
from newsextract.scoring import select_main

URL = "https://news.example.com/2025/01/05/pool-closed-for-repairs"
META = '<meta property="article:published_time" content="2025-01-05T14:44:14Z">'
P1 = (
    "<p>The town pool on Plane Tree Road will close on Monday while its pools and heating"
    " are rebuilt, the council said.</p>"
)
P2 = (
    "<p>Swimming clubs will train two evenings a week at the north side sports hall, whose"
    " changing rooms were renewed.</p>"
)
P3 = (
    "<p>The works should end by April, in time for the summer season, unless the new filters"
    " arrive late.</p>"
)
PUBLISHED = datetime(2025, 1, 5, 14, 44, 14, tzinfo=timezone.utc)


def _page(
    card: str, *, meta: str = META, headline: str = "<h1>Town pool closed for repairs</h1>"
) -> str:
    return (
        f"<html><head>{meta}</head><body><article>{headline}<div class='text'>"
        f"{P1}{card}{P2}{P3}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "card",
    [
        pytest.param(
            "<section><article><h4><a href='/2024/11/20/new-changing-rooms'>New changing rooms"
            " for the north side sports hall</a></h4><span>By Mary Rivers</span>"
            "<time datetime='2024-11-20T17:22'>20 November 2024</time></article></section>",
            id="card-headline-then-date",
        ),
        pytest.param(
            "<div class='teaser'><h3><a href='/2024/11/20/new-changing-rooms'>New changing rooms"
            " for the north side sports hall</a></h3><p>20 November 2024</p></div>",
            id="written-date-line",
        ),
        pytest.param(
            "<div><span>Sport</span><h3><a href='/2024/11/20/new-changing-rooms'>New changing"
            " rooms for the north side sports hall</a></h3>"
            "<time datetime='2024-11-20T17:22'>20 November 2024</time></div>",
            id="kicker-before-headline",
        ),
    ],
)
def test_a_teaser_cards_date_is_not_the_articles(card: str) -> None:
    assert extract(_page(card), url=URL).published == PUBLISHED


def _cards(html: str) -> list[str]:
    """The texts of the teaser cards `teaser_cards` finds in the article of `html`."""
    root = parse(html)
    assert root is not None
    segments = segment(root)
    place = place_article(segments, select_main(segments), title=None)
    assert place is not None
    cards = teaser_cards(segments, place, URL).found
    return [" ".join(str(part).strip() for part in card.element.itertext()) for card in cards]


CARD = (
    "<h5><a href='/2024/11/20/new-changing-rooms'>New changing rooms for the north side"
    " sports hall</a></h5><p>20 November 2024</p>"
)


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        pytest.param(
            f"<div>{CARD}</div>",
            ["New changing rooms for the north side sports hall 20 November 2024"],
            id="a-card",
        ),
        pytest.param(
            "<section><h5><a href='/writer/mary-rivers'>Mary Rivers</a></h5>"
            "<p>4 January 2025</p></section>",
            [],
            id="name-linked-to-author-page",
        ),
        pytest.param(
            f"<section><h5><a href='{URL}' rel='bookmark'>4 January 2025</a></h5>"
            "<p>Mary Rivers</p></section>",
            [],
            id="date-linked-to-the-page",
        ),
        pytest.param(
            f"<div><p>4 January 2025</p><div><h4>Swimming in town</h4><div>{CARD}</div>"
            "</div></div>",
            ["New changing rooms for the north side sports hall 20 November 2024"],
            id="smallest-box-in-a-column-of-cards",
        ),
        pytest.param(
            "<div><h4><a href='/sport/'>Sport</a></h4><h1>Pool closed</h1>"
            "<p>4 January 2025</p></div>",
            [],
            id="kicker-linked-to-its-section-over-a-headline",
        ),
    ],
)
def test_teaser_cards(box: str, expected: list[str]) -> None:
    html = f"<html><body><article><div class='text'>{P1}{box}{P2}{P3}</div></article></body></html>"
    assert _cards(html) == expected
