"""Image credits: tell the parts of a credit apart (caption, author, source).

A credit is a run of labelled parts ("Aufmacherbild: X via Shutterstock / Urheberrecht: Y");
the label says what its value is (lexicon: caption, author and source labels). A value
without such a label is split at "/", " for " and " via "; a part that names an agency or a
stock site (patterns.CREDIT_SOURCES, or words like "Images", "Press") is the source, the
other the author. A value after an author's label ("Photo by Jane Doe / AFP") is split the
same way when it names an outlet too.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsextract.lexicon import ALL, CREDIT_PART_LABELS, any_of
from newsextract.lines import CREDIT_LABEL_RE, normalise_line
from newsextract.model import ImageCredit
from newsextract.patterns import CREDIT_SOURCES

#: A label without a colon before a known source: "Photo iStock", "Foto dpa".
_BARE_LABEL_RE: Final = re.compile(r"^([^\W\d_]+) (?=\S)")
_PART_SEPARATOR_RE: Final = re.compile(r"\s+[/|;]\s+|;\s*")
#: Between the people and outlets of an unlabelled credit value.
_PIECE_SEPARATOR_RE: Final = re.compile(r"\s*[/|]\s*|,\s+|\s+-\s+")
#: A copyright mark and the year after it, if any ("© ", "Copyright 2026 ", "(c) 2019, ").
COPYRIGHT_RE: Final = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\b\W*)?", re.I)
#: A copyright notice's end after a source: "All rights reserved".
_NOTICE_END_RE: Final = re.compile(r"[.,;]?\s*(?:" + any_of(ALL.copyright_lines) + r")\W*$", re.I)
#: A gallery's counter before a credit: "Bild 1 von 4 ", "Image 2 of 5 ", "3/12 ".
_LEADING_COUNTER_RE: Final = re.compile(
    r"^\s*(?:[^\W\d_]+\s+)?\d{1,4}\s*(?:[/\uff0f]|"
    + any_of(ALL.count_words)
    + r")\s*\d{1,4}\s+(?=\S)",
    re.I,
)
_COURTESY_RE: Final = re.compile(r"^(?:" + any_of(ALL.courtesy_labels) + r")\s+", re.I)
_LABEL_VIA_RE: Final = re.compile(r"^[^\W\d_]+ via\s+", re.I)
_BY_RE: Final = re.compile(
    r"^([^\W\d_]+(?: [^\W\d_]+)?) (?:" + any_of(ALL.credit_by_words) + r")\s+", re.I
)
#: A label a screen reader reads before the credit, set off by a comma ("Image source, ").
_PREFIX_LABEL_RE: Final = re.compile(r"^([^\W\d_]+(?: [^\W\d_]+){0,2}),\s+")
_FOR_RE: Final = re.compile(r"\s+for\s+")
_VIA_RE: Final = re.compile(r"\s+via\s+", re.I)
#: Words that make a credit part an organisation rather than a person.
_SOURCE_WORD_RE: Final = re.compile(r"\b(?:" + any_of(ALL.credit_source_words) + r")\b", re.I)
#: Brackets at the end of a text, full-width ones too (a Japanese caption's credit).
TRAILING_PARENS_RE: Final = re.compile(r"([(\uff08][^()\uff08\uff09]{2,80}[)\uff09])\s*$")

#: The end of a sentence: a word of three lower-case letters or more and a full stop ("Mrs."
#: and "Jr." stand in names).
_SENTENCE_END_RE: Final = re.compile(r"[^\W\d_A-Z]{3,}[.!?]\s")
#: An agency credit joins at most this many people and outlets ("AP/AFP/Jane Doe/Pool").
MAX_AGENCY_PIECES: Final = 4
#: A credit standing alone as a line is short: longer lines are not read for one (a page's
#: text may be one line of megabytes, and its words are not listed).
MAX_AGENCY_LINE_CHARS: Final = 120
_AGENCY_SPLIT_RE: Final = re.compile(r"\s*/\s*|\s+via\s+")
#: A person's name in a credit has two to four words ("Jane Doe", "Anna van der Berg").
MIN_NAME_WORDS: Final = 2
MAX_NAME_WORDS: Final = 4


class _Parts(NamedTuple):
    author: str | None = None
    source: str | None = None


#: Credit labels written after the name without a space (Japanese "撮影": photographed by).
SUFFIX_LABELS: Final = tuple(
    sorted(label for label in ALL.credit_labels if all(ord(char) >= 0x3000 for char in label))
)
_OPENING: Final = ("(", "\uff08")
_CLOSING: Final = (")", "\uff09")


def parse_credit(text: str, *, image_url: str | None = None) -> ImageCredit:
    """Split a credit as written into caption, author and source; a gallery's counter before
    it is no part of it ("Bild 1 von 4 © Jane Doe")."""
    text = _LEADING_COUNTER_RE.sub("", text, count=1)
    body = text.strip()
    if body[:1] in _OPENING and body[-1:] in _CLOSING:
        body = body[1:-1].strip()
    caption = author = source = None
    for label, value in _labelled_parts(body):
        if not value:
            continue
        if label in ALL.author_labels:
            parts = _author_and_source(value)  # "Photo by Jane Doe / AFP via Getty Images"
            author, source = author or parts.author, source or parts.source
        elif label in ALL.source_labels:
            source = source or value
        elif label in ALL.caption_labels and _VIA_RE.search(value):
            described, source_part = _VIA_RE.split(value, maxsplit=1)
            caption, source = caption or described.strip(), source or source_part.strip()
        else:
            parts = _split_value(value)
            author, source = author or parts.author, source or parts.source
    return ImageCredit(text, caption, author, source, image_url)


def _author_and_source(value: str) -> _Parts:
    """The author of a value after an author's label, and the outlets after it: "Jane Doe /
    AFP", "jdoe / Getty Images" (any name before known sources)."""
    parts = _split_value(value)
    if parts.author is not None and parts.source is not None:
        return parts
    spans = _pieces(value)
    rest = [value[start:end].strip() for start, end in spans[1:]]
    if rest and all(is_source(piece) or is_agency_credit(piece) for piece in rest):
        return _Parts(value[spans[0][0] : spans[0][1]].strip(), value[spans[1][0] :].strip())
    return _Parts(value, None)


