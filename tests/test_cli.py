"""Tests for newsextract.cli, through a subprocess as a user runs it, and in process."""

from __future__ import annotations

import gzip
import importlib.metadata
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsextract
from benchmarks.warcs import http_response, page_records, warc_record, warcinfo, write_warc
from newsextract import InputTooLargeError, json_schema
from newsextract.cli import _with_progress, main, pool_size
from newsextract.inputs import Document, Source, read_source
from newsextract.options import DEFAULT_OPTIONS
from newsextract.outputs import Pair, Settings, write_stream

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
    assert result.stdout == (b"[\n]\n" if case == "directory" else b"")  # a folder: an array
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
    with pytest.raises(InputTooLargeError, match="more than 16,000 bytes uncompressed"):
        read_source(Source(str(bomb), path=str(bomb)), limit=1000)


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


# --- usage ---------------------------------------------------------------------------


def test_version_is_the_packages() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"newsextract {newsextract.__version__}"
    assert newsextract.__version__ == importlib.metadata.version("newsextract")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--encoding", "no-such-charset", "a.html"], "unknown encoding", id="encoding"
        ),
        pytest.param(["--encoding", "rot13", "a.html"], "unknown encoding", id="not-a-charset"),
        pytest.param(
            ["--url", "example.org/a.html", "a.html"], "http:// or https://", id="no-scheme"
        ),
        pytest.param(["--url", "ftp://example.org/a", "a.html"], "http:// or https://", id="ftp"),
        pytest.param(
            ["--url", "javascript:alert(1)", "a.html"], "http:// or https://", id="script"
        ),
        pytest.param(["--max-input-bytes", "lots", "a.html"], "not a size", id="size"),
        pytest.param(
            ["https://example.org/news/a.html"], "does not fetch pages", id="url-as-input"
        ),
    ],
)
def test_usage_errors_exit_2_with_a_reason(args: list[str], message: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert result.stdout == b""


def test_a_url_input_shows_how_to_pipe_the_page_in() -> None:
    url = "https://example.org/news/a.html?x=1&y=2"
    stderr = _run(url).stderr.decode()
    assert f"curl -sL '{url}' | newsextract - --url '{url}'" in stderr


@pytest.mark.parametrize(
    ("size", "limit"), [("500", 500), ("2k", 2048), ("1M", 1024 * 1024), ("3 MiB", 3 << 20)]
)
def test_max_input_bytes_sets_the_limit(size: str, limit: int, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode() + b" " * (limit + 1 - len(PAGE)))
    result = _run(str(page), "--max-input-bytes", size)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"newsextract: {page}: input is {limit + 1:,} bytes, more than the limit of {limit:,} "
        "(--max-input-bytes)\n"
    )
    page.write_bytes(PAGE.encode())
    assert _run(str(page), "--max-input-bytes", size).returncode == 0


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(lambda: b"<p>" + b"a" * 4997, "input is 5,000 bytes, more", id="file"),
        pytest.param(
            lambda: gzip.compress(b"<p>" + b"a" * 4997),
            "input is 5,000 bytes uncompressed",
            id="gz",
        ),
        pytest.param(
            lambda: gzip.compress(b"<p>" + b"a" * 10_000_000),
            "input is more than 16,000 bytes uncompressed",
            id="gzip-bomb",
        ),
    ],
)
def test_the_size_limit_message_gives_the_inputs_size(
    make: Any, expected: str, tmp_path: Path
) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(make())
    result = _run(str(page), "--max-input-bytes", "1000")
    assert result.returncode == 1
    assert expected in result.stderr.decode()
    stdin = _run("-", "--max-input-bytes", "1000", stdin=make())
    assert expected in stdin.stderr.decode()


# --- one rule for the shape of the output ---------------------------------------------


def _shape_inputs(case: str, tmp_path: Path) -> list[str]:
    paths = _pages(tmp_path, 3)
    one = tmp_path / "one"
    one.mkdir()
    (one / "only.html").write_text(PAGE, encoding="utf-8")
    return {
        "file": [str(paths[0])],
        "stdin": ["-"],
        "sample": [],
        "folder-of-one": [str(one)],
        "glob-of-one": [str(tmp_path / "p0.*")],
        "two-files": [str(paths[0]), str(paths[2])],
    }[case]


