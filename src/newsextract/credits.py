"""Image credits: find the credit in a caption or a credit line, and tell its parts apart.

A credit is a run of labelled parts ("Aufmacherbild: X via Shutterstock / Urheberrecht: Y");
the label says what its value is (lexicon: caption, author and source labels). A value
without such a label is split at "/", " for " and " via "; a part that names an agency or a
stock site (patterns.CREDIT_SOURCES, or words like "Images", "Press") is the source, the
other the author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Block, Role
from newsextract.images import caption_without, figure_image, without_licensing
from newsextract.lexicon import ALL, CREDIT_LABEL_WORDS, CREDIT_PART_LABELS, any_of
from newsextract.lines import CREDIT_LABEL_RE, is_credit_line, normalise_line
from newsextract.model import ImageCredit
from newsextract.parsing import clean_text, printable, text_of
from newsextract.patterns import (
    CREDIT_RE,
    CREDIT_SOURCES,
    camel_case_words,
)
from newsextract.placement import in_page_footer

#: Credits are short; a longer text that opens with "Photo:" is prose.
MAX_CREDIT_CHARS: Final = 250

#: A credit read from a caption has at most this many words ("Image: Jane Doe has agreed a
#: deal" is a caption behind a screen reader's label).
MAX_CAPTION_CREDIT_WORDS: Final = 8

#: A label without a colon before a known source: "Photo iStock", "Foto dpa".
_BARE_LABEL_RE: Final = re.compile(r"^([^\W\d_]+) (?=\S)")
_PART_SEPARATOR_RE: Final = re.compile(r"\s+[/|;]\s+|;\s*")
#: Between the people and outlets of an unlabelled credit value.
_PIECE_SEPARATOR_RE: Final = re.compile(r"\s*[/|]\s*|,\s+|\s+-\s+")
_COPYRIGHT_RE: Final = re.compile(r"^(?:©|\(c\)|copyright\b)\s*", re.I)
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
_EMBEDDED_RE: Final = re.compile(
    r"(?:[.!?…)\]\u2019\u201d\"»]\s+|\s[|/\u2013\u2014•-]\s+)((?:"
    + any_of(ALL.credit_labels)
    + r")\s*(?::|\.(?=\s)).+)$",
    re.I,
)
#: "© 2015 Example GmbH. All rights reserved": the site's copyright, not an image's.
_SITE_COPYRIGHT_RE: Final = re.compile(
    r"^\W{0,2}(?:©|\(c\)|copyright)\s*(?:\d{4}\b|\d{4}\s*\W\s*\d{4}\b)"
    r"|" + any_of(ALL.copyright_lines),
    re.I,
)
_EMBEDDED_MARK_RE: Final = re.compile(r"((?:©|\([cC]\)\s).+)$")
_TRAILING_PARENS_RE: Final = re.compile(r"(\([^()]{2,80}\))\s*$")
_SENTENCE_END_RE: Final = re.compile(r"(?<=[.!?\u2019\u201d\"])\s+|\s+[|\u2013\u2014]\s+")


#: Inline elements of a caption that may hold its credit apart from the description.
_INLINE_CREDIT_TAGS: Final = ("span", "small", "em", "i", "cite", "b", "strong")
#: A credit made of the words of credit labels and copyright marks alone carries no credit.
_LABEL_WORDS: Final = CREDIT_LABEL_WORDS | {"copyright", "©", "(c)"}

#: At most this many image credits (13 on the busiest benchmark page).
MAX_IMAGE_CREDITS: Final = 100


def find_credits(
    blocks: Iterable[Block], elements: Sequence[etree._Element], *, base_url: str | None
) -> tuple[ImageCredit, ...]:
    """The image credits among the blocks of an article (captions and credit lines).

    What a caption element holds (a credit of its own, the image of its figure) is looked
    up once per element, however many blocks its lines make."""
    credits: list[ImageCredit] = []
    seen: set[str] = set()
    children: dict[int, str | None] = {}
    images: dict[int, str | None] = {}
    for block in blocks:
        owner = elements[block.owner]
        if block.role is Role.HEADING or (block.role is Role.BODY and in_page_footer(owner)):
            continue
        if block.role is Role.CAPTION and block.owner not in children:
            children[block.owner] = None if _names_credit(owner) else _credit_child(owner)
        for found in _block_credits(block, owner, children.get(block.owner)):
            text = without_licensing(_one_half(" ".join(printable(found).split())), owner)
            if text in seen or is_bare_label(text):
                continue
            seen.add(text)
            credit = parse_credit(text)
            if block.role is Role.CAPTION:
                if block.owner not in images:
                    images[block.owner] = figure_image(owner, base_url)
                described = credit.caption or caption_without(clean_text(block.text), text)
                credit = replace(credit, caption=described, image_url=images[block.owner])
            credits.append(credit)
            if len(credits) >= MAX_IMAGE_CREDITS:
                return tuple(credits)
    return tuple(credits)


def _block_credits(block: Block, owner: etree._Element, child: str | None) -> Iterator[str]:
    """The credits in one block: in a caption anywhere (`child`: the credit of an element of
    its own in the caption), in the body a whole line or a labelled credit in brackets at
    its end ("… (credit: NASA/Jane Doe)")."""
    if block.role is Role.CAPTION:
        credit_box = _names_credit(owner)
        if child is not None:
            yield child
            return
        for line in block.text.split("\n"):
            text = credit_in(line, credit_box=credit_box)
            if text is not None:
                yield text
        return
    for line in block.text.split("\n"):
        if _is_credit_line(line):
            yield line
        else:
            match = _TRAILING_PARENS_RE.search(line)
            if match is not None and is_credit_line(match.group(1)[1:-1]):
                yield match.group(1)


def _credit_child(owner: etree._Element) -> str | None:
    """A credit that has an element of its own inside a caption ("<span>Photo: X</span> …")."""
    for child in owner.iterdescendants(_INLINE_CREDIT_TAGS):
        text = " ".join(text_of(child).split())
        if text and is_bare_label(text):  # "<span>Foto:</span> Jane Doe / dpa"
            whole = " ".join(text_of(owner).split())
            rest = whole[whole.find(text) :]
            short = len(rest.split()) <= MAX_CAPTION_CREDIT_WORDS
            return rest if rest != text and short and _is_credit_line(rest) else None
        if text and (_is_credit_line(text) or is_agency_credit(text)):
            return text
    return None


def is_bare_label(text: str) -> bool:
    """True for a label without a credit ("Image copyright", "Image:"): screen-reader text."""
    words = normalise_line(text).split()
    return all(word in _LABEL_WORDS for word in words)


def _one_half(text: str) -> str:
    """A credit written twice in a row (a visible and a hidden copy) once."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    marked = _COPYRIGHT_RE.match(text)  # "© Jane Doe Jane Doe"
    if marked is not None and half:
        rest = text[marked.end() :].split()
        if len(rest) % 2 == 0 and rest[: len(rest) // 2] == rest[len(rest) // 2 :]:
            return text[: marked.end()] + " ".join(rest[: len(rest) // 2])
    return text


def _is_credit_line(line: str) -> bool:
    return (
        len(line) <= MAX_CREDIT_CHARS
        and is_credit_line(line)
        and not _SITE_COPYRIGHT_RE.search(line)
    )


def _names_credit(element: etree._Element) -> bool:
    names = camel_case_words(f"{element.get('class', '')} {element.get('itemprop', '')}")
    return len(names) > 1 and CREDIT_RE.search(names) is not None


#: An agency credit joins at most this many people and outlets ("AP/AFP/Jane Doe/Pool").
MAX_AGENCY_PIECES: Final = 4
_AGENCY_SPLIT_RE: Final = re.compile(r"\s*/\s*|\s+via\s+")
#: A person's name in a credit has two to four words ("Jane Doe", "Anna van der Berg").
MIN_NAME_WORDS: Final = 2
MAX_NAME_WORDS: Final = 4


class _Parts(NamedTuple):
    author: str | None = None
    source: str | None = None


def credit_in(text: str, *, credit_box: bool = False) -> str | None:
    """The credit inside a caption or line, or None; `credit_box`: the whole text is one."""
    text = text.strip()
    if not text or (len(text) > MAX_CREDIT_CHARS and not credit_box):
        return _embedded(text) if len(text) <= 2 * MAX_CREDIT_CHARS else None
    if _SITE_COPYRIGHT_RE.search(text):
        return None
    if credit_box or is_credit_line(text) or is_agency_credit(text):
        return text
    return _embedded(text)


def _embedded(text: str) -> str | None:
    """A credit at the end of a caption: "... Foto: dpa", "... © Jane Doe", "(Doe/AP)"."""
    for pattern in (_EMBEDDED_RE, _EMBEDDED_MARK_RE):
        match = pattern.search(text)
        if match is not None:
            return match.group(1).strip()
    last = _SENTENCE_END_RE.split(text)[-1].strip()  # "... at the White House. REUTERS/Jane Doe"
    if last != text.strip() and is_agency_credit(last):
        return last
    match = _TRAILING_PARENS_RE.search(text)
    if match is not None:
        inner = match.group(1)[1:-1].strip()
        if normalise_line(inner) in ALL.credit_role_words:
            return None  # "(Archiv)", "(File)": a note on the image, not its credit
        if "/" in inner or _is_source(inner) or is_credit_line(inner):
            return match.group(1)
    return None


def parse_credit(text: str, *, image_url: str | None = None) -> ImageCredit:
    """Split a credit as written into caption, author and source."""
    body = text.strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    caption = author = source = None
    for label, value in _labelled_parts(body):
        if not value:
            continue
        if label in ALL.author_labels:
            author = author or value
        elif label in ALL.source_labels:
            source = source or value
        elif label in ALL.caption_labels and _VIA_RE.search(value):
            described, source_part = _VIA_RE.split(value, maxsplit=1)
            caption, source = caption or described.strip(), source or source_part.strip()
        else:
            parts = _split_value(value)
            author, source = author or parts.author, source or parts.source
    return ImageCredit(text, caption, author, source, image_url)


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
    for pattern, label in (
        (_COPYRIGHT_RE, None),
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
    value = _COPYRIGHT_RE.sub("", value).strip()
    for pattern in (_FOR_RE, _VIA_RE):  # "J. Doe for The Guardian", "Jane Doe via Getty"
        pieces = pattern.split(value, maxsplit=1)
        if len(pieces) == 2 and _is_person(pieces[0].strip()) and pieces[1].strip():
            return _Parts(pieces[0].strip(), pieces[1].strip())
    bracketed = _TRAILING_PARENS_RE.search(value)  # "Julia Steinbrecht (KNA)"
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
            return _Parts(value[start:end], rest or None)
    return _Parts(None, value[spans[0][0] : spans[-1][1]])


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
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or "/" in part or _is_source(part):
        return False
    capitalised = 0
    for word in words:
        lowered = word.casefold().strip(".,")
        if any(char.isdigit() for char in word) or lowered in ALL.organisation_words:
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


def is_agency_credit(text: str) -> bool:
    """True for an unlabelled credit in an agency's form: people and outlets joined by "/"
    or " via ", one of them a known source ("REUTERS/Jane Doe", "Jane Doe/PA via Getty")."""
    pieces = [piece.strip() for piece in _AGENCY_SPLIT_RE.split(text.strip())]
    if not 2 <= len(pieces) <= MAX_AGENCY_PIECES or not all(pieces):
        return False
    if any(len(piece.split()) > MAX_NAME_WORDS for piece in pieces):
        return False
    sources = [_is_source(piece) for piece in pieces]
    return any(sources) and all(
        source or _is_person(piece) for piece, source in zip(pieces, sources, strict=True)
    )


def _is_source(part: str) -> bool:
    """True when a credit part names an agency, stock site or publication, not a person."""
    lowered = " ".join(part.casefold().split())
    if lowered in CREDIT_SOURCES or lowered.split("-")[0] in CREDIT_SOURCES:
        return True
    letters = part.replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 6:
        return True
    return _SOURCE_WORD_RE.search(part) is not None
