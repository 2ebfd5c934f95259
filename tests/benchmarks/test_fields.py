"""benchmarks/fields.py on small hand-made gold files and pages (no bench corpora needed)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newsextract
from benchmarks import fields
from benchmarks.fields import (
    Counts,
    annotates_credits,
    corpora_of,
    load_gold,
    page_html,
    score_related,
    url_key,
)

REPO = Path(__file__).resolve().parents[2]


def _write_gold(path: Path, pages: dict[str, Any]) -> Path:
    path.write_text(json.dumps({"_about": "test gold", **pages}), encoding="utf-8")
    return path


def _link(url: str) -> dict[str, Any]:
    return {"url": url, "text": "t", "group": None}


def test_load_gold_keeps_page_keys_and_skips_notes(tmp_path: Path) -> None:
    gold = _write_gold(
        tmp_path / "g.json",
        {"fundus/de_X_2024": {"url": "https://x.de/a", "related_links": [], "notes": "n"}},
    )
    assert list(load_gold(gold)) == ["fundus/de_X_2024"]


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ({"nope/x": {"related_links": []}}, "names no known corpus"),
        ({"fundus/x": {"url": "u"}}, "has no related_links list"),
    ],
)
def test_load_gold_refuses_malformed_entries(
    tmp_path: Path, pages: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        load_gold(_write_gold(tmp_path / "g.json", pages))


def test_page_html_reads_the_three_corpora(tmp_path: Path) -> None:
    (tmp_path / "aeb" / "html").mkdir(parents=True)
    (tmp_path / "aeb" / "html" / "abc.html.gz").write_bytes(gzip.compress(b"<p>aeb</p>"))
    (tmp_path / "trafilatura-dev" / "html").mkdir(parents=True)
    (tmp_path / "trafilatura-dev" / "html" / "page.html").write_bytes(b"<p>tdev</p>")
    (tmp_path / "fundus-dev" / "pages").mkdir(parents=True)
    (tmp_path / "fundus-dev" / "pages" / "uk_X_2024.html.gz").write_bytes(
        gzip.compress(b"<p>fundus</p>")
    )
    assert page_html(tmp_path, "aeb/abc") == b"<p>aeb</p>"
    assert page_html(tmp_path, "tdev/page.html") == b"<p>tdev</p>"
    assert page_html(tmp_path, "fundus/uk_X_2024") == b"<p>fundus</p>"


def test_corpora_of_names_each_needed_folder_once_in_a_stable_order() -> None:
    keys = ["fundus/a", "tdev/b.html", "fundus/c", "aeb/d"]
    assert corpora_of(keys) == ["aeb", "trafilatura-dev", "fundus-dev"]
    assert corpora_of(["fundus/a"]) == ["fundus-dev"]


def test_a_file_annotates_credits_only_when_every_page_has_them() -> None:
    assert annotates_credits({"aeb/a": {"image_credits": [], "related_links": []}})
    assert not annotates_credits({"fundus/a": {"related_links": []}})
    assert not annotates_credits({})


def test_related_links_match_on_the_url_key() -> None:
    predicted = [
        _link("https://WWW.Example.com/story/#comments"),
        _link("https://www.example.com/other"),
        _link("https://www.example.com/story"),  # the same target again: unmatched
    ]
    gold = [_link("https://www.example.com/story/"), _link("https://www.example.com/missed")]
    assert score_related(predicted, gold) == Counts(matched=1, predicted=3, gold=2)
    assert url_key("https://www.example.com/a?x=1#f") != url_key("https://www.example.com/a")


def test_a_page_without_gold_links_counts_every_prediction_against_precision() -> None:
    counts = score_related([_link("https://x.org/a")], [])
    assert (counts.precision, counts.recall) == (0.0, 1.0)
    assert Counts().precision == Counts().recall == 1.0


def test_the_shipped_fundus_gold_follows_the_conventions() -> None:
    pages = load_gold(REPO / "benchmarks" / "gold" / "fundus_related.json")
    assert len(pages) >= 40
    assert any(not page["related_links"] for page in pages.values())
    for key, page in pages.items():
        assert key.startswith("fundus/")
        assert page["url"].startswith(("http://", "https://"))
        assert page["notes"].strip()
        assert "image_credits" not in page
        keys = [url_key(link["url"]) for link in page["related_links"]]
        assert len(keys) == len(set(keys)), f"{key}: a target listed twice"
        for link in page["related_links"]:
            assert link["url"].startswith(("http://", "https://")), key
            assert link["text"] == " ".join(link["text"].split()), key
            group = link["group"]
            assert group is None or (group.strip() == group and group[-1] not in "|>"), key


@dataclass
class _Item:
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.data


@dataclass
class _Article:
    image_credits: Sequence[_Item]
    related_links: Sequence[_Item]


def _bench(tmp_path: Path) -> Path:
    bench = tmp_path / "bench"
    (bench / "aeb" / "html").mkdir(parents=True)
    (bench / "aeb" / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<html>aeb</html>"))
    (bench / "trafilatura-dev" / "html").mkdir(parents=True)
    (bench / "fundus-dev" / "pages").mkdir(parents=True)
    (bench / "fundus-dev" / "pages" / "f1.html.gz").write_bytes(gzip.compress(b"<html>f</html>"))
    return bench


def _fake_extract(html: bytes, url: str | None = None) -> _Article:
    """Every page predicts one credit and the links https://x.org/1 and https://x.org/2."""
    return _Article(
        [_Item({"text": "Photo: AP", "caption": None, "author": None, "source": "AP"})],
        [_Item(_link("https://x.org/1")), _Item(_link("https://x.org/2"))],
    )


