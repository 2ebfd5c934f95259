"""Image credits: find the credit in a caption or a credit line, and tell its parts apart.

A credit is a run of labelled parts ("Aufmacherbild: X via Shutterstock / Urheberrecht: Y");
the label says what its value is (lexicon: caption, author and source labels). A value
without such a label is split at "/", " for " and " via "; a part that names an agency or a
stock site (lexicon.CREDIT_SOURCES, or words like "Images", "Press") is the source, the
other the author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Block, Role
from newsextract.lexicon import ALL, CREDIT_SOURCES, is_credit_line, normalise_line
from newsextract.model import ImageCredit
from newsextract.patterns import CAPTION_RE, CREDIT_RE
from newsextract.related import absolute_url

#: Credits are short; a longer text that opens with "Photo:" is prose.
MAX_CREDIT_CHARS: Final = 250

_LABEL_RE: Final = re.compile(r"^\W{0,2}([^\W\d_][\w .'-]{0,24}?)\s*(?::|\.(?=\s))\s*")
_PART_SEPARATOR_RE: Final = re.compile(r"\s+[/|;]\s+|;\s*")
_SLASH_RE: Final = re.compile(r"\s*/\s*")
_COPYRIGHT_RE: Final = re.compile(r"^(?:©|\(c\)|copyright\b)\s*", re.I)
_COURTESY_RE: Final = re.compile(
    r"^(?:courtesy(?: of)?|mit freundlicher genehmigung(?: von)?)\s+", re.I
)
_LABEL_VIA_RE: Final = re.compile(r"^[^\W\d_]+ via\s+", re.I)
_BY_RE: Final = re.compile(r"^([^\W\d_]+(?: [^\W\d_]+)?) (?:by|von|de|par)\s+", re.I)
_FOR_RE: Final = re.compile(r"\s+for\s+")
_VIA_RE: Final = re.compile(r"\s+via\s+", re.I)
#: Words that make a credit part an organisation rather than a person.
_SOURCE_WORD_RE: Final = re.compile(
    r"\b(?:images?|photos?|pictures?|press|presse|stock|agency|agentur|archive?|news|media|"
    r"commons|wire|studios?|magazine?|zeitung|the)\b",
    re.I,
)
_EMBEDDED_RE: Final = re.compile(
    r"(?:[.!?…)\]]\s+|\s[|\u2013\u2014•-]\s+)((?:"
    + "|".join(sorted((re.escape(label) for label in ALL.credit_labels), key=len, reverse=True))
    + r")\s*(?::|\.(?=\s)).+)$",
    re.I,
)
#: "© 2015 Example GmbH. All rights reserved": the site's copyright, not an image's.
_SITE_COPYRIGHT_RE: Final = re.compile(
    r"^\W{0,2}(?:©|\(c\)|copyright)\s*(?:\d{4}\b|\d{4}\s*\W\s*\d{4}\b)"
    r"|all rights reserved|alle rechte vorbehalten|tous droits réservés",
    re.I,
)
_EMBEDDED_MARK_RE: Final = re.compile(r"(©.+)$")
_TRAILING_PARENS_RE: Final = re.compile(r"(\([^()]{2,80}\))\s*$")


#: How far up from a caption to look for the figure it belongs to.
MAX_FIGURE_DEPTH: Final = 3
_IMAGE_SOURCE_ATTRIBUTES: Final = ("src", "data-src", "data-lazy-src", "data-original")


def find_credits(
    blocks: Iterable[Block], elements: Sequence[etree._Element], *, base_url: str | None
) -> tuple[ImageCredit, ...]:
    """The image credits among the blocks of an article (captions and credit lines)."""
    credits: list[ImageCredit] = []
    seen: set[str] = set()
    for block in blocks:
        if block.role is Role.HEADING:
            continue
        owner = elements[block.owner]
        credit_box = block.role is Role.CAPTION and _names_credit(owner)
        for line in block.text.split("\n"):
            if block.role is Role.CAPTION:
                text = credit_in(line, credit_box=credit_box)
            else:  # in the body only a whole line is a credit
                text = line if _is_credit_line(line) else None
            if text is None:
                continue
            if text not in seen:
                seen.add(text)
                image_url = _figure_image(owner, base_url) if block.role is Role.CAPTION else None
                credits.append(parse_credit(text, image_url=image_url))
    return tuple(credits)


def _is_credit_line(line: str) -> bool:
    return (
        len(line) <= MAX_CREDIT_CHARS
        and is_credit_line(line)
        and not _SITE_COPYRIGHT_RE.search(line)
    )


def _names_credit(element: etree._Element) -> bool:
    names = f"{element.get('class', '')} {element.get('itemprop', '')}".lower()
    return len(names) > 1 and CREDIT_RE.search(names) is not None


def _figure_image(element: etree._Element, base_url: str | None) -> str | None:
    """The image of the figure that a caption or credit element belongs to."""
    ancestor: etree._Element | None = element
    for _ in range(MAX_FIGURE_DEPTH):
        ancestor = ancestor.getparent() if ancestor is not None else None
        if ancestor is None:
            return None
        names = str(ancestor.get("class", "")).lower()
        if ancestor.tag in ("figure", "picture") or (names and CAPTION_RE.search(names)):
            break
    else:
        return None
    for image in ancestor.iter("img", "amp-img", "source"):
        for attribute in _IMAGE_SOURCE_ATTRIBUTES:
            url = absolute_url(image.get(attribute), base_url)
            if url is not None:
                return url
    return None


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
    if credit_box or is_credit_line(text):
        return text
    return _embedded(text)


def _embedded(text: str) -> str | None:
    """A credit at the end of a caption: "... Foto: dpa", "... © Jane Doe", "(Doe/AP)"."""
    for pattern in (_EMBEDDED_RE, _EMBEDDED_MARK_RE):
        match = pattern.search(text)
        if match is not None:
            return match.group(1).strip()
    match = _TRAILING_PARENS_RE.search(text)
    if match is not None:
        inner = match.group(1)[1:-1]
        if "/" in inner or _is_source(inner):
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
    for segment in _PART_SEPARATOR_RE.split(body):
        label, value = _label(segment)
        if label is None and parts and parts[-1][0] is not None and "/" not in segment:
            # "Foto: dpa / Michael Kappeler": the segment continues the previous value.
            previous_label, previous_value = parts.pop()
            parts.append((previous_label, f"{previous_value} / {segment.strip()}"))
        else:
            parts.append((label, value))
    return parts


def _label(segment: str) -> tuple[str | None, str]:
    segment = segment.strip()
    match = _LABEL_RE.match(segment)
    if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
        return normalise_line(match.group(1)), segment[match.end() :].strip()
    for pattern, label in (
        (_COPYRIGHT_RE, None),
        (_COURTESY_RE, "source"),
        (_LABEL_VIA_RE, "source"),
    ):
        match = pattern.match(segment)
        if match is not None:
            return label, segment[match.end() :].strip()
    match = _BY_RE.match(segment)
    if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
        return "photographer", segment[match.end() :].strip()
    return None, segment


def _split_value(value: str) -> _Parts:
    """Author and source of an unlabelled credit value."""
    for pattern in (_FOR_RE, _VIA_RE):  # "J. Doe for The Guardian", "Jane Doe via Getty"
        pieces = pattern.split(value, maxsplit=1)
        if len(pieces) == 2 and all(piece.strip() for piece in pieces):
            return _Parts(pieces[0].strip(), pieces[1].strip())
    pieces = [piece for piece in _SLASH_RE.split(value) if piece]
    sources = [piece for piece in pieces if _is_source(piece)]
    people = [piece for piece in pieces if not _is_source(piece)]
    if not people:
        return _Parts(None, "/".join(sources) or None)
    # The first person-like part is the author; what follows it are the outlets.
    return _Parts(people[0], "/".join([*people[1:], *sources]) or None)


def _is_source(part: str) -> bool:
    """True when a credit part names an agency, stock site or publication, not a person."""
    lowered = " ".join(part.casefold().split())
    if lowered in CREDIT_SOURCES or lowered.split("-")[0] in CREDIT_SOURCES:
        return True
    letters = part.replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 6:
        return True
    return _SOURCE_WORD_RE.search(part) is not None


def merge_credits(*groups: Iterable[ImageCredit]) -> tuple[ImageCredit, ...]:
    """The credits of all groups in order, each credit text once."""
    seen: set[str] = set()
    merged: list[ImageCredit] = []
    for group in groups:
        for credit in group:
            key = " ".join(credit.text.casefold().split())
            if key not in seen:
                seen.add(key)
                merged.append(credit)
    return tuple(merged)
