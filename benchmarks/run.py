"""Benchmark newsextract against its peers on the shared corpora: quality and speed.

    python benchmarks/run.py [--corpus aeb|tdev|all] [--extractors a,b,...] [--limit N]
        [--min-f1 X] [--json PATH] [--worst N] [--dump-dir DIR] [--bench-dir DIR]

Every extractor runs on the same pages in the same process; only the extraction call of each
page is timed. See benchmarks/README.md for the metrics and the speed ratio.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import socket
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any, TypeVar

if __package__ in (None, ""):  # run as `python benchmarks/run.py`: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import (
    CORPUS_DIRS,
    AebGold,
    Corpus,
    Page,
    TdevGold,
    load_corpus,
    require_corpora,
)
from benchmarks.extractors import (
    FACTORIES,
    REPO_ROOT,
    Extractor,
    Output,
    UnavailableError,
    load_extractor,
)
from benchmarks.metrics import (
    FieldScore,
    aeb_corpus_score,
    field_score,
    match_shingles,
    match_snippets,
    total_counts,
)

DEFAULT_EXTRACTORS = "newsextract,trafilatura,readability,resiliparse,lxml-floor"
REFERENCE = "trafilatura"  # the speed ratios are relative to it
SUBJECT = "newsextract"  # the extractor that --min-f1, --worst and --dump-dir look at

GoldT = TypeVar("GoldT", AebGold, TdevGold)


@dataclass(frozen=True, slots=True)
class PageScore:
    id: str
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Quality:
    precision: float
    recall: float
    f1: float
    pages: tuple[PageScore, ...]
    metadata: tuple[FieldScore, ...] = ()


@dataclass(frozen=True, slots=True)
class Timed:
    """One extractor's outputs over a corpus: text ("" on error), seconds, error type names."""

    outputs: tuple[Output, ...]
    seconds: tuple[float, ...]
    errors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Result:
    extractor: str
    quality: Quality
    timed: Timed

    @property
    def total_seconds(self) -> float:
        return sum(self.timed.seconds)

    @property
    def median_seconds(self) -> float:
        return median(self.timed.seconds) if self.timed.seconds else 0.0


# --- running ---------------------------------------------------------------------------


def run_extractor(extractor: Extractor, pages: Sequence[Page]) -> Timed:
    """Call the extractor on every page, timing only the call; an exception scores as ""."""
    outputs: list[Output] = []
    seconds: list[float] = []
    errors: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # peers warn about dates, encodings, deprecations
        for page in pages:
            start = time.perf_counter()
            try:
                output = extractor.call(page.html, page.url)
            except Exception as error:  # counted, never fatal: a crash is a data point
                output = Output("")
                errors.append(type(error).__name__)
            seconds.append(time.perf_counter() - start)
            outputs.append(output)
    return Timed(tuple(outputs), tuple(seconds), tuple(errors))


def score(corpus: Corpus, outputs: Sequence[Output], with_metadata: bool) -> Quality:
    if corpus.name == "aeb":
        return score_aeb(corpus.pages, outputs)
    return score_tdev(corpus.pages, outputs, with_metadata)


def score_aeb(pages: Sequence[Page], outputs: Sequence[Output]) -> Quality:
    matches = [
        match_shingles(_gold(page, AebGold).body, output.text)
        for page, output in zip(pages, outputs, strict=True)
    ]
    corpus = aeb_corpus_score(matches)
    scores = tuple(
        PageScore(page.id, match.precision, match.recall, match.f1)
        for page, match in zip(pages, matches, strict=True)
    )
    return Quality(corpus.precision, corpus.recall, corpus.f1, scores)


def score_tdev(pages: Sequence[Page], outputs: Sequence[Output], with_metadata: bool) -> Quality:
    golds = [_gold(page, TdevGold) for page in pages]
    counts = [
        match_snippets(output.text, gold.with_, gold.without)
        for gold, output in zip(golds, outputs, strict=True)
    ]
    total = total_counts(counts)
    scores = tuple(
        PageScore(page.id, page_counts.precision, page_counts.recall, page_counts.f1)
        for page, page_counts in zip(pages, counts, strict=True)
    )
    metadata = score_metadata(golds, outputs) if with_metadata else ()
    return Quality(total.precision, total.recall, total.f1, scores, metadata)


def score_metadata(golds: Sequence[TdevGold], outputs: Sequence[Output]) -> tuple[FieldScore, ...]:
    pairs = list(zip(golds, outputs, strict=True))
    return (
        field_score("title", [(gold.title, output.title) for gold, output in pairs]),
        field_score("author", [(gold.author, output.author) for gold, output in pairs]),
        field_score("date", [(gold.date, output.date) for gold, output in pairs]),
    )


def _gold(page: Page, kind: type[GoldT]) -> GoldT:
    if not isinstance(page.gold, kind):
        raise TypeError(f"page {page.id} has no {kind.__name__}")
    return page.gold


