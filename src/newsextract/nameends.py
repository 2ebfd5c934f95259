"""Where a name in a byline ends: the words after it that are no part of it, a date or a
time ("Jane Doe 14.06.2024", "Jane Doe 2 hours ago", "Jane Doe @jdoe 9:41AM"), a date label
("Jane Doe Published …"), the outlet its author writes for ("Jane Doe For The Daily Paper")
or a credit ("Jane Doe Foto: John Roe"). authors.py cleans each name with it.
"""

from __future__ import annotations

import re
from typing import Final

from newsextract.datelines import is_time_line
from newsextract.datetext import written_date
from newsextract.lexicon import ALL, CALENDAR_NAMES, TIME_MARK_WORDS
from newsextract.patterns import CREDIT_SOURCES
from newsextract.writtenbylines import MIN_NAME_WORDS

#: A relative time after a name ("Jane Doe 8h"): the name ends before it.
_RELATIVE_TIME_RE: Final = re.compile(r"^\d+[^\W\d_]{1,3}\.?$")
#: Lower-case words (and a bar) after which a byline goes on with its date ("Von H. H. am
#: 17.09.").
_NAME_END_WORDS: Final = ALL.name_end_words | {"|"}
#: Date labels of one word ("Published", "Aktualisiert"): a byline's date follows them.
_DATE_LABEL_WORDS: Final = frozenset(label for label in ALL.date_labels if " " not in label)
#: A time of day after a name ("09:45", "9:41AM").
CLOCK_RE: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.I)


def name_words(words: list[str]) -> list[str]:
    """The words of a name up to where the byline goes on with something else."""
    for index, word in enumerate(words[1:], start=1):  # "H. H. am 17.09.2015"
        if (
            word in _NAME_END_WORDS
            or _RELATIVE_TIME_RE.match(word)
            or (  # "Jane Doe Foto: John Roe"
                word.endswith(":") and word[:-1].casefold() in ALL.credit_labels
            )
            or (  # "Newswire Updated: May 3" (a label alone, "Publish date:", is none)
                word.endswith(":")
                and word[:-1].casefold() in _DATE_LABEL_WORDS
                and index < len(words) - 1
            )
        ):
            words = words[:index]
            break
        if index >= MIN_NAME_WORDS and (
            word[0] == "@"
            or CLOCK_RE.match(word)
            or word.casefold().rstrip(":") in _DATE_LABEL_WORDS
            or _names_an_outlet(words, index)
            or _opens_a_time(words, index)
        ):  # "Jane Doe @jdoe 9:41AM", "Jane Doe Published 3:15", "Jane Doe for The Times"
            words = _without_agency(words[:index])
            break
        if (
            index >= MIN_NAME_WORDS
            and word[0].isdigit()
            and (
                _is_calendar_name(words[index - 1])  # "Jane Doe May 14"
                or written_date(" ".join(words[index:])) is not None
            )
        ):
            words = _before_the_date(words[:index])  # "Jane Doe Fr 14.06.2024"
            break
    if len(words) > MIN_NAME_WORDS and words[-1].casefold().rstrip(".,") in ALL.weekday_names:
        words = words[:-1]  # "by Jane Doe Monday, November 18": the date after a comma
    return words


def _opens_a_time(words: list[str], index: int) -> bool:
    """Whether the words from `index` on are a relative or a reading time ("2 hours ago",
    "Hace 3 horas", "Lesezeit: 4 Minuten"), which a byline box shows after the name."""
    word = words[index]
    return (word[0].isdigit() or word.casefold().rstrip(":") in TIME_MARK_WORDS) and is_time_line(
        " ".join(words[index:])
    )


def _names_an_outlet(words: list[str], index: int) -> bool:
    """Whether the words from `index` on name the outlet a name writes for: an affiliation
    word, then a capital or an article ("Jane Doe For The Weekly Gazette", "Ana Gil para
    EL PAÍS"). (German "für" is none: it names so many institutes and offices.)"""
    after = words[index + 1 : index + 2]
    return (
        words[index].casefold() in ALL.affiliation_words
        and bool(after)
        and (after[0][0].isupper() or after[0] in ALL.articles)
    )


def _without_agency(words: list[str]) -> list[str]:
    """The words of a name without the agency a byline box names after it ("Jane Doe
    Associated Press Published …", "Jane Doe Reuters")."""
    for size in (2, 1):
        if len(words) - size >= MIN_NAME_WORDS and (
            " ".join(words[-size:]).casefold() in CREDIT_SOURCES
        ):
            return words[:-size]
    return words


def _before_the_date(words: list[str]) -> list[str]:
    """The words of a name that a date follows, without the weekday or month written
    before the date's number ("Jane Doe Fr" of "Jane Doe Fr 14.06.2024")."""
    while len(words) > MIN_NAME_WORDS and _is_calendar_name(words[-1]):
        words = words[:-1]
    return words


def _is_calendar_name(word: str) -> bool:
    return word.casefold().rstrip(".,") in CALENDAR_NAMES