@pytest.mark.parametrize(
    ("case", "is_array"),
    [
        ("file", False),
        ("stdin", False),
        ("sample", False),
        ("folder-of-one", True),
        ("glob-of-one", True),
        ("two-files", True),
    ],
)
def test_one_page_prints_an_object_a_folder_a_glob_or_several_an_array(
    case: str, is_array: bool, tmp_path: Path
) -> None:
    inputs = _shape_inputs(case, tmp_path)
    result = _run(*inputs, stdin=PAGE.encode())
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert isinstance(data, list) is is_array
    for record in data if is_array else [data]:
        assert ("source" in record) is is_array
    lines = _run(*inputs, "-f", "jsonl", stdin=PAGE.encode()).stdout
    assert all(("source" in json.loads(line)) is is_array for line in lines.splitlines())


@pytest.mark.parametrize(
    ("fmt", "opening"),
    [("markdown", "<!-- newsextract: source {} -->\n\n# "), ("text", "==> source {} <==\n\n")],
)
def test_markdown_and_text_of_several_inputs_name_each_source(
    fmt: str, opening: str, tmp_path: Path
) -> None:
    paths = _pages(tmp_path, 3)
    result = _run(*(str(path) for path in paths), "--format", fmt)
    assert result.returncode == 0
    output = result.stdout.decode()
    starts = [output.index(opening.format(json.dumps(str(path)))) for path in paths]
    assert starts == sorted(starts)
    assert starts[0] == 0
    single = _run(str(paths[0]), "--format", fmt).stdout.decode()
    assert "newsextract: source" not in single
    assert "==>" not in single


def test_a_source_marker_cannot_be_broken_by_a_file_name(tmp_path: Path) -> None:
    weird = tmp_path / "a --> b\n<script>.html"
    weird.write_text(PAGE, encoding="utf-8")
    result = _run(str(weird), str(weird), "--format", "markdown")
    first_line = result.stdout.decode().split("\n")[0]
    assert first_line.startswith("<!-- newsextract: source ")
    assert first_line.endswith(" -->")
    assert first_line.count("-->") == 1


# --- gzip -----------------------------------------------------------------------------


def test_gzip_on_standard_input() -> None:
    result = _run("-", "--format", "text", stdin=gzip.compress(PAGE.encode()))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode() == f"Cycling plan approved\n\n{P1}\n\n{P2}\n"