def benchmark(corpus: Corpus, extractors: Sequence[Extractor]) -> list[Result]:
    results = []
    for extractor in extractors:
        timed = run_extractor(extractor, corpus.pages)
        quality = score(corpus, timed.outputs, extractor.has_metadata)
        results.append(Result(extractor.name, quality, timed))
        sys.stdout.flush()  # keep stdout and stderr in order when both go to one file
        print(
            f"  {corpus.name}: {extractor.name} done, {sum(timed.seconds):.1f} s", file=sys.stderr
        )
    return results


# --- reporting -------------------------------------------------------------------------


def speed_ratio(result: Result, results: Sequence[Result]) -> float | None:
    """trafilatura's total time over this extractor's total time (>1: faster than it)."""
    reference = next((other for other in results if other.extractor == REFERENCE), None)
    if reference is None or result.total_seconds == 0:
        return None
    return reference.total_seconds / result.total_seconds


def describe_speed(ratio: float | None) -> str:
    if ratio is None:
        return "n/a"
    if ratio >= 1:
        return f"{ratio:.2f}x faster" if ratio >= 1.005 else "1.00x"
    return f"{ratio:.2f}x ({1 / ratio:.1f}x slower)"


def print_table(corpus: Corpus, results: Sequence[Result]) -> None:
    width = max([len("extractor"), *(len(result.extractor) for result in results)])
    print(f"\n== {corpus.name}: {len(corpus.pages)} pages from {corpus.path} ==")
    print(
        f"{'extractor':<{width}} {'F1':>6} {'P':>6} {'R':>6} {'errors':>6} "
        f"{'total s':>8} {'median ms':>9}  speed vs {REFERENCE}"
    )
    for result in results:
        quality = result.quality
        print(
            f"{result.extractor:<{width}} {quality.f1:6.3f} {quality.precision:6.3f} "
            f"{quality.recall:6.3f} {len(result.timed.errors):6d} "
            f"{result.total_seconds:8.2f} {result.median_seconds * 1000:9.1f}  "
            f"{describe_speed(speed_ratio(result, results))}"
        )
    for result in results:
        print_errors(result)
    print_metadata(results, width)


def print_errors(result: Result) -> None:
    if result.timed.errors:
        kinds = ", ".join(f"{name} x{n}" for name, n in Counter(result.timed.errors).items())
        print(f"  {result.extractor} errors: {kinds}")


def print_metadata(results: Sequence[Result], width: int) -> None:
    """Metadata accuracy (exact match) side by side, for the extractors that report it."""
    with_metadata = [result for result in results if result.quality.metadata]
    if not with_metadata:
        return
    names = [field.name for field in with_metadata[0].quality.metadata]
    print(f"\nmetadata, exact match\n{'extractor':<{width}} " + " ".join(f"{n:>16}" for n in names))
    for result in with_metadata:
        cells = " ".join(
            f"{field.matched:>4}/{field.total:<4} {field.accuracy:6.3f}"
            for field in result.quality.metadata
        )
        print(f"{result.extractor:<{width}} {cells}")


def print_worst(corpus: Corpus, result: Result, count: int) -> None:
    worst = sorted(result.quality.pages, key=lambda page: (page.f1, page.id))[:count]
    print(f"\nworst {len(worst)} {result.extractor} pages on {corpus.name} by F1:")
    print(f"  {'F1':>5} {'P':>5} {'R':>5}  id")
    for page in worst:
        print(f"  {page.f1:5.3f} {page.precision:5.3f} {page.recall:5.3f}  {page.id}")


def dump_texts(corpus: Corpus, result: Result, directory: Path) -> None:
    """Write <id>.txt (the extractor's text) and <id>.gold.txt per page, for diffing."""
    target = directory / corpus.name
    target.mkdir(parents=True, exist_ok=True)
    for page, output in zip(corpus.pages, result.timed.outputs, strict=True):
        stem = page.id.replace("/", "_")
        (target / f"{stem}.txt").write_text(output.text + "\n", encoding="utf-8")
        (target / f"{stem}.gold.txt").write_text(gold_text(page), encoding="utf-8")
    print(f"\n{result.extractor} texts of {corpus.name} written to {target}")


def gold_text(page: Page) -> str:
    """The gold as text: the aeb body, or tdev's snippets ("+ " must, "- " must not appear)."""
    gold = page.gold
    if isinstance(gold, AebGold):
        return gold.body + "\n"
    lines = [f"# title: {gold.title}", f"# author: {gold.author}", f"# date: {gold.date}"]
    lines += [f"+ {snippet}" for snippet in gold.with_]
    lines += [f"- {snippet}" for snippet in gold.without]
    return "\n".join(lines) + "\n"


# --- environment -----------------------------------------------------------------------


def git_revision() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(REPO_ROOT), *args], capture_output=True, text=True, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    revision = git("rev-parse", "--short", "HEAD") or "no commit"
    return revision + (" (uncommitted changes)" if git("status", "--porcelain") else "")


