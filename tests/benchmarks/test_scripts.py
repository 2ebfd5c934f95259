"""The benchmark scripts, run as a user runs them, without the corpora."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpora import AebGold, Corpus, Page
from benchmarks.extractors import Extractor, Output
from benchmarks.run import benchmark
from benchmarks.speed_ab import turns
from benchmarks.stages import REST, STAGES, metadata_share, stage_seconds
from newsextract import api

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(["run.py"], id="run"),
        pytest.param(["fields.py"], id="fields"),
        pytest.param(["robustness.py"], id="robustness"),
        pytest.param(["warcs.py", "out.warc.gz"], id="warcs"),
        pytest.param(["warc_read.py"], id="warc_read"),
        pytest.param(["speed_ab.py", "--before", "HEAD"], id="speed_ab"),
        pytest.param(["stages.py"], id="stages"),
    ],
)
def test_without_the_corpora_a_script_says_where_they_come_from(
    script: list[str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            sys.executable, str(REPO / "benchmarks" / script[0]), *script[1:],
            "--bench-dir", str(tmp_path / "no-bench"),
        ],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "article-extraction-benchmark" in result.stderr
    assert "trafilatura's evaluation corpus" in result.stderr
    assert "--bench-dir" in result.stderr


def test_speed_ab_imports_a_revision_beside_the_working_tree(tmp_path: Path) -> None:
    """benchmarks/speed_ab.py's earlier version: the package of a git revision, renamed, that
    extracts as newsextract does (HEAD's code, here) and imports none of the working tree."""
    script = f"""
import sys
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from benchmarks.speed_ab import BEFORE_PACKAGE, package_at
before = package_at("HEAD", Path({str(tmp_path)!r}))
assert before.__name__ == BEFORE_PACKAGE, before.__name__
assert before.__file__.startswith({str(tmp_path)!r}), before.__file__
page = b"<html><body><article><h1>A headline of the page</h1><p>" + b"Some words. " * 40
article = before.extract(page + b"</p></article></body></html>")
assert article.title == "A headline of the page", article.title
assert not any(name == "newsextract" or name.startswith("newsextract.") for name in sys.modules)
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
        timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_speed_ab_says_when_a_revision_has_no_package(tmp_path: Path) -> None:
    """A revision git does not know ends the script with a message, not a traceback."""
    result = subprocess.run(
        [
            sys.executable, str(REPO / "benchmarks" / "speed_ab.py"), "--before", "no-such-rev",
            "--bench-dir", str(tmp_path / "no-bench"),
        ],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "no src/newsextract at git revision 'no-such-rev'" in result.stderr


def test_speed_ab_rotates_the_turn_so_each_contender_takes_each_place() -> None:
    """The place in a page's turn weighs on the time: over as many pages as contenders,
    each contender extracts first, second ... once."""
    names = ["before", "now", "trafilatura", "lxml-floor"]
    orders = [turns(names, index) for index in range(len(names))]
    assert all(sorted(order) == sorted(names) for order in orders)
    for place in range(len(names)):
        assert sorted(order[place] for order in orders) == sorted(names)
    assert turns(names, len(names)) == names  # and again from the start


def test_run_extracts_in_turns_of_pages_and_keeps_each_extractors_outputs_in_page_order() -> None:
    """benchmarks/run.py: each extractor takes its turn on a run of `turn_pages` pages (the
    last run shorter), and its outputs stand in the corpus's page order."""
    pages = tuple(
        Page(id=f"p{n}", url=None, html=b"%d" % n, gold=AebGold(f"text {n}"), site="example.com")
        for n in range(5)
    )
    corpus = Corpus("aeb", Path("."), pages)
    calls: list[tuple[str, bytes]] = []

    def extractor(name: str) -> Extractor:
        def call(html: bytes, url: str | None) -> Output:
            calls.append((name, html))
            return Output(f"text {html.decode()}")

        return Extractor(name, name, call)

    results = benchmark(corpus, [extractor("a"), extractor("b")], turn_pages=2)
    assert calls == [
        *[("a", b"0"), ("a", b"1"), ("b", b"0"), ("b", b"1")],
        *[("a", b"2"), ("a", b"3"), ("b", b"2"), ("b", b"3")],
        *[("a", b"4"), ("b", b"4")],
    ]
    for result in results:
        assert [output.text for output in result.timed.outputs] == [f"text {n}" for n in range(5)]
        assert len(result.timed.seconds) == 5
        assert result.quality.f1 == 1.0


def test_stages_times_every_stage_and_restores_the_module() -> None:
    """benchmarks/stages.py: every stage of a page is timed, the shares add up to the whole,
    and newsextract.api's functions are its own again afterwards."""
    before = {name: getattr(api, name) for name in STAGES}
    html = (
        b"<html><head><title>A headline of the page</title></head><body><article>"
        b"<h1>A headline of the page</h1><p>" + b"Some words of the article. " * 40 + b"</p>"
        b"</article></body></html>"
    )
    url = "https://example.com/news/a-headline"
    page = Page(id="p", url=url, html=html, gold=AebGold(""), site="example.com")
    seconds = stage_seconds([page], passes=2)
    assert set(seconds) == {*STAGES, REST}
    assert all(value >= 0 for value in seconds.values())
    assert seconds["parse"] > 0 and seconds["read_metadata"] > 0
    assert 0 < metadata_share(seconds) < 1
    assert {name: getattr(api, name) for name in STAGES} == before


def test_peer_suites_scores_a_suite_directory(tmp_path: Path) -> None:
    """benchmarks/peer_suites.py reads a newspaper4k-style tests/data directory (html/,
    txt/, metadata/) and scores each page's body and title against what the suite expects."""
    data = tmp_path / "data"
    for folder in ("html", "txt", "metadata"):
        (data / folder).mkdir(parents=True)
    body = "The harbour ferry runs again after the storm, the operator said on Monday. " * 3
    (data / "html" / "ferry.html").write_text(
        f"<html><head><title>Ferry runs again</title></head><body><article>"
        f"<h1>Ferry runs again</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    (data / "txt" / "ferry.txt").write_text(body, encoding="utf-8")
    (data / "metadata" / "ferry.json").write_text('{"title": "Ferry runs again"}', encoding="utf-8")
    (data / "html" / "no_text.html").write_text("<html><body><p>x</p></body></html>")
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "peer_suites.py"), str(data),
         "--extractors", "newsextract"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 pages with an expected text" in result.stdout
    assert "newsextract  body F1 mean 1.000  title 1/1" in result.stdout


def test_peer_suites_without_a_suite_says_how_to_get_one(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "peer_suites.py"), str(tmp_path / "none")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "html/ and txt/" in result.stderr
