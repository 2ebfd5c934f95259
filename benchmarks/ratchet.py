"""The ratchet CI holds newsextract to, and the peers' page scores it is judged against.

`ratchet.json` gives, per corpus, the least F1 (of the corpus and of each half), the most
catastrophic pages and the least metadata and list-field scores: figures just below what the
last issue reached, so that no later change slips back unnoticed. CI runs only newsextract;
whether one of its pages is catastrophic (below 0.5 where a peer reaches 0.8) is judged against
`peers.json`, the peers' page F1s of the last full run (`run.py --save-peers`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.scoring import catastrophes

if TYPE_CHECKING:
    from benchmarks.report import Result

#: Page F1s are stored rounded: enough to tell 0.799 from 0.8.
PEER_DIGITS = 4

PeerF1s = dict[str, dict[str, dict[str, float]]]  # corpus -> extractor -> page id -> F1


@dataclass(frozen=True, slots=True)
class Floor:
    """What one corpus must reach."""

    f1: float
    halves: Mapping[str, float]
    catastrophic: int  # at most this many catastrophic pages
    metadata: Mapping[str, float]  # least accuracy by field name
    lists: Mapping[str, tuple[float, float]]  # least (precision, recall) by field name


Ratchet = dict[str, Floor]


def load_ratchet(path: Path) -> Ratchet:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {
        corpus: Floor(
            f1=floor["f1"],
            halves=floor.get("halves", {}),
            catastrophic=floor["catastrophic"],
            metadata=floor.get("metadata", {}),
            lists={name: (pr[0], pr[1]) for name, pr in floor.get("lists", {}).items()},
        )
        for corpus, floor in data["corpora"].items()
    }


def check_ratchet(
    ratchet: Ratchet,
    results_by_corpus: Mapping[str, Sequence[Result]],
    snapshot: Mapping[str, Mapping[str, Mapping[str, float]]],
    *,
    subject: str,
) -> bool:
    """Print one verdict per figure; True when the subject holds every floor of every corpus
    that was run (a corpus of the ratchet that was not run is not judged)."""
    passed = True
    for corpus, results in results_by_corpus.items():
        floor = ratchet.get(corpus)
        result = next((r for r in results if r.extractor == subject), None)
        if floor is None or result is None:
            continue
        peers = {**snapshot.get(corpus, {}), **{r.extractor: r.page_f1s for r in results}}
        lost = len(catastrophes(subject, result.quality.pages, peers))
        checks = [("F1", result.quality.f1, floor.f1)]
        checks += [(f"F1 half {h}", result.quality.half(h).f1, m) for h, m in floor.halves.items()]
        fields = {field.name: field.accuracy for field in result.quality.metadata}
        checks += [(name, fields.get(name, 0.0), m) for name, m in floor.metadata.items()]
        lists = {field.name: field for field in result.quality.lists}
        for name, (least_p, least_r) in floor.lists.items():
            found = lists.get(name)
            checks.append((f"{name} precision", found.precision if found else 0.0, least_p))
            checks.append((f"{name} recall", found.recall if found else 0.0, least_r))
        for label, value, least in checks:
            passed = (
                _verdict(corpus, label, value >= least, f"{value:.3f} >= {least:.3f}") and passed
            )
        ok = lost <= floor.catastrophic
        passed = _verdict(corpus, "catastrophic", ok, f"{lost} <= {floor.catastrophic}") and passed
    return passed


def _verdict(corpus: str, label: str, ok: bool, detail: str) -> bool:
    print(f"ratchet {corpus} {label}: {detail}: {'ok' if ok else 'FAILED'}")
    return ok


def load_peers(path: Path) -> PeerF1s:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    corpora: PeerF1s = data["corpora"]
    return corpora


def save_peers(
    path: Path,
    results_by_corpus: Mapping[str, Sequence[Result]],
    env: Mapping[str, Any],
    *,
    exclude: str,
) -> None:
    """Write the page F1s of every extractor run but `exclude`, with the versions that gave
    them; corpora already in the file and not run now are kept."""
    kept: PeerF1s = load_peers(path) if path.exists() else {}
    for corpus, results in results_by_corpus.items():
        kept[corpus] = {
            result.extractor: {
                page: round(f1, PEER_DIGITS) for page, f1 in sorted(result.page_f1s.items())
            }
            for result in results
            if result.extractor != exclude
        }
    versions = {name: v for name, v in env["versions"].items() if name != exclude}
    payload = {"command": env["command"], "versions": versions, "corpora": kept}
    path.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
