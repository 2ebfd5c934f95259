"""The benchmark metrics, as pure functions (definitions: shared/bench/README.md).

aeb (article-extraction-benchmark): 4-token shingles of `\\w+` tokens, per-page tp/fp/fn
normalised so every page weighs the same, page precision/recall with the benchmark's special
cases, corpus figures as means over the pages where they are defined.

tdev (trafilatura's evaluation corpus): whitespace-normalised snippets that must ("with") or
must not ("without") appear in the extracted text, counted over the corpus; metadata fields
as exact matches after whitespace normalisation.

fundus (Fundus' gold): the body with the aeb metric; title exact; authors as a set; the date
as a calendar day in the gold's offset; headings and topics as micro precision/recall; image
credits by their parts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import fmean

TOKEN_RE = re.compile(r"\w+")  # a str pattern: \w is Unicode-aware
SHINGLE_SIZE = 4

Shingle = tuple[str, ...]


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0 when both are 0."""
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


# --- aeb: shingle matching -------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """The `\\w+` tokens of a text, in order."""
    return TOKEN_RE.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Count every run of `size` consecutive tokens.

    A text with 1 to size-1 tokens gives one shingle of all its tokens; an empty text none.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class ShingleMatch:
    """One page's tp, fp, fn, divided by their sum when it is positive."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def match_shingles(gold: str, predicted: str) -> ShingleMatch:
    """Compare the shingle counts of the gold body and of an extractor's text."""
    true, pred = shingles(gold), shingles(predicted)
    tp = sum(min(true[key], pred[key]) for key in true.keys() & pred.keys())
    fp = sum(max(0, count - true[key]) for key, count in pred.items())
    fn = sum(max(0, count - pred[key]) for key, count in true.items())
    total = tp + fp + fn
    if total == 0:
        return ShingleMatch(0.0, 0.0, 0.0)
    return ShingleMatch(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Corpus precision and recall, and their F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def _mean_or_zero(values: Sequence[float]) -> float:
    return fmean(values) if values else 0.0


def aeb_corpus_score(pages: Iterable[ShingleMatch]) -> CorpusScore:
    """Mean page precision over pages with tp+fp > 0, mean page recall over tp+fn > 0.

    A mean over no page is 0.
    """
    matches = list(pages)
    precisions = [page.precision for page in matches if page.tp + page.fp > 0]
    recalls = [page.recall for page in matches if page.tp + page.fn > 0]
    return CorpusScore(_mean_or_zero(precisions), _mean_or_zero(recalls))


# --- tdev: snippet matching ------------------------------------------------------------


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip both ends."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Snippets: "with" ones found (tp) or not (fn), "without" ones found (fp) or not (tn).

    Page and corpus precision/recall are 0 where their denominator is 0.
    """

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def match_snippets(text: str, with_: Sequence[str], without: Sequence[str]) -> SnippetCounts:
    """Count which snippets occur in the text, all whitespace-normalised."""
    haystack = normalize_whitespace(text)
    found_with = sum(normalize_whitespace(snippet) in haystack for snippet in with_)
    found_without = sum(normalize_whitespace(snippet) in haystack for snippet in without)
    return SnippetCounts(
        tp=found_with,
        fn=len(with_) - found_with,
        fp=found_without,
        tn=len(without) - found_without,
    )


def total_counts(pages: Iterable[SnippetCounts]) -> SnippetCounts:
    """The corpus counts: the sum of the pages' counts."""
    return sum(pages, SnippetCounts())


# --- tdev: metadata --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldScore:
    """Exact matches of one metadata field over the pages whose gold value is non-empty."""

    name: str
    matched: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.matched / self.total if self.total else 0.0


def field_score(name: str, pairs: Iterable[tuple[str, str | None]]) -> FieldScore:
    """Score (gold, predicted) pairs; pairs with an empty gold value are left out."""
    matched = total = 0
    for gold, predicted in pairs:
        expected = normalize_whitespace(gold)
        if not expected:
            continue
        total += 1
        matched += predicted is not None and normalize_whitespace(predicted) == expected
    return FieldScore(name, matched, total)


# --- fundus: fields --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MicroScore:
    """Micro precision and recall of one list field: predicted items that match the gold,
    and gold items that were found, over the pages scored."""

    name: str
    predicted_matched: int
    predicted: int
    gold_matched: int
    gold: int

    def __add__(self, other: MicroScore) -> MicroScore:
        return MicroScore(
            self.name,
            self.predicted_matched + other.predicted_matched,
            self.predicted + other.predicted,
            self.gold_matched + other.gold_matched,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0


def _folded(text: str) -> str:
    return normalize_whitespace(text).casefold()


def same_names(gold: Sequence[str], predicted: Sequence[str]) -> bool:
    """The two sets of names are equal, case-insensitive and whitespace-normalised."""
    return {_folded(name) for name in gold} == {_folded(name) for name in predicted}


def same_day(gold: str, predicted: str | None) -> bool:
    """The predicted datetime, read in the gold's UTC offset when both have one, falls on
    the gold's calendar day. Both are ISO 8601 strings ("2024-05-03 15:47:42+00:00")."""
    if not predicted:
        return False
    expected = datetime.fromisoformat(gold)
    found = datetime.fromisoformat(predicted)
    if expected.tzinfo is not None and found.tzinfo is not None:
        found = found.astimezone(expected.tzinfo)
    return found.date() == expected.date()


def list_match(name: str, gold: Sequence[str], predicted: Sequence[str]) -> MicroScore:
    """Micro counts of one page's list field (headings, topics): items compared
    whitespace-normalised and case-folded, each gold item matched at most once per count."""
    wanted = Counter(_folded(item) for item in gold)
    found = Counter(_folded(item) for item in predicted)
    common = sum((wanted & found).values())
    return MicroScore(name, common, sum(found.values()), common, sum(wanted.values()))


def credit_match(gold: Sequence[Sequence[str]], predicted: Sequence[str]) -> MicroScore:
    """One page's image credits: a gold image (its credit parts, case-folded) is found when
    every part occurs in one credit's text; a credit is right when its text contains a credit
    part of the page."""
    texts = [text.casefold() for text in predicted]
    parts = {part for image in gold for part in image}
    right = sum(any(part in text for part in parts) for text in texts)
    found = sum(any(all(part in text for part in image) for text in texts) for image in gold)
    return MicroScore("credits", right, len(texts), found, len(gold))
