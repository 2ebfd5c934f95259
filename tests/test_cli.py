"""Tests for newsextract.cli, through a subprocess as a user runs it, and in process."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsextract import json_schema
from newsextract.cli import Source, _read, _with_progress, main

SRC = Path(__file__).resolve().parent.parent / "src"
SAMPLE_TITLE = "Apple Pay und AliPay forcieren Zusammenarbeit"
P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."
PAGE = (
    "<html lang='en'><head><title>Cycling plan approved</title></head>"
    f"<body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
)


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "newsextract", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


def _json(result: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(data, dict)
    return data


def test_without_a_file_prints_the_bundled_sample() -> None:
    data = _json(_run())
    assert data["title"] == SAMPLE_TITLE
    assert data["language"] == "de"
    assert data["sections"]


def test_with_a_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    data = _json(_run(str(page)))
    assert data["title"] == "Cycling plan approved"
    assert data["text"] == f"{P1}\n\n{P2}"


def test_dash_reads_stdin() -> None:
    data = _json(_run("-", stdin=PAGE.encode("utf-8")))
    assert data["title"] == "Cycling plan approved"
    assert data["encoding"] == "utf-8"


def test_url_option_resolves_the_canonical_link(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<link rel="canonical" href="/a.html"><p>x</p>', encoding="utf-8")
    data = _json(_run(str(page), "--url", "https://example.org/b/c.html"))
    assert data["url"] == "https://example.org/a.html"


def test_output_is_utf8_without_escapes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<article><p>{P1} Straße.</p><p>{P2}</p></article>", encoding="utf-8")
    result = _run(str(page))
    assert "Straße".encode() in result.stdout
    assert b"\\u00df" not in result.stdout


def _unreadable(case: str, tmp_path: Path) -> Path:
    """A path that cannot be extracted: missing, a directory, or a PDF."""
    if case == "missing":
        return tmp_path / "missing.html"
    if case == "directory":
        return tmp_path
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj")
    return pdf


@pytest.mark.parametrize(
    ("case", "message"),
    [
        pytest.param("missing", "missing.html", id="missing-file"),
        pytest.param("directory", "no *.html", id="directory-without-pages"),
        pytest.param("pdf", "PDF", id="not-html"),
    ],
)
def test_unreadable_input_exits_1_with_one_line(case: str, message: str, tmp_path: Path) -> None:
    result = _run(str(_unreadable(case, tmp_path)))
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert result.stdout == b""
    assert stderr.startswith("newsextract: ")
    assert message in stderr
    assert stderr.count("\n") == 1
    assert "Traceback" not in stderr


def test_bad_usage_exits_2() -> None:
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert b"usage:" in result.stderr


def test_main_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main([str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == f"{P1}\n\n{P2}"


def test_main_in_process_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.html")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("newsextract: ")


FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/page.html"))


def _pages(directory: Path, count: int) -> list[Path]:
    """`count` small pages in `directory` (one gzip-compressed, one in a subdirectory)."""
    paths = []
    for number in range(count):
        html = PAGE.replace("Cycling plan approved", f"Cycling plan {number}")
        if number == 1:
            path = directory / "sub" / f"page{number}.html.gz"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(gzip.compress(html.encode()))
        else:
            path = directory / f"page{number}.htm" if number == 2 else directory / f"p{number}.html"
            path.write_text(html, encoding="utf-8")
        paths.append(path)
    (directory / "notes.txt").write_text("not a page", encoding="utf-8")
    return paths


def test_directory_with_two_jobs_gives_jsonl_in_input_order(tmp_path: Path) -> None:
    _pages(tmp_path, 5)
    result = _run(str(tmp_path), "--jobs", "2", "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    # os.walk order: files of the directory (sorted), then its subdirectories
    assert [Path(r["source"]).name for r in records] == [
        "p0.html", "p3.html", "p4.html", "page2.htm", "page1.html.gz",
    ]  # fmt: skip
    assert [r["title"] for r in records] == [f"Cycling plan {n}" for n in (0, 3, 4, 2, 1)]


def test_jobs_give_the_same_output_as_one_process() -> None:
    pages = [str(path) for path in FIXTURE_PAGES]
    one = _run(*pages, "--format", "jsonl")
    two = _run(*pages, "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == len(pages)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_json_output_of_every_fixture_matches_the_schema(page: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = _json(_run(str(page)))
    jsonschema.validate(data, json_schema())


def test_several_inputs_as_json_give_an_array(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 3)
    result = _run(*(str(path) for path in paths))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [item["title"] for item in data] == [
        "Cycling plan 0",
        "Cycling plan 1",
        "Cycling plan 2",
    ]
    assert [item["source"] for item in data] == [str(path) for path in paths]


def test_markdown_format() -> None:
    page = FIXTURES / "en_headings_lists_quotes" / "page.html"
    result = _run(str(page), "--format", "markdown")
    assert result.returncode == 0
    markdown = result.stdout.decode()
    assert markdown.startswith("# How we cut our CI build times in half")
    assert "\n## The problem\n" in markdown
    assert "\n- Dependency installation took 58% of the median job.\n" in markdown
    assert "\n> We had spent months" in markdown
    assert "\n```\ndef cache_key(" in markdown
    assert "| Metric | Before | After |\n| --- | --- | --- |" in markdown


def test_text_format(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = _run(str(page), "--format", "text")
    assert result.returncode == 0
    assert result.stdout.decode() == f"Cycling plan approved\n\n{P1}\n\n{P2}\n"


def test_stdin_with_a_format() -> None:
    result = _run("-", "--format", "jsonl", stdin=PAGE.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Cycling plan approved"


def test_failures_alongside_good_inputs_exit_1_and_the_rest_completes(tmp_path: Path) -> None:
    good = _pages(tmp_path, 2)
    undecodable = tmp_path / "binary.html"
    undecodable.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.html"
    inputs = [good[0], missing, undecodable, good[1]]
    result = _run(*(str(path) for path in inputs), "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record["title"] for record in records] == ["Cycling plan 0", "Cycling plan 1"]
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 2
    assert errors[0] == f"newsextract: {missing}: No such file or directory"
    assert errors[1].startswith(f"newsextract: {undecodable}: input looks like binary data")


def test_output_dir_writes_one_file_per_input(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _pages(pages, 3)
    out = tmp_path / "out"
    result = _run(str(pages), "--output-dir", str(out), "--format", "markdown", "--jobs", "2")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*") if path.is_file())
    assert written == ["p0.md", "page2.md", os.path.join("sub", "page1.md")]
    assert (out / "sub" / "page1.md").read_text(encoding="utf-8").startswith("# Cycling plan 1")


def test_output_dir_names_taken_twice_get_a_number(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for directory in (first, second):
        (directory / "page.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(str(first / "page.html"), str(second / "page.html"), "-o", str(out))
    assert result.returncode == 0
    assert sorted(path.name for path in out.iterdir()) == ["page-2.json", "page.json"]


def test_glob_pattern(tmp_path: Path) -> None:
    _pages(tmp_path, 3)
    result = _run(str(tmp_path / "**" / "*.html*"), "--format", "jsonl")
    assert result.returncode == 0
    titles = sorted(json.loads(line)["title"] for line in result.stdout.splitlines())
    assert titles == ["Cycling plan 0", "Cycling plan 1"]


def test_glob_matching_nothing_fails(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "*.html"))
    assert result.returncode == 1
    assert result.stderr.decode().strip().endswith("no file matches this pattern")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--format", "xml"], id="unknown-format"),
        pytest.param(["--jobs", "0"], id="no-jobs"),
        pytest.param(["a.html", "b.html", "--url", "https://x.example/"], id="url-for-two"),
        pytest.param(["-", "-"], id="stdin-twice"),
    ],
)
def test_bad_usage_variants_exit_2(args: list[str]) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert b"usage:" in result.stderr


def test_help_has_examples() -> None:
    result = _run("--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    assert "examples:" in text
    assert "--jobs" in text
    assert "--output-dir" in text
    assert "exit status" in text


def test_console_script_is_declared() -> None:
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert 'newsextract = "newsextract.cli:main"' in pyproject


def test_gzip_input_larger_than_the_limit_is_not_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000))
    assert len(_read(Source(str(bomb), path=str(bomb)), limit=1000)) == 1001


class _Terminal:
    """A stand-in for standard error that says it is a terminal."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_on_a_terminal_for_several_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(_with_progress(iter(["a", "b", "c"]), 3)) == ["a", "b", "c"]
    assert any("/3" in text and "page" in text for text in terminal.written)


@pytest.mark.parametrize(("tty", "total"), [(False, 3), (True, 1)])
def test_no_progress_bar_off_a_terminal_or_for_one_input(
    tty: bool, total: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(terminal, "isatty", lambda: tty)
    monkeypatch.setattr(sys, "stderr", terminal)
    results = iter(["a"] * total)
    assert _with_progress(results, total) is results
    assert terminal.written == []
