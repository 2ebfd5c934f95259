"""Scores of one extractor on one corpus: page by page, for the corpus, for each half of it
(split by a hash of the site, corpora.half_of), and the catastrophic pages against peers.

A page is catastrophic for an extractor when its page F1 is below CATASTROPHIC_F1 while a
peer reaches GOOD_F1 on it (shared/bench/README.md): what a user notices first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

from benchmarks.corpora import AebGold, Corpus, FundusGold, Page, TdevGold
from benchmarks.extractors import Output
from benchmarks.metrics import (
    FieldScore,
    MicroScore,
    ShingleMatch,
    SnippetCounts,
    aeb_corpus_score,
    credit_match,
    field_score,
    list_match,
    match_shingles,
    match_snippets,
    same_day,
    same_names,
    total_counts,
)

#: A page below this F1 is lost to its reader ...
CATASTROPHIC_F1: Final = 0.5
#: ... when a peer reaches this F1 on it.
GOOD_F1: Final = 0.8
#: Extractors that are floors, not peers: they never make a page catastrophic for another.
NOT_PEERS: Final = frozenset({"lxml-floor"})

GoldT = TypeVar("GoldT", AebGold, TdevGold, FundusGold)


@dataclass(frozen=True, slots=True)
class PageScore:
    id: str
    half: str
    match: ShingleMatch | SnippetCounts

    @property
    def precision(self) -> float:
        return self.match.precision

    @property
    def recall(self) -> float:
        return self.match.recall

    @property
    def f1(self) -> float:
        return self.match.f1


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Precision, recall and F1 of the body over a set of pages."""

    precision: float
    recall: float
    f1: float
    pages: int


@dataclass(frozen=True, slots=True)
class Quality:
    """One extractor's scores on one corpus."""

    pages: tuple[PageScore, ...]
    metadata: tuple[FieldScore, ...] = ()  # exact matches: title, author(s), date
    lists: tuple[MicroScore, ...] = ()  # micro precision/recall: headings, credits, topics

    @property
    def body(self) -> BodyScore:
        return body_score(self.pages)

    def half(self, half: str) -> BodyScore:
        return body_score([page for page in self.pages if page.half == half])

    @property
    def f1(self) -> float:
        return self.body.f1

    @property
    def precision(self) -> float:
        return self.body.precision

    @property
    def recall(self) -> float:
        return self.body.recall


def body_score(pages: Sequence[PageScore]) -> BodyScore:
    """The corpus figures over `pages`: the aeb means of page figures for shingle matches,
    the summed snippet counts for tdev."""
    shingle_matches = [page.match for page in pages if isinstance(page.match, ShingleMatch)]
    if shingle_matches:
        corpus = aeb_corpus_score(shingle_matches)
        return BodyScore(corpus.precision, corpus.recall, corpus.f1, len(pages))
    counts = total_counts(page.match for page in pages if isinstance(page.match, SnippetCounts))
    return BodyScore(counts.precision, counts.recall, counts.f1, len(pages))


# --- scoring ----------------------------------------------------------------------------


def score(corpus: Corpus, outputs: Sequence[Output], with_metadata: bool) -> Quality:
    pairs = list(zip(corpus.pages, outputs, strict=True))
    if corpus.name == "tdev":
        return _score_tdev(pairs, with_metadata)
    pages = tuple(
        PageScore(page.id, page.half, match_shingles(_body(page), output.text))
        for page, output in pairs
    )
    if corpus.name == "fundus" and with_metadata:
        golds = [(_gold(page, FundusGold), output) for page, output in pairs]
        return Quality(pages, fundus_metadata(golds), fundus_lists(golds))
    return Quality(pages)


def _body(page: Page) -> str:
    gold = page.gold
    if isinstance(gold, (AebGold, FundusGold)):
        return gold.body
    raise TypeError(f"page {page.id} has no gold body")


def _score_tdev(pairs: Sequence[tuple[Page, Output]], with_metadata: bool) -> Quality:
    golds = [(_gold(page, TdevGold), output) for page, output in pairs]
    pages = tuple(
        PageScore(page.id, page.half, match_snippets(output.text, gold.with_, gold.without))
        for (page, _), (gold, output) in zip(pairs, golds, strict=True)
    )
    if not with_metadata:
        return Quality(pages)
    metadata = (
        field_score("title", [(gold.title, output.title) for gold, output in golds]),
        field_score("author", [(gold.author, output.author) for gold, output in golds]),
        field_score("date", [(gold.date, output.date) for gold, output in golds]),
    )
    return Quality(pages, metadata)


def fundus_metadata(golds: Sequence[tuple[FundusGold, Output]]) -> tuple[FieldScore, ...]:
    """Title (exact), authors (the same set of names) and date (the gold's day), each over
    the pages whose gold has the field."""
    authors = [(gold, output) for gold, output in golds if gold.authors]
    dated = [(gold, output) for gold, output in golds if gold.published]
    return (
        field_score("title", [(gold.title, output.title) for gold, output in golds]),
        FieldScore(
            "authors",
            sum(same_names(gold.authors, output.authors) for gold, output in authors),
            len(authors),
        ),
        FieldScore(
            "date",
            sum(same_day(gold.published, output.published) for gold, output in dated),
            len(dated),
        ),
    )


def fundus_lists(golds: Sequence[tuple[FundusGold, Output]]) -> tuple[MicroScore, ...]:
    """Headings, image credits and topics, micro-averaged over the corpus."""
    return (
        _sum(list_match("headings", gold.headings, output.headings) for gold, output in golds),
        _sum(credit_match(gold.credits, output.credits) for gold, output in golds),
        _sum(list_match("topics", gold.topics, output.tags) for gold, output in golds),
    )


def _sum(scores: Iterable[MicroScore]) -> MicroScore:
    items = list(scores)
    total = items[0]
    for item in items[1:]:
        total = total + item
    return total


def _gold(page: Page, kind: type[GoldT]) -> GoldT:
    if not isinstance(page.gold, kind):
        raise TypeError(f"page {page.id} has no {kind.__name__}")
    return page.gold


# --- catastrophic pages -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Catastrophe:
    """A page an extractor loses while a peer gets it."""

    id: str
    half: str
    f1: float
    peer: str  # the best peer on the page
    peer_f1: float


def catastrophes(
    subject: str,
    pages: Sequence[PageScore],
    peer_f1s: Mapping[str, Mapping[str, float]],
    *,
    only: str | None = None,
) -> list[Catastrophe]:
    """The pages where `subject` scores below CATASTROPHIC_F1 while a peer (every extractor
    in `peer_f1s` but the subject and the floors, or only the one named) reaches GOOD_F1."""
    peers = {
        name: f1s
        for name, f1s in peer_f1s.items()
        if name != subject and name not in NOT_PEERS and (only is None or name == only)
    }
    found = []
    for page in pages:
        if page.f1 >= CATASTROPHIC_F1:
            continue
        best = max(
            ((f1s[page.id], name) for name, f1s in peers.items() if page.id in f1s),
            default=None,
        )
        if best is not None and best[0] >= GOOD_F1:
            found.append(Catastrophe(page.id, page.half, page.f1, best[1], best[0]))
    return found
