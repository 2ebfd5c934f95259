"""Tests for newsextract.lexicon: the language files, and every table derived from them.

A derived table (the union `ALL`, first-word filters, the regexes built from the words) must
hold every entry of its sources; a concept that a language file writes out must not be empty.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Final

import pytest
from dateutil.tz import gettz

from newsextract import (
    authors,
    cards,
    creditparts,
    credits,
    datetext,
    language,
    lexicon,
    lines,
    nameends,
    patterns,
    textdates,
    tokenpatterns,
)
from newsextract.lexicon import ALL, LEXICONS, Lexicon
from newsextract.lines import normalise_line
from newsextract.relatedboxes import MAX_FEED_PHRASE_WORDS

FOLDER: Final = Path(lexicon.__file__).parent
#: The concepts every language must have words for (the others are optional).
CORE_CONCEPTS: Final = (
    "boilerplate_lines",
    "related_headings",
    "listing_headings",
    "comment_headings",
    "summary_headings",
    "author_box_headings",
    "counted_words",
    "notice_lines",
    "count_words",
    "follow_prefixes",
    "ago_words",
    "time_units",
    "read_time_words",
    "byline_prefixes",
    "name_prefixes",
    "author_prefixes",
    "byline_word",
    "name_joins",
    "author_roles",
    "credit_labels",
    "source_labels",
    "months",
    "weekdays",
    "date_labels",
    "update_labels",
    "script",
    "stop_words",
)
#: Concepts whose entries are compared with normalised lines.
LINE_CONCEPTS: Final = (
    "boilerplate_lines",
    "related_headings",
    "listing_headings",
    "feed_headings",
    "comment_headings",
    "summary_headings",
    "author_box_headings",
    "notice_lines",
    "credit_labels",
    "caption_labels",
    "author_labels",
    "source_labels",
    "video_labels",
    "byline_prefixes",
    "name_prefixes",
    "author_prefixes",
    "month_names",
    "weekday_names",
    "credit_role_words",
)
WRITTEN_CONCEPTS: Final = tuple(f.name for f in dataclasses.fields(Lexicon) if f.init)


def _language_files() -> list[str]:
    return sorted(
        path.stem for path in FOLDER.glob("*.py") if path.stem not in ("__init__", "schema")
    )


def _written_concepts(code: str) -> list[str]:
    """The concepts that the language's file writes out in its Lexicon(...) call."""
    tree = ast.parse((FOLDER / f"{code}.py").read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        if node.func.id == "Lexicon"
    ]
    assert len(calls) == 1
    return [keyword.arg for keyword in calls[0].keywords if keyword.arg is not None]


def test_every_language_file_is_a_language() -> None:
    assert _language_files() == sorted(LEXICONS)
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in LEXICONS)  # ISO 639-1


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_no_concept_a_language_writes_is_empty(code: str) -> None:
    written = _written_concepts(code)
    assert written
    assert [name for name in written if not getattr(LEXICONS[code], name)] == []


@pytest.mark.parametrize("concept", CORE_CONCEPTS)
@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_every_language_has_the_core_concepts(code: str, concept: str) -> None:
    assert getattr(LEXICONS[code], concept)


@pytest.mark.parametrize("concept", WRITTEN_CONCEPTS)
def test_all_is_the_union_of_every_language(concept: str) -> None:
    values = [getattr(lexicon, concept) for lexicon in LEXICONS.values()]
    joined = getattr(ALL, concept)
    if isinstance(joined, frozenset):
        assert joined == frozenset().union(*values)
    elif isinstance(joined, tuple):
        assert joined == tuple(entry for value in values for entry in value)
    else:
        assert joined == ""  # byline_word, script: one language's, not a union
    assert joined or concept in ("byline_word", "script")


@pytest.mark.parametrize("code", [*sorted(LEXICONS), "ALL"])
def test_month_and_weekday_names_are_every_name_of_their_tables(code: str) -> None:
    table = ALL if code == "ALL" else LEXICONS[code]
    assert table.month_names == frozenset(month.name for month in table.months)
    assert table.weekday_names == frozenset(day.name for day in table.weekdays)


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_every_language_names_the_seven_weekdays(code: str) -> None:
    assert {day.number for day in LEXICONS[code].weekdays} == set(range(1, 8))


