"""The benchmark's halves, catastrophic pages and ratchet (benchmarks/scoring.py, ratchet.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpora import half_of, site_of
from benchmarks.metrics import FieldScore, MicroScore, ShingleMatch, SnippetCounts
from benchmarks.ratchet import check_ratchet, load_ratchet
from benchmarks.report import Result, Timed
from benchmarks.scoring import PageScore, Quality, body_score, catastrophes


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example.org/news/a.html", "example.org"),
        ("http://News.Example.CO.UK:8080/a", "news.example.co.uk"),
        ("https://web.archive.org/web/2019/https://www.blog.example/p/1", "blog.example"),
        ("https://web.archive.org/about", "web.archive.org"),
    ],
)
def test_site_of(url: str, site: str) -> None:
    assert site_of(url) == site


def test_halves_are_stable_and_both_used() -> None:
    sites = [f"site{number}.example" for number in range(40)]
    halves = [half_of(site) for site in sites]
    assert set(halves) == {"A", "B"}
    assert halves == [half_of(site) for site in sites]  # a hash, not Python's salted hash()
    assert half_of("example.org") == half_of("example.org")


def _page(page_id: str, half: str, f1: float) -> PageScore:
    """A page whose precision and recall are both `f1`."""
    return PageScore(page_id, half, ShingleMatch(f1, 1 - f1, 1 - f1))


def test_a_page_is_catastrophic_only_when_a_peer_gets_it() -> None:
    subject = [_page("lost", "A", 0.2), _page("hard", "B", 0.3), _page("fine", "A", 0.9)]
    peers = {
        "trafilatura": {"lost": 0.85, "hard": 0.4, "fine": 0.9},
        "readability": {"lost": 0.5, "hard": 0.79},
        "lxml-floor": {"hard": 0.95},  # a floor, not a peer
    }
    found = catastrophes("newsextract", subject, peers)
    assert [(c.id, c.half, c.peer) for c in found] == [("lost", "A", "trafilatura")]
    assert catastrophes("newsextract", subject, peers, only="readability") == []


def test_the_subject_is_not_its_own_peer() -> None:
    pages = [_page("p", "A", 0.1)]
    assert catastrophes("x", pages, {"x": {"p": 1.0}}) == []


def test_body_score_per_half() -> None:
    pages = (_page("a", "A", 1.0), _page("b", "B", 0.5), _page("c", "B", 0.5))
    quality = Quality(pages)
    assert quality.half("A").f1 == pytest.approx(1.0)
    assert quality.half("B").f1 == pytest.approx(0.5)
    assert quality.half("B").pages == 2
    assert 0.5 < quality.f1 < 1.0


def test_tdev_halves_sum_their_snippet_counts() -> None:
    pages = [
        PageScore("a", "A", SnippetCounts(tp=3, fn=1)),
        PageScore("b", "A", SnippetCounts(tp=1, fp=1, fn=3)),
    ]
    score = body_score(pages)
    assert (score.precision, score.recall) == (4 / 5, 4 / 8)


def _result(name: str, pages: tuple[PageScore, ...]) -> Result:
    quality = Quality(
        pages,
        metadata=(FieldScore("title", 9, 10),),
        lists=(MicroScore("headings", 9, 10, 8, 10),),
    )
    return Result(name, quality, Timed((), (), ()))


def _ratchet(tmp_path: Path, floor: dict[str, object]) -> Path:
    path = tmp_path / "ratchet.json"
    path.write_text(json.dumps({"corpora": {"fundus": floor}}), encoding="utf-8")
    return path


FLOOR = {
    "f1": 0.5,
    "halves": {"A": 0.5, "B": 0.5},
    "catastrophic": 0,
    "metadata": {"title": 0.9},
    "lists": {"headings": [0.9, 0.8]},
}


def test_the_ratchet_passes_at_its_floors(tmp_path: Path) -> None:
    pages = (_page("a", "A", 0.9), _page("b", "B", 0.6))
    ratchet = load_ratchet(_ratchet(tmp_path, FLOOR))
    assert check_ratchet(ratchet, {"fundus": [_result("ne", pages)]}, {}, subject="ne")


@pytest.mark.parametrize(
    ("change", "pages"),
    [
        ({"halves": {"A": 0.5, "B": 0.7}}, None),  # half B is 0.6
        ({"metadata": {"title": 0.95}}, None),
        ({"lists": {"headings": [0.9, 0.85]}}, None),  # recall 0.8
        ({"f1": 0.8}, None),
        ({}, (_page("a", "A", 0.9), _page("b", "B", 0.1))),  # catastrophic against the peer
    ],
)
def test_the_ratchet_fails_below_any_floor(
    tmp_path: Path, change: dict[str, object], pages: tuple[PageScore, ...] | None
) -> None:
    ours = pages or (_page("a", "A", 0.9), _page("b", "B", 0.6))
    ratchet = load_ratchet(_ratchet(tmp_path, {**FLOOR, **change}))
    snapshot = {"fundus": {"peer": {"a": 0.9, "b": 0.9}}}
    assert not check_ratchet(ratchet, {"fundus": [_result("ne", ours)]}, snapshot, subject="ne")
