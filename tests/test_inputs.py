"""Tests for newsextract.inputs: arguments expanded into sources, sources read."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.warcs import page_records, warcinfo, write_warc
from newsextract import InputError, InputTooLargeError
from newsextract.inputs import STDIN, Source, UsageError, documents, expand, is_warc, read_source
from newsextract.warc import PAGES

PAGE = b"<html><body><p>A page.</p></body></html>"


def _stdin(data: bytes = PAGE) -> io.BytesIO:
    return io.BytesIO(data)


@pytest.mark.parametrize(
    ("layout", "many"),
    [
        pytest.param(["a.html"], False, id="one-file"),
        pytest.param([STDIN], False, id="stdin"),
        pytest.param([], False, id="sample"),
        pytest.param(["missing.html"], False, id="missing-file"),
        pytest.param(["dir"], True, id="directory"),
        pytest.param(["dir/*.html"], True, id="glob"),
        pytest.param(["crawl.warc.gz"], True, id="warc"),
        pytest.param(["a.html", "b.html"], True, id="two-files"),
        pytest.param(["a.html", STDIN], True, id="file-and-stdin"),
    ],
)
def test_many_when_a_folder_a_glob_a_warc_file_or_several_inputs(
    layout: list[str], many: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    for name in ("a.html", "b.html", "dir/c.html", "crawl.warc.gz"):
        (tmp_path / name).write_bytes(PAGE)
    assert expand(layout, _stdin()).many is many


def test_a_directory_gives_its_pages_and_warc_files_in_order(tmp_path: Path) -> None:
    for name in ("b.html", "a.htm", "c.warc", "d.WARC.GZ", "e.txt", "sub/f.html.gz"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(PAGE)
    sources = expand([str(tmp_path)], _stdin()).sources
    assert [(s.relative, s.warc) for s in sources] == [
        ("a.htm", False), ("b.html", False), ("c.warc", True), ("d.WARC.GZ", True),
        ("sub/f.html.gz", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "argument",
    ["https://example.org/a.html", "http://example.org/", "HTTPS://EXAMPLE.ORG/x"],
)
def test_a_url_is_a_usage_error_that_says_how_to_pipe_it_in(argument: str) -> None:
    with pytest.raises(UsageError, match=r"does not fetch pages.*curl -sL"):
        expand([argument], _stdin())


def test_standard_input_twice_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="only once"):
        expand([STDIN, STDIN], _stdin())


@pytest.mark.parametrize(
    ("name", "warc"),
    [
        ("a.warc", True),
        ("a.warc.gz", True),
        ("A.WARC.GZ", True),
        ("a.html", False),
        ("warc", False),
    ],
)
def test_is_warc_by_name(name: str, warc: bool) -> None:
    assert is_warc(name) is warc


def _source(tmp_path: Path, data: bytes, *, name: str = "page.html", stdin: bool = False) -> Source:
    if stdin:
        return Source("<stdin>", data=data)
    path = tmp_path / name
    path.write_bytes(data)
    return Source(str(path), path=str(path))


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
@pytest.mark.parametrize(
    "data", [PAGE, gzip.compress(PAGE), gzip.compress(PAGE[:20]) + gzip.compress(PAGE[20:])],
    ids=["plain", "gzip", "two-gzip-members"],
)  # fmt: skip
def test_read_source_inflates_gzip_data(data: bytes, stdin: bool, tmp_path: Path) -> None:
    assert read_source(_source(tmp_path, data, stdin=stdin), limit=1000) == PAGE


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(gzip.compress(PAGE * 50)[:-4], "truncated gzip file", id="no-size"),
        pytest.param(gzip.compress(PAGE * 50)[:-8], "truncated gzip file", id="no-trailer"),
        pytest.param(gzip.compress(PAGE * 50)[:40], "truncated gzip file", id="half"),
        pytest.param(b"\x1f\x8b\x08\x00" + b"\xff" * 40, "damaged gzip data", id="damaged"),
        pytest.param(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "a WARC file", id="warc"),
    ],
)
def test_read_source_refuses_damaged_data(
    data: bytes, message: str, stdin: bool, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match=message):
        read_source(_source(tmp_path, data, stdin=stdin), limit=100_000)


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"x" * 1500, "input is 1,500 bytes, more", id="plain"),
        pytest.param(gzip.compress(b"x" * 1500), "input is 1,500 bytes uncompressed", id="gz"),
        pytest.param(
            gzip.compress(b"x" * 10**6), "input is more than 16,000 bytes uncompressed", id="bomb"
        ),
        pytest.param(
            gzip.compress(b"x" * 10**5)[:-20], "input is at least 1,001 bytes", id="cut-bomb"
        ),
    ],
)
def test_the_size_limit_names_the_inputs_size(
    data: bytes, message: str, stdin: bool, tmp_path: Path
) -> None:
    with pytest.raises(InputTooLargeError, match=message) as caught:
        read_source(_source(tmp_path, data, stdin=stdin), limit=1000)
    assert str(caught.value).endswith("more than the limit of 1,000 (--max-input-bytes)")


def test_a_warc_file_is_read_as_its_documents_are_taken(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    path = tmp_path / "crawl.warc.gz"
    records = [warcinfo()]
    for number in range(50):
        records += page_records(f"https://a.example/{number}.html", PAGE)
    write_warc(path, records)
    inputs = expand([str(path)], _stdin())
    counts: dict[int, Counter[str]] = {}
    stream = documents(inputs, max_bytes=10_000, counts=counts)
    first = next(stream)
    assert (first.url, first.data, first.source.warc) == ("https://a.example/0.html", PAGE, True)
    assert counts[0][PAGES] == 1  # not the 49 others yet
    rest = list(stream)
    assert [d.url for d in rest] == [f"https://a.example/{n}.html" for n in range(1, 50)]
    assert counts[0] == Counter({PAGES: 50, "request": 50, "metadata": 50, "warcinfo": 1})
