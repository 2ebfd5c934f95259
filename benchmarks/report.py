"""What a benchmark run prints and writes: the table of every corpus (body figures, both
halves, catastrophic pages, speed), the metadata and list fields, the subject's catastrophic
and worst pages, the texts for diffing, and the figures as JSON."""

from __future__ import annotations

import platform
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks.corpora import HALVES, AebGold, Corpus, FundusGold, Page
from benchmarks.extractors import REPO_ROOT, Extractor, Output
from benchmarks.scoring import NOT_PEERS, Quality, catastrophes

REFERENCE = "trafilatura"  # the speed ratios and the subject's catastrophes are against it
SUBJECT = "newsextract"  # the extractor that the gates, --worst and --dump-dir look at


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

    @property
    def page_f1s(self) -> dict[str, float]:
        return {page.id: page.f1 for page in self.quality.pages}


def peer_f1s(
    results: Sequence[Result], snapshot: Mapping[str, Mapping[str, float]]
) -> dict[str, Mapping[str, float]]:
    """Page F1 by extractor: those of this run, and a snapshot's for extractors not run now."""
    run: dict[str, Mapping[str, float]] = {r.extractor: r.page_f1s for r in results}
    return {**{name: f1s for name, f1s in snapshot.items() if name not in run}, **run}


# --- speed -------------------------------------------------------------------------------


def speed_ratio(seconds: float, reference_seconds: float | None) -> float | None:
    """The reference's time over this extractor's (>1: faster than it)."""
    if reference_seconds is None or seconds == 0:
        return None
    return reference_seconds / seconds


def _reference_seconds(results: Sequence[Result]) -> float | None:
    reference = next((other for other in results if other.extractor == REFERENCE), None)
    return reference.total_seconds if reference is not None else None


def describe_speed(ratio: float | None) -> str:
    if ratio is None:
        return "n/a"
    if ratio >= 1:
        return f"{ratio:.2f}x faster" if ratio >= 1.005 else "1.00x"
    return f"{ratio:.2f}x ({1 / ratio:.1f}x slower)"


def print_overall_speed(results_by_corpus: Mapping[str, Sequence[Result]]) -> None:
    """Total seconds of every extractor over all corpora run, and the ratio to the reference."""
    totals: dict[str, float] = {}
    for results in results_by_corpus.values():
        for result in results:
            totals[result.extractor] = totals.get(result.extractor, 0.0) + result.total_seconds
    if len(results_by_corpus) < 2:
        return
    reference = totals.get(REFERENCE)
    print(f"\n== all corpora together ({', '.join(results_by_corpus)}) ==")
    for name, seconds in totals.items():
        ratio = describe_speed(speed_ratio(seconds, reference))
        print(f"{name:<24} {seconds:8.2f} s  speed vs {REFERENCE}: {ratio}")


# --- tables ------------------------------------------------------------------------------


def print_table(
    corpus: Corpus, results: Sequence[Result], peers: Mapping[str, Mapping[str, float]]
) -> None:
    """Body figures, halves, catastrophic pages and speed of every extractor on a corpus."""
    width = max([len("extractor"), *(len(result.extractor) for result in results)])
    sizes = Counter(page.half for page in corpus.pages)
    halves = " ".join(f"{'F1 ' + h:>6} {'cat ' + h:>5}" for h in HALVES)
    print(f"\n== {corpus.name}: {len(corpus.pages)} pages from {corpus.path} ==")
    print("halves by a hash of the site: " + ", ".join(f"{h} {sizes[h]} pages" for h in HALVES))
    print(
        f"{'extractor':<{width}} {'F1':>6} {'P':>6} {'R':>6} {'cat':>4} {halves} {'errors':>6} "
        f"{'total s':>8} {'median ms':>9}  speed vs {REFERENCE}"
    )
    reference = _reference_seconds(results)
    for result in results:
        quality = result.quality
        lost = catastrophes(result.extractor, quality.pages, peers)
        cells = " ".join(
            f"{quality.half(h).f1:6.3f} {sum(c.half == h for c in lost):5d}" for h in HALVES
        )
        print(
            f"{result.extractor:<{width}} {quality.f1:6.3f} {quality.precision:6.3f} "
            f"{quality.recall:6.3f} {len(lost):4d} {cells} {len(result.timed.errors):6d} "
            f"{result.total_seconds:8.2f} {result.median_seconds * 1000:9.1f}  "
            f"{describe_speed(speed_ratio(result.total_seconds, reference))}"
        )
    for result in results:
        print_errors(result)
    print_fields(results, width)
    print_subject_catastrophes(results, peers)