def _labelled_parts(body: str) -> list[tuple[str | None, str]]:
    """The credit's parts with their normalised labels (None: no known label)."""
    parts: list[tuple[str | None, str]] = []
    start = previous_end = 0
    for match in [*_PART_SEPARATOR_RE.finditer(body), None]:
        end = match.start() if match is not None else len(body)
        label, value = credit_label(body[start:end])
        continues = label is None and CREDIT_LABEL_RE.match(body[start:end].strip()) is None
        if continues and parts and _PIECE_SEPARATOR_RE.fullmatch(body[previous_end:start]):
            # "Foto: dpa / Michael Kappeler": the segment continues the previous value,
            # kept as written ("Jane Doe | Bloomberg | Getty Images").
            previous_label, previous_value = parts.pop()
            parts.append((previous_label, previous_value + body[previous_end:end].rstrip()))
        else:
            parts.append((label, value))
        previous_end = end
        start = match.end() if match is not None else len(body)
    return parts


def credit_label(segment: str) -> tuple[str | None, str]:
    """The normalised label of a credit part (None: none known) and its value."""
    segment = segment.strip()
    match = CREDIT_LABEL_RE.match(segment)
    if match is not None and normalise_line(match.group(1)) in CREDIT_PART_LABELS:
        return normalise_line(match.group(1)), segment[match.end() :].strip()
    suffix = next((label for label in SUFFIX_LABELS if segment.endswith(label)), None)
    if suffix is not None and len(segment) > len(suffix):  # "潟沼義樹撮影": Name, photographed
        return suffix, segment[: -len(suffix)].strip()
    for pattern, label in (
        (COPYRIGHT_RE, None),  # "© 2019 Jane Doe": the mark and its year
        (_COURTESY_RE, "source"),
        (_LABEL_VIA_RE, "source"),
    ):
        match = pattern.match(segment)
        if match is not None:
            return label, segment[match.end() :].strip()
    match = _PREFIX_LABEL_RE.match(segment)  # a screen reader's "Image source, ESA"
    if match is not None and normalise_line(match.group(1)) in CREDIT_PART_LABELS:
        return normalise_line(match.group(1)), segment[match.end() :].strip()
    match = _BY_RE.match(segment)
    if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
        return "photographer", segment[match.end() :].strip()
    match = _BARE_LABEL_RE.match(segment)
    if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
        return normalise_line(match.group(1)), segment[match.end() :].strip()
    return None, segment