def test_gzip_data_is_read_whatever_the_files_name(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert _json(_run(str(page)))["title"] == "Cycling plan approved"


@pytest.mark.parametrize("cut", [1, 8, 9, 30, 200], ids=lambda n: f"cut-{n}")
def test_a_truncated_gzip_file_is_an_error_for_that_input(cut: int, tmp_path: Path) -> None:
    data = gzip.compress((PAGE * 20).encode())
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(data[:-cut])
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    result = _run(str(broken), str(good), "--format", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    assert result.stderr.decode() == (
        f"newsextract: {broken}: truncated gzip file: it ends before the end of its compressed "
        "data\n"
    )
    alone = _run("-", stdin=data[:-cut])
    assert (alone.returncode, alone.stdout) == (1, b"")
    assert "truncated gzip file" in alone.stderr.decode()


# --- WARC -----------------------------------------------------------------------------

HTTP = "application/http; msgtype=response"


def _crawl(tmp_path: Path, *, failing: bool = False) -> tuple[Path, list[str]]:
    """A WARC file of four pages among the records a crawl holds, and the pages' URLs."""
    urls = [f"https://news.example/{number}.html" for number in range(4)]
    records = [warcinfo()]
    for number, url in enumerate(urls):
        html = PAGE.replace("Cycling plan approved", f"Cycling plan {number}")
        charset = "iso-8859-1" if number == 2 else "utf-8"
        records += page_records(url, html.encode(), content_type=f"text/html; charset={charset}")
        if number == 1:
            records.append(
                warc_record(
                    "response",
                    http_response(b"\x89PNG", content_type="image/png"),
                    url="https://news.example/logo.png",
                    content_type=HTTP,
                )
            )
            records.append(
                warc_record(
                    "revisit", http_response(b""), url=url, content_type=HTTP,
                    headers={"WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"},
                )
            )  # fmt: skip
        if number == 2 and failing:
            records.append(
                warc_record(
                    "response",
                    http_response(bytes(range(256)) * 8),
                    url="https://news.example/binary.html",
                    content_type=HTTP,
                    rid="<urn:uuid:00000000-0000-4000-8000-0000000000ff>",
                )
            )
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, records)
    return path, urls


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_warc_file_gives_its_html_responses_in_order(jobs: str, tmp_path: Path) -> None:
    path, urls = _crawl(tmp_path)
    result = _run(str(path), "--format", "jsonl", "--jobs", jobs)
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["warc_target_uri"] for r in records] == urls
    assert [r["title"] for r in records] == [f"Cycling plan {n}" for n in range(4)]
    assert all(r["source"] == str(path) for r in records)
    assert all(r["warc_record_id"].startswith("<urn:uuid:") for r in records)
    assert len({r["warc_record_id"] for r in records}) == 4
    assert [r["encoding"] for r in records] == ["utf-8", "utf-8", "windows-1252", "utf-8"]
    assert result.stderr.decode() == (
        f"newsextract: {path}: 4 pages; skipped 4 request, 4 metadata, 1 revisit, 1 warcinfo, "
        "0 other record type, 1 non-HTML, 0 not 2xx, 0 truncated, 0 too large, 0 undecodable\n"
    )


def test_warc_output_is_the_same_with_one_or_two_jobs_and_fits_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path, _ = _crawl(tmp_path)
    one = _run(str(path))
    two = _run(str(path), "--jobs", "2")
    assert one.stdout == two.stdout
    records = json.loads(one.stdout)
    assert isinstance(records, list)
    for record in records:
        jsonschema.validate(record, json_schema())
        assert newsextract.Article.from_dict(record).title == record["title"]


def test_a_failing_warc_record_is_named_by_its_id_and_the_others_complete(tmp_path: Path) -> None:
    path, urls = _crawl(tmp_path, failing=True)
    result = _run(str(path), "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1
    assert [json.loads(line)["warc_target_uri"] for line in result.stdout.splitlines()] == urls
    errors = result.stderr.decode().splitlines()
    assert errors[0].startswith(
        f"newsextract: {path} record <urn:uuid:00000000-0000-4000-8000-0000000000ff>: "
        "input looks like binary data"
    )
    assert errors[1].startswith(f"newsextract: {path}: 5 pages;")


def test_a_warc_file_cut_short_gives_its_pages_then_an_error(tmp_path: Path) -> None:
    path, urls = _crawl(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b"\x1f\x8b\x08") - 300])  # inside the last response
    result = _run(str(path), "--format", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["warc_target_uri"] for line in result.stdout.splitlines()] == urls[:3]
    assert f"newsextract: {path}: " in result.stderr.decode()
    assert "cut short" in result.stderr.decode().splitlines()[0]


