"""Language without a declaration: fundus-dev pages with every declaration stripped.

Each page of fundus-dev is extracted twice:
- as crawled: the language must be the page's declared one whenever it declares one the
  lexicon knows (a declaration is trusted unless the text clearly says otherwise);
- with every declaration of its language removed (`lang` and `xml:lang` attributes,
  content-language and og:locale meta tags, JSON-LD `inLanguage`): the language, now told by
  the text alone, must be the page's language in benchmarks/gold/fundus_language.json.

    python benchmarks/language.py [--bench-dir ../shared/bench] [--show-misses]

Target (issue 13): right on at least 95% of the stripped pages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import DEFAULT_BENCH, load_corpus, require_corpora
from benchmarks.extractors import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "src"))

from newsextract import extract
from newsextract.decoding import decode
from newsextract.metadata import read_metadata
from newsextract.parsing import parse

GOLD = Path(__file__).resolve().parent / "gold" / "fundus_language.json"
TARGET = 0.95
#: What a declaration of the page's language looks like in its bytes.
_LANG_ATTRIBUTE_RE = re.compile(
    rb"""(?<=\s)(?:xml:)?lang\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I
)
_LANG_META_RE = re.compile(rb"<meta\b[^>]*(?:content-language|og:locale)[^>]*>", re.I)
_IN_LANGUAGE_RE = re.compile(rb'"inLanguage"\s*:')
#: Tags of one language written otherwise by pages (Norwegian Bokmål and Nynorsk).
_SAME_LANGUAGE = {"nb": "no", "nn": "no"}


def strip_declarations(html: bytes) -> bytes:
    """The page without any statement of its language."""
    html = _LANG_ATTRIBUTE_RE.sub(b"", html)
    html = _LANG_META_RE.sub(b"", html)
    return _IN_LANGUAGE_RE.sub(b'"strippedLanguage":', html)


def _primary(tag: str | None) -> str | None:
    return None if tag is None else _SAME_LANGUAGE.get(tag, tag)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    require_corpora(args.bench_dir, ["fundus-dev"])
    gold: dict[str, str] = json.loads(GOLD.read_text(encoding="utf-8"))
    pages = load_corpus("fundus", args.bench_dir, None).pages
    stripped_right, kept, declared, misses = 0, 0, 0, []
    start = time.perf_counter()
    for page in pages:
        expected = gold[f"fundus/{page.id}"]
        found = extract(strip_declarations(page.html), url=page.url).language
        if _primary(found) == expected:
            stripped_right += 1
        else:
            misses.append(f"  stripped  {page.id}: {found} (gold {expected})")
        as_crawled = extract(page.html, url=page.url).language
        stated = _declared(page.html)
        if stated is not None:
            declared += 1
            if as_crawled == stated:
                kept += 1
            else:
                misses.append(f"  declared  {page.id}: {as_crawled} (declared {stated})")
    seconds = time.perf_counter() - start
    share = stripped_right / len(pages)
    print(f"fundus-dev, {len(pages)} pages ({seconds:.1f} s), python benchmarks/language.py")
    print(
        f"  language right with declarations stripped: {stripped_right}/{len(pages)} = "
        f"{share:.3f} (target {TARGET})"
    )
    print(f"  declared language kept: {kept}/{declared}")
    if args.show_misses:
        print("\n".join(misses))
    return 0 if share >= TARGET else 1


def _declared(html: bytes) -> str | None:
    """The language the page declares first, as newsextract reads it (its primary subtag)."""
    page = parse(decode(html, max_bytes=len(html) + 1).text, max_elements=10**7)
    return None if page is None else read_metadata(page, url=None).language


if __name__ == "__main__":
    raise SystemExit(main())
