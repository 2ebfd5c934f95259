"""CPU time of each stage of `extract()` over the corpora, and the share of the metadata
stages (issue 13 asks that they take at most 15% of extraction time):

    python benchmarks/stages.py                    # all three corpora, two passes
    python benchmarks/stages.py --corpus tdev --passes 3

Each stage is a function `newsextract.api` calls once per page (decode, parse, read the
metadata, segment, ...); the script times each call with `time.process_time()` by wrapping
that function in the module for the run. What no stage holds ("the rest": the checks of the
arguments, the `Article` built, the page's tree and objects freed when `_extract` returns)
is the total time of `extract()` less the stages'. The first pass is timed too: the caches
start empty, as in a run of the benchmark. A page's stages are timed in the same process as
the others: on a shared machine the shares move by a point or so between runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, Page, load_corpus, require_corpora
from benchmarks.extractors import REPO_ROOT

if str(REPO_ROOT / "src") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "src"))

from newsextract import api, extract

#: The stages `_extract` calls, in its order, by their names in newsextract.api.
STAGES = (
    "decode",
    "parse",
    "read_metadata",
    "segment",
    "select_article",
    "place_article",
    "build_body",
    "gather_evidence",
    "find_dates",
    "find_authors",
    "article_tags",
    "decide_language",
)
#: The stages that read the page's metadata (its metas and JSON-LD, the evidence of its
#: authors and dates, the dates, the authors, the tags, the language).
METADATA_STAGES = frozenset(
    {
        "read_metadata",
        "gather_evidence",
        "find_dates",
        "find_authors",
        "article_tags",
        "decide_language",
    }
)
REST = "the rest"


@contextmanager
def stage_clock(seconds: dict[str, float]) -> Iterator[None]:
    """While open, every stage of `newsextract.api` adds its CPU time to `seconds[name]`."""
    originals = {name: getattr(api, name) for name in STAGES}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.process_time() - start

        return call

    try:
        for name, function in originals.items():
            setattr(api, name, timed(name, function))
        yield
    finally:
        for name, function in originals.items():
            setattr(api, name, function)


def stage_seconds(pages: Sequence[Page], passes: int) -> dict[str, float]:
    """The CPU seconds of each stage, and of REST, per pass over `pages`."""
    seconds: dict[str, float] = {}
    total = 0.0
    with stage_clock(seconds):
        for _ in range(passes):
            for page in pages:
                start = time.process_time()
                extract(page.html, url=page.url)
                total += time.process_time() - start
    per_pass = {name: seconds.get(name, 0.0) / passes for name in STAGES}
    per_pass[REST] = max(0.0, total / passes - sum(per_pass.values()))
    return per_pass


def metadata_share(seconds: dict[str, float]) -> float:
    """The share of the metadata stages in the whole time of `extract()`."""
    total = sum(seconds.values())
    return sum(seconds[name] for name in METADATA_STAGES) / total if total else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=(*CORPUS_DIRS, "all"), default="all")
    parser.add_argument("--passes", type=int, default=2, help="passes over the pages (2)")
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    names = list(CORPUS_DIRS) if args.corpus == "all" else [args.corpus]
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
    pages = [page for name in names for page in load_corpus(name, args.bench_dir, None).pages]
    seconds = stage_seconds(pages, args.passes)
    total = sum(seconds.values())
    print(f"{len(pages)} pages ({', '.join(names)}), {args.passes} passes: CPU seconds per pass")
    for name, value in seconds.items():
        kind = "metadata" if name in METADATA_STAGES else ""
        print(f"  {name:<16} {value:7.3f} s {100 * value / total:5.1f}%  {kind}")
    print(f"  {'extract()':<16} {total:7.3f} s")
    print(f"metadata stages: {100 * metadata_share(seconds):.1f}% of extraction time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
