"""Datelines: whether a short line gives the article's date or author ("Updated Nov. 19",
"Von Max Muster, 3. Mai 2024", "김철수 기자"), whether a line dates the article or something
else (an update, another labelled fact), and whether it is only relative or reading times
("21 mins ago", "Lesezeit: 3 Min."), in any language of the lexicon."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsextract.lexicon import (
    ALL,
    AUTHOR_PHRASES,
    BYLINE_FIRST_WORDS,
    CALENDAR_ABBREVIATIONS,
    CALENDAR_NAMES,
    DATE_LABELS,
    DATELINE_PREFIXES,
    TIME_LINE_WORDS,
    TIME_MARK_WORDS,
    any_of,
)
from newsextract.patterns import EMAIL_RE, LETTER_WORD_RE

#: A date in figures ("19.11.2019", "2019-11-19", an ISO stamp "2025-03-29T11:36:01Z", a
#: year marked as East Asia writes it: "2025年1月13日", "2025년 1월 13일") or a time ("9:24").
#: Each of its forms opens with a digit: the lookahead says so first, and re skips to the
#: digits of a line instead of trying the three forms at every position (three times faster).
_NUMERIC_DATE_RE: Final = re.compile(
    r"(?=\d)(?:\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\b|(?=T\d))|\b\d{1,2}:\d{2}(?![\d:])"
    rf"|(?<!\d)(?:19|20)\d{{2}}\s*(?:{any_of(ALL.year_marks)})\s*\d{{1,2}}(?!\d))"
)
#: The characters str.isdigit() is true of: the decimal digits (\d) and the other digits of
#: Unicode (superscripts, subscripts, circled ones: "²", "①"). One search finds a figure
#: in a line where any(map(str.isdigit, line)) made a call per character (a test checks
#: the class against every code point).
_DIGIT_RE: Final = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)
#: A time written with a dot ("15.59"), read as one only after a date label ("Uppdaterad
#: 15.59 | Publicerad 14.14"): elsewhere it may be a price or a score.
_DOTTED_TIME_RE: Final = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])")
_LABEL_RE: Final = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*:")
_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}\b")
#: A number right after or before a word ("Okt 13", "26 Okt").
_NUMBER_AFTER_RE: Final = re.compile(r",?\s*\d")
_NUMBER_BEFORE_RE: Final = re.compile(r"\d\.?\s*$")
#: A dateline has few words besides the date ("Nov 19, 2019 at 9:24 pm ET - 2 min read");
#: fewer still when the date is only a month and a year ("Mai 2020", "Stand: März 2021").
MAX_DATELINE_WORDS: Final = 6
MAX_MONTH_DATELINE_WORDS: Final = 3
#: A dateline or byline is short; a longer line that starts with "By" is prose (and a line
#: around the headline longer than this is not read for a byline or a date: structure.py).
#: One value since issue 12 (120 here, 160 there before): either changed no page of the
#: three corpora; the larger is kept, so no line read around a headline before is left out.
MAX_DATELINE_CHARS: Final = 160
#: Longest byline prefix, in words ("zuletzt aktualisiert am").
MAX_PREFIX_WORDS: Final = 3
#: A name prefix run into the linked name where markup puts them in two elements without a
#: space ("<span>By</span><a>Jane Doe</a>" reads "ByJane Doe"): the prefix in lower or title
#: case (an all-capital word such as "DIY" or "AVM" is an acronym), then a capital and a
#: small letter or a dot ("AfD" is one word; "ByK.L. Bruck" is a byline).
_GLUED_NAME_PREFIX_RE: Final = re.compile(
    r"^(\W*(?:"
    + "|".join(
        rf"{re.escape(prefix)}|{re.escape(prefix.title())}"
        for prefix in sorted(ALL.name_prefixes, key=len, reverse=True)
        if prefix.isalpha()
    )
    + r"))(?=\w)"
)


def unglued(line: str, link_chars: int) -> str:
    """`line` with a space between a name prefix and the name it is run into ("ByJane Doe"
    -> "By Jane Doe") when the name is a link (`link_chars` of the line are links' text: a
    headline or a dek that opens with "DoorDash" or "DiCaprio" is none); any other line as
    it is."""
    glued = _GLUED_NAME_PREFIX_RE.match(line)
    if glued is None:
        return line
    name = line[glued.end() :]
    if len(name) < 2 or not name[0].isupper() or not (name[1].islower() or name[1] == "."):
        return line
    if link_chars < len(name.strip()):
        return line
    return f"{glued.group(1)} {name}"


def has_digit(text: str) -> bool:
    """`any(map(str.isdigit, text))`: whether the text holds a digit of any script."""
    return _DIGIT_RE.search(text) is not None


#: Words after a byline's prefix in a script without capitals are a name when they are at
#: most this many ("بقلم محمد علي"); more are a sentence that opens with the prefix's word
#: ("كتب الرئيس في رسالته ...": "wrote", as "by" is written).
MAX_CASELESS_NAME_WORDS: Final = 4


def names_follow(words: Sequence[str]) -> bool:
    """Whether `words`, after a byline's prefix, may be a name: the first opens with a
    capital ("Jane"), or, in a script without capitals (Han, kana, Hangul, Arabic, Thai ...),
    where a capital cannot tell a name from a sentence, they are few."""
    first = words[0][:1] if words else ""
    if first.isupper():
        return True
    return _caseless(first) and len(words) <= MAX_CASELESS_NAME_WORDS


def _caseless(word: str) -> bool:
    """Whether a word is written in letters of a script without capitals (Han, Hangul ...)."""
    return word.isalpha() and word.upper() == word.lower()


#: A byline written name first, then the role, as Korean and Japanese write it ("김철수
#: 기자", "山田 太郎 記者"): at most this long, with at most this many words of the name.
MAX_ROLE_BYLINE_CHARS: Final = 60
MAX_ROLE_BYLINE_NAME_WORDS: Final = 2


def role_byline(text: str) -> str | None:
    """The name of a byline written name first and role last in a script without capitals
    ("김철수 기자", "山田 太郎 記者"), maybe with an e-mail address ("김철수 기자
    kim@example.kr") or in brackets after the outlet ("[서울신문 김철수 기자]"); None for any
    other line (a role after a capitalised name is a heading's or a caption's as often:
    "Jane Doe, Editor" is read by the byline cleaner)."""
    if len(text) > MAX_ROLE_BYLINE_CHARS:
        return None
    line = EMAIL_RE.sub(" ", text).strip()
    words = line.strip("[]()").split()
    if not 2 <= len(words) <= MAX_ROLE_BYLINE_NAME_WORDS + 1:
        return None
    *name, role = words
    if role.casefold() not in ALL.author_roles:
        return None
    if line[:1] in "[(":  # "[서울신문 김철수 기자]": the outlet, then the name
        name = name[-1:]
    return " ".join(name) if all(map(_caseless, name)) else None


def is_dateline(text: str) -> bool:
    """True for a short line that gives the article's date or author ("Updated Nov. 19",
    "김철수 기자")."""
    if len(text) > MAX_DATELINE_CHARS:
        return False
    if len(text) <= MAX_ROLE_BYLINE_CHARS and not text.isascii() and role_byline(text):
        return True
    # A prefix's first word is one of BYLINE_FIRST_WORDS: most lines skip the look-ups.
    first = LETTER_WORD_RE.search(text)
    prefixed = first is not None and first.group(0).casefold() in BYLINE_FIRST_WORDS
    if not prefixed and _YEAR_RE.search(text) is None and not _NUMERIC_DATE_RE.search(text):
        return False  # without a prefix, a date in figures or a month and a year (most lines)
    words = LETTER_WORD_RE.findall(text)
    lowered = list(map(str.casefold, words))
    for size in range(min(MAX_PREFIX_WORDS, len(words)) if prefixed else 0, 0, -1):
        prefix = " ".join(lowered[:size])
        if prefix in DATELINE_PREFIXES:
            # "Ein Beitrag von Jane Doe"; "(Reporting by …; Editing by …)" closes a report
            if lowered[0] in ALL.name_prefixes or (
                prefix in AUTHOR_PHRASES and not text.startswith("(")
            ):
                return names_follow(words[size:])
            return (
                _names_a_date(text, lowered)
                or _LABEL_RE.match(text) is not None
                or _DOTTED_TIME_RE.search(text) is not None
            )
    calendar = _calendar_count(text, lowered, CALENDAR_NAMES)  # "Montag, 3. Mai"
    other_words = len(lowered) - calendar
    if _NUMERIC_DATE_RE.search(text):
        return other_words <= MAX_DATELINE_WORDS
    has_month = calendar > 0 and _calendar_count(text, lowered, ALL.month_names) > 0
    return has_month and other_words <= MAX_MONTH_DATELINE_WORDS and bool(_YEAR_RE.search(text))


#: The bars and bullets between the fields of a post's line of facts.
_FIELD_MARKS: Final = "|\u2022\u00b7"
_FIELD_SEPARATOR_RE: Final = re.compile(rf"\s+[{_FIELD_MARKS}]\s+")
#: A field of such a line is a label and a value, or a button: this many words at most.
MAX_FIELD_WORDS: Final = 4


def is_meta_line(text: str) -> bool:
    """True for a post's line of facts set apart by bars, one of them its date: "January 13,
    2020 at 08:45 AM | categories: Python, Rust | View Comments". Each other field is a
    few words, none a sentence."""
    if len(text) > MAX_DATELINE_CHARS or not any(mark in text for mark in _FIELD_MARKS):
        return False
    fields = _FIELD_SEPARATOR_RE.split(text.strip())
    dated = [is_dateline(field) for field in fields]
    return (
        len(fields) > 1
        and any(dated)
        and all(
            date or (len(field.split()) <= MAX_FIELD_WORDS and field.rstrip()[-1:] not in ".!?")
            for field, date in zip(fields, dated, strict=True)
        )
    )


def _names_a_date(text: str, words: list[str]) -> bool:
    """A day, a time or a month: a year alone is not a dateline ("Published in 2019 by …")."""
    return bool(_NUMERIC_DATE_RE.search(text) or _calendar_count(text, words, ALL.month_names))


def _calendar_count(text: str, words: list[str], names: frozenset[str]) -> int:
    """How many of the words (lower-case) of the text are among the names of months or
    weekdays: a name, or an abbreviation with its dot or next to a number ("Dez. 2023", "26
    Okt 2018"; not "Ott, Verena", "1 day ago")."""
    count = sum(map(names.__contains__, words))  # set operations: this runs on most lines
    if not count or CALENDAR_ABBREVIATIONS.isdisjoint(words):
        return count  # most lines
    return sum(
        1
        for match in LETTER_WORD_RE.finditer(text)
        if (name := match.group(0).casefold()) in names
        and (
            name not in CALENDAR_ABBREVIATIONS
            or text.startswith(".", match.end())
            or _NUMBER_AFTER_RE.match(text, match.end()) is not None
            or _NUMBER_BEFORE_RE.search(text, 0, match.start()) is not None
        )
    )


#: A line that opens with a one- or two-word label ("Registriert:", "Mise en ligne :").
_LINE_LABEL_RE: Final = re.compile(r"^\W*([^\W\d_]+(?: [^\W\d_]+)?)\s*:")
#: A line dates a change when an update label is among its first words.
MAX_LABEL_WORDS: Final = 4


def may_date_the_article(line: str) -> bool:
    """False for a line that dates something else: an update ("Updated 3 May"), or another
    labelled fact ("Registriert: 18.09.2008")."""
    if is_update_line(line):
        return False
    label = _LINE_LABEL_RE.match(line)
    if label is None:
        return True
    name = label.group(1).casefold()
    return name in ALL.date_labels or name in ALL.byline_prefixes or name in ALL.author_prefixes


def is_update_line(line: str) -> bool:
    """True for a line that dates a change ("Updated 3 May", "Aktualisiert am …")."""
    words = line.casefold().split()[:MAX_LABEL_WORDS]
    return any(
        " ".join(words[start : start + size]).strip(":,") in ALL.update_labels
        for start in range(len(words))
        for size in (1, 2, 3)
    )


#: A line of relative and reading times is short: time units and the words around them.
MAX_TIME_LINE_CHARS: Final = 60


def is_time_line(text: str) -> bool:
    """True for a line of relative times and reading times only ("21 mins ago 11:48",
    "1 HR ago · 2 mins read", "Lesezeit: 1 Min.", "il y a 3 heures"), maybe after a date
    label ("Last updated 21 hours ago")."""
    if len(text) > MAX_TIME_LINE_CHARS or not has_digit(text):
        return False
    words = _after_date_label(LETTER_WORD_RE.findall(text.casefold()))
    return (
        bool(words)
        and TIME_LINE_WORDS.issuperset(words)
        and not TIME_MARK_WORDS.isdisjoint(words)  # "ago", "read": not "15 Min"
    )


def _after_date_label(words: list[str]) -> list[str]:
    """The words after a date label that opens them ("last updated", "publié le"), if any."""
    for size in range(min(MAX_PREFIX_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[:size]) in DATE_LABELS:
            return words[size:]
    return words