def test_calendar_tables_hold_every_name_and_abbreviation() -> None:
    entries = (*ALL.months, *ALL.weekdays)
    assert frozenset(entry.name for entry in entries) == lexicon.CALENDAR_NAMES
    full = frozenset(entry.name for entry in entries if not entry.abbreviation)
    abbreviations = frozenset(entry.name for entry in entries if entry.abbreviation)
    assert abbreviations - full == lexicon.CALENDAR_ABBREVIATIONS
    assert lexicon.CALENDAR_ABBREVIATIONS


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_every_language_names_the_twelve_months(code: str) -> None:
    assert {month.number for month in LEXICONS[code].months} == set(range(1, 13))


def test_a_month_name_has_one_number_in_every_language() -> None:
    assert len(lexicon.MONTHS) == len({(m.name, m.number) for m in ALL.months})
    assert set(lexicon.MONTHS) == ALL.month_names


@pytest.mark.parametrize("concept", LINE_CONCEPTS)
def test_phrases_are_normalised(concept: str) -> None:
    # Lines are compared after normalise_line: a phrase it cannot produce never matches
    # (notices write a number "#": "# free articles left").
    phrases = [phrase.replace("#", "1") for phrase in getattr(ALL, concept)]
    assert sorted(p for p in phrases if normalise_line(p) != p) == []


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_every_language_writes_its_byline_with_one_of_its_name_prefixes(code: str) -> None:
    word = LEXICONS[code].byline_word
    assert word[:1].isalpha() and not word[:1].islower()  # capitalised, or a caseless script
    assert normalise_line(word) in LEXICONS[code].name_prefixes
    assert LEXICONS[code].name_prefixes <= LEXICONS[code].byline_prefixes


def _first_word(phrase: str) -> str:
    return phrase.split(" ", maxsplit=1)[0]


#: Each derived set of words, its sources, and what of each source entry it must hold.
DERIVED_SETS: Final[dict[str, tuple[frozenset[str], frozenset[str], Callable[[str], str]]]] = {
    "box-first-words": (
        lexicon.BOX_FIRST_WORDS,
        ALL.related_headings | ALL.listing_headings,
        _first_word,
    ),
    "credit-first-words": (lexicon.CREDIT_FIRST_WORDS, ALL.credit_labels, _first_word),
    "byline-first-words": (lexicon.BYLINE_FIRST_WORDS, ALL.byline_prefixes, _first_word),
    "prompt-first-words": (lexicon.PROMPT_FIRST_WORDS, ALL.prompt_prefixes, _first_word),
    "share-first-words": (lexicon.SHARE_FIRST_WORDS, ALL.boilerplate_lines, _first_word),
    "share-networks": (lexicon.SHARE_FIRST_WORDS, patterns.NETWORK_NAMES, str),
    "credit-part-labels": (
        lexicon.CREDIT_PART_LABELS,
        ALL.credit_labels | ALL.caption_labels | ALL.author_labels | ALL.source_labels,
        str,
    ),
    "name-end-words": (nameends._NAME_END_WORDS, ALL.name_end_words, str),
    "stop-words-of-language": (frozenset(language._LANGUAGES_OF), ALL.stop_words, str),
}


def test_unspaced_prompt_prefixes_open_a_line_they_run_into() -> None:
    unspaced = [
        prefix
        for prefix in ALL.prompt_prefixes
        if " " not in prefix and not prefix.isascii() and prefix.upper() == prefix.lower()
    ]
    assert unspaced
    assert sorted(unspaced) == list(lexicon.UNSPACED_PROMPT_PREFIXES)
    for prefix in unspaced:
        assert lines.is_prompt_line(f"{prefix}一二三四五"), prefix


