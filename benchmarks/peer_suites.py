"""Pages from a peer's own test suite, scored as the corpora are: newspaper4k ships news pages
with the text and metadata it expects of them (tests/data/html, txt, metadata in its source
package). None of them is in ../shared/bench; nobody here tuned for them.

    pip download --no-binary :all: --no-deps newspaper4k && tar xzf newspaper4k-*.tar.gz
    python benchmarks/peer_suites.py newspaper4k-*/tests/data
    python benchmarks/peer_suites.py DATA --extractors newsextract,trafilatura

Each page's body is scored with the aeb metric (4-token shingles) against the suite's
expected text; the title is compared exactly, whitespace normalised. The expected text is
newspaper4k's own output, with its conventions (a "Read more" line or a contributors' note
kept): a yardstick from outside, not a gold written by a reader.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from statistics import fmean
from typing import NamedTuple

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extractors import load_extractor
from benchmarks.metrics import match_shingles, normalize_whitespace


class SuitePage(NamedTuple):
    """One page of the suite: its HTML, the text and title expected of it, its address."""

    name: str
    html: bytes
    text: str
    title: str | None
    url: str | None


def suite_pages(data: Path) -> list[SuitePage]:
    """The pages of a newspaper4k test data directory that have an expected text."""
    pages = []
    for html in sorted((data / "html").glob("*.html")):
        text = data / "txt" / f"{html.stem}.txt"
        if not text.is_file():
            continue
        metadata = data / "metadata" / f"{html.stem}.json"
        meta = json.loads(metadata.read_text(encoding="utf-8")) if metadata.is_file() else {}
        title, url = meta.get("title"), meta.get("url")
        pages.append(
            SuitePage(
                html.stem,
                html.read_bytes(),
                text.read_text(encoding="utf-8"),
                title if isinstance(title, str) and title else None,
                url if isinstance(url, str) and url.startswith("http") else None,
            )
        )
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="pip download --no-binary :all: --no-deps newspaper4k, unpack it, and pass "
        "its tests/data directory",
    )
    parser.add_argument("data", type=Path, help="newspaper4k's tests/data directory")
    parser.add_argument("--extractors", default="newsextract,trafilatura")
    args = parser.parse_args(argv)
    if not (args.data / "html").is_dir() or not (args.data / "txt").is_dir():
        where = f"no html/ and txt/ in {args.data}"
        print(f"{where}: get newspaper4k's source package (see --help)", file=sys.stderr)
        return 2
    pages = suite_pages(args.data)
    extractors = [load_extractor(name) for name in args.extractors.split(",")]
    f1s: dict[str, list[float]] = {extractor.name: [] for extractor in extractors}
    titles = dict.fromkeys(f1s, 0)
    print(f"{len(pages)} pages with an expected text in {args.data}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in pages:
            row = [f"{page.name:28s}"]
            for extractor in extractors:
                output = extractor.call(page.html, page.url)
                f1 = match_shingles(page.text, output.text).f1
                f1s[extractor.name].append(f1)
                titles[extractor.name] += page.title is not None and normalize_whitespace(
                    output.title or ""
                ) == normalize_whitespace(page.title)
                row.append(f"{extractor.name} {f1:.3f}")
            print("  ".join(row))
    stated = sum(page.title is not None for page in pages)
    for name, values in f1s.items():
        mean = fmean(values) if values else 0.0
        print(f"{name:12s} body F1 mean {mean:.3f}  title {titles[name]}/{stated}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
