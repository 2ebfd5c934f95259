"""The benchmark pages whose `published` and `modified` are a naive/aware mix (subtracting
one from the other would raise TypeError); there should be none:

    python benchmarks/zones.py              # all three corpora
    python benchmarks/zones.py --corpus tdev

Exits 1 when a page mixes them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, load_corpus, require_corpora
from benchmarks.extractors import REPO_ROOT

if str(REPO_ROOT / "src") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "src"))

from newsextract import extract


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=(*CORPUS_DIRS, "all"), default="all")
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)
    names = list(CORPUS_DIRS) if args.corpus == "all" else [args.corpus]
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in names])
    mixed = pages = aware = 0
    for name in names:
        for page in load_corpus(name, args.bench_dir, None).pages:
            article = extract(page.html, url=page.url)
            dates = [day for day in (article.published, article.modified) if day is not None]
            pages += 1
            aware += any(day.tzinfo is not None for day in dates)
            if len({day.tzinfo is None for day in dates}) > 1:
                mixed += 1
                print(
                    f"{name} {page.id}: published {article.published}, modified {article.modified}"
                )
    print(f"{mixed} of {pages} pages mix a naive and an aware date; {aware} pages have aware dates")
    return 1 if mixed else 0


if __name__ == "__main__":
    raise SystemExit(main())
