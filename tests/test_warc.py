"""Tests for newsextract.warc: the pages of a WARC file's HTML responses, the rest counted.

The WARC files are written here, at test time, by benchmarks/warcs.py's writer (by hand, so
that records can be cut short or malformed on purpose).
"""

from __future__ import annotations

import gzip
import io
import pickle
import re
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.warcs import http_response, page_records, warc_record, warcinfo, write_warc
from newsextract import Page, WarcError, extract, extract_many, read_warc
from newsextract.warc import PAGES, WARC_REQUIREMENT, Skipped, warc_support

pytest.importorskip("fastwarc")
brotli = pytest.importorskip("brotli")

HTTP = "application/http; msgtype=response"
P1 = "The city council approved the new cycling plan on Thursday evening after two years."
P2 = "Under the plan, the ring road gets protected lanes in both directions from spring on."
HTML = (
    "<html><head><title>Cycling plan</title></head>"
    f"<body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
)
PAGE = HTML.encode()


def _response(body: bytes, url: str = "https://a.example/1.html", **http: Any) -> bytes:
    return warc_record("response", http_response(body, **http), url=url, content_type=HTTP)


def _chunked(data: bytes) -> bytes:
    half = len(data) // 2
    return b"%x\r\n%s\r\n%x;ext=1\r\n%s\r\n0\r\n\r\n" % (
        half,
        data[:half],
        len(data) - half,
        data[half:],
    )


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _read(
    tmp_path: Path, records: list[bytes], **kwargs: object
) -> tuple[list[Page], Counter[str]]:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, records)
    counts: Counter[str] = Counter()
    return list(read_warc(path, counts=counts, **kwargs)), counts  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record", "skipped"),
    [
        pytest.param(warcinfo(), Skipped.WARCINFO, id="warcinfo"),
        pytest.param(page_records("https://a.example/", PAGE)[0], Skipped.REQUEST, id="request"),
        pytest.param(page_records("https://a.example/", PAGE)[2], Skipped.METADATA, id="metadata"),
        pytest.param(
            warc_record(
                "revisit",
                http_response(b""),
                url="https://a.example/",
                content_type=HTTP,
                headers={
                    "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
                },
            ),
            Skipped.REVISIT,
            id="revisit",
        ),
        pytest.param(
            warc_record("resource", PAGE, url="https://a.example/", content_type="text/html"),
            Skipped.OTHER_TYPE,
            id="resource",
        ),
        pytest.param(
            _response(b"\x89PNG\r\n", content_type="image/png"), Skipped.NOT_HTML, id="png"
        ),
        pytest.param(
            _response(b"{}", content_type="application/json"), Skipped.NOT_HTML, id="json"
        ),
        pytest.param(_response(b"%PDF-1.7", content_type=None), Skipped.NOT_HTML, id="untyped-pdf"),
        pytest.param(_response(PAGE, status="404 Not Found"), Skipped.STATUS, id="404"),
        pytest.param(
            _response(b"<a href=/b>moved</a>", status="301 Moved"), Skipped.STATUS, id="301"
        ),
        pytest.param(
            warc_record(
                "response",
                http_response(PAGE[:40]),
                url="https://a.example/",
                content_type=HTTP,
                headers={"WARC-Truncated": "length"},
            ),
            Skipped.TRUNCATED,
            id="truncated-record",
        ),
        pytest.param(
            _response(b"not gzip at all", headers={"Content-Encoding": "gzip"}),
            Skipped.UNDECODABLE,
            id="bad-gzip",
        ),
        pytest.param(
            _response(b"zz\r\nnot chunked", headers={"Transfer-Encoding": "chunked"}),
            Skipped.UNDECODABLE,
            id="bad-chunks",
        ),
        pytest.param(
            _response(PAGE, headers={"Content-Encoding": "compress"}),
            Skipped.UNDECODABLE,
            id="unknown-coding",
        ),
        pytest.param(
            _response(gzip.compress(b"<p>" + b"a" * 5000), headers={"Content-Encoding": "gzip"}),
            Skipped.TOO_LARGE,
            id="gzip-bomb",
        ),
        pytest.param(_response(b"<p>" + b"a" * 5000), Skipped.TOO_LARGE, id="too-large"),
    ],
)
def test_records_that_are_no_page_are_skipped_and_counted(
    record: bytes, skipped: Skipped, tmp_path: Path
) -> None:
    records = [_response(PAGE, url="https://a.example/before"), record, _response(PAGE)]
    pages, counts = _read(tmp_path, records, max_bytes=4096)
    assert [page.url for page in pages] == ["https://a.example/before", "https://a.example/1.html"]
    assert counts == Counter({PAGES: 2, skipped.value: 1})