@pytest.mark.parametrize("name", sorted(DERIVED_SETS))
def test_derived_sets_hold_every_source_entry(name: str) -> None:
    derived, sources, entry = DERIVED_SETS[name]
    assert sources
    assert sorted(e for e in sources if entry(e) not in derived) == []


@pytest.mark.parametrize(
    ("name", "derived", "sources"),
    [
        ("time-line-words", lexicon.TIME_LINE_WORDS, "ago_words time_units read_time_words"),
        ("time-mark-words", lexicon.TIME_MARK_WORDS, "ago_words read_time_words"),
        ("credit-label-words", lexicon.CREDIT_LABEL_WORDS, "credit_labels"),
    ],
)
def test_derived_words_hold_every_word_of_their_sources(
    name: str, derived: frozenset[str], sources: str
) -> None:
    phrases = frozenset().union(*(getattr(ALL, concept) for concept in sources.split()))
    assert phrases
    assert sorted(w for p in phrases for w in p.split() if w not in derived) == []


#: Each regex built from the vocabulary, its source concept, and a text made of each entry
#: that the regex must match.
DERIVED_REGEXES: Final[dict[str, tuple[re.Pattern[str], str, Callable[[str], str]]]] = {
    "author-joins": (authors._JOIN_RE, "name_joins", lambda w: f"Jane Doe {w} John Roe"),
    "author-prefixes": (authors._PREFIX_RE, "author_prefixes", lambda w: f"{w} Jane Doe"),
    "byline-prefixes": (authors._PREFIX_RE, "byline_prefixes", lambda w: f"{w}: Jane Doe"),
    "glued-prefixes": (authors._GLUED_PREFIX_RE, "name_prefixes", lambda w: f"{w}Jane Doe"),
    "credit-by": (creditparts._BY_RE, "credit_by_words", lambda w: f"Foto {w} Jane Doe"),
    "courtesy": (creditparts._COURTESY_RE, "courtesy_labels", lambda w: f"{w} NASA"),
    "source-words": (creditparts._SOURCE_WORD_RE, "credit_source_words", lambda w: f"Doe {w}"),
    "embedded-credit": (credits._EMBEDDED_RE, "credit_labels", lambda w: f"A dog. {w}: Doe"),
    "site-copyright": (credits._SITE_COPYRIGHT_RE, "copyright_lines", lambda w: f"© X. {w}"),
    "date-labels": (textdates._LABEL_RE, "date_labels", lambda w: f"x {w} 3.5.2021"),
    "author-paths": (cards.AUTHOR_PATH_RE, "author_path_words", lambda w: f"/{w}/jane-doe/"),
    "counters": (lines._COUNTER_RE, "count_words", lambda w: f"Bild 1 {w} 5"),
}


@pytest.mark.parametrize("name", sorted(DERIVED_REGEXES))
def test_derived_regexes_match_every_source_entry(name: str) -> None:
    pattern, concept, text = DERIVED_REGEXES[name]
    entries: frozenset[str] = getattr(ALL, concept)
    assert entries
    assert sorted(e for e in entries if pattern.search(text(e)) is None) == []


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_every_month_name_is_read_in_a_written_date(code: str) -> None:
    misread = [
        (name, number)
        for name, number, _ in LEXICONS[code].months
        for text in (f"14 {name} 2024", f"{name} 14, 2024")
        if datetext.written_date(text) != datetime(2024, number, 14)
    ]
    assert misread == []


@pytest.mark.parametrize(
    ("concept", "template"),
    [
        ("ordinal_suffixes", "3{} March 2024"),
        ("date_joins", "3 {0} marzo {0} 2024"),
    ],
)
def test_date_words_are_read_in_a_written_date(concept: str, template: str) -> None:
    entries: frozenset[str] = getattr(ALL, concept)
    assert entries
    expected = datetime(2024, 3, 3)
    assert [e for e in entries if datetext.written_date(template.format(e)) != expected] == []