def _run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr(newsextract, "extract", _fake_extract)
    credits_gold = _write_gold(
        tmp_path / "credits.json",
        {
            "aeb/p1": {
                "url": "https://a.org/p1",
                "image_credits": [
                    {"text": "Photo: AP", "caption": None, "author": None, "source": "AP"}
                ],
                "related_links": [_link("https://x.org/1"), _link("https://x.org/2/")],
            }
        },
    )
    fundus_gold = _write_gold(
        tmp_path / "fundus.json",
        {"fundus/f1": {"url": "https://f.org/a", "related_links": [_link("https://x.org/1")]}},
    )
    status = fields.main(
        [
            "--bench-dir", str(_bench(tmp_path)),
            "--gold", str(credits_gold), "--gold", str(fundus_gold), *args,
        ]
    )  # fmt: skip
    return status, capsys.readouterr().out


def test_each_gold_file_gets_its_own_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(tmp_path, monkeypatch, capsys)
    assert status == 0
    credits_block, fundus_block = out.split("\n\n")
    assert "credits.json (1 pages)" in credits_block
    assert "image_credits    1.000  1.000        1          1      1" in credits_block
    assert "related_links    1.000  1.000        2          2      2" in credits_block
    assert "fundus.json (1 pages)" in fundus_block
    assert "image_credits" not in fundus_block
    assert "related_links    0.500  1.000        1          2      1" in fundus_block
    assert "not gated" in fundus_block


def test_min_gates_the_credit_files_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(tmp_path, monkeypatch, capsys, "--min", "0.85")
    assert status == 0  # the fundus file's precision of 0.5 does not fail the gate
    assert "quality gate fields: lowest P/R 1.000 vs minimum 0.85: ok" in out
    assert out.index("quality gate") < out.index("fundus.json")


def test_show_misses_lists_fundus_link_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = _run(tmp_path, monkeypatch, capsys, "--show-misses")
    assert "-- fundus/f1\n   link extra:  https://x.org/2?" in out
    assert "-- aeb/p1" not in out


def test_without_fundus_dev_the_default_run_skips_its_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    credits_gold = {"aeb/p1": {"url": "u", "image_credits": [], "related_links": []}}
    monkeypatch.setattr(fields, "DEFAULT_GOLD", _write_gold(tmp_path / "c.json", credits_gold))
    fundus_gold = {"fundus/f1": {"url": "u", "related_links": []}}
    monkeypatch.setattr(fields, "FUNDUS_GOLD", _write_gold(tmp_path / "f.json", fundus_gold))
    monkeypatch.setattr(newsextract, "extract", _fake_extract)
    bench = tmp_path / "bench"
    (bench / "aeb" / "html").mkdir(parents=True)
    (bench / "aeb" / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<html>aeb</html>"))
    assert fields.main(["--bench-dir", str(bench)]) == 0
    captured = capsys.readouterr()
    assert "fundus-dev not found" in captured.err
    assert "c.json (1 pages)" in captured.out
    assert "f.json" not in captured.out
