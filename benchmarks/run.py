"""Benchmark newsextract against its peers on the shared corpora: quality and speed.

    python benchmarks/run.py [--corpus aeb|tdev|fundus|all] [--extractors a,b,...] [--limit N]
        [--min-f1 X] [--ratchet PATH] [--peers PATH] [--save-peers PATH] [--json PATH]
        [--worst N] [--dump-dir DIR] [--bench-dir DIR] [--turn-pages N]

Every extractor runs on the same pages in the same process, in turns of TURN_PAGES pages; only
the extraction call of each page is timed, in CPU time. Every corpus is also scored in two
halves, split by a hash of the site's domain, and the catastrophic pages of every extractor
are counted. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python benchmarks/run.py`: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, Corpus, Page, load_corpus, require_corpora
from benchmarks.extractors import (
    FACTORIES,
    REPO_ROOT,
    Extractor,
    Output,
    UnavailableError,
    load_extractor,
)
from benchmarks.ratchet import check_ratchet, load_peers, load_ratchet, save_peers
from benchmarks.report import (
    REFERENCE,
    SUBJECT,
    Result,
    Timed,
    dump_texts,
    environment,
    figures,
    peer_f1s,
    print_environment,
    print_overall_speed,
    print_table,
    print_worst,
)
from benchmarks.scoring import score

DEFAULT_EXTRACTORS = "newsextract,trafilatura,readability,resiliparse,lxml-floor"
CORPORA = tuple(CORPUS_DIRS)
#: The pages each extractor extracts in a row in its turn: short enough (a fraction of a second
#: to a few seconds) that a change in the shared machine's load weighs on all extractors alike,
#: long enough that an extractor mostly finds its own code and data in the processor's caches,
#: as it does over a crawl. Turns of one page charge each extractor with reloading what the
#: one before it pushed out of the caches, and with collecting the other's garbage: measured in
#: eight alternating runs of the 908 pages, that cost newsextract 5% more than it cost
#: trafilatura (ratio 4.84x-4.97x by turns of one page, 5.16x-5.22x by turns of 16).
TURN_PAGES = 16


def call_timed(extractor: Extractor, page: Page) -> tuple[Output, float, str | None]:
    """One extraction, its CPU time, and the name of its exception (scored as "")."""
    start = time.process_time()
    try:
        output, error = extractor.call(page.html, page.url), None
    except Exception as exception:  # counted, never fatal: a crash is a data point
        output, error = Output(""), type(exception).__name__
    return output, time.process_time() - start, error


def benchmark(
    corpus: Corpus, extractors: Sequence[Extractor], turn_pages: int = TURN_PAGES
) -> list[Result]:
    """Every extractor on every page, in turns: each run of `turn_pages` pages is extracted by
    all of them in turn, so a change in the machine's load (it is shared) weighs on all alike
    (see TURN_PAGES)."""
    outputs: list[list[Output]] = [[] for _ in extractors]
    seconds: list[list[float]] = [[] for _ in extractors]
    errors: list[list[str]] = [[] for _ in extractors]
    pages = corpus.pages
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # peers warn about dates, encodings, deprecations
        for first in range(0, len(pages), turn_pages):
            for index, extractor in enumerate(extractors):
                for page in pages[first : first + turn_pages]:
                    output, spent, error = call_timed(extractor, page)
                    outputs[index].append(output)
                    seconds[index].append(spent)
                    if error is not None:
                        errors[index].append(error)
    results = []
    for index, extractor in enumerate(extractors):
        timed = Timed(tuple(outputs[index]), tuple(seconds[index]), tuple(errors[index]))
        quality = score(corpus, timed.outputs, extractor.has_metadata)
        results.append(Result(extractor.name, quality, timed))
    sys.stdout.flush()  # keep stdout and stderr in order when both go to one file
    print(f"  {corpus.name}: {len(extractors)} extractors done", file=sys.stderr)
    return results


# --- command line ----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument(
        "--extractors",
        default=DEFAULT_EXTRACTORS,
        help=f"comma-separated, from: {', '.join(FACTORIES)} (default: %(default)s)",
    )
    parser.add_argument("--limit", type=_positive_int, help="only the first N pages (by id)")
    parser.add_argument(
        "--min-f1", type=float, help=f"exit 1 if {SUBJECT}'s F1 is below X on a corpus"
    )
    parser.add_argument(
        "--ratchet", type=Path, metavar="PATH", help=f"exit 1 if {SUBJECT} falls below it"
    )
    parser.add_argument(
        "--peers", type=Path, metavar="PATH", help="page F1s of peers not run (for catastrophes)"
    )
    parser.add_argument(
        "--save-peers", type=Path, metavar="PATH", help="write the peers' page F1s here"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    parser.add_argument(
        "--worst", type=_positive_int, metavar="N", help=f"print {SUBJECT}'s N worst pages"
    )
    parser.add_argument("--dump-dir", type=Path, help=f"write {SUBJECT}'s text per page here")
    parser.add_argument(
        "--turn-pages",
        type=_positive_int,
        default=TURN_PAGES,
        metavar="N",
        help="pages each extractor extracts in a row in its turn (default: %(default)s)",
    )
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
    needs_subject = args.min_f1 is not None or args.ratchet is not None
    if needs_subject and SUBJECT not in args.extractors:
        parser.error(f"--min-f1 and --ratchet need {SUBJECT} among the extractors")
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
    names = CORPORA if args.corpus == "all" else (args.corpus,)
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
    logging.disable(logging.ERROR)  # peers log heavily; their exceptions are counted instead
    forbid_network()
    extractors, skipped = load_extractors(args.extractors)
    env = environment(extractors)
    print_environment(env, skipped)
    snapshot = load_peers(args.peers) if args.peers else {}
    if args.peers:
        print(f"peers:    page F1s of peers not run here from {args.peers}")
    print(f"timing:   CPU time of each call, extractors in turns of {args.turn_pages} pages")
    results_by_corpus: dict[str, list[Result]] = {}
    for name in names:
        corpus = load_corpus(name, args.bench_dir, args.limit)
        results = benchmark(corpus, extractors, args.turn_pages)
        results_by_corpus[name] = results
        print_table(corpus, results, peer_f1s(results, snapshot.get(name, {})))
        report_subject(corpus, results, args)
    print_overall_speed(results_by_corpus)
    if args.json:
        corpora = {name: figures(results) for name, results in results_by_corpus.items()}
        payload = {
            **env,
            "skipped": skipped,
            "limit": args.limit,
            "turn_pages": args.turn_pages,
            "corpora": corpora,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.save_peers:
        save_peers(args.save_peers, results_by_corpus, env, exclude=SUBJECT)
    passed = True
    if args.min_f1 is not None:
        passed = gate(results_by_corpus, args.min_f1)
    if args.ratchet is not None:
        ratchet = load_ratchet(args.ratchet)
        passed = check_ratchet(ratchet, results_by_corpus, snapshot, subject=SUBJECT) and passed
    return 0 if passed else 1


__all__ = ["REFERENCE", "main"]

if __name__ == "__main__":
    sys.exit(main())
