"""Read speed of the two WARC libraries newsextract could use: FastWARC and warcio.

    python benchmarks/warc_read.py [WARC ...] [--repeat 3] [--bench-dir ../shared/bench]

Without a WARC argument, the bench pages are written into a temporary WARC first
(benchmarks/warcs.py: request, response and metadata records per page, gzip per record).
Each library reads every record and, of each HTML response, the WARC-Target-URI, the
WARC-Record-ID, the HTTP Content-Type with its charset and the whole payload (HTTP
transfer and content encodings undone): what newsextract needs of a record; and
newsextract.read_warc itself (FastWARC and its own checks). Figures are the best of
`--repeat` runs of each, alternating, in one process (one core).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as `python benchmarks/warc_read.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, require_corpora
from benchmarks.warcs import FUNDUS_DIR, build_bench_warcs

#: A reader returns (HTML responses read, payload bytes read).
Reader = Callable[[Path], tuple[int, int]]


def read_fastwarc(path: Path) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415

    pages = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
        ):
            if (record.http_content_type or "") != "text/html":
                continue
            _ = (record.headers.get("WARC-Target-URI"), record.record_id, record.http_charset)
            size += len(record.reader.read())
            pages += 1
    return pages, size


def read_warcio(path: Path) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

    pages = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() != "text/html":
                continue
            headers = record.rec_headers
            _ = (headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Record-ID"))
            size += len(record.content_stream().read())
            pages += 1
    return pages, size


def read_newsextract(path: Path) -> tuple[int, int]:
    """newsextract.read_warc: FastWARC, plus its own checks (every record's type, status,
    truncation, decoding) in Python."""
    import newsextract  # noqa: PLC0415

    pages = size = 0
    for page in newsextract.read_warc(path):
        size += len(page.html)
        pages += 1
    return pages, size


READERS: dict[str, Reader] = {
    "fastwarc": read_fastwarc,
    "warcio": read_warcio,
    "newsextract.read_warc": read_newsextract,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warcs", nargs="*", type=Path, metavar="WARC")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        paths: list[Path] = args.warcs
        if not paths:
            require_corpora(args.bench_dir, [*CORPUS_DIRS.values(), FUNDUS_DIR])
            paths, _ = build_bench_warcs(args.bench_dir, Path(temporary) / "bench.warc.gz")
        megabytes = sum(path.stat().st_size for path in paths) / 1e6
        print(f"command: {' '.join(sys.argv)}")
        print(f"input: {len(paths)} WARC file(s), {megabytes:.1f} MB compressed")
        best: dict[str, float] = {}
        counts: dict[str, tuple[int, int]] = {}
        for _ in range(args.repeat):
            for name, reader in READERS.items():
                start = time.perf_counter()
                totals = [reader(path) for path in paths]
                seconds = time.perf_counter() - start
                best[name] = min(best.get(name, seconds), seconds)
                counts[name] = (sum(t[0] for t in totals), sum(t[1] for t in totals))
        for name, seconds in best.items():
            pages, size = counts[name]
            print(
                f"{name:>21}: {pages} HTML pages, {size / 1e6:.1f} MB of payload, {seconds:.3f} s:"
                f" {pages / seconds:,.0f} pages/s, {megabytes / seconds:.0f} MB/s compressed"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