def test_a_warc_file_and_a_page_in_a_folder_to_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _crawl(folder)
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(str(folder), "--output-dir", str(out), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(path.name for path in out.iterdir()) == ["crawl.jsonl", "page.jsonl"]
    lines = (out / "crawl.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["title"] for line in lines] == [f"Cycling plan {n}" for n in range(4)]
    assert "warc_record_id" in json.loads(lines[0])
    assert "source" not in json.loads((out / "page.jsonl").read_text(encoding="utf-8"))


def test_without_the_warc_extra_the_cli_says_which_to_install(tmp_path: Path) -> None:
    path, _ = _crawl(tmp_path)
    blocker = tmp_path / "blocker" / "fastwarc"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('no FastWARC here')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker.parent), str(SRC)])}
    result = subprocess.run(
        [sys.executable, "-m", "newsextract", str(path)],
        capture_output=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "reading WARC files needs the warc extra" in stderr
    assert 'pip install "fastwarc>=2.0"' in stderr
    assert 'pip install ".[warc]"' in stderr


SURROGATE_PAGE = (
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
    '"author":{"name":"Jane \\udc00Doe"},"keywords":"a\\ud800b"}</script></head>'
    f"<body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--format", "json"], id="json"),
        pytest.param(["--format", "jsonl", "--jobs", "2"], id="jsonl-jobs"),
        pytest.param(["--format", "markdown"], id="markdown"),
        pytest.param(["--format", "json", "--output-dir", "OUT"], id="output-dir"),
    ],
)
def test_lone_surrogates_in_a_page_lose_no_input(args: list[str], tmp_path: Path) -> None:
    """A JSON-LD escape of a lone surrogate killed the CLI with UnicodeEncodeError."""
    paths = _pages(tmp_path, 2)
    bad = tmp_path / "bad.html"
    bad.write_text(SURROGATE_PAGE, encoding="utf-8")
    inputs = [str(paths[0]), str(bad), str(paths[1])]
    out = tmp_path / "out"
    result = _run(*inputs, *[str(out) if arg == "OUT" else arg for arg in args])
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    if "--output-dir" in args:
        assert sorted(path.name for path in out.iterdir()) == ["bad.json", "p0.json", "page1.json"]
        return
    text = result.stdout.decode("utf-8")  # strict: valid UTF-8
    if "json" in args:
        assert len(json.loads(text)) == 3
    elif "jsonl" in args:
        assert len(text.splitlines()) == 3
    else:
        assert text.count("Cycling plan") == 2
        assert "Jane \ufffdDoe" in text


# --- hostile file systems (issue 14) ---------------------------------------------------------


def _lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8", "replace").splitlines()


@pytest.mark.parametrize(
    ("name", "escaped"),
    [
        pytest.param("a\x1b[2J\x1b]0;owned\x07.html", "a\\x1b[2J\\x1b]0;owned\\x07.html", id="esc"),
        pytest.param("a.html\nnewsextract: b.html: forged", "a.html\\nnewsextract", id="newline"),
        pytest.param("a\u202egnp.html", "a\\u202egnp.html", id="bidi"),
    ],
)
def test_control_characters_in_names_are_escaped_in_error_lines(name: str, escaped: str) -> None:
    result = _run(name)
    assert result.returncode == 1
    lines = _lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("newsextract: ")
    assert escaped in lines[0]
    assert "\x1b" not in lines[0]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_and_written_as_valid_utf8(tmp_path: Path) -> None:
    odd = os.fsencode(tmp_path) + b"/caf\xe9.html"
    with open(odd, "w", encoding="utf-8") as stream:
        stream.write(PAGE)
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    result = _run(str(good), os.fsdecode(odd), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    sources = [record["source"] for record in json.loads(result.stdout.decode("utf-8"))]
    assert sources[1].endswith("caf\ufffd.html")
    missing = _run(os.fsdecode(os.fsencode(tmp_path) + b"/gone\xff.html"))
    assert _lines(missing)[0].endswith("gone\\xff.html: No such file or directory")


def test_standard_input_is_read_up_to_the_limit_only() -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "newsextract", "-"],
            stdin=zero,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(SRC)},
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert _lines(result) == [
        "newsextract: <stdin>: input is more than 838,860,800 bytes, more than the limit of "
        "52,428,800 (--max-input-bytes)"
    ]  # 50 MiB and a byte kept, the rest counted up to 16 times the limit, not kept


