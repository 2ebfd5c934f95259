"""Score newsextract's image credits and related links against hand-annotated bench pages.

    python benchmarks/fields.py [--gold benchmarks/gold/credits_related.json]
        [--bench-dir ../shared/bench] [--min X] [--show-misses]

The gold file (written by hand, page by page) holds for each page its credits and related
links. A predicted related link matches a gold one when their URLs are equal after dropping
the fragment, a trailing slash and the host's case; a predicted credit matches when the
credit texts are equal after case-folding, white space and outer punctuation are normalised.
Precision and recall are micro-averaged over all links (credits) of all pages; matched
credits are also scored field by field (caption, author, source: exact after white space
normalisation). `--min X` exits 1 when a precision or recall is below X.
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
    corpus, _, name = key.partition("/")
    if corpus == "aeb":
        return gzip.decompress((bench_dir / "aeb" / "html" / f"{name}.html.gz").read_bytes())
    return (bench_dir / "trafilatura-dev" / "html" / name).read_bytes()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--min", type=float, default=None, help="fail below this P or R")
    parser.add_argument("--show-misses", action="store_true", help="print misses per page")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    require_corpora(args.bench_dir, ["aeb", "trafilatura-dev"])
    gold_pages = {k: v for k, v in json.loads(args.gold.read_text("utf-8")).items() if "/" in k}
    credits = related = Counts()
    agreement = {field: [0, 0] for field in CREDIT_FIELDS}
    for key, gold in gold_pages.items():
        article = newsextract.extract(page_html(args.bench_dir, key), url=gold.get("url"))
        predicted_credits = [credit.to_dict() for credit in article.image_credits]
        predicted_links = [link.to_dict() for link in article.related_links]
        page_credits = match(
            (credit_key(c["text"]) for c in predicted_credits),
            (credit_key(c["text"]) for c in gold["image_credits"]),
        )
        page_related = match(
            (url_key(link["url"]) for link in predicted_links),
            (url_key(link["url"]) for link in gold["related_links"]),
        )
        credits, related = credits + page_credits, related + page_related
        for field in CREDIT_FIELDS:
            agreeing, compared = field_agreement(predicted_credits, gold["image_credits"], field)
            agreement[field][0] += agreeing
            agreement[field][1] += compared
        if args.show_misses and (
            page_credits != _perfect(page_credits) or page_related != _perfect(page_related)
        ):
            _print_misses(key, predicted_credits, predicted_links, gold)
    return _report(args, len(gold_pages), credits, related, agreement)


def _perfect(counts: Counts) -> Counts:
    return Counts(counts.gold, counts.gold, counts.gold)


def _print_misses(
    key: str,
    credits: Sequence[dict[str, Any]],
    links: Sequence[dict[str, Any]],
    gold: dict[str, Any],
) -> None:
    print(f"-- {key}")
    gold_credits = {credit_key(c["text"]) for c in gold["image_credits"]}
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


def _report(
    args: argparse.Namespace,
    pages: int,
    credits: Counts,
    related: Counts,
    agreement: dict[str, list[int]],
) -> int:
    print(f"command: {' '.join(sys.orig_argv)}")
    print(f"gold:    {args.gold} ({pages} pages)")
    print(f"{'field':15} {'P':>6} {'R':>6} {'matched':>8} {'predicted':>10} {'gold':>6}")
    for name, counts in (("image_credits", credits), ("related_links", related)):
        print(
            f"{name:15} {counts.precision:6.3f} {counts.recall:6.3f} {counts.matched:8d}"
            f" {counts.predicted:10d} {counts.gold:6d}"
        )
    for field, (agreeing, compared) in agreement.items():
        share = agreeing / compared if compared else 1.0
        print(f"credit.{field:8} agrees on {agreeing}/{compared} matched credits = {share:.3f}")
    if args.min is None:
        return 0
    lowest = min(credits.precision, credits.recall, related.precision, related.recall)
    verdict = "ok" if lowest >= args.min else "FAILED"
    print(f"quality gate fields: lowest P/R {lowest:.3f} vs minimum {args.min}: {verdict}")
    return 0 if lowest >= args.min else 1


if __name__ == "__main__":
    raise SystemExit(main())
