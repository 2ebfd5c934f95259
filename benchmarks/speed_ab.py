"""Time newsextract at an earlier git revision and at this working tree in one run, beside
trafilatura and the lxml parse floor: "speed no worse, as a ratio to trafilatura and to the
parse floor, in one run".

    python benchmarks/speed_ab.py --before 4a11793 [--corpus all] [--repeat 2]

The earlier revision's `src/newsextract` is copied out of git into a temporary folder as a
package of another name (every "newsextract" in its files renamed), so both versions live in
one process. Each page is extracted by every contender in turn (the turn rotated a page, see
`turns`), `--repeat` times, and only the extraction call is timed, in CPU time, as
benchmarks/run.py times it (README.md, "Speed"): a change in the machine's load weighs on
all of them alike. Printed: each contender's seconds
per corpus, and each version's speed as trafilatura's time over its own and its own time over
the parse floor's.
"""

from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):  # run as `python benchmarks/speed_ab.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, Page, load_corpus, require_corpora
from benchmarks.extractors import REPO_ROOT, load_extractor

#: The name the earlier revision's package is imported under.
BEFORE_PACKAGE = "newsextract_before"


def package_at(revision: str, into: Path) -> ModuleType:
    """newsextract as it was at `revision`, imported from `into` as BEFORE_PACKAGE."""
    found = subprocess.run(
        ["git", "archive", revision, "src/newsextract"],
        cwd=REPO_ROOT,
        check=False,
        capture_output=True,
    )
    if found.returncode != 0:
        message = found.stderr.decode(errors="replace").strip()
        raise SystemExit(f"no src/newsextract at git revision {revision!r}: {message}")
    archive = found.stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            relative = Path(member.name).relative_to("src/newsextract")
            target = into / BEFORE_PACKAGE / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            if target.suffix == ".py":
                data = data.replace(b"newsextract", BEFORE_PACKAGE.encode())
            target.write_bytes(data)
    sys.path.insert(0, str(into))
    return importlib.import_module(BEFORE_PACKAGE)


def contenders(before: ModuleType) -> dict[str, Callable[[Page], object]]:
    """The calls timed, by name: the earlier version, this working tree's, trafilatura (with
    its metadata, as benchmarks/run.py calls it) and the lxml parse floor."""
    sys.path.insert(0, str(REPO_ROOT / "src"))
    now = importlib.import_module("newsextract")
    trafilatura, floor = load_extractor("trafilatura"), load_extractor("lxml-floor")
    return {
        "before": lambda page: before.extract(page.html, url=page.url),
        "now": lambda page: now.extract(page.html, url=page.url),
        "trafilatura": lambda page: trafilatura.call(page.html, page.url),
        "lxml-floor": lambda page: floor.call(page.html, page.url),
    }


def timed(
    calls: dict[str, Callable[[Page], object]], pages: Sequence[Page], repeat: int
) -> dict[str, float]:
    """CPU seconds of each contender over `pages`, every page by each in turn, the turn
    starting with the next contender on the next page (`turns`)."""
    for call in calls.values():  # imports and caches warmed outside the timing
        for page in pages[:3]:
            call(page)
    seconds = dict.fromkeys(calls, 0.0)
    for index, page in enumerate(pages):
        for _ in range(repeat):
            for name in turns(list(calls), index):
                start = time.process_time()
                calls[name](page)
                seconds[name] += time.process_time() - start
    return seconds


def turns(names: list[str], index: int) -> list[str]:
    """The order of the contenders on page number `index`: rotated by one a page, so each
    takes each place equally often. The place counts: the version that extracts a page
    right after the other version did is ~4% faster than the first (measured with the same
    code under both names), and two versions of newsextract are alike enough to share what
    the first leaves in the caches; in a fixed order the second always gained it."""
    shift = index % len(names)
    return names[shift:] + names[:shift]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="the earlier git revision")
    parser.add_argument("--corpus", default="all", choices=(*CORPUS_DIRS, "all"))
    parser.add_argument("--repeat", type=int, default=1, help="extractions of a page each")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = list(CORPUS_DIRS) if args.corpus == "all" else [args.corpus]
    with tempfile.TemporaryDirectory() as folder:
        before = package_at(args.before, Path(folder))  # a revision without it: said first
        require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
        calls = contenders(before)
        totals = dict.fromkeys(calls, 0.0)
        for name in names:
            pages = load_corpus(name, args.bench_dir, args.limit).pages
            seconds = timed(calls, pages, args.repeat)
            print(f"{name}: {len(pages)} pages, {_seconds(seconds)}")
            for key, value in seconds.items():
                totals[key] += value
    print(f"all: {_seconds(totals)}")
    for version in ("before", "now"):
        print(
            f"{version} ({args.before if version == 'before' else 'working tree'}): "
            f"{totals['trafilatura'] / totals[version]:.2f}x faster than trafilatura, "
            f"{totals[version] / totals['lxml-floor']:.2f}x the lxml parse floor's time"
        )
    return 0


def _seconds(seconds: dict[str, float]) -> str:
    return ", ".join(f"{name} {value:.2f} s" for name, value in seconds.items())


if __name__ == "__main__":
    sys.exit(main())