def _split_value(value: str) -> _Parts:
    """Author and source of an unlabelled credit value.

    The author is the first part, or the last of two, that reads as a person's name
    ("Jane Doe / Getty Images", "dpa/Michael Kappeler", "Jane Doe (KNA)"); what remains,
    as written, is the source. A value without a person is all source.
    """
    value = COPYRIGHT_RE.sub("", value).strip()  # "© 2019 Jane Doe": mark and year
    for pattern in (_FOR_RE, _VIA_RE):  # "J. Doe for The Guardian", "Jane Doe via Getty"
        pieces = pattern.split(value, maxsplit=1)
        if len(pieces) == 2 and _is_person(pieces[0].strip()) and pieces[1].strip():
            return _Parts(pieces[0].strip(), pieces[1].strip())
    bracketed = TRAILING_PARENS_RE.search(value)  # "Miriam Hollweg (KNA)"
    if bracketed is not None and bracketed.start() > 0:
        person = value[: bracketed.start()].strip()
        if _is_person(person):
            return _Parts(person, bracketed.group(1)[1:-1].strip() or None)
    spans = _pieces(value)
    if not spans:
        return _Parts(None, None)
    candidates = [0] if len(spans) != 2 else [0, 1]
    for index in candidates:
        start, end = spans[index]
        if _is_person(value[start:end]):
            rest_start = spans[1][0] if index == 0 and len(spans) > 1 else spans[0][0]
            rest_end = spans[-1][1] if index == 0 else spans[index - 1][1]
            rest = value[rest_start:rest_end].strip() if len(spans) > 1 else ""
            return _Parts(value[start:end], _without_notice(rest) or None)
    return _Parts(None, _without_notice(value[spans[0][0] : spans[-1][1]]))


def _without_notice(source: str) -> str:
    """A credit's source without the copyright notice around it ("Copyright 2026 Example
    Agency. All rights reserved." is "Example Agency"); as written when nothing is left."""
    plain = COPYRIGHT_RE.sub("", _NOTICE_END_RE.sub("", source)).strip()
    return plain or source


def _pieces(value: str) -> list[tuple[int, int]]:
    """The (start, end) of the pieces of a value between separators, without role words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_PIECE_SEPARATOR_RE.finditer(value), None]:
        end = match.start() if match is not None else len(value)
        piece = value[start:end].strip()
        if piece and normalise_line(piece) not in ALL.credit_role_words:
            spans.append((start, end))
        start = match.end() if match is not None else len(value)
    return spans


def _is_person(part: str) -> bool:
    """True when a credit part reads as a person's name: "Jane Doe", "J. van Dijk", "@handle"."""
    if part.startswith("@"):
        return " " not in part and len(part) > 1
    words = part.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or "/" in part or is_source(part):
        return False
    capitalised = 0
    for word in words:
        lowered = word.casefold().strip(".,")
        if any(map(str.isdigit, word)) or lowered in ALL.organisation_words:
            return False
        if word[0].isupper():
            capitalised += 1
        elif lowered not in ALL.name_particles:
            return False
    return capitalised >= MIN_NAME_WORDS


