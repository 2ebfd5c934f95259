"""Score newsextract's image credits and related links against hand-annotated bench pages.

    python benchmarks/fields.py [--gold FILE [--gold FILE ...]]
        [--bench-dir ../shared/bench] [--min X] [--show-misses]

A gold file (written by hand, page by page) holds for each page its related links and, when
it annotates them, its image credits. Keys name the page: 'aeb/<id>', 'tdev/<file>' or
'fundus/<key>' (fundus-dev/pages/<key>.html.gz). By default two files are scored, each in its
own report block: benchmarks/gold/credits_related.json (credits and related links of aeb and
trafilatura-dev pages) and benchmarks/gold/fundus_related.json (related links of fundus-dev
pages; skipped with a note when fundus-dev is not in --bench-dir). `--gold` may be given
several times to score other files.

A predicted related link matches a gold one when their URLs are equal after dropping the
fragment, a trailing slash and the host's case; a predicted credit matches when the credit
texts are equal after case-folding, white space and outer punctuation are normalised.
Precision and recall are micro-averaged over all links (credits) of all pages of a file;
matched credits are also scored field by field (caption, author, source: exact after white
space normalisation). `--min X` exits 1 when a precision or recall of a file that annotates
image credits is below X; the figures of files that annotate related links only are printed
and not gated.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as `python benchmarks/fields.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import newsextract
from benchmarks.corpora import require_corpora
from benchmarks.extractors import REPO_ROOT

DEFAULT_GOLD = REPO_ROOT / "benchmarks" / "gold" / "credits_related.json"
FUNDUS_GOLD = REPO_ROOT / "benchmarks" / "gold" / "fundus_related.json"
#: The corpus folder in --bench-dir of each key prefix.
CORPUS_OF_PREFIX = {"aeb": "aeb", "tdev": "trafilatura-dev", "fundus": "fundus-dev"}
DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
CREDIT_FIELDS = ("caption", "author", "source")
_OUTER_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Counts:
    """Matched, predicted and gold items, summed over pages."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def url_key(url: str) -> str:
    """A URL as compared: no fragment, no trailing slash, lower-case host."""
    parts = urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"


def credit_key(text: str) -> str:
    """A credit text as compared: case-folded, white space and outer punctuation normalised."""
    return _OUTER_PUNCTUATION.sub("", " ".join(text.casefold().split()))


def match(predicted: Iterable[str], gold: Iterable[str]) -> Counts:
    """Counts of one page's keys: each gold key matches at most one predicted key."""
    remaining = list(gold)
    predicted_keys = list(predicted)
    total_gold = len(remaining)
    matched = 0
    for key in predicted_keys:
        if key in remaining:
            remaining.remove(key)
            matched += 1
    return Counts(matched, len(predicted_keys), total_gold)


def field_agreement(
    predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]], field: str
) -> tuple[int, int]:
    """(agreeing, compared) for one credit field over the credits both sides have."""
    by_key = {credit_key(str(item["text"])): item for item in predicted}
    agreeing = compared = 0
    for item in gold:
        found = by_key.get(credit_key(str(item["text"])))
        if found is None:
            continue
        compared += 1
        agreeing += _same(found.get(field), item.get(field))
    return agreeing, compared


def _same(left: object, right: object) -> bool:
    def norm(value: object) -> str:
        return " ".join(str(value).split()) if value else ""

    return norm(left) == norm(right)


def page_html(bench_dir: Path, key: str) -> bytes:
    """The raw bytes of the page that a gold key names."""
    corpus, _, name = key.partition("/")
    if corpus == "aeb":
        return gzip.decompress((bench_dir / "aeb" / "html" / f"{name}.html.gz").read_bytes())
    if corpus == "fundus":
        return gzip.decompress(
            (bench_dir / "fundus-dev" / "pages" / f"{name}.html.gz").read_bytes()
        )
    return (bench_dir / "trafilatura-dev" / "html" / name).read_bytes()


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """The annotated pages of a gold file: every entry whose key names a page ('_about' and
    other notes are skipped). Each page has 'related_links'; 'image_credits' only when the
    file annotates credits."""
    entries: dict[str, Any] = json.loads(path.read_text("utf-8"))
    pages = {key: value for key, value in entries.items() if "/" in key}
    for key, value in pages.items():
        prefix = key.partition("/")[0]
        if prefix not in CORPUS_OF_PREFIX:
            raise ValueError(f"{path}: key {key!r} names no known corpus")
        if not isinstance(value.get("related_links"), list):
            raise ValueError(f"{path}: {key} has no related_links list")
    return pages


def corpora_of(pages: Iterable[str]) -> list[str]:
    """The corpus folders that the pages' keys need, in a stable order."""
    needed = {CORPUS_OF_PREFIX[key.partition("/")[0]] for key in pages}
    return [name for name in CORPUS_OF_PREFIX.values() if name in needed]


def annotates_credits(pages: dict[str, dict[str, Any]]) -> bool:
    """Whether a gold file annotates image credits (then its figures are gated by --min)."""
    return bool(pages) and all("image_credits" in page for page in pages.values())


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold",
        type=Path,
        action="append",
        default=None,
        help="gold file to score (repeatable; default: credits_related.json and "
        "fundus_related.json)",
    )
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--min", type=float, default=None, help="fail below this P or R")
    parser.add_argument("--show-misses", action="store_true", help="print misses per page")
    return parser.parse_args(argv)