def environment(extractors: Sequence[Extractor]) -> dict[str, Any]:
    return {
        "command": " ".join(getattr(sys, "orig_argv", [sys.executable, *sys.argv])),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "repo": git_revision(),
        "versions": {extractor.name: extractor.version for extractor in extractors},
    }


def print_environment(env: dict[str, Any], skipped: dict[str, str]) -> None:
    print(f"command:  {env['command']}")
    print(f"python:   {env['python']} on {env['platform']}")
    print(f"repo:     {env['repo']}")
    for name, version in env["versions"].items():
        print(f"  {name}: {version}")
    for name, reason in skipped.items():
        print(f"  {name}: skipped, {reason}")


def figures(results: Sequence[Result]) -> dict[str, Any]:
    """The JSON figures of one corpus, by extractor."""
    return {
        result.extractor: {
            "f1": result.quality.f1,
            "precision": result.quality.precision,
            "recall": result.quality.recall,
            "errors": len(result.timed.errors),
            "total_seconds": result.total_seconds,
            "median_seconds": result.median_seconds,
            f"speed_vs_{REFERENCE}": speed_ratio(result, results),
            "metadata": {
                field.name: {"matched": field.matched, "total": field.total}
                for field in result.quality.metadata
            },
        }
        for result in results
    }


# --- command line ----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=["aeb", "tdev", "all"], default="all")
    parser.add_argument(
        "--extractors",
        default=DEFAULT_EXTRACTORS,
        help=f"comma-separated, from: {', '.join(FACTORIES)} (default: %(default)s)",
    )
    parser.add_argument("--limit", type=_positive_int, help="only the first N pages (by id)")
    parser.add_argument(
        "--min-f1", type=float, help=f"exit 1 if {SUBJECT}'s F1 is below X on a corpus"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    parser.add_argument(
        "--worst", type=_positive_int, metavar="N", help=f"print {SUBJECT}'s N worst pages"
    )
    parser.add_argument("--dump-dir", type=Path, help=f"write {SUBJECT}'s text per page here")
    parser.add_argument(
        "--bench-dir",
        type=Path,
        default=REPO_ROOT.parent / "shared" / "bench",
        help="the corpora (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    args.extractors = [name.strip() for name in args.extractors.split(",") if name.strip()]
    unknown = [name for name in args.extractors if name not in FACTORIES]
    if unknown:
        parser.error(f"unknown extractors: {', '.join(unknown)}")
    if args.min_f1 is not None and SUBJECT not in args.extractors:
        parser.error(f"--min-f1 needs {SUBJECT} among the extractors")
    return args


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def load_extractors(names: Sequence[str]) -> tuple[list[Extractor], dict[str, str]]:
    """The extractors that load, and a reason for each one that does not."""
    loaded: list[Extractor] = []
    skipped: dict[str, str] = {}
    for name in dict.fromkeys(names):
        try:
            loaded.append(load_extractor(name))
        except UnavailableError as reason:
            skipped[name] = str(reason)
    return loaded, skipped


def gate(results_by_corpus: dict[str, list[Result]], min_f1: float) -> bool:
    """True when the subject's F1 reaches min_f1 on every corpus (absent counts as failed)."""
    passed = True
    for name, results in results_by_corpus.items():
        subject = next((result for result in results if result.extractor == SUBJECT), None)
        f1 = subject.quality.f1 if subject is not None else 0.0
        ok = subject is not None and f1 >= min_f1
        verdict = "ok" if ok else "FAILED"
        print(f"quality gate {name}: {SUBJECT} F1 {f1:.3f} vs minimum {min_f1:.3f}: {verdict}")
        passed = passed and ok
    return passed


def report_subject(corpus: Corpus, results: Sequence[Result], args: argparse.Namespace) -> None:
    subject = next((result for result in results if result.extractor == SUBJECT), None)
    if subject is None:
        return
    if args.worst:
        print_worst(corpus, subject, args.worst)
    if args.dump_dir:
        dump_texts(corpus, subject, args.dump_dir)


def forbid_network() -> None:
    """Make any connection attempt fail at once: extraction must not fetch (nor wait on) URLs."""

    def refuse(*args: object, **kwargs: object) -> Any:
        raise OSError("network disabled during the benchmark")

    socket.getaddrinfo = refuse
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = ["aeb", "tdev"] if args.corpus == "all" else [args.corpus]
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
    logging.disable(logging.ERROR)  # peers log heavily; their exceptions are counted instead
    forbid_network()
    extractors, skipped = load_extractors(args.extractors)
    env = environment(extractors)
    print_environment(env, skipped)
    results_by_corpus: dict[str, list[Result]] = {}
    for name in names:
        corpus = load_corpus(name, args.bench_dir, args.limit)
        results = benchmark(corpus, extractors)
        results_by_corpus[name] = results
        print_table(corpus, results)
        report_subject(corpus, results, args)
    if args.json:
        corpora = {name: figures(results) for name, results in results_by_corpus.items()}
        payload = {**env, "skipped": skipped, "limit": args.limit, "corpora": corpora}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.min_f1 is not None and not gate(results_by_corpus, args.min_f1):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
