"""The vocabulary of every language newsextract reads, one file per language.

Each language is a module named by its ISO 639-1 code (``en.py``, ``de.py``, ...) holding one
`Lexicon` (schema.py: the concepts, each documented). This module joins them: `LEXICONS` by
code, `ALL` (every concept's union over the languages: pages mix languages in their
furniture, so matching uses all), and the tables derived from them (first-word filters,
regex alternations). Nothing here is written by hand: a test checks each derived table
against its sources. Everything is built once, at import.

How to add a language:

1. Copy a language file to ``<code>.py`` (the language's ISO 639-1 code) and translate the
   concepts it has words for; leave out the ones it has none for (an empty concept written
   out fails a test). The core concepts (boilerplate lines, related headings, credit labels,
   byline prefixes, months, stop words ...) are required: tests/test_lexicon.py lists them.
   Write phrases as `normalise_line` leaves them: lower case, no outer punctuation.
2. Import it below and add it to `LEXICONS`, after the languages already there (their order
   breaks ties when the language of a text is guessed from its stop words).
3. Add a fixture in that language: tests/fixtures/<case>/page.html and expected.json (a byline,
   a date with a month name, a related box and a credit line of the language), so that the
   words are seen at work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import Final

from newsextract.lexicon import (
    ar,
    cs,
    da,
    de,
    el,
    en,
    es,
    fi,
    fr,
    he,
    hi,
    hu,
    id,
    it,
    ja,
    ko,
    nl,
    no,
    pl,
    pt,
    ro,
    ru,
    sv,
    th,
    tr,
    uk,
    vi,
    zh,
)
from newsextract.lexicon.schema import CalendarName, Lexicon
from newsextract.patterns import NETWORK_NAMES

__all__ = ["ALL", "LEXICONS", "CalendarName", "Lexicon", "any_of", "first_words", "words_of"]

LEXICONS: Final[dict[str, Lexicon]] = {
    "en": en.LEXICON,
    "de": de.LEXICON,
    "fr": fr.LEXICON,
    "es": es.LEXICON,
    "it": it.LEXICON,
    "pt": pt.LEXICON,
    "nl": nl.LEXICON,
    "pl": pl.LEXICON,
    "ar": ar.LEXICON,
    "cs": cs.LEXICON,
    "da": da.LEXICON,
    "el": el.LEXICON,
    "fi": fi.LEXICON,
    "he": he.LEXICON,
    "hi": hi.LEXICON,
    "hu": hu.LEXICON,
    "id": id.LEXICON,
    "ja": ja.LEXICON,
    "ko": ko.LEXICON,
    "no": no.LEXICON,
    "ro": ro.LEXICON,
    "ru": ru.LEXICON,
    "sv": sv.LEXICON,
    "th": th.LEXICON,
    "tr": tr.LEXICON,
    "uk": uk.LEXICON,
    "vi": vi.LEXICON,
    "zh": zh.LEXICON,
}


def _union(lexicons: Iterable[Lexicon]) -> Lexicon:
    """One Lexicon whose every concept holds the entries of all (tuples in order; the
    rendering's `byline_word` and the `script` belong to one language and stay empty)."""
    lexicons = tuple(lexicons)
    joined: dict[str, object] = {}
    for concept in fields(Lexicon):
        if not concept.init:
            continue  # derived by the Lexicon itself
        values = [getattr(lexicon, concept.name) for lexicon in lexicons]
        if isinstance(concept.default, frozenset):
            joined[concept.name] = frozenset().union(*values)
        elif isinstance(concept.default, tuple):
            joined[concept.name] = tuple(entry for value in values for entry in value)
    return Lexicon(**joined)  # type: ignore[arg-type]


#: Every language at once.
ALL: Final = _union(LEXICONS.values())


def any_of(entries: Iterable[str]) -> str:
    """A regex alternation of the entries, escaped, the longest first."""
    return "|".join(sorted((re.escape(entry) for entry in entries), key=len, reverse=True))


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first words of the phrases: a line that starts otherwise is none of them, which
    most lines settle with one set look-up."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)


def words_of(phrases: Iterable[str]) -> frozenset[str]:
    """Every word of the phrases."""
    return frozenset(word for phrase in phrases for word in phrase.split())


def phrase_count(words: Sequence[str], is_phrase: Callable[[str], bool], longest: int) -> int:
    """The fewest phrases (runs of at most `longest` words that `is_phrase` accepts) the words
    are one after the other ("bild anzeigen bild schließen": 2), 0 when they are not."""
    fewest = [0] + [len(words) + 1] * len(words)  # fewest[i]: for the first i words
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - longest), end):
            if fewest[start] < fewest[end] - 1 and is_phrase(" ".join(words[start:end])):
                fewest[end] = fewest[start] + 1
    return fewest[-1] if fewest[-1] <= len(words) else 0


#: Key words are this long at least: short words are common ones.
MIN_KEY_CHARS: Final = 6


