"""Load the two corpora of shared/bench into memory (pages are read, never copied)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS_DIRS = {"aeb": "aeb", "tdev": "trafilatura-dev"}
#: Where the corpora are by default: shared/ beside the repository's folder.
DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
#: Where each corpus comes from, for a reader who has not got them.
ORIGINS = {
    "aeb": "Zyte's article-extraction-benchmark (181 pages, html/<id>.html.gz and "
    "ground-truth.json; MIT licence)",
    "trafilatura-dev": "part of trafilatura's evaluation corpus (598 pages, html/<file> and "
    "evaldata.json; Apache-2.0 licence)",
    "fundus-dev": "pages of Fundus' parser tests (129 pages, pages/<key>.html.gz and gold.json; "
    "MIT licence)",
}


def require_corpora(bench_dir: Path, names: Iterable[str]) -> None:
    """Exit with status 2 and say where the corpora come from when one is missing from
    `bench_dir` (they are not in this repository)."""
    missing = [name for name in names if not (bench_dir / name).is_dir()]
    if not missing:
        return
    lines = [f"benchmark corpora not found in {bench_dir}: {', '.join(missing)}."]
    lines.append("They are not in this repository; each is a folder of that name:")
    lines.extend(f"  {name}: {ORIGINS.get(name, '?')}" for name in missing)
    lines.append(
        "Lay them out as benchmarks/README.md describes, in ../shared/bench beside the "
        "repository, or name their folder with --bench-dir."
    )
    print("\n".join(lines), file=sys.stderr)
    raise SystemExit(2)


@dataclass(frozen=True, slots=True)
class AebGold:
    """The article body the page should give."""

    body: str


@dataclass(frozen=True, slots=True)
class TdevGold:
    """Snippets that must and must not appear, and the metadata gold values ("" if none)."""

    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str
    author: str
    date: str


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its id (aeb id or tdev file name), url if known, raw bytes and gold."""

    id: str
    url: str | None
    html: bytes
    gold: AebGold | TdevGold


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    path: Path
    pages: tuple[Page, ...]


def load_corpus(name: str, bench_dir: Path, limit: int | None) -> Corpus:
    """Load corpus `name` ("aeb" or "tdev"), the first `limit` pages in id order."""
    path = bench_dir / CORPUS_DIRS[name]
    pages = _load_aeb(path) if name == "aeb" else _load_tdev(path)
    ordered = sorted(pages, key=lambda page: page.id)
    return Corpus(name, path, tuple(ordered[:limit] if limit is not None else ordered))


def _load_aeb(path: Path) -> list[Page]:
    truth: dict[str, dict[str, str]] = json.loads(
        (path / "ground-truth.json").read_text(encoding="utf-8")
    )
    return [
        Page(
            id=page_id,
            url=entry.get("url") or None,
            html=gzip.decompress((path / "html" / f"{page_id}.html.gz").read_bytes()),
            gold=AebGold(entry.get("articleBody", "")),
        )
        for page_id, entry in truth.items()
    ]


def _load_tdev(path: Path) -> list[Page]:
    evaldata: dict[str, dict[str, Any]] = json.loads(
        (path / "evaldata.json").read_text(encoding="utf-8")
    )
    return [
        Page(
            id=entry["file"],
            url=key if key.startswith(("http://", "https://")) else None,
            html=(path / "html" / entry["file"]).read_bytes(),
            gold=_tdev_gold(entry),
        )
        for key, entry in evaldata.items()
    ]


def _tdev_gold(entry: dict[str, Any]) -> TdevGold:
    return TdevGold(
        with_=tuple(entry.get("with") or ()),
        without=tuple(entry.get("without") or ()),
        title=_as_text(entry.get("title")),
        author=_as_text(entry.get("author")),
        date=_as_text(entry.get("date")),
    )


def _as_text(value: object) -> str:
    """A gold metadata value as one string: None is "", a list of authors is "; "-joined."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)