def has_reader_label(text: str) -> bool:
    """True for a credit behind a screen reader's label: "Image source, ESA/Hubble"."""
    match = _PREFIX_LABEL_RE.match(text)
    return match is not None and normalise_line(match.group(1)) in CREDIT_PART_LABELS


def is_bracketed_credit(text: str) -> bool:
    """True for a person's name with the outlets in brackets after it: "Jane Doe (AP)",
    "Jane Doe (dpa/picture alliance via Getty)"."""
    match = TRAILING_PARENS_RE.search(text)
    if match is None or match.start() == 0:
        return False
    inner = match.group(1)[1:-1].strip()
    return _is_person(text[: match.start()].strip()) and (
        is_source(inner) or is_agency_credit(inner)
    )


def is_agency_credit(text: str) -> bool:
    """True for an unlabelled credit in an agency's form: people and outlets joined by "/"
    or " via ", one of them a known source ("REUTERS/Jane Doe", "Jane Doe/PA via Getty")."""
    if "/" not in text and "via" not in text:
        return False  # one piece (most lines of a text): not split, not read
    pieces = [piece.strip() for piece in _AGENCY_SPLIT_RE.split(text.strip())]
    if not 2 <= len(pieces) <= MAX_AGENCY_PIECES or not all(pieces):
        return False
    if any(
        len(piece.split()) > MAX_NAME_WORDS or _SENTENCE_END_RE.search(piece) for piece in pieces
    ):
        return False  # "The president speaks. REUTERS/Jane Doe": a caption, then the credit
    sources = [is_source(piece) for piece in pieces]
    return any(sources) and all(
        source or _is_person(piece) or normalise_line(piece) in ALL.credit_role_words
        for piece, source in zip(pieces, sources, strict=True)
    )  # (a role word in an agency's place: "HANDOUT/EPA", "Pool/Reuters", "Uncredited/EPA")


#: A Creative Commons licence as a line names it, in any language: "CC BY 4.0", "CC BY-SA",
#: "CC-BY-NC-ND-4.0-DE", "CC0" (upper case: the code, not the letters of a word).
_LICENCE_CODE_RE: Final = re.compile(
    r"(?<![\w-])CC(?:[ -]?0|[ -]BY(?:[ -](?:NC|ND|SA)){0,2})(?!\w)"
)
#: A line that states a licence is short; a longer one is prose about licences.
MAX_LICENCE_LINE_CHARS: Final = 250


def is_licence_line(text: str) -> bool:
    """A short line that names the licence of the text or of its images ("Dieser Text wurde
    veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE", "Photo: Jane Doe, CC BY 2.0"): a note
    on the rights, as a credit line is, not the article's text."""
    return (
        len(text) <= MAX_LICENCE_LINE_CHARS
        and "CC" in text  # most lines: no search
        and _LICENCE_CODE_RE.search(text) is not None
    )


def is_agency_line(text: str) -> bool:
    """An agency's credit standing alone as a line: a source the vocabulary names, alone
    ("The Associated Press", "(dpa)") or in the agency form (is_agency_credit: "Jane
    Doe/dpa", "REUTERS/Jane Doe"; not two acronyms a party or a company writes so:
    "CDU/CSU")."""
    if len(text) > MAX_AGENCY_LINE_CHARS:
        return False
    if _source_key(text.strip(" ()[].")).removeprefix("the ") in CREDIT_SOURCES:
        return True
    return is_agency_credit(text) and any(
        _source_key(piece) in CREDIT_SOURCES for piece in _AGENCY_SPLIT_RE.split(text.strip())
    )


def _source_key(part: str) -> str:
    """A credit part as CREDIT_SOURCES writes its entries: case-folded, spaces collapsed."""
    return " ".join(part.casefold().split())


def is_source(part: str) -> bool:
    """True when a credit part names an agency, stock site or publication, not a person."""
    lowered = _source_key(part)
    if lowered in CREDIT_SOURCES or lowered.split("-")[0] in CREDIT_SOURCES:
        return True
    letters = part.replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 6:
        return True
    return _SOURCE_WORD_RE.search(part) is not None
