"""Snapshot the `to_dict()` of every page of the corpora, and compare two snapshots.

A refactoring that should not change outputs is checked with it:

    python benchmarks/snapshot.py save /tmp/before.jsonl.gz      # on the old commit
    python benchmarks/snapshot.py save /tmp/after.jsonl.gz       # on the new one
    python benchmarks/snapshot.py diff /tmp/before.jsonl.gz /tmp/after.jsonl.gz

`diff` prints, per corpus, the pages whose output differs and, for each, the fields that
differ with their old and new values (shortened); its exit status is 1 when any page differs.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CORPUS_DIRS, DEFAULT_BENCH, load_corpus, require_corpora
from benchmarks.extractors import REPO_ROOT

#: Values longer than this are shortened in the diff report.
SHOWN_CHARS = 160


def _snapshot(bench_dir: Path, corpora: Sequence[str]) -> Iterator[dict[str, Any]]:
    src = str(REPO_ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    newsextract = importlib.import_module("newsextract")

    for name in corpora:
        for page in load_corpus(name, bench_dir, None).pages:
            article = newsextract.extract(page.html, url=page.url)
            yield {"corpus": name, "id": page.id, "article": article.to_dict()}


def save(path: Path, bench_dir: Path, corpora: Sequence[str]) -> int:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        count = 0
        for record in _snapshot(bench_dir, corpora):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} pages written to {path}")
    return 0


def _load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines)
        return {(r["corpus"], r["id"]): r["article"] for r in records}


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def diff(before_path: Path, after_path: Path) -> int:
    before, after = _load(before_path), _load(after_path)
    changed = 0
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed += 1
        print(f"{key[0]}/{key[1]}")
        if old is None or new is None:
            print("  only in", "after" if old is None else "before")
            continue
        for field in sorted(old.keys() | new.keys()):
            if old.get(field) != new.get(field):
                print(f"  {field}:\n    - {_shown(old.get(field))}\n    + {_shown(new.get(field))}")
    print(f"{changed} of {len(before.keys() | after.keys())} pages differ")
    return 1 if changed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="write the snapshot of every page")
    saving.add_argument("path", type=Path)
    saving.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    saving.add_argument("--corpora", default=",".join(CORPUS_DIRS), help="aeb,tdev,fundus")
    diffing = commands.add_parser("diff", help="compare two snapshots")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after)
    corpora = args.corpora.split(",")
    require_corpora(args.bench_dir, [CORPUS_DIRS[name] for name in corpora])
    return save(args.path, args.bench_dir, corpora)


if __name__ == "__main__":
    raise SystemExit(main())