CET: Final = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("concept", "template", "expected"),
    [
        ("clock_words", "3 March 2024, 14:30 {} CET", datetime(2024, 3, 3, 14, 30, tzinfo=CET)),
        ("year_marks", "2024{}3月3日 14:30", datetime(2024, 3, 3, 14, 30)),
        ("hour_marks", "3 March 2024, 14{}30", datetime(2024, 3, 3, 14, 30)),
    ],
)
def test_time_words_are_read_in_a_written_date(
    concept: str, template: str, expected: datetime
) -> None:
    entries: frozenset[str] = getattr(ALL, concept)
    assert entries
    assert [e for e in entries if datetext.written_date(template.format(e)) != expected] == []


@pytest.mark.parametrize("code", sorted(code for code in LEXICONS if LEXICONS[code].zones))
def test_every_zone_is_read_after_a_time(code: str) -> None:
    misread = [
        name
        for name, hours in LEXICONS[code].zones
        for text in (f"3 March 2024, 14:30 {name.upper()}", f"3 March 2024, 14:30 ({name})")
        if datetext.written_date(text)
        != datetime(2024, 3, 3, 14, 30, tzinfo=timezone(timedelta(hours=hours)))
    ]
    assert misread == []


@pytest.mark.parametrize("code", sorted(code for code in LEXICONS if LEXICONS[code].zone_names))
def test_every_zone_name_is_read_after_a_time(code: str) -> None:
    """In summer and in winter, with the offset its IANA zone has then."""
    misread = [
        (name, day)
        for name, zone in LEXICONS[code].zone_names
        for day in (datetime(2024, 1, 15, 14, 30), datetime(2024, 7, 15, 14, 30))
        if datetext.written_date(f"{day:%d.%m.%Y} 14:30 {name.upper()}")
        != day.replace(tzinfo=timezone(day.replace(tzinfo=gettz(zone)).utcoffset() or timedelta()))
    ]
    assert misread == []


def test_zones_of_languages_are_known() -> None:
    assert ALL.zones
    assert [(name, hours) for name, hours in ALL.zones if datetext.ZONES.get(name) != hours] == []


@pytest.mark.parametrize(
    ("hints", "tokens"),
    [
        pytest.param(patterns.CAPTION_HINTS, patterns.CAPTION_TOKENS, id="caption"),
        pytest.param(patterns.DATE_HINTS, patterns.DATE_CLASS_TOKENS, id="date"),
    ],
)
def test_every_token_holds_a_hint(hints: tuple[str, ...], tokens: tuple[str, ...]) -> None:
    # The hints filter class names before the token pattern runs: a token without one would
    # never be seen ("fotonachweis" added to CAPTION_TOKENS must be found).
    assert [token for token in tokens if not any(hint in token for hint in hints)] == []


def test_hints_follow_their_tokens() -> None:
    hints = tokenpatterns.substring_hints((*patterns.CAPTION_TOKENS, "fotonachweis"))
    assert any(hint in "fotonachweis" for hint in hints)


@pytest.mark.parametrize(
    ("selection", "concept"),
    [
        pytest.param(patterns.BYLINE_TOKENS, "meta", id="byline"),
        pytest.param(patterns.TAG_BOX_TOKENS, "meta", id="tag-box"),
        pytest.param(patterns.DATED_META_TOKENS, "meta", id="dated"),
    ],
)
def test_token_selections_are_tokens_of_their_concept(
    selection: frozenset[str], concept: str
) -> None:
    assert selection
    assert sorted(selection - set(patterns.BOILERPLATE_TOKENS[concept])) == []


def test_beside_tokens_are_boilerplate_tokens() -> None:
    assert sorted(patterns.BESIDE_TOKENS - set(patterns.BOILERPLATE_CONCEPTS)) == []


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_feed_headings_are_short_related_headings(code: str) -> None:
    """A feed heading's phrase is a related heading's ("More from"), of at most
    MAX_FEED_PHRASE_WORDS words: names_a_feed reads it at the start of a heading."""
    lexicon = LEXICONS[code]
    assert lexicon.feed_headings <= lexicon.related_headings
    assert all(len(phrase.split()) <= MAX_FEED_PHRASE_WORDS for phrase in lexicon.feed_headings)