def _keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Long words (rare ones) that every phrase holds one of as a substring: the one that
    most phrases not yet held hold, the longest of equals, until each is held (a phrase
    without a word of MIN_KEY_CHARS offers its longest)."""
    left = set(phrases)
    words = sorted(
        {word for phrase in left for word in phrase.split() if len(word) >= MIN_KEY_CHARS}
        | {max(phrase.split(), key=len) for phrase in left}
    )
    keys: set[str] = set()
    while left:
        key = max(words, key=lambda word: (sum(word in phrase for phrase in left), len(word)))
        keys.add(key)
        left = {phrase for phrase in left if key not in phrase}
    return tuple(sorted(keys))


# --- derived tables -----------------------------------------------------------------------

#: Month names and abbreviations of every language with their numbers ("dez" -> 12).
MONTHS: Final[dict[str, int]] = {month.name: month.number for month in ALL.months}
#: Every name of a month or a weekday in any language.
CALENDAR_NAMES: Final = ALL.month_names | ALL.weekday_names
#: The abbreviations that are no language's full name of a month or weekday ("okt", "ott",
#: "so"; not "mai"): a word as short as these is often something else ("Ott", "ago", "so"),
#: read as a month or a day only with its dot or next to a number ("Dez. 2023", "26 Okt").
CALENDAR_ABBREVIATIONS: Final = frozenset(
    entry.name for entry in (*ALL.months, *ALL.weekdays) if entry.abbreviation
) - frozenset(entry.name for entry in (*ALL.months, *ALL.weekdays) if not entry.abbreviation)
#: The first words of the box headings, credit labels and reader prompts.
BOX_FIRST_WORDS: Final = first_words(ALL.related_headings | ALL.listing_headings)
CREDIT_FIRST_WORDS: Final = first_words(ALL.credit_labels)
#: The author prefixes of more than one word ("ein beitrag von", "written by"): a line that
#: opens with one and goes on with a name is a byline, as one that opens with "By" is.
AUTHOR_PHRASES: Final = frozenset(prefix for prefix in ALL.author_prefixes if " " in prefix)
#: The prefixes of datelines and bylines (datelines.is_dateline), and their first words.
DATELINE_PREFIXES: Final = ALL.byline_prefixes | AUTHOR_PHRASES
BYLINE_FIRST_WORDS: Final = first_words(DATELINE_PREFIXES)
PROMPT_FIRST_WORDS: Final = first_words(ALL.prompt_prefixes)


def unspaced(phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases of scripts written without spaces between words and without capitals
    ("扫描二维码", "続きを読むには"): a line opens with one of them, whatever follows it
    without a space."""
    return tuple(
        sorted(
            phrase
            for phrase in phrases
            if " " not in phrase
            and all(char.upper() == char.lower() for char in phrase)
            and not phrase.isascii()
        )
    )


UNSPACED_PROMPT_PREFIXES: Final = unspaced(ALL.prompt_prefixes)
#: What a notice or a prompt opens with: a line of them run together opens so.
NOTICE_RUN_FIRST_WORDS: Final = first_words(ALL.notice_lines) | PROMPT_FIRST_WORDS
UNSPACED_NOTICE_RUN_PREFIXES: Final = unspaced(ALL.notice_lines) + UNSPACED_PROMPT_PREFIXES
FOLLOW_FIRST_WORDS: Final = first_words(ALL.follow_prefixes)
#: A contributor note anywhere in a line, as whole words of its normal form.
#: An editor's credit below the text ("责编: X", lexicon editor_labels) is such a note too.
_CONTRIBUTOR_NOTES: Final = ALL.contributor_notes | ALL.editor_labels
CONTRIBUTOR_NOTE_RE: Final = re.compile(rf"(?<!\w)(?:{any_of(_CONTRIBUTOR_NOTES)})(?!\w)")
#: A few words of the contributor notes: a line that holds none of them holds no note (a
#: substring test each settles most lines before the pattern above is tried).
CONTRIBUTOR_NOTE_KEYS: Final = _keys(_CONTRIBUTOR_NOTES)
#: A one-word comment heading ("Kommentare", "Comentários", "Comments") as a word of a line:
#: a line that names the comments may be a notice of the comment box it stands before.
COMMENT_WORD_RE: Final = re.compile(
    rf"(?<!\w)(?:{any_of(frozenset(h for h in ALL.comment_headings if ' ' not in h))})(?!\w)",
    re.IGNORECASE,
)
#: What a share bar's first label can be: a network's name or a furniture phrase's first word.
SHARE_FIRST_WORDS: Final = NETWORK_NAMES | first_words(ALL.boilerplate_lines)
#: The labels a line of dates opens with ("Published", "Last updated", "Mis à jour le").
DATE_LABELS: Final = ALL.date_labels | ALL.update_labels
#: Labels that stand alone on a line as furniture: an author or date label whose value is
#: elsewhere ("By", "Von:", "Published"), the heading of a box about the author.
LABEL_LINES: Final = ALL.author_prefixes | DATE_LABELS | ALL.author_box_headings
#: The words of a line of relative and reading times, and those that make it one ("ago").
TIME_LINE_WORDS: Final = words_of(ALL.ago_words | ALL.time_units | ALL.read_time_words)
TIME_MARK_WORDS: Final = words_of(ALL.ago_words | ALL.read_time_words)
#: Every label that opens a part of an image credit.
CREDIT_PART_LABELS: Final = (
    ALL.credit_labels | ALL.caption_labels | ALL.author_labels | ALL.source_labels
)
#: The words of credit labels: a credit made of these alone carries no credit.
CREDIT_LABEL_WORDS: Final = words_of(ALL.credit_labels)
