"""Write WARC files: small ones for the tests, and one of the bench pages for the benchmarks.

    python benchmarks/warcs.py OUT.warc.gz [--parts N] [--bench-dir ../shared/bench]

The bench WARC holds every page of the three corpora (aeb, trafilatura-dev, fundus-dev) as
Common Crawl's news crawl lays a page out: a request, the response (HTTP headers and the page
as it was fetched) and a metadata record, after one warcinfo record; one gzip member per
record. With `--parts N` the pages are dealt round-robin into N files OUT-0.warc.gz ...
(a folder of WARC files, for the scale-out recipes). Nothing here reads WARC: the writer is
by hand, so that the tests can also write records no library would (cut short, malformed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as `python benchmarks/warcs.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, load_corpus, require_corpora

#: The WARC date of every record written here (the bench pages' crawl dates vary).
WARC_DATE = "2024-05-14T09:30:00Z"
CRLF = "\r\n"
FUNDUS_DIR = "fundus-dev"


@dataclass(frozen=True, slots=True)
class BenchPage:
    """A page of the bench corpora: its URL, the bytes as fetched, its charset if known."""

    url: str
    html: bytes
    charset: str | None


def record_id() -> str:
    """A fresh WARC-Record-ID."""
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_record(
    warc_type: str,
    block: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    headers: Mapping[str, str] | None = None,
    rid: str | None = None,
) -> bytes:
    """One WARC/1.1 record, uncompressed: its header lines, a blank line, the block and the
    two CRLFs that end a record. `headers` are added after the mandatory ones."""
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: {rid or record_id()}",
        f"WARC-Date: {WARC_DATE}",
    ]
    if url is not None:
        lines.append(f"WARC-Target-URI: {url}")
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{name}: {value}" for name, value in (headers or {}).items())
    lines.append(f"Content-Length: {len(block)}")
    head = (CRLF.join(lines) + CRLF + CRLF).encode("utf-8")
    return head + block + (CRLF + CRLF).encode()


def http_response(
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """An HTTP/1.1 response as a WARC response record holds it: status line, headers, body."""
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(f"{name}: {value}" for name, value in (headers or {}).items())
    lines.append(f"Content-Length: {len(body)}")
    return (CRLF.join(lines) + CRLF + CRLF).encode("latin-1") + body


def http_request(url: str) -> bytes:
    """The GET request a crawler sent for `url`."""
    host = url.split("/")[2] if "//" in url else "example.org"
    path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    return f"GET {path} HTTP/1.1{CRLF}Host: {host}{CRLF}User-Agent: bench{CRLF}{CRLF}".encode()


def page_records(url: str, html: bytes, *, content_type: str = "text/html") -> list[bytes]:
    """A fetched page as a crawl writes it: request, response, metadata."""
    response_id = record_id()
    return [
        warc_record(
            "request", http_request(url), url=url, content_type="application/http; msgtype=request"
        ),
        warc_record(
            "response",
            http_response(html, content_type=content_type),
            url=url,
            content_type="application/http; msgtype=response",
            rid=response_id,
        ),
        warc_record(
            "metadata",
            b"fetchTimeMs: 120\r\n",
            url=url,
            content_type="application/warc-fields",
            headers={"WARC-Refers-To": response_id},
        ),
    ]


def warcinfo() -> bytes:
    """The warcinfo record that opens a crawl's file."""
    return warc_record(
        "warcinfo", b"software: newsextract benchmarks\r\n", content_type="application/warc-fields"
    )


def write_warc(path: Path, records: Iterable[bytes], *, compress: bool = True) -> None:
    """Write records to `path`, each a gzip member of its own when `compress` (as crawls do)."""
    with path.open("wb") as out:
        for data in records:
            out.write(gzip.compress(data, compresslevel=6, mtime=0) if compress else data)


def bench_pages(bench_dir: Path) -> Iterator[BenchPage]:
    """Every page of aeb, trafilatura-dev and fundus-dev, with its URL (a made-up one where
    the corpus has none) and, for aeb (UTF-8 throughout), its charset."""
    for name in CORPUS_DIRS:
        corpus = load_corpus(name, bench_dir, None)
        for number, page in enumerate(corpus.pages):
            url = (page.url or f"https://{name}.bench.example/page/{number}.html").replace(
                " ", "%20"
            )
            yield BenchPage(url, page.html, "utf-8" if name == "aeb" else None)
    gold = json.loads((bench_dir / FUNDUS_DIR / "gold.json").read_text(encoding="utf-8"))
    for key, entry in sorted(gold.items()):
        html = gzip.decompress((bench_dir / FUNDUS_DIR / "pages" / f"{key}.html.gz").read_bytes())
        yield BenchPage(entry["url"], html, None)


def build_bench_warcs(bench_dir: Path, out: Path, parts: int = 1) -> tuple[list[Path], int]:
    """Write the bench pages into `parts` WARC files; their paths and the number of pages."""
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = [out] if parts == 1 else [_part(out, number) for number in range(parts)]
    pages = list(bench_pages(bench_dir))
    for number, path in enumerate(paths):
        mine = pages[number::parts]
        records = [warcinfo()]
        for page in mine:
            content_type = f"text/html; charset={page.charset}" if page.charset else "text/html"
            records.extend(page_records(page.url, page.html, content_type=content_type))
        write_warc(path, records)
    return paths, len(pages)


def _part(out: Path, number: int) -> Path:
    name = out.name.removesuffix(".gz").removesuffix(".warc")
    return out.with_name(f"{name}-{number}.warc.gz")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the WARC file to write (.warc.gz)")
    parser.add_argument("--parts", type=int, default=1, help="deal the pages into N files")
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    require_corpora(args.bench_dir, [*CORPUS_DIRS.values(), FUNDUS_DIR])
    paths, pages = build_bench_warcs(args.bench_dir, args.out, args.parts)
    size = sum(path.stat().st_size for path in paths)
    print(f"{pages} pages in {len(paths)} WARC file(s), {size / 1e6:.1f} MB: {paths[0]} ...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