def _tree_with_link_loops(root: Path) -> Path:
    """pages/a.html, pages/sub/b.html, a link to a.html, and two links back up the tree."""
    pages = root / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.html").write_text(PAGE, encoding="utf-8")
    (pages / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (pages / "alias.html").symlink_to(pages / "a.html")
    (pages / "loop").symlink_to(pages)
    (pages / "sub" / "up").symlink_to(pages)
    return pages


@pytest.mark.parametrize("form", ["directory", "glob", "glob-and-directory"])
def test_link_loops_are_not_followed_and_every_file_is_read_once(form: str, tmp_path: Path) -> None:
    pages = _tree_with_link_loops(tmp_path)
    inputs = {
        "directory": [str(pages)],
        "glob": [str(pages / "**" / "*.html")],
        "glob-and-directory": [str(pages / "**" / "*.html"), str(pages)],
    }[form]
    result = _run(*inputs, "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    sources = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    assert sorted(sources) == ["a.html", "b.html"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("form", ["directory", "glob"])
def test_a_named_pipe_among_the_inputs_is_reported_not_read(form: str, tmp_path: Path) -> None:
    _pages(tmp_path, 2)
    os.mkfifo(tmp_path / "pipe.html")
    given = str(tmp_path) if form == "directory" else str(tmp_path / "**" / "*.htm*")
    result = _run(given, "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2
    assert _lines(result) == [
        f"newsextract: {tmp_path / 'pipe.html'}: not a regular file (skipped)"
    ]


def test_output_dir_that_is_a_file_fails_in_one_line(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 2)
    taken = tmp_path / "taken.txt"
    taken.write_text("mine", encoding="utf-8")
    result = _run(*(str(path) for path in paths), "--output-dir", str(taken))
    assert result.returncode == 1
    assert len(_lines(result)) == 1
    assert _lines(result)[0].startswith(f"newsextract: {taken}: cannot write the output here")
    assert taken.read_text(encoding="utf-8") == "mine"


def test_an_output_that_cannot_be_written_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only output directory, as one input's output (root may write anywhere)."""
    paths = _pages(tmp_path, 3)
    real_open = os.open

    def refuse(path: str, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(("p0", ".newsextract")) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    out = tmp_path / "out"
    assert main([*(str(path) for path in paths), "--output-dir", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"newsextract: {paths[0]}: {out / 'p0.json'}: Permission denied"
    ]
    assert sorted(path.name for path in out.iterdir()) == ["page1.json", "page2.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_read_only_output_directory_gives_one_line_per_input(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = _run(*(str(path) for path in paths), "--output-dir", str(out))
    finally:
        out.chmod(0o755)
    assert result.returncode == 1
    assert len(_lines(result)) == 2
    assert all(line.endswith("Permission denied") for line in _lines(result))


def test_a_page_next_to_a_folder_of_its_output_name_is_written_beside_it(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "foo.json").mkdir(parents=True)
    (pages / "foo.html").write_text(PAGE, encoding="utf-8")
    (pages / "foo.json" / "bar.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(str(pages), "--output-dir", str(out))
    assert result.returncode == 0, result.stderr.decode()
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*") if path.is_file())
    assert written == ["foo-2.json", os.path.join("foo.json", "bar.json")]


@pytest.mark.parametrize("form", ["jsonl", "markdown"])
def test_a_255_byte_name_is_shortened_to_fit_its_new_suffix(form: str, tmp_path: Path) -> None:
    long = tmp_path / ("é" * 125 + ".html")  # 255 bytes: the longest name ext4 takes
    long.write_text(PAGE, encoding="utf-8")
    other = tmp_path / "other.html"
    other.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = _run(str(long), str(other), "--output-dir", str(out), "--format", form)
    assert result.returncode == 0, result.stderr.decode()
    names = sorted(path.name for path in out.iterdir())
    assert len(names) == 2
    assert all(len(os.fsencode(name)) <= 255 for name in names)


def test_nothing_is_written_through_a_link_inside_the_output_dir(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    _pages(pages.parent, 0)
    (pages / "sub").mkdir(parents=True)
    (pages / "top.html").write_text(PAGE, encoding="utf-8")
    (pages / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(elsewhere)
    result = _run(str(pages), "--output-dir", str(out))
    assert result.returncode == 1
    assert list(elsewhere.iterdir()) == []
    [line] = _lines(result)
    assert line.startswith(f"newsextract: {pages / 'sub' / 'page.html'}: ")
    assert "symbolic link" in line
    assert (out / "top.json").is_file()


def test_existing_outputs_are_kept_unless_overwrite_is_given(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "p0.json").write_text("mine", encoding="utf-8")
    target = tmp_path / "target.txt"
    target.write_text("not yours", encoding="utf-8")
    (out / "page1.json").symlink_to(target)
    inputs = [str(path) for path in paths]
    kept = _run(*inputs, "--output-dir", str(out))
    assert kept.returncode == 1
    assert [line.rsplit(": ", 1)[1] for line in _lines(kept)] == [
        "exists, not replaced (--overwrite replaces it)"
    ] * 2
    assert (out / "p0.json").read_text(encoding="utf-8") == "mine"
    replaced = _run(*inputs, "--output-dir", str(out), "--overwrite")
    assert replaced.returncode == 0, replaced.stderr.decode()
    assert json.loads((out / "p0.json").read_text(encoding="utf-8"))["title"] == "Cycling plan 0"
    assert not (out / "page1.json").is_symlink()
    assert target.read_text(encoding="utf-8") == "not yours"
    assert sorted(path.name for path in out.iterdir()) == ["p0.json", "page1.json"]


def test_a_json_array_is_closed_when_writing_stops(tmp_path: Path) -> None:
    paths = _pages(tmp_path, 3)

    def interrupted() -> Iterator[Pair]:
        yield Document(0, Source(str(paths[0]), path=str(paths[0]))), '{"n": 1}'
        raise KeyboardInterrupt

    out = io.StringIO()
    settings = Settings("json", None, None, DEFAULT_OPTIONS, many=True)
    with pytest.raises(KeyboardInterrupt):
        write_stream(interrupted(), settings, out)
    assert json.loads(out.getvalue()) == [{"n": 1}]


@pytest.mark.parametrize(
    ("pages", "jobs", "expected"),
    [
        (3, 8, (3, 1)),
        (1, 4, (1, 1)),
        (100, 2, (2, 8)),
        (10, 2, (2, 2)),
        (0, 4, (1, 1)),
        (None, 4, (4, 8)),  # a WARC file: its pages are not known
    ],
)
def test_no_more_workers_than_pages(
    pages: int | None, jobs: int, expected: tuple[int, int]
) -> None:
    assert pool_size(pages, jobs) == expected


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_bad_timeouts_exit_2(value: str) -> None:
    result = _run("a.html", "--timeout", value)
    assert result.returncode == 2
    assert b"--timeout" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_over_the_timeout_fails_alone(jobs: str, tmp_path: Path) -> None:
    paths = _pages(tmp_path, 2)
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)  # named on the command line: read as given, and it blocks
    inputs = [str(paths[0]), str(stuck), str(paths[1])]
    result = _run(*inputs, "--format", "jsonl", "--jobs", jobs, "--timeout", "1")
    assert result.returncode == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == [
        "Cycling plan 0",
        "Cycling plan 1",
    ]
    assert _lines(result) == [
        f"newsextract: {stuck}: took longer than the time limit of 1 s; its worker was stopped"
    ]


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
                found.append(int(entry.name))
    return found


def _gone(pids: list[int], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; needs pipes")
@pytest.mark.parametrize(
    ("signum", "status", "line"),
    [
        (signal.SIGINT, 130, "newsextract: interrupted"),
        (signal.SIGTERM, 143, "newsextract: terminated"),
        (signal.SIGKILL, -signal.SIGKILL, None),
    ],
    ids=["ctrl-c", "sigterm", "sigkill"],
)
def test_workers_stop_with_the_command(
    signum: int, status: int, line: str | None, tmp_path: Path
) -> None:
    stuck = [tmp_path / "one.html", tmp_path / "two.html"]
    for pipe in stuck:
        os.mkfifo(pipe)  # each worker blocks opening one
    command = [sys.executable, "-m", "newsextract", *map(str, stuck), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    ) as process:
        deadline = time.monotonic() + 30
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(process.pid)
        assert len(workers) == 2
        # Ctrl-C reaches the whole foreground group; a signal by kill, the command alone.
        if signum == signal.SIGINT:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == status
    if line is not None:
        assert stderr.decode().splitlines() == [line]
    assert _gone(workers)
