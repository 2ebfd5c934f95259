"""Time and memory per page on the benchmark corpora: the slowest page against the median,
peak memory per page and per MB of input, and any exception.

    python benchmarks/robustness.py [--bench-dir ../shared/bench] [--corpus aeb|tdev|fundus|all]

Time: pages one after another in this process, after one warm-up pass. Peak memory, twice
per page: the Python heap with tracemalloc (in this process), and (on Linux) the resident
high-water mark of a fresh worker process that extracts only that page, over its resident
memory just before the call: this one also counts libxml2's tree.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpora import CORPUS_DIRS, load_corpus, require_corpora
from newsextract import NewsExtractError, extract

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
MEBIBYTE = 1024 * 1024
_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


@dataclass(frozen=True, slots=True)
class Measure:
    page: str
    input_bytes: int
    seconds: float
    python_peak: int  # bytes, tracemalloc
    resident_peak: int | None  # bytes over the resident memory before the call
    error: str | None


def _resident_kib(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _can_reset_peak() -> bool:
    try:
        _CLEAR_REFS.write_text("5")
        _resident_kib("VmHWM")
    except (OSError, LookupError):
        return False
    return True


def resident_peak(html: bytes, url: str | None) -> int:
    """In a fresh worker: the resident memory extracting `html` takes at its peak (bytes)."""
    gc.collect()
    _CLEAR_REFS.write_text("5")  # VmHWM := VmRSS
    before = _resident_kib("VmRSS")
    with contextlib.suppress(NewsExtractError):
        extract(html, url=url)
    return (_resident_kib("VmHWM") - before) * 1024


def measure(page_id: str, html: bytes, url: str | None, resident: int | None) -> Measure:
    """Extract one page, timing it and taking its peak Python heap."""
    gc.collect()
    error = None
    start = time.perf_counter()
    try:
        extract(html, url=url)
    except NewsExtractError as caught:
        error = f"{type(caught).__name__}: {caught}"
    seconds = time.perf_counter() - start
    tracemalloc.start()
    with contextlib.suppress(NewsExtractError):  # a second call: tracemalloc slows it down
        extract(html, url=url)
    python_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return Measure(page_id, len(html), seconds, python_peak, resident, error)


def report(name: str, measures: Sequence[Measure]) -> None:
    times = sorted(measures, key=lambda m: m.seconds)
    median = statistics.median(m.seconds for m in measures)
    slowest = times[-1]
    print(f"\n== {name}: {len(measures)} pages ==")
    print(
        f"time per page: median {median * 1000:.1f} ms, "
        f"p95 {times[int(len(times) * 0.95)].seconds * 1000:.1f} ms, "
        f"slowest {slowest.seconds * 1000:.1f} ms = {slowest.seconds / median:.0f}x the median "
        f"({slowest.page}, {slowest.input_bytes / MEBIBYTE:.2f} MB)"
    )
    per_mb = [m.seconds / (m.input_bytes / MEBIBYTE) for m in measures if m.input_bytes]
    print(
        f"time per MB of input: median {statistics.median(per_mb) * 1000:.0f} ms, "
        f"max {max(per_mb) * 1000:.0f} ms"
    )
    for label, values in (
        ("python heap", [m.python_peak for m in measures]),
        ("resident", [m.resident_peak for m in measures if m.resident_peak is not None]),
    ):
        if not values:
            continue
        ratios = [
            value / (m.input_bytes / MEBIBYTE)
            for value, m in zip(values, measures, strict=False)
            if m.input_bytes
        ]
        print(
            f"peak memory ({label}): median {statistics.median(values) / MEBIBYTE:.1f} MB, "
            f"max {max(values) / MEBIBYTE:.1f} MB per page; per MB of input: median "
            f"{statistics.median(ratios) / MEBIBYTE:.1f} MB, max {max(ratios) / MEBIBYTE:.1f} MB"
        )
    errors = [m for m in measures if m.error]
    print(f"library errors: {len(errors)}" + "".join(f"\n  {m.page}: {m.error}" for m in errors))
    print("slowest pages: " + ", ".join(
        f"{m.page[:40]} {m.seconds * 1000:.0f} ms" for m in reversed(times[-5:])
    ))  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--corpus", choices=[*CORPUS_DIRS, "all"], default="all")
    args = parser.parse_args(argv)
    names = list(CORPUS_DIRS) if args.corpus == "all" else [args.corpus]
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
    resident = _can_reset_peak()
    print(f"command: {' '.join(sys.argv)}")
    print(f"resident peak: {'VmHWM via /proc/self/clear_refs' if resident else 'unavailable'}")
    for name in names:
        corpus = load_corpus(name, args.bench_dir, None)
        for page in corpus.pages:  # warm-up
            with contextlib.suppress(NewsExtractError):
                extract(page.html, url=page.url)
        peaks: list[int | None] = [None] * len(corpus.pages)
        if resident:
            with ProcessPoolExecutor(max_workers=2, max_tasks_per_child=1) as pool:
                peaks = list(
                    pool.map(
                        resident_peak, [p.html for p in corpus.pages], [p.url for p in corpus.pages]
                    )
                )
        measures = [
            measure(page.id, page.html, page.url, peak)
            for page, peak in zip(corpus.pages, peaks, strict=True)
        ]
        report(name, measures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
