"""The fundus-dev pages where one of newsextract's fields differs from the gold, to study a
field class by class:

    python benchmarks/misses.py title            # or authors, date, headings, credits, topics
    python benchmarks/misses.py date --half A    # one half of the corpus only

Each miss prints the page, its half and site, the gold value and newsextract's value, scored
as benchmarks/run.py scores them (benchmarks/metrics.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import DEFAULT_BENCH, FundusGold, load_corpus, require_corpora
from benchmarks.extractors import Output, load_extractor
from benchmarks.metrics import credit_match, list_match, normalize_whitespace, same_day, same_names

FIELDS = ("title", "authors", "date", "headings", "credits", "topics")


def _miss(field: str, gold: FundusGold, output: Output) -> tuple[object, object] | None:
    """(gold, predicted) when the field is scored and missed on the page, else None."""
    if field == "title":
        same = normalize_whitespace(gold.title) == normalize_whitespace(output.title or "")
        return None if same or not gold.title else (gold.title, output.title)
    if field == "authors":
        if not gold.authors or same_names(gold.authors, output.authors):
            return None
        return gold.authors, output.authors
    if field == "date":
        if not gold.published or same_day(gold.published, output.published):
            return None
        return gold.published, output.published
    if field == "credits":
        score = credit_match(gold.credits, output.credits)
    else:
        predicted = output.headings if field == "headings" else output.tags
        score = list_match(field, getattr(gold, field), predicted)
    if score.predicted_matched == score.predicted and score.gold_matched == score.gold:
        return None
    found = {"credits": output.credits, "headings": output.headings, "topics": output.tags}
    return getattr(gold, field), found[field]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("field", choices=FIELDS)
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    require_corpora(args.bench_dir, ["fundus-dev"])
    extractor = load_extractor("newsextract")
    misses = 0
    pages = load_corpus("fundus", args.bench_dir, None).pages
    for page in pages:
        if args.half and page.half != args.half:
            continue
        assert isinstance(page.gold, FundusGold)
        miss = _miss(args.field, page.gold, extractor.call(page.html, page.url))
        if miss is not None:
            misses += 1
            print(f"{page.id} (half {page.half}, {page.site})\n  gold: {miss[0]!r}")
            print(f"  got:  {miss[1]!r}")
    print(f"{misses} pages missed on {args.field}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
