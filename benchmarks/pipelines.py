"""Throughput of the command line on a WARC file and of the README's Dask recipes.

    python benchmarks/pipelines.py [--repeat 3] [--workers 2] [--bench-dir ../shared/bench]

The bench pages (aeb, trafilatura-dev, fundus-dev: 908 pages) are written into a temporary
folder as a WARC file, as a folder of 4 WARC files and as a folder of .html files; then,
wall clock, start-up included, alternating runs, best of `--repeat`:
- `newsextract bench.warc.gz --jobs N --format jsonl > out.jsonl` for N = 1 and `--workers`
  (the outputs must be byte-identical);
- the README's two Dask recipes, run as scripts exactly as the README has them, on Dask's
  default (process, spawn) scheduler with DASK_NUM_WORKERS=`--workers`.
The CPU time of each run (user + system, all its processes) is printed beside the wall
clock, and the load average before and after: on a shared machine, other work slows runs.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as `python benchmarks/pipelines.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, require_corpora
from benchmarks.extractors import REPO_ROOT
from benchmarks.warcs import FUNDUS_DIR, bench_pages, build_bench_warcs

README = REPO_ROOT / "README.md"
_BLOCK_RE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
RECIPES = {"dask, folder of pages": "map(to_record)", "dask, folder of WARC files": "warc_lines"}


def readme_block(phrase: str) -> str:
    """The README's Python block that holds `phrase`."""
    blocks: list[str] = _BLOCK_RE.findall(README.read_text(encoding="utf-8"))
    [block] = [b for b in blocks if phrase in b]
    return block


def _best(known: tuple[float, float] | None, timing: tuple[float, float]) -> tuple[float, float]:
    """The run with the shorter wall clock."""
    return timing if known is None or timing[0] < known[0] else known


def _timed(
    command: list[str], cwd: Path, env: dict[str, str], out: Path | None
) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, all processes of the run) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") if out is not None else open(os.devnull, "wb") as sink:
        subprocess.run(
            command, cwd=cwd, env=env, stdout=sink, stderr=subprocess.DEVNULL, check=True
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    require_corpora(args.bench_dir, [*CORPUS_DIRS.values(), FUNDUS_DIR])
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT / "src"),
        "DASK_NUM_WORKERS": str(args.workers),
    }
    print(f"command: {' '.join(sys.argv)}")
    print(f"load average before: {os.getloadavg()[0]:.2f}, cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        [warc], pages = build_bench_warcs(args.bench_dir, folder / "bench.warc.gz")
        build_bench_warcs(args.bench_dir, folder / "crawl" / "bench.warc.gz", parts=4)
        (folder / "pages").mkdir()
        for number, page in enumerate(bench_pages(args.bench_dir)):
            (folder / "pages" / f"{number:04d}.html").write_bytes(page.html)
        best: dict[str, tuple[float, float]] = {}
        outputs: dict[int, bytes] = {}
        cli = [sys.executable, "-m", "newsextract", str(warc), "--format", "jsonl", "--jobs"]
        for phrase in RECIPES.values():
            (folder / f"{phrase}.py").write_text(readme_block(phrase), encoding="utf-8")
        for _ in range(args.repeat):
            for jobs in sorted({1, args.workers}):
                out = folder / f"out-{jobs}.jsonl"
                name = f"newsextract --jobs {jobs}"
                best[name] = _best(best.get(name), _timed([*cli, str(jobs)], folder, env, out))
                outputs[jobs] = out.read_bytes()
            for name, phrase in RECIPES.items():
                subprocess.run(["rm", "-rf", str(folder / "out")], check=True)
                timing = _timed([sys.executable, f"{phrase}.py"], folder, env, None)
                best[name] = _best(best.get(name), timing)
        lines = {jobs: output.count(b"\n") for jobs, output in outputs.items()}
        identical = len(set(outputs.values())) == 1
        print(f"pages: {pages}; JSON lines written: {lines}; --jobs outputs identical: {identical}")
        for name, (wall, cpu) in best.items():
            print(
                f"{name:>28}: {wall:6.2f} s, {pages / wall:6.1f} pages/s "
                f"({cpu:6.2f} CPU s, {pages / cpu:6.1f} pages per CPU second)"
            )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
