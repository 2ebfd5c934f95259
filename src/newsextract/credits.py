"""Image credits: find the credit in a caption or a credit line (creditparts.py tells its
parts apart).

A caption's credit is a line or an element of its own in the caption ("<span>Foto: X</span>",
with what follows it after a separator), or the end of the caption ("... Foto: dpa",
"... (Picture: Reuters)", "... REUTERS/Jane Doe"); in the article's text, a whole credit line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Final

from lxml import etree

from newsextract.blocks import Block, Role
from newsextract.creditparts import (
    COPYRIGHT_RE,
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    SUFFIX_LABELS,
    TRAILING_PARENS_RE,
    credit_label,
    is_agency_credit,
    is_bracketed_credit,
    is_source,
    parse_credit,
)
from newsextract.images import caption_without, figure_image, without_licensing
from newsextract.lexicon import ALL, CREDIT_LABEL_WORDS, any_of
from newsextract.lines import is_credit_line, normalise_line
from newsextract.model import ImageCredit
from newsextract.owners import NO_OWNERSHIP, Ownership
from newsextract.parsing import clean_text, printable, text_of
from newsextract.patterns import (
    CREDIT_RE,
    camel_case_words,
)
from newsextract.placement import in_page_footer
from newsextract.urls import host_of, site_name

#: Credits are short; a longer text that opens with "Photo:" is prose.
MAX_CREDIT_CHARS: Final = 250

#: A credit read from a caption has at most this many words ("Image: Jane Doe has agreed a
#: deal" is a caption behind a screen reader's label).
MAX_CAPTION_CREDIT_WORDS: Final = 8

_EMBEDDED_RE: Final = re.compile(
    r"(?:[.,!?…)\]\u2019\u201d\"»]\s+|\s[|/\u2013\u2014•-]\s+)((?:"
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
_SENTENCE_END_RE: Final = re.compile(r"(?<=[.!?\u2019\u201d\"])\s+|\s+[|\u2013\u2014]\s+")


#: Inline elements of a caption that may hold its credit apart from the description.
_INLINE_CREDIT_TAGS: Final = ("span", "small", "em", "i", "cite", "b", "strong")
#: A credit made of the words of credit labels and copyright marks alone carries no credit.
_LABEL_WORDS: Final = CREDIT_LABEL_WORDS | {"copyright", "©", "(c)"}

#: A line of the text that is a link's text this much or more names a page, not a credit.
MIN_LINKED_SHARE: Final = 0.9
#: "Copyright: Project Syndicate, 2025" in the text, not in a caption: the copyright of the
#: text (a syndicated column's), not of an image.
_TEXT_COPYRIGHT_RE: Final = re.compile(
    r"^\W{0,2}(?:©|\(c\)|copyright\b).*\b(?:19|20)\d\d\W*$", re.I
)

#: What a line that ends with a bracketed credit ends with (TRAILING_PARENS_RE).
_CLOSING_BRACKETS: Final = (")", "\uff09")

#: At most this many image credits (13 on the busiest benchmark page).
MAX_IMAGE_CREDITS: Final = 100


def find_credits(
    blocks: Iterable[Block],
    elements: Sequence[etree._Element],
    *,
    base_url: str | None,
    owner: Ownership = NO_OWNERSHIP,
) -> tuple[ImageCredit, ...]:
    """The image credits among the blocks of an article (captions and credit lines), not
    those of other articles' images (`owner`: a teaser card's, the next article's).

    What a caption element holds (a credit of its own, the image of its figure) is looked
    up once per element, however many blocks its lines make."""
    credits: list[ImageCredit] = []
    host = host_of(base_url) or ""
    seen: set[str] = set()
    children: dict[int, str | None] = {}
    images: dict[int, str | None] = {}
    #: block owner -> not another article's, and not in the page's footer (asked once, of
    #: the blocks that hold a credit not met before: most hold none)
    owned: dict[int, bool] = {}
    for block in blocks:
        if block.role is Role.HEADING:
            continue
        element = elements[block.owner]
        if block.role is Role.CAPTION and block.owner not in children:
            children[block.owner] = None if _names_credit(element) else _credit_child(element)
        for found in _block_credits(block, element, children.get(block.owner)):
            text = _balanced(
                without_licensing(_one_half(" ".join(printable(found).split())), element)
            )
            if text in seen or is_bare_label(text):
                continue
            caption = block.role is Role.CAPTION
            if caption and block.owner not in images:
                images[block.owner] = figure_image(element, base_url)
            if (not caption or images[block.owner] is None) and names_the_site(text, host):
                continue  # "© Example-Magazin" of no image: the site's copyright
            if block.owner not in owned:  # asked last: it walks the boxes around the credit
                owned[block.owner] = not in_page_footer(element) and owner.owns(element)
            if not owned[block.owner]:
                break  # another article's: none of the block's credits is the article's
            seen.add(text)
            credit = parse_credit(text)
            if caption:
                shown = without_licensing(clean_text(block.text), element)
                described = credit.caption or caption_without(shown, text)
                credit = replace(credit, caption=described, image_url=images[block.owner])
            elif credit.caption is None:  # "caption | © credit", "caption. Foto: credit"
                credit = replace(credit, caption=_captioned(block.text, found))
            credits.append(credit)
            if len(credits) >= MAX_IMAGE_CREDITS:
                return tuple(credits)
    return tuple(credits)


#: The holder of a copyright line: its pieces between bars and slashes.
_HOLDER_SPLIT_RE: Final = re.compile(r"\s*[|/]\s*")


def names_the_site(text: str, host: str) -> bool:
    """True for a copyright line whose holder names the page's own site ("© Example-Magazin"
    on www.example-magazin.com, "© Broadcaster | example.de" on www.example.de), and for a
    labelled line whose whole value is the site's name ("Quelle: Example.de", "Source:
    E.X.A.M.P.L.E." on example.com): the source of the text (or of a video), not of an
    image."""
    if not host:
        return False
    marked = COPYRIGHT_RE.match(text)
    if marked is None:
        label, value = credit_label(text.strip("()"))
        name = _NOT_A_LETTER_RE.sub("", value.casefold())
        compact = _NOT_A_LETTER_RE.sub("", host)
        return label is not None and len(name) > 1 and name in (compact, _site_of(host))
    pieces = _HOLDER_SPLIT_RE.split(text[marked.end() :].casefold())
    return any(len(piece) > 1 and piece.replace(" ", "") in host for piece in pieces)


#: What a site's name loses to be compared: dots, hyphens, spaces ("F.A.S.", "radio-x.de").
_NOT_A_LETTER_RE: Final = re.compile(r"[\W_]+")


def _site_of(host: str) -> str:
    """A host's name without its suffix, letters and digits only ("radiox" for
    radio-x.de)."""
    return _NOT_A_LETTER_RE.sub("", site_name(f"https://{host}/"))


def _block_credits(block: Block, owner: etree._Element, child: str | None) -> Iterator[str]:
    """The credits in one block: in a caption anywhere (`child`: the credit of an element of
    its own in the caption), in the body a whole line or a labelled credit in brackets at
    its end ("… (credit: NASA/Jane Doe)"); not in a link's text, and not a copyright line
    with a year (the text's copyright)."""
    if block.role is Role.CAPTION:
        credit_box = _names_credit(owner)
        if child is not None:
            yield child
            return
        for line in block.text.split("\n"):  # "… REUTERS/Jane Doe Purchase Licensing Rights"
            text = credit_in(without_licensing(line, owner), credit_box=credit_box)
            if text is not None:
                yield text
        return
    if block.link_chars >= MIN_LINKED_SHARE * len(block.text.strip()):
        return  # a link's text ("BILD Gutscheine"): the name of another page, not a credit
    for line in block.text.split("\n"):
        if _is_credit_line(line):
            if not _TEXT_COPYRIGHT_RE.search(line):
                yield line
        elif (credit := caption_credit(line)) is not None:
            yield credit
        elif line.rstrip().endswith(_CLOSING_BRACKETS):  # most lines: no search
            match = TRAILING_PARENS_RE.search(line)
            if match is not None and is_credit_line(match.group(1)[1:-1]):
                yield match.group(1)


#: A caption and its credit on one line of the text: after a bar ("Die ersten Radfahrer am
#: Morgen. | © Jana Berger/Stadtwerke"), or after the caption's last sentence with a label
#: ("Der Tankwagen holt die Milch ab. Bildrechte: Landfunk/Petra Lenz"). The
#: caption is short, as captions are.
_BAR_RE: Final = re.compile(r"\s+\|\s+")
MAX_CAPTION_LINE_CHARS: Final = 250
#: Between a caption and its credit: what the caption ends with and separators.
_CAPTION_END: Final = " |/\u2013\u2014•-"
#: A caption before its credit has words: a lone word before a credit is a label of it
#: ("Illustrationen / Fotos: Jane Doe").
MIN_CAPTION_WORDS: Final = 2


def caption_credit(line: str) -> str | None:
    """The credit that ends a caption set as a line of the text, or None: the part after the
    last bar, or a labelled credit after the last sentence, is a credit line (a label or a
    copyright sign opens it; not the text's copyright with a year, nor a source's label: "…
    stieg um 3 %. Quelle: Bundesagentur" names the text's source), a caption's words come
    before it, and the line is a caption's length. The line is an image's caption, not the
    text."""
    if len(line) > MAX_CAPTION_LINE_CHARS or ("|" not in line and ":" not in line):
        return None  # most lines: no search
    credit = None
    if "|" in line and len(parts := _BAR_RE.split(line.strip())) > 1:
        credit = parts[-1]
    elif _labels_before_colon(line) and (match := _EMBEDDED_RE.search(line)) is not None:
        credit = match.group(1).strip()
        if credit_label(credit)[0] in ALL.source_labels:
            return None
    if credit is None or not _is_credit_line(credit) or _TEXT_COPYRIGHT_RE.search(credit):
        return None
    return credit if _caption_before(line, credit) else None


#: The last words of the credit labels ("bildrechte", "foto", "credit").
_LABEL_LAST_WORDS: Final = frozenset(label.split()[-1] for label in ALL.credit_labels)


def _labels_before_colon(line: str) -> bool:
    """Whether a colon of the line follows the last word of a credit label: a labelled
    credit may end the line (most lines with a colon: no search of _EMBEDDED_RE)."""
    start = 0
    while (colon := line.find(":", start)) >= 0:
        before = line[:colon].split()
        if before and before[-1].casefold() in _LABEL_LAST_WORDS:
            return True
        start = colon + 1
    return False


def _caption_before(line: str, credit: str) -> str | None:
    """The caption before a credit that ends the line (caption_credit)."""
    caption = clean_text(line[: line.rfind(credit)]).rstrip(_CAPTION_END)
    words = caption.split()
    return caption if len(words) >= MIN_CAPTION_WORDS and any(map(str.isalpha, caption)) else None


def _captioned(text: str, credit: str) -> str | None:
    """The caption before `credit` on the line of `text` that caption_credit reads it from."""
    for line in text.split("\n"):
        if line.rstrip().endswith(credit) and caption_credit(line) == credit:
            return _caption_before(line, credit)
    return None


def _credit_child(owner: etree._Element) -> str | None:
    """A credit that has an element of its own inside a caption ("<span>Photo: X</span> …")."""
    for child in owner.iterdescendants(_INLINE_CREDIT_TAGS):
        text = " ".join(text_of(child).split())
        if text and is_bare_label(text):  # "<span>Foto:</span> Jane Doe / dpa"
            whole = " ".join(text_of(owner).split())
            rest = whole[whole.find(text) :]
            short = len(rest.split()) <= MAX_CAPTION_CREDIT_WORDS
            return rest if rest != text and short and _is_credit_line(rest) else None
        if text and (
            _is_credit_line(text)
            or is_agency_credit(text)
            or is_bracketed_credit(text)
            or (_names_credit(child) and len(text.split()) <= MAX_CAPTION_CREDIT_WORDS)
        ):  # "<span class=credit>Photo by jdoe</span>": named a credit, it is one
            return _with_continuation(text, owner)
    return None


#: What continues a credit after its element: a separator, then the rest of the caption
#: ("<span class=credit>Photo by Jane Doe</span> /<span>AFP via Getty Images</span>").
_CONTINUATION_RE: Final = re.compile(r"\s*[/|]\s*\S")


def _with_continuation(text: str, owner: etree._Element) -> str:
    """The credit of an element with the parts that follow it in the caption, when the
    caption goes on after it with a separator and a few words only."""
    whole = " ".join(text_of(owner).split())
    index = whole.find(text)
    rest = whole[index + len(text) :] if index >= 0 else ""
    if (
        not _CONTINUATION_RE.match(rest)
        or len(rest.split()) > MAX_CAPTION_CREDIT_WORDS
        or len(text) + len(rest) > MAX_CREDIT_CHARS
    ):
        return text
    return text + rest


def is_bare_label(text: str) -> bool:
    """True for a label without a credit ("Image copyright", "Image:"): screen-reader text."""
    words = normalise_line(text).split()
    return all(word in _LABEL_WORDS for word in words)


def _balanced(text: str) -> str:
    """A credit without a bracket left alone at its end or start: the other one stayed in
    the caption ("(<div>Image:</div>Jane Doe)" gives "Jane Doe)")."""
    if text.endswith(")") and "(" not in text:
        return text[:-1].rstrip()
    if text.startswith("(") and ")" not in text:
        return text[1:].lstrip()
    return text


def _one_half(text: str) -> str:
    """A credit written twice in a row (a visible and a hidden copy) once."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    marked = COPYRIGHT_RE.match(text)  # "© Jane Doe Jane Doe"
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
    if _AGENCY_MARK in text:  # a Japanese caption names its agency after a full-width "="
        tail = text.rsplit(_AGENCY_MARK, 1)[1].strip()
        if tail and (is_source(tail) or is_agency_credit(tail)):
            return tail
    match = TRAILING_PARENS_RE.search(text)
    if match is not None:
        inner = match.group(1)[1:-1].strip()
        if normalise_line(inner) in ALL.credit_role_words:
            return None  # "(Archiv)", "(File)": a note on the image, not its credit
        if "/" in inner or is_source(inner) or is_credit_line(inner) or _label_after(inner):
            return match.group(1)
    return None


#: Before the agency at the end of a Japanese caption: a full-width equals sign.
_AGENCY_MARK: Final = "\uff1d"


def _label_after(inner: str) -> bool:
    """True for a credit whose label follows the name: "AP Photo", a Japanese name and
    "撮影" (photographed)."""
    if inner.endswith(SUFFIX_LABELS):
        return len(inner) > min(len(label) for label in SUFFIX_LABELS if inner.endswith(label))
    words = inner.split()
    return (
        MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS
        and normalise_line(words[-1]) in ALL.credit_labels
        and all(word[0].isupper() for word in words[:-1])
    )