def print_errors(result: Result) -> None:
    if result.timed.errors:
        kinds = ", ".join(f"{name} x{n}" for name, n in Counter(result.timed.errors).items())
        print(f"  {result.extractor} errors: {kinds}")


def print_subject_catastrophes(
    results: Sequence[Result], peers: Mapping[str, Mapping[str, float]]
) -> None:
    subject = next((result for result in results if result.extractor == SUBJECT), None)
    if subject is None:
        return
    lost = catastrophes(SUBJECT, subject.quality.pages, peers)
    against_reference = catastrophes(SUBJECT, subject.quality.pages, peers, only=REFERENCE)
    print(
        f"\n{SUBJECT} catastrophic pages: {len(lost)} against any peer"
        f" ({', '.join(sorted(n for n in peers if n != SUBJECT and n not in NOT_PEERS))}),"
        f" {len(against_reference)} against {REFERENCE}"
    )
    for page in lost:
        print(f"  {page.id} (half {page.half}): F1 {page.f1:.3f}, {page.peer} {page.peer_f1:.3f}")


def print_fields(results: Sequence[Result], width: int) -> None:
    """Metadata (exact match) and list fields (micro P/R), for the extractors that report them."""
    with_metadata = [result for result in results if result.quality.metadata]
    if with_metadata:
        names = [field.name for field in with_metadata[0].quality.metadata]
        print(
            f"\nmetadata, exact match\n{'extractor':<{width}} "
            + " ".join(f"{n:>16}" for n in names)
        )
        for result in with_metadata:
            cells = " ".join(
                f"{field.matched:>4}/{field.total:<4} {field.accuracy:6.3f}"
                for field in result.quality.metadata
            )
            print(f"{result.extractor:<{width}} {cells}")
    with_lists = [result for result in results if result.quality.lists]
    if with_lists:
        names = [field.name for field in with_lists[0].quality.lists]
        print(
            f"\nlist fields, micro precision / recall\n{'extractor':<{width}} "
            + " ".join(f"{n:>13}" for n in names)
        )
        for result in with_lists:
            cells = " ".join(
                f"{field.precision:6.3f}/{field.recall:6.3f}" for field in result.quality.lists
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
    """The gold as text: the aeb or fundus body (fundus with its metadata first), or tdev's
    snippets ("+ " must, "- " must not appear)."""
    gold = page.gold
    if isinstance(gold, AebGold):
        return gold.body + "\n"
    if isinstance(gold, FundusGold):
        head = [
            f"# title: {gold.title}",
            f"# authors: {'; '.join(gold.authors)}",
            f"# published: {gold.published}",
            f"# headings: {' | '.join(gold.headings)}",
            f"# credits: {' | '.join('/'.join(parts) for parts in gold.credits)}",
            f"# topics: {', '.join(gold.topics)}",
        ]
        return "\n".join(head) + "\n\n" + gold.body + "\n"
    lines = [f"# title: {gold.title}", f"# author: {gold.author}", f"# date: {gold.date}"]
    lines += [f"+ {snippet}" for snippet in gold.with_]
    lines += [f"- {snippet}" for snippet in gold.without]
    return "\n".join(lines) + "\n"


# --- environment and JSON ------------------------------------------------------------------


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
    reference = _reference_seconds(results)
    return {
        result.extractor: {
            "f1": result.quality.f1,
            "precision": result.quality.precision,
            "recall": result.quality.recall,
            "halves": {half: result.quality.half(half).f1 for half in HALVES},
            "errors": len(result.timed.errors),
            "total_seconds": result.total_seconds,
            "median_seconds": result.median_seconds,
            f"speed_vs_{REFERENCE}": speed_ratio(result.total_seconds, reference),
            "metadata": {
                field.name: {"matched": field.matched, "total": field.total}
                for field in result.quality.metadata
            },
            "lists": {
                field.name: {"precision": field.precision, "recall": field.recall}
                for field in result.quality.lists
            },
        }
        for result in results
    }