@dataclass(frozen=True, slots=True)
class FileScore:
    """The figures of one gold file."""

    path: Path
    pages: int
    credits: Counts | None
    related: Counts
    agreement: dict[str, list[int]]

    @property
    def lowest(self) -> float:
        figures = [self.related.precision, self.related.recall]
        if self.credits is not None:
            figures += [self.credits.precision, self.credits.recall]
        return min(figures)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    explicit = args.gold is not None
    paths: list[Path] = args.gold if explicit else [DEFAULT_GOLD, FUNDUS_GOLD]
    golds = {path: load_gold(path) for path in paths}
    if not explicit:
        fundus = golds.get(FUNDUS_GOLD, {})
        if fundus and not (args.bench_dir / "fundus-dev").is_dir():
            print(
                f"fundus-dev not found in {args.bench_dir}: {FUNDUS_GOLD.name} is not scored",
                file=sys.stderr,
            )
            del golds[FUNDUS_GOLD]
    require_corpora(args.bench_dir, corpora_of(key for pages in golds.values() for key in pages))
    scores = [score_file(path, pages, args) for path, pages in golds.items()]
    return _report(args, scores)


def score_file(
    path: Path, gold_pages: dict[str, dict[str, Any]], args: argparse.Namespace
) -> FileScore:
    """Extract every page of one gold file and count its matches."""
    with_credits = annotates_credits(gold_pages)
    credits = related = Counts()
    agreement = {field: [0, 0] for field in CREDIT_FIELDS}
    for key, gold in gold_pages.items():
        article = newsextract.extract(page_html(args.bench_dir, key), url=gold.get("url"))
        predicted_credits = [credit.to_dict() for credit in article.image_credits]
        predicted_links = [link.to_dict() for link in article.related_links]
        gold_credits = gold.get("image_credits", [])
        page_credits = match(
            (credit_key(c["text"]) for c in predicted_credits),
            (credit_key(c["text"]) for c in gold_credits),
        )
        page_related = score_related(predicted_links, gold["related_links"])
        credits, related = credits + page_credits, related + page_related
        for field in CREDIT_FIELDS:
            agreeing, compared = field_agreement(predicted_credits, gold_credits, field)
            agreement[field][0] += agreeing
            agreement[field][1] += compared
        misses = page_related != _perfect(page_related)
        if with_credits:
            misses = misses or page_credits != _perfect(page_credits)
        if args.show_misses and misses:
            _print_misses(key, predicted_credits if with_credits else [], predicted_links, gold)
    return FileScore(path, len(gold_pages), credits if with_credits else None, related, agreement)


def score_related(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> Counts:
    """Counts of one page's related links: URLs compared as url_key gives them."""
    return match(
        (url_key(link["url"]) for link in predicted), (url_key(link["url"]) for link in gold)
    )


def _perfect(counts: Counts) -> Counts:
    return Counts(counts.gold, counts.gold, counts.gold)


def _print_misses(
    key: str,
    credits: Sequence[dict[str, Any]],
    links: Sequence[dict[str, Any]],
    gold: dict[str, Any],
) -> None:
    print(f"-- {key}")
    gold_credits = {credit_key(c["text"]) for c in gold.get("image_credits", [])}
    got_credits = {credit_key(c["text"]) for c in credits}
    for text in sorted(gold_credits - got_credits):
        print(f"   credit missed: {text}")
    for text in sorted(got_credits - gold_credits):
        print(f"   credit extra:  {text}")
    gold_urls = {url_key(link["url"]) for link in gold["related_links"]}
    got_urls = {url_key(link["url"]) for link in links}
    for url in sorted(gold_urls - got_urls):
        print(f"   link missed: {url}")
    for url in sorted(got_urls - gold_urls):
        print(f"   link extra:  {url}")


def _report(args: argparse.Namespace, scores: Sequence[FileScore]) -> int:
    """Print the gated files' blocks and the gate's verdict first (the output CI reads), then
    the blocks of files that annotate related links only; the exit status is the gate's."""
    print(f"command: {' '.join(sys.orig_argv)}")
    gated = [score for score in scores if score.credits is not None]
    for score in gated:
        _report_file(score)
    status = 0
    if args.min is not None and gated:
        lowest = min(score.lowest for score in gated)
        verdict = "ok" if lowest >= args.min else "FAILED"
        print(f"quality gate fields: lowest P/R {lowest:.3f} vs minimum {args.min}: {verdict}")
        status = 0 if lowest >= args.min else 1
    for score in scores:
        if score.credits is None:
            print()
            _report_file(score)
            print("(related links only: reported, not gated by --min)")
    return status


def _report_file(score: FileScore) -> None:
    print(f"gold:    {score.path} ({score.pages} pages)")
    print(f"{'field':15} {'P':>6} {'R':>6} {'matched':>8} {'predicted':>10} {'gold':>6}")
    rows = [("related_links", score.related)]
    if score.credits is not None:
        rows.insert(0, ("image_credits", score.credits))
    for name, counts in rows:
        print(
            f"{name:15} {counts.precision:6.3f} {counts.recall:6.3f} {counts.matched:8d}"
            f" {counts.predicted:10d} {counts.gold:6d}"
        )
    if score.credits is None:
        return
    for field, (agreeing, compared) in score.agreement.items():
        share = agreeing / compared if compared else 1.0
        print(f"credit.{field:8} agrees on {agreeing}/{compared} matched credits = {share:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
