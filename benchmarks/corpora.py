"""Load the corpora of shared/bench into memory (pages are read, never copied).

Every page also knows its site (the host of its URL) and the half of the corpus that site
falls in: the corpora are split in two by a hash of the site, so that a change can be checked
on two sets of sites that were not tuned together (see `half_of`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CORPUS_DIRS = {"aeb": "aeb", "tdev": "trafilatura-dev", "fundus": "fundus-dev"}
HALVES = ("A", "B")
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
class FundusGold:
    """What Fundus' per-publisher parsers give for a page (shared/bench/README.md)."""

    body: str  # the summary paragraphs, then each section's headline and paragraphs
    title: str
    authors: tuple[str, ...]
    published: str  # ISO 8601 with an offset
    headings: tuple[str, ...]
    credits: tuple[tuple[str, ...], ...]  # per image with credit authors: the credit parts
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its id (aeb id, tdev file name or fundus key), url if known, raw bytes, gold
    and the site it comes from (the host of its URL, without "www.")."""

    id: str
    url: str | None
    html: bytes
    gold: AebGold | TdevGold | FundusGold
    site: str

    @property
    def half(self) -> str:
        return half_of(self.site)


def half_of(site: str) -> str:
    """ "A" or "B": the half of a corpus a site falls in, by a hash of its name (stable across
    runs and machines, unlike Python's hash())."""
    return HALVES[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


def site_of(url: str) -> str:
    """The host of a URL, lower-cased, without "www."; for an archived copy
    (web.archive.org/web/<time>/<url>) the host of the archived URL."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host == "web.archive.org":
        archived = parts.path.split("/", 3)[3:]
        if archived and "://" in archived[0]:
            return site_of(archived[0])
    return host.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    path: Path
    pages: tuple[Page, ...]


def load_corpus(name: str, bench_dir: Path, limit: int | None) -> Corpus:
    """Load corpus `name` ("aeb", "tdev" or "fundus"), the first `limit` pages in id order."""
    path = bench_dir / CORPUS_DIRS[name]
    loaders = {"aeb": _load_aeb, "tdev": _load_tdev, "fundus": _load_fundus}
    pages = loaders[name](path)
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
            site=site_of(entry.get("url") or page_id),
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
            site=_tdev_site(key),
        )
        for key, entry in evaldata.items()
    ]


def _tdev_site(key: str) -> str:
    """The site of a tdev entry: its URL's host, or for the "hard::<site>-<name>.html" entries
    the name up to its first "-"."""
    if key.startswith(("http://", "https://")):
        return site_of(key)
    return key.removeprefix("hard::").split("-", 1)[0].lower().removeprefix("www.")


def _load_fundus(path: Path) -> list[Page]:
    gold: dict[str, dict[str, Any]] = json.loads((path / "gold.json").read_text(encoding="utf-8"))
    return [
        Page(
            id=key,
            url=entry.get("url") or None,
            html=gzip.decompress((path / "pages" / f"{key}.html.gz").read_bytes()),
            gold=fundus_gold(entry),
            site=site_of(entry.get("url") or key),
        )
        for key, entry in gold.items()
    ]


#: What splits a gold image credit ("Imago/Blaulicht-News.de") into its parts.
CREDIT_PART_SPLIT = re.compile(r"[/,;|]")


def fundus_gold(entry: dict[str, Any]) -> FundusGold:
    """The gold of one fundus-dev entry, as shared/bench/README.md reads it."""
    sections = entry.get("sections") or []
    lines = [*(entry.get("summary") or [])]
    for section in sections:
        lines += [*section.get("headline", []), *section.get("paragraphs", [])]
    credits = tuple(
        parts
        for image in entry.get("images") or []
        if (parts := credit_parts(image.get("authors") or []))
    )
    return FundusGold(
        body="\n".join(lines),
        title=entry.get("title") or "",
        authors=tuple(entry.get("authors") or ()),
        published=entry.get("published") or "",
        headings=tuple(line for section in sections for line in section.get("headline", [])),
        credits=credits,
        topics=tuple(entry.get("topics") or ()),
    )


def credit_parts(authors: list[str]) -> tuple[str, ...]:
    """The parts of an image's credit strings, split on / , ; | and case-folded."""
    return tuple(
        part
        for text in authors
        for part in (piece.strip().casefold() for piece in CREDIT_PART_SPLIT.split(text))
        if part
    )


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
