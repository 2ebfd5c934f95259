"""A mutation corpus built at test time from the fixtures and from real pages of
../shared/bench: truncated pages, flipped bytes, deleted closing tags, duplicated subtrees,
injected NULs and control characters. Every mutant gives a clean Article or an
InputError, nothing else (an ExtractionError is a bug and fails the test).

CI runs every fixture and a sample of the benchmark pages; NEWSEXTRACT_LONG=1 runs every
benchmark page (779 pages, about 5,000 mutants).
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsextract import Article, ExtractionError, NewsExtractError, extract
from tests.hygiene import assert_clean

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*/page.html"))
BENCH_DIR = Path(os.environ.get("BENCH_DIR", ROOT.parent / "shared" / "bench"))
LONG = os.environ.get("NEWSEXTRACT_LONG") == "1"
#: Benchmark pages mutated in a normal run (every one with NEWSEXTRACT_LONG=1).
SAMPLE_PAGES = 12

_CLOSING_TAG_RE = re.compile(rb"</[a-zA-Z][a-zA-Z0-9]*\s*>")
_SUBTREE_RE = re.compile(rb"<(div|p|ul|section|article|table)\b[^>]*>.*?</\1>", re.DOTALL)
_CONTROLS = bytes([0, 1, 7, 8, 11, 12, 27, 31, 127])

Mutation = Callable[[bytes, random.Random], bytes]


def _truncate(page: bytes, rng: random.Random) -> bytes:
    return page[: rng.randrange(len(page) + 1)]


def _flip_bytes(page: bytes, rng: random.Random) -> bytes:
    data = bytearray(page)
    for _ in range(max(1, len(data) // 500)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def _delete_closing_tags(page: bytes, rng: random.Random) -> bytes:
    return _CLOSING_TAG_RE.sub(lambda m: b"" if rng.random() < 0.5 else m.group(0), page)


def _duplicate_subtrees(page: bytes, rng: random.Random) -> bytes:
    matches = list(_SUBTREE_RE.finditer(page))
    if not matches:
        return page + page
    chosen = rng.sample(matches, min(3, len(matches)))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        page = page[: match.end()] + match.group(0) * 2 + page[match.end() :]
    return page


def _inject_controls(page: bytes, rng: random.Random) -> bytes:
    data = bytearray(page)
    for _ in range(max(1, len(data) // 300)):
        data.insert(rng.randrange(len(data) + 1), rng.choice(_CONTROLS))
    return bytes(data)


MUTATIONS: dict[str, Mutation] = {
    "truncated": _truncate,
    "flipped": _flip_bytes,
    "unclosed": _delete_closing_tags,
    "duplicated": _duplicate_subtrees,
    "controls": _inject_controls,
}


def _bench_pages() -> list[Path]:
    pages = sorted(BENCH_DIR.glob("aeb/html/*")) + sorted(BENCH_DIR.glob("trafilatura-dev/html/*"))
    pages = [page for page in pages if page.is_file()]
    if LONG:
        return pages
    return random.Random(7).sample(pages, min(SAMPLE_PAGES, len(pages)))


def _mutants(page: Path) -> Iterator[tuple[str, bytes]]:
    original = page.read_bytes()
    rng = random.Random(page.name)
    for name, mutate in MUTATIONS.items():
        yield name, mutate(original, rng)
    for cut in (1, 2, 3):  # truncation at several points: a quarter, half, three quarters
        yield f"cut-{cut}/4", original[: len(original) * cut // 4]


def _check(page: Path) -> None:
    for name, mutant in _mutants(page):
        try:
            result: Article | NewsExtractError = extract(mutant)
        except ExtractionError as error:  # a failure inside newsextract: a bug, not the input
            raise AssertionError(f"{page.name} {name}: {error}") from error
        except NewsExtractError as error:
            result = error
        if isinstance(result, Article):
            try:
                assert_clean(result)
            except AssertionError as error:
                raise AssertionError(f"{page.name} {name}: {error}") from None


@pytest.mark.parametrize("page", FIXTURES, ids=lambda path: path.parent.name)
def test_fixture_mutants(page: Path) -> None:
    _check(page)


@pytest.mark.skipif(not (BENCH_DIR / "aeb").is_dir(), reason="../shared/bench not found")
@pytest.mark.parametrize("page", _bench_pages(), ids=lambda path: path.name[:40])
def test_bench_page_mutants(page: Path) -> None:
    _check(page)


def test_mutations_change_the_page() -> None:
    page = FIXTURES[0].read_bytes()
    for name, mutate in MUTATIONS.items():
        assert mutate(page, random.Random(1)) != page, name