@pytest.mark.parametrize(
    ("body", "http", "expected"),
    [
        pytest.param(PAGE, {}, PAGE, id="plain"),
        pytest.param(
            gzip.compress(PAGE), {"headers": {"Content-Encoding": "gzip"}}, PAGE, id="gzip"
        ),
        pytest.param(
            _chunked(gzip.compress(PAGE)),
            {"headers": {"Transfer-Encoding": "chunked", "Content-Encoding": "x-gzip"}},
            PAGE,
            id="chunked-gzip",
        ),
        pytest.param(
            _chunked(PAGE), {"headers": {"Transfer-Encoding": "chunked"}}, PAGE, id="chunked"
        ),
        pytest.param(
            zlib.compress(PAGE), {"headers": {"Content-Encoding": "deflate"}}, PAGE, id="deflate"
        ),
        pytest.param(
            _raw_deflate(PAGE), {"headers": {"Content-Encoding": "deflate"}}, PAGE, id="raw-deflate"
        ),
        pytest.param(
            brotli.compress(PAGE), {"headers": {"Content-Encoding": "br"}}, PAGE, id="brotli"
        ),
        pytest.param(PAGE, {"content_type": "application/xhtml+xml"}, PAGE, id="xhtml"),
        pytest.param(PAGE, {"content_type": None}, PAGE, id="untyped-html"),
        pytest.param(
            b"\xef\xbb\xbf\n <!DOCTYPE html>" + PAGE, {"content_type": None}, None, id="bom"
        ),
        pytest.param(PAGE, {"status": "203 Non-Authoritative Information"}, PAGE, id="203"),
    ],
)
def test_payloads_are_decoded_as_a_browser_would(
    body: bytes, http: dict[str, Any], expected: bytes | None, tmp_path: Path
) -> None:
    pages, counts = _read(tmp_path, [_response(body, **http)])
    assert counts == Counter({PAGES: 1})
    assert pages[0].html == (expected if expected is not None else body)


@pytest.mark.parametrize(
    ("content_type", "encoding"),
    [
        pytest.param("text/html; charset=ISO-8859-1", "windows-1252", id="latin-1"),
        pytest.param('text/html; charset="windows-1252"', "windows-1252", id="quoted"),
        pytest.param("text/html;charset=utf-8", "utf-8", id="no-space"),
        pytest.param("text/html", None, id="none"),
        pytest.param("text/html; charset=no-such-charset", None, id="unknown"),
    ],
)
def test_the_http_charset_is_the_pages_encoding_by_its_whatwg_name(
    content_type: str, encoding: str | None, tmp_path: Path
) -> None:
    [page], _ = _read(tmp_path, [_response(PAGE, content_type=content_type)])
    assert page.encoding == encoding


def test_the_http_charset_reaches_extract(tmp_path: Path) -> None:
    html = (
        "<html><body><article><p>Les élèves de l'école du quartier ont présenté leur projet "
        "au conseil municipal jeudi soir, après deux années de travail.</p></article></body></html>"
    )
    records = [_response(html.encode("cp1252"), content_type="text/html; charset=windows-1252")]
    [page], _ = _read(tmp_path, records)
    [article] = extract_many([page], workers=1)
    assert not isinstance(article, Exception)
    assert article.encoding == "windows-1252"
    assert "élèves de l'école" in article.text


