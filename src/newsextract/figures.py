"""Figure credits: the credit a <figure> states apart from its caption's text.

News sites set an image's credit in markup of its own, next to the caption: a box named for
it inside the figure ("<span class=copyright>", "<div class=image__author>"), the figure's
<footer>, a data attribute of the image or the figure (data-credit, data-copyright), or the
last part of the caption after a bar ("A view of the harbour | Jane Doe/Reuters"). Each
article image's figure is read once; its credit names the image (`image_url`) and the
figure's caption without the credit (`caption`). `merge_credits` joins the credits of the
text, of the figures and of JSON-LD, each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Final

from lxml import etree

from newsextract.creditparts import credit_label, has_reader_label, is_agency_credit, parse_credit
from newsextract.credits import (
    MAX_CAPTION_CREDIT_WORDS,
    MAX_CREDIT_CHARS,
    MAX_IMAGE_CREDITS,
    credit_in,
    is_bare_label,
    names_the_site,
)
from newsextract.images import (
    MAX_FIGURE_DEPTH,
    caption_without,
    figure_image,
    image_url,
    picture_key,
    picture_parent,
    without_licensing,
)
from newsextract.lexicon import ALL
from newsextract.model import Image, ImageCredit
from newsextract.owners import NO_OWNERSHIP, Ownership
from newsextract.parsing import clean_text, holds, holds_little_text, text_of
from newsextract.patterns import (
    CREDIT_SOURCES,
    FIGURE_CREDIT_RE,
    HEADING_LEVELS,
    camel_case_words,
)
from newsextract.urls import host_of

#: A box around an image with more text than this holds more than its caption and credit.
MAX_BOX_TEXT_CHARS: Final = 2 * MAX_CREDIT_CHARS
#: The headings a figure's box holds none of.
_HEADING_TAGS: Final = tuple(HEADING_LEVELS)
#: The last part of a caption after one of these may be its credit.
_CAPTION_PART_RE: Final = re.compile(r"\s+[|\u2013\u2014]\s+|\s+-\s+")
#: A data attribute's value that is a URL, a path or JSON is not a credit.
_NOT_A_NAME_RE: Final = re.compile(r"://|^[/{\[]|^\W*$")


def figure_credits(
    images: Iterable[etree._Element],
    found: tuple[ImageCredit, ...],
    *,
    base_url: str | None,
    owner: Ownership = NO_OWNERSHIP,
) -> tuple[ImageCredit, ...]:
    """The credits `found` in the text, each with the caption of its image's figure when it
    has none, then the credits that the figures of the other images state in markup of
    their own (of `owner`'s images only: not a teaser card's, not the next article's).

    Whose image it is is asked only of an image with a figure not met before: half the
    article's images have none, and the question walks the boxes around a linked image."""
    captions: dict[str, str] = {}
    stated: list[ImageCredit] = []
    seen: set[etree._Element] = set()
    positions: dict[str, int] = {}  # image URL -> its place among the figures
    host = host_of(base_url) or ""
    for image in images:
        figure = _figure_of(image)
        if figure is None and len(stated) < MAX_IMAGE_CREDITS and owner.owns(image):
            described = _described_credit(image)  # a bare image: its description's credit
            if described is not None:
                stated.append(replace(described, image_url=image_url(image, base_url)))
        if figure is None or figure in seen or not owner.owns(image):
            continue
        seen.add(figure)
        # an image whose src is a placeholder: the figure's copy for pages read without
        # scripts (<noscript><img src=…></noscript>) names the file
        url = image_url(image, base_url) or figure_image(image, base_url)
        if url is not None:
            positions.setdefault(url, len(positions))
        caption = _figcaption_text(figure)
        if caption is not None and url is not None:
            captions[url] = caption
        credit = _stated_credit(image, figure, caption)
        if credit is not None and url is None and names_the_site(credit.text, host):
            continue  # "Quelle: Example.de" of a video: the site's, not an image's
        if credit is not None and len(stated) < MAX_IMAGE_CREDITS:
            stated.append(replace(credit, image_url=url))
    found = tuple(credit for credit in found if not _credits_a_video(credit.text))
    credited = {credit.image_url for credit in found} - {None}
    fresh = [
        credit
        for credit in stated
        if credit.image_url not in credited and not _credits_a_video(credit.text)
    ]
    found = tuple(_with_caption(credit, captions) for credit in found)
    return merge_credits(_in_page_order(found, fresh, positions))


def _credits_a_video(text: str) -> bool:
    """True for a credit labelled as a video's ("Video: Jane Doe" under a player): it names
    no image."""
    return credit_label(text.lstrip("("))[0] in ALL.video_labels


def _in_page_order(
    found: Sequence[ImageCredit], stated: Sequence[ImageCredit], positions: dict[str, int]
) -> list[ImageCredit]:
    """The credits found in the text in their order, each credit a figure states placed
    before the first found credit of a later image."""
    merged: list[ImageCredit] = []
    waiting = list(reversed(stated))
    for credit in found:
        place = positions.get(credit.image_url or "")
        while (
            waiting and place is not None and positions.get(waiting[-1].image_url or "", -1) < place
        ):
            merged.append(waiting.pop())
        merged.append(credit)
    return merged + waiting[::-1]


def _stated_credit(
    image: etree._Element, figure: etree._Element, caption: str | None
) -> ImageCredit | None:
    text = _attribute_credit(image) or _attribute_credit(figure)
    if figure.tag != "figure":  # a box around the image: a line of its own reads as a credit
        text = text or _text_credit(figure)
        # the box's text is the caption, but not the article's header's (a lead image beside
        # the headline, the standfirst and the byline: "Onlineversand aus Fernost: Wie …")
        caption = None if holds(figure, *_HEADING_TAGS) else clean_text(text_of(figure))
    elif text is None:
        text = _element_credit(figure)
        if text is None and caption is not None:
            text = _caption_credit(caption)
        if text is None:  # a line of its own beside the <figcaption> ("Image source, ESA")
            text = _text_credit(figure)
    if text is None:
        return _described_credit(image)
    credit = parse_credit(text)
    if credit.caption is None and caption is not None:
        described = caption_without(caption, text)
        credit = replace(credit, caption=None if is_bare_label(described or "") else described)
    return credit


def _with_caption(credit: ImageCredit, captions: dict[str, str]) -> ImageCredit:
    caption = captions.get(credit.image_url or "")
    if credit.caption is not None or caption is None:
        return credit
    return replace(credit, caption=caption_without(caption, credit.text))


def _figure_of(image: etree._Element) -> etree._Element | None:
    """The image's <figure>, else the largest box around it that holds no other image and
    little text (a caption and a credit, not the article's paragraphs)."""
    ancestor, box = picture_parent(image), None
    for _ in range(MAX_FIGURE_DEPTH):
        if ancestor is None:
            break
        if ancestor.tag == "figure":
            return ancestor
        if ancestor.tag in _PAGE_BOXES:
            break  # a short page's <article> or <body> is not the image's box
        if _holds_one_image(ancestor) and holds_little_text(ancestor, MAX_BOX_TEXT_CHARS):
            box = ancestor
        else:
            break
        ancestor = ancestor.getparent()
    return box if box is not None and text_of(box).strip() else None


#: Boxes that hold a page or its article, never an image's figure alone.
_PAGE_BOXES: Final = frozenset({"article", "main", "body", "html"})


def _holds_one_image(element: etree._Element) -> bool:
    """Whether `element` holds one image at most; a <noscript> copy of it for pages read
    without scripts is the same image."""
    images = (image for image in element.iter("img") if not _in_noscript(image))
    next(images, None)
    return next(images, None) is None


def _in_noscript(image: etree._Element) -> bool:
    """An image in a <noscript>: a copy for pages read without scripts."""
    parent = image.getparent()
    return parent is not None and parent.tag == "noscript"


def _attribute_credit(element: etree._Element) -> str | None:
    """A credit in a data attribute named for it ("data-credit", "data-copyright")."""
    for name, value in element.attrib.items():
        label = str(name).removeprefix("data-")
        if label == name or not FIGURE_CREDIT_RE.search(camel_case_words(label)):
            continue
        text = clean_text(str(value))
        if len(text) > MAX_CREDIT_CHARS or _NOT_A_NAME_RE.search(text) or is_bare_label(text):
            continue
        return text
    return None


#: A labelled credit in brackets that ends an image's description ("Demonstrators in
#: London. (Photo: Jane Roe / AP)"): the alt text states the credit the page shows nowhere.
_DESCRIBED_CREDIT_RE: Final = re.compile(rf"\(([^()]{{3,{MAX_CREDIT_CHARS}}})\)\s*$")


def _described_credit(image: etree._Element) -> ImageCredit | None:
    """The credit that ends an image's alt text, labelled ("(Foto: Jane Roe)"), with the
    rest of the text as its caption."""
    alt = image.get("alt") or ""
    match = _DESCRIBED_CREDIT_RE.search(alt) if alt.endswith(")") else None
    if match is None or credit_label(match.group(1))[0] is None:
        return None
    credit = parse_credit(clean_text(match.group(1)))
    caption = caption_without(clean_text(alt), clean_text(match.group(0)))
    return replace(credit, caption=credit.caption or caption)


def _element_credit(figure: etree._Element) -> str | None:
    """The text of the figure's credit boxes and <footer>, outermost only, labels dropped."""
    parts = [part for part in _credit_boxes(figure) if not is_bare_label(part)]
    text = " ".join(parts)
    return text if text and len(text) <= MAX_CREDIT_CHARS else None


def _credit_boxes(figure: etree._Element) -> Iterator[str]:
    """The texts of the innermost credit boxes: a box around a credit box holds more (the
    caption too)."""
    boxes: dict[etree._Element, None] = {}
    for element in figure.iterdescendants():
        if not isinstance(element.tag, str) or element.tag in ("img", "picture", "source"):
            continue
        names = camel_case_words(f"{element.get('class', '')} {element.get('itemprop', '')}")
        if (
            element.tag != "footer"
            and not (names.strip() and FIGURE_CREDIT_RE.search(names))
            and not (element.tag == "cite" and _cites_the_image(element))
        ):
            continue
        for ancestor in element.iterancestors():
            boxes.pop(ancestor, None)
            if ancestor is figure:
                break
        boxes[element] = None
    for element in boxes:
        text = clean_text(text_of(element)) or clean_text(str(element.get("title", "")))
        if text:
            yield text


#: The last characters of a caption's part before a <cite> set apart from it: the cite is
#: no title cited in the caption's sentence ("Scene from <cite>Hamlet</cite>").
_PART_ENDS: Final = ".!?)|:\u2013\u2014-"


def _cites_the_image(cite: etree._Element) -> bool:
    """A <cite> of a figure's <figcaption> set apart from the caption's sentences: the
    image's credit ("<figcaption>A view. <cite>Jane Doe/Getty Images</cite></figcaption>")."""
    parent = cite.getparent()
    if parent is None or parent.tag != "figcaption":
        return False
    previous = cite.getprevious()
    before = (parent.text or "") if previous is None else (previous.tail or "")
    if previous is not None and not before.strip():
        return True  # after an element of its own (the caption's <span>)
    before = before.rstrip()
    return not before or before[-1] in _PART_ENDS


def _figcaption_text(figure: etree._Element) -> str | None:
    caption = next(figure.iter("figcaption"), None)
    if caption is None:
        return None
    return without_licensing(clean_text(text_of(caption)), caption) or None


def _text_credit(figure: etree._Element) -> str | None:
    """In a figure whose <figcaption> holds none, a short line of its own that is a credit, or that
    names a known agency or stock site alone."""
    for element in figure.iter("p", "span", "div", "small", "cite"):
        if next(element.iter("img", "picture"), None) is not None:
            continue
        text = clean_text(text_of(element))
        if len(text.split()) > MAX_CAPTION_CREDIT_WORDS or is_bare_label(text):
            continue
        if has_reader_label(text) or credit_in(text) is not None:
            return credit_in(text) or text
        if text.casefold() in CREDIT_SOURCES:  # "<div>Getty Images</div>" under the image
            return text
    return None


def _caption_credit(caption: str) -> str | None:
    """The credit at the end of a caption: in an agency's form ("… | Jane Doe/Reuters"), or
    labelled or marked ("… Photo: Jane Doe", "… © Jane Doe")."""
    last = _CAPTION_PART_RE.split(caption)[-1].strip()
    if is_agency_credit(last) or has_reader_label(last):
        return last
    found = credit_in(caption)
    return found if found is not None and len(found.split()) <= MAX_CAPTION_CREDIT_WORDS else None


#: A credit is compared with this many earlier ones for repeats (a bound for huge galleries).
MAX_COMPARED_CREDITS: Final = 200


def merge_credits(*groups: Iterable[ImageCredit]) -> tuple[ImageCredit, ...]:
    """The credits of all groups in order, each once: a credit whose text is part of an
    earlier one ("Ole Brinkhaus" after "Foto: Ole Brinkhaus") is the same credit, and a credit
    that holds an earlier one of no image or of its image takes its place (the credit
    element alone, then the caption's whole credit)."""
    merged: list[ImageCredit] = []
    keys: list[str] = []
    for group in groups:
        for credit in group:
            key = " ".join(credit.text.casefold().split())
            compared = keys[:MAX_COMPARED_CREDITS]
            if any(key in earlier for earlier in compared):
                continue
            part = _part_of(key, credit, compared, merged)
            if part is not None:  # "Photo by Jane Doe", then "Photo by Jane Doe / AP"
                keys[part], merged[part] = key, _with_known(credit, merged[part])
                continue
            keys.append(key)
            merged.append(credit)
            if len(merged) >= MAX_IMAGE_CREDITS:
                return tuple(merged)
    return tuple(merged)


def _part_of(
    key: str, credit: ImageCredit, keys: Sequence[str], merged: Sequence[ImageCredit]
) -> int | None:
    """The earlier credit that this one begins with and goes on after a word ("Photo by Jane
    Doe" before "Photo by Jane Doe / AP", not "Foto: X 1" before "Foto: X 10"), of no image
    or of the same image."""
    for index, earlier in enumerate(keys):
        if (
            key.startswith(earlier)
            and not key[len(earlier) : len(earlier) + 1].isalnum()
            and merged[index].image_url in (None, credit.image_url)
        ):
            return index
    return None


def _with_known(credit: ImageCredit, earlier: ImageCredit) -> ImageCredit:
    return replace(
        credit,
        caption=credit.caption or earlier.caption,
        image_url=credit.image_url or earlier.image_url,
    )


def of_other_images(
    stated: Iterable[ImageCredit], found: Sequence[ImageCredit]
) -> tuple[ImageCredit, ...]:
    """The credits the page's metadata states (JSON-LD) for images that the credits `found`
    on the page do not name: an image the page credits under it keeps that credit, not a
    second one from the metadata ("Foto: KCNA/AFP" under it, "STR" in its ImageObject)."""
    credited = {picture_key(credit.image_url) for credit in found if credit.image_url}
    return tuple(
        credit
        for credit in stated
        if credit.image_url is None or picture_key(credit.image_url) not in credited
    )


def with_lead_image(
    credits: tuple[ImageCredit, ...], images: Sequence[Image]
) -> tuple[ImageCredit, ...]:
    """Credits labelled as the lead image's ("Aufmacherbild:", "Top image:") get its URL."""
    if not images:
        return credits
    return tuple(
        replace(credit, image_url=images[0].src)
        if credit.image_url is None
        and credit_label(credit.text.lstrip("("))[0] in ALL.caption_labels
        else credit
        for credit in credits
    )
