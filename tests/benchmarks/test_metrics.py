"""The benchmark metrics (benchmarks/metrics.py) on small hand-made cases."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.metrics import (
    CorpusScore,
    FieldScore,
    MicroScore,
    ShingleMatch,
    SnippetCounts,
    aeb_corpus_score,
    credit_match,
    field_score,
    harmonic_mean,
    list_match,
    match_shingles,
    match_snippets,
    normalize_whitespace,
    same_day,
    same_names,
    shingles,
    tokenize,
    total_counts,
)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("", []),
        ("Hello, world!", ["Hello", "world"]),
        ("Grüße aus Köln — 2024", ["Grüße", "aus", "Köln", "2024"]),
        ("snake_case  and\nnew-line", ["snake_case", "and", "new", "line"]),
        ("東京 タワー", ["東京", "タワー"]),
    ],
)
def test_tokenize_is_unicode_word_runs(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("...", {}),
        ("one", {("one",): 1}),
        ("one two", {("one", "two"): 1}),
        ("one two three", {("one", "two", "three"): 1}),
        ("a b c d", {("a", "b", "c", "d"): 1}),
        ("a b c d e", {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
        (
            "a b c d a b c d",
            {
                ("a", "b", "c", "d"): 2,
                ("b", "c", "d", "a"): 1,
                ("c", "d", "a", "b"): 1,
                ("d", "a", "b", "c"): 1,
            },
        ),
    ],
)
def test_shingles(text: str, expected: dict[tuple[str, ...], int]) -> None:
    assert shingles(text) == Counter(expected)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # identical texts, short and long, and texts differing only in punctuation/space
        ("a b c d e f", "a b c d e f", ShingleMatch(1.0, 0.0, 0.0)),
        ("one two", "one two", ShingleMatch(1.0, 0.0, 0.0)),
        ("a b c d e", "a, b;  c\nd e.", ShingleMatch(1.0, 0.0, 0.0)),
        # empty prediction: everything missed
        ("a b c d e", "", ShingleMatch(0.0, 0.0, 1.0)),
        # empty gold: everything extra
        ("", "a b c d", ShingleMatch(0.0, 1.0, 0.0)),
        # both empty: nothing to count
        ("", "", ShingleMatch(0.0, 0.0, 0.0)),
        # 2 shared of gold's 2, prediction adds 1: tp 2, fp 1 -> divided by 3
        ("a b c d e", "a b c d e f", ShingleMatch(2 / 3, 1 / 3, 0.0)),
        # a repeated shingle counts as often as it occurs: prediction has 9 shingles, "a b c d"
        # 3 times, gold has it once: tp 1, fp 8
        ("a b c d", "a b c d. a b c d. a b c d", ShingleMatch(1 / 9, 8 / 9, 0.0)),
        # gold has 5 shingles, "a b c d" twice; the prediction has it once: tp 1, fn 4
        ("a b c d a b c d", "a b c d", ShingleMatch(1 / 5, 0.0, 4 / 5)),
        # both repeat: gold's 5 shingles all matched, the prediction's 4 extra copies are fp
        ("a b c d a b c d", "a b c d a b c d a b c d", ShingleMatch(5 / 9, 4 / 9, 0.0)),
        # 1-3 token texts are one shingle of all their tokens
        ("one two three", "one two", ShingleMatch(0.0, 0.5, 0.5)),
    ],
)
def test_match_shingles(gold: str, predicted: str, expected: ShingleMatch) -> None:
    match = match_shingles(gold, predicted)
    assert (match.tp, match.fp, match.fn) == pytest.approx((expected.tp, expected.fp, expected.fn))


@pytest.mark.parametrize(
    ("match", "precision", "recall"),
    [
        (ShingleMatch(1.0, 0.0, 0.0), 1.0, 1.0),
        (ShingleMatch(0.0, 0.0, 0.0), 1.0, 1.0),  # fp = fn = 0 wins
        (ShingleMatch(0.0, 0.0, 1.0), 0.0, 0.0),  # empty prediction
        (ShingleMatch(0.0, 1.0, 0.0), 0.0, 0.0),  # empty gold
        (ShingleMatch(0.5, 0.25, 0.25), 2 / 3, 2 / 3),
        (ShingleMatch(0.5, 0.5, 0.0), 0.5, 1.0),
    ],
)
def test_page_precision_and_recall(match: ShingleMatch, precision: float, recall: float) -> None:
    assert (match.precision, match.recall) == pytest.approx((precision, recall))


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("a b c d e f g", "a b c d e f g"),
        ("x", "x"),
        ("Grüße aus Köln", "Grüße  aus\n\nKöln"),
    ],
)
def test_identical_texts_score_one(gold: str, predicted: str) -> None:
    match = match_shingles(gold, predicted)
    assert (match.precision, match.recall, match.f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ([ShingleMatch(1.0, 0.0, 0.0)] * 3, CorpusScore(1.0, 1.0)),
        # an empty prediction counts in recall (0) but not in precision
        ([ShingleMatch(1.0, 0.0, 0.0), ShingleMatch(0.0, 0.0, 1.0)], CorpusScore(1.0, 0.5)),
        # an empty gold counts in precision (0) but not in recall
        ([ShingleMatch(1.0, 0.0, 0.0), ShingleMatch(0.0, 1.0, 0.0)], CorpusScore(0.5, 1.0)),
        # pages weigh the same whatever their length
        ([ShingleMatch(0.5, 0.5, 0.0), ShingleMatch(1.0, 0.0, 0.0)], CorpusScore(0.75, 1.0)),
        # both empty: in neither mean
        ([ShingleMatch(0.5, 0.5, 0.0), ShingleMatch(0.0, 0.0, 0.0)], CorpusScore(0.5, 1.0)),
        ([], CorpusScore(0.0, 0.0)),
    ],
)
def test_aeb_corpus_score(pages: list[ShingleMatch], expected: CorpusScore) -> None:
    score = aeb_corpus_score(pages)
    assert (score.precision, score.recall) == pytest.approx((expected.precision, expected.recall))


@pytest.mark.parametrize(
    ("precision", "recall", "f1"),
    [(1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.5, 1.0, 2 / 3), (0.75, 1.0, 6 / 7)],
)
def test_harmonic_mean(precision: float, recall: float, f1: float) -> None:
    assert harmonic_mean(precision, recall) == pytest.approx(f1)
    assert CorpusScore(precision, recall).f1 == pytest.approx(f1)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("", ""),
        ("  a  b ", "a b"),
        ("a\n\n\tb", "a b"),
        ("a\u00a0b", "a b"),  # no-break space is whitespace
    ],
)
def test_normalize_whitespace(text: str, normalized: str) -> None:
    assert normalize_whitespace(text) == normalized


@pytest.mark.parametrize(
    ("text", "with_", "without", "expected"),
    [
        ("The quick brown fox.", ["quick brown"], ["lazy dog"], SnippetCounts(1, 0, 0, 1)),
        # whitespace differs between text and snippets: normalised on both sides
        ("The quick\n\n brown  fox.", ["quick brown fox"], [], SnippetCounts(1, 0, 0, 0)),
        ("The quick brown fox.", ["quick\u00a0 brown\n"], [], SnippetCounts(1, 0, 0, 0)),
        ("Menu Home The fox.", ["The fox."], ["Menu  Home"], SnippetCounts(1, 0, 1, 0)),
        ("", ["a b"], ["c d"], SnippetCounts(0, 1, 0, 1)),
        # matching is exact otherwise: case and punctuation count
        ("The Quick brown fox.", ["quick brown"], [], SnippetCounts(0, 1, 0, 0)),
    ],
)
def test_match_snippets(
    text: str, with_: list[str], without: list[str], expected: SnippetCounts
) -> None:
    assert match_snippets(text, with_, without) == expected


@pytest.mark.parametrize(
    ("pages", "precision", "recall", "f1"),
    [
        ([SnippetCounts(3, 0, 0, 3)], 1.0, 1.0, 1.0),
        ([SnippetCounts(2, 1, 0, 3), SnippetCounts(1, 0, 1, 2)], 0.75, 0.75, 0.75),
        ([SnippetCounts(0, 3, 0, 3)], 0.0, 0.0, 0.0),  # nothing found: 0, not an error
        ([], 0.0, 0.0, 0.0),
    ],
)
def test_snippet_totals(
    pages: list[SnippetCounts], precision: float, recall: float, f1: float
) -> None:
    total = total_counts(pages)
    assert (total.precision, total.recall, total.f1) == pytest.approx((precision, recall, f1))


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("A Title", "A Title"), ("B", "b")], FieldScore("title", 1, 2)),
        ([(" A  Title\n", "A Title"), ("", "anything")], FieldScore("title", 1, 1)),
        ([("A Title", None), ("", None)], FieldScore("title", 0, 1)),
        ([], FieldScore("title", 0, 0)),
    ],
)
def test_field_score(pairs: list[tuple[str, str | None]], expected: FieldScore) -> None:
    assert field_score("title", pairs) == expected


# --- fundus fields ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        (["Jane Doe", "John Roe"], ["john  roe", "JANE DOE"], True),
        (["Jane Doe"], ["Jane Doe", "Staff"], False),
        (["Jane Doe"], [], False),
        (["Jane Doe", "Jane Doe"], ["Jane Doe"], True),
    ],
)
def test_same_names(gold: list[str], predicted: list[str], same: bool) -> None:
    assert same_names(gold, predicted) is same


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("2024-05-03 15:47:42+00:00", "2024-05-03T17:47:42+02:00", True),
        # 23:30 in New York is the next day in UTC: read in the gold's offset, the same day.
        ("2024-05-03 23:30:00-04:00", "2024-05-04T03:30:00+00:00", True),
        ("2024-05-03 23:30:00-04:00", "2024-05-04T03:30:00", False),  # naive: as written
        ("2024-05-03 10:00:00+02:00", "2024-05-03", True),
        ("2024-05-03 10:00:00+02:00", "2024-05-02T21:00:00+00:00", False),  # 23:00 in +02:00
        ("2024-05-03 10:00:00+02:00", "2024-05-02T23:00:00+00:00", True),  # 01:00 in +02:00
        ("2024-05-03 10:00:00+02:00", None, False),
    ],
)
def test_same_day(gold: str, predicted: str | None, same: bool) -> None:
    assert same_day(gold, predicted) is same


def test_list_match_counts_each_item_once_case_folded() -> None:
    score = list_match("headings", ["Intro", "The  Vote", "Intro"], ["intro", "the vote", "Extra"])
    assert score == MicroScore("headings", 2, 3, 2, 3)
    assert (score.precision, score.recall) == (2 / 3, 2 / 3)


def test_credit_match_needs_every_part_of_an_image_in_one_credit() -> None:
    gold = [("imago", "blaulicht-news.de"), ("reuters",), ("jane doe", "afp")]
    predicted = ["Foto: IMAGO/Blaulicht-News.de", "Jane Doe", "AFP photo", "© Site footer"]
    score = credit_match(gold, predicted)
    # Right credits: the first three hold a part of the page's credits; the footer none.
    # Images found: only the first (Reuters is missing, Jane Doe and AFP are split apart).
    assert score == MicroScore("credits", 3, 4, 1, 3)


def test_micro_scores_add_up() -> None:
    total = MicroScore("topics", 1, 2, 1, 4) + MicroScore("topics", 2, 2, 1, 1)
    assert total == MicroScore("topics", 3, 4, 2, 5)
    assert MicroScore("topics", 0, 0, 0, 0).precision == 0.0
