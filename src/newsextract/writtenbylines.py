"""The names that written bylines state: after an author prefix ("By Jane Doe", "Von
Katrin Albers | 14. Mai 2024", "Text: X", "作者: 张三"), after the date a byline opens with
("Posted on September 21, 2020 by Jane Doe"), and next to a date across a separator without
a prefix ("Jane Doe | 05.04.2025", "12.03.2024 | 09:45 Uhr | Jane Doe"); and the names of the
editors a page credits below its text ("(责编: 张三、李四)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from newsextract.datelines import is_dateline, names_follow, role_byline
from newsextract.datetext import written_date
from newsextract.lexicon import ALL, any_of
from newsextract.lines import normalise_line

#: A name has at most this many words; a longer part of a byline is prose.
MAX_NAME_WORDS: Final = 5
#: A name without a prefix next to a date has at least two words (a first and a last name).
MIN_NAME_WORDS: Final = 2
#: A name that signs an article below its text, alone, has at most this many words and
#: characters.
MAX_SIGNATURE_WORDS: Final = 3
MAX_SIGNATURE_CHARS: Final = 60
#: A byline longer than this is a paragraph, not a byline.
MAX_BYLINE_CHARS: Final = 200
#: The author prefix of a written byline stands among its first words ("Ein Beitrag von").
MAX_PREFIX_POSITION: Final = 3
#: A byline may open with its date, of at most this many words ("Posted on September 21,
#: 2020 by Jane Doe").
MAX_DATE_WORDS: Final = 8
#: A field that is one plain name and nothing else ("Jane Doe", "Anna-Lena Groß").
PLAIN_NAME_RE: Final = re.compile(r"^[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3}$")
#: The separator between a byline's name and its date ("Jane Doe | 05.04.2025").
_DATE_SEPARATOR_RE: Final = re.compile(r"\s+[|•·\u2013\u2014-]\s+")
#: A byline that opens with its date has at most a time between it and the name.
MAX_DATE_PARTS: Final = 3
#: A time of day, as a byline writes it after the date ("09:45", "09:45 Uhr", "9:45 pm").
_TIME_RE: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[^\W\d_]{1,3}\.?){0,2}")


#: The brackets a credit line may stand in ("(责编: 张三)", "[责任编辑: 李四]").
_BRACKETS: Final = " ()[]\uff08\uff09\u3010\u3011"  # and their full-width forms
#: A label and a colon, then the names: a byline as a script written without spaces between
#: its words or without capitals writes it ("作者: 张三", "责编: 李四、王五"); group 1 the names.
_AUTHOR_LABEL_RE: Final = re.compile(
    rf"(?:{any_of(ALL.author_prefixes)})\s*[:\uff1a]\s*(\S.*)", re.I
)
_EDITOR_LABEL_RE: Final = re.compile(rf"(?:{any_of(ALL.editor_labels)})\s*[:\uff1a]\s*(\S.*)")


def written_bylines(lines: Iterable[str]) -> Iterator[str]:
    """The names parts of the written bylines among lines; a line that is only a prefix
    ("Autor:") gives the next line."""
    after_prefix = False
    for line in lines:
        if after_prefix:
            yield line
        if len(line) > MAX_BYLINE_CHARS:  # a paragraph (the article's last ones are read too)
            after_prefix = False
            continue
        byline = (
            written_byline(line)
            or _name_before_date(line)
            or _name_after_date(line)
            or role_byline(line)
        )
        if byline is not None:
            yield byline
        after_prefix = normalise_line(line) in ALL.author_prefixes


def written_byline(line: str, *, phrases_only: bool = False) -> str | None:
    """The names part of a written byline, from its author prefix on: "By Jane Doe",
    "Von Katrin Albers | 14. Mai 2024", "Blog-Beitrag von Jane Doe", "Text: X".
    `phrases_only`: only a prefix of more than one word ("Beitrag von", "Story by"); a lone
    "by" or "von" after a word credits as often as it signs ("Painting by Jane Doe")."""
    if len(line) > MAX_BYLINE_CHARS:
        return None
    words = after_date(line).split()
    lowered = [word.casefold().strip(":,") for word in words[: MAX_PREFIX_POSITION + 3]]
    # a byline's words before its prefix open with a capital ("Ein Beitrag von", "Story
    # by"); "die Einfuhr von Kupfer um 3 %" is a sentence, its "von" no byline's
    opens_lower = bool(words) and words[0][:1].islower()
    for start in range(1 if opens_lower else min(MAX_PREFIX_POSITION, len(words))):
        for size in (3, 2) if phrases_only else (3, 2, 1):
            if " ".join(lowered[start : start + size]) in ALL.author_prefixes:
                rest = words[start + size :]
                while rest and not any(char.isalnum() for char in rest[0]):  # "Auteur : X"
                    rest = rest[1:]
                if rest and (names_follow(rest) or rest[0][0] == "@"):
                    return " ".join(rest)
    return _labelled_names(line)


def _labelled_names(line: str) -> str | None:
    """The names after an author label and a colon when they are written in a script
    without capitals ("作者: 张三", "(记者: 李四)"), where the capital a name opens with in other
    scripts cannot tell a name from a sentence; the colon does."""
    match = _AUTHOR_LABEL_RE.fullmatch(line.strip(_BRACKETS))
    if match is None or match.group(1)[0].isupper():
        return None  # (a capital: the prefix's own reading above has read it)
    names = match.group(1).strip(_BRACKETS)
    return names if names_follow(names.split()) else None


def signature(paragraph: str) -> Iterator[str]:
    """The name that signs the article: its last paragraph a person's name alone, of at
    most MAX_SIGNATURE_WORDS capitalised words ("<p><strong>Jane Doe</strong></p>" below the
    text)."""
    if len(paragraph) > MAX_SIGNATURE_CHARS or "\n" in paragraph:
        return  # (a paragraph of the text: not split into its words)
    name = _plain_name(paragraph)
    if name is None or len(name.split()) > MAX_SIGNATURE_WORDS:
        return
    if not any(len(word.strip(".")) > 1 and word.isupper() for word in name.split()):
        yield name  # (a line in capitals is a label: "WEITERE INFOS")


def editor_credits(lines: Iterable[str]) -> Iterator[str]:
    """The names of the editors the lines credit, each line a label and the names
    ("(责编: 张三、李四)", "责任编辑: 王五")."""
    for line in lines:
        if len(line) <= MAX_BYLINE_CHARS and (
            match := _EDITOR_LABEL_RE.fullmatch(line.strip(_BRACKETS))
        ):
            names = match.group(1).strip(_BRACKETS)
            if names:
                yield names


def after_date(byline: str) -> str:
    """A byline that opens with its date from its name prefix on ("Posted on September 21,
    2020 by Jane Doe", "Veröffentlicht am 3. Mai 2021 von Jane Doe": "by Jane Doe"), else
    the byline as it is. The prefix is followed by a capital: "am 3. Mai 2021 von der
    Polizei festgenommen" is no byline."""
    words = byline.split()
    for index in range(2, min(len(words) - 1, MAX_DATE_WORDS + 1)):
        if words[index].casefold() in ALL.name_prefixes and words[index + 1][:1].isupper():
            before = " ".join(words[:index])
            if written_date(before) is not None and is_dateline(before):
                return " ".join(words[index:])
    return byline


def _name_before_date(line: str) -> str | None:
    """The name of a byline without a prefix that goes on with the date after a separator:
    "Jane Doe | 05.04.2025", "Ana Lima · 3 March 2024"."""
    parts = _DATE_SEPARATOR_RE.split(line, maxsplit=1)
    if len(parts) < 2 or written_date(parts[1]) is None:
        return None
    return _plain_name(parts[0])


def _name_after_date(line: str) -> str | None:
    """The name of a byline without a prefix that comes last, after its date and maybe its
    time, each after a separator: "12.03.2024 | 09:45 Uhr | Jane Doe", "3 March 2024 · Ana
    Lima". Nothing but the date and the time stands before the name, and a label in capitals
    after them is no name."""
    parts = _DATE_SEPARATOR_RE.split(line, maxsplit=MAX_DATE_PARTS)
    if not 2 <= len(parts) <= MAX_DATE_PARTS or written_date(parts[0]) is None:
        return None
    if any(_TIME_RE.fullmatch(part) is None for part in parts[1:-1]):
        return None
    name = _plain_name(parts[-1])
    return None if name is None or name.isupper() else name  # "PAID CONTENT": a label


def _plain_name(text: str) -> str | None:
    """`text` when it is a plain name of two to five capitalised words ("Jane Doe")."""
    name = text.strip()
    words = name.split()
    if not (MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS) or not PLAIN_NAME_RE.match(name):
        return None
    return name if all(word[0].isupper() for word in words) else None