def test_pages_carry_the_target_uri_and_the_record_id(tmp_path: Path) -> None:
    records = [
        warc_record(
            "response",
            http_response(PAGE),
            url="<https://a.example/angle.html>",
            content_type=HTTP,
            rid="<urn:uuid:00000000-0000-4000-8000-000000000001>",
        ),
        *page_records("https://a.example/2.html", PAGE),
    ]
    pages, counts = _read(tmp_path, records)
    assert (pages[0].url, pages[0].record_id) == (
        "https://a.example/angle.html",
        "<urn:uuid:00000000-0000-4000-8000-000000000001>",
    )
    assert pages[1].url == "https://a.example/2.html"
    assert pages[1].record_id is not None and pages[1].record_id.startswith("<urn:uuid:")
    assert counts == Counter({PAGES: 2, "request": 1, "metadata": 1})


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
def test_a_stream_and_an_uncompressed_file_read_alike(compress: bool, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, [warcinfo(), *page_records("https://a.example/", PAGE)], compress=compress)
    with path.open("rb") as stream:
        from_stream = list(read_warc(stream))
    assert from_stream == list(read_warc(str(path))) == list(read_warc(path))
    assert [page.html for page in from_stream] == [PAGE]


def _cut(tmp_path: Path, compress: bool, keep: int) -> Path:
    """A WARC file of two pages, cut `keep` bytes from its end (a download cut short)."""
    words = b" ".join(b"%x" % hash((number, "word")) for number in range(6000))  # ~100 kB
    big = PAGE.replace(b"</article>", b"<p>" + words + b"</p></article>")
    records = [
        *page_records("https://a.example/1", PAGE),
        *page_records("https://a.example/2", big),
    ]
    path = tmp_path / "cut.warc"
    write_warc(path, records[:-1], compress=compress)  # ends with the second response
    path.write_bytes(path.read_bytes()[:-keep])
    return path


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("keep", [20, 4000, 20000], ids=lambda n: f"cut-{n}")
def test_a_file_cut_short_yields_the_pages_before_then_raises(
    compress: bool, keep: int, tmp_path: Path
) -> None:
    pages: list[Page] = []
    with pytest.raises(WarcError, match="cut short"):
        pages.extend(read_warc(_cut(tmp_path, compress, keep)))
    assert [page.url for page in pages] == ["https://a.example/1"]


def test_a_file_that_is_not_a_warc_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"just some notes\n" * 20))
    with pytest.raises(WarcError, match="not a WARC file"):
        list(read_warc(path))


def test_a_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(read_warc(tmp_path / "missing.warc.gz"))


def test_without_the_extra_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    assert warc_support() == (
        'reading WARC files needs the warc extra, FastWARC: pip install "fastwarc>=2.0" '
        '(or, from a clone, pip install ".[warc]")'
    )
    with pytest.raises(ImportError, match=re.escape('pip install "fastwarc>=2.0"')):
        next(read_warc(io.BytesIO(b"")))


def test_the_requirement_named_is_the_warc_extras() -> None:
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert f'\nwarc = ["{WARC_REQUIREMENT}"]\n' in pyproject


def test_extract_many_takes_pages_in_order_with_url_and_encoding(tmp_path: Path) -> None:
    canonical = PAGE.replace(b"<head>", b'<head><link rel="canonical" href="/canonical.html">')
    records = [
        _response(canonical, url=f"https://a.example/{number}.html") for number in range(5)
    ] + [_response(b"\x00\x01\x02" * 100, url="https://a.example/binary.html")]
    pages, _ = _read(tmp_path, records)
    results = list(extract_many(pages, workers=2, chunksize=2))
    assert results[:5] == [extract(p.html, url=p.url, encoding=p.encoding) for p in pages[:5]]
    assert all(r.url == "https://a.example/canonical.html" for r in results[:5])  # type: ignore[union-attr]
    assert isinstance(results[5], Exception)


def test_pages_pickle_and_are_frozen() -> None:
    page = Page(PAGE, url="https://a.example/", encoding="utf-8", record_id="<urn:uuid:1>")
    assert pickle.loads(pickle.dumps(page)) == page
    with pytest.raises(AttributeError):
        page.url = "https://b.example/"  # type: ignore[misc]
