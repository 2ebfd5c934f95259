"""Boxes the class/id vocabulary names as furniture that hold the article's content: a
heading named like a box (its names are anchors), a paywall's box that holds the text, a
figure offered for sharing or enlarging, a post quoted from a network (pruning.py asks).
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from newsextract.classnames import shares
from newsextract.parsing import text_of
from newsextract.patterns import BYLINE_TOKENS, HEADING_LEVELS

#: Long paragraphs: a box named "with-sidebar" or "post-ads" that holds them wraps the article.
LONG_PARAGRAPH_CHARS: Final = 120
#: A byline set as a heading is a small one (<h3> to <h6>) that holds a name or two.
MIN_BYLINE_HEADING_LEVEL: Final = 3
MAX_BYLINE_HEADING_CHARS: Final = 80
#: A box named for a paywall that holds a long paragraph and no form holds the article's
#: text; the prompt that stands in for it asks for a login or a payment.
METERED_TEXT: Final = etree.XPath(
    f"boolean(descendant-or-self::p[string-length(normalize-space()) > {LONG_PARAGRAPH_CHARS}])"
    " and not(.//form | .//input | .//button | .//select)"
)


#: Names of an image's figure as often as of furniture: a figure readers may share
#: ("shareable-item"), a lightbox that shows it enlarged ("ui-modal").
_FIGURE_CONCEPTS: Final = frozenset({"sharing", "overlay"})
#: A box that holds a captioned figure and no form: the figure's lightbox, not a prompt.
_HOLDS_FIGURE: Final = etree.XPath(
    "boolean(.//figure[.//figcaption]) and not(.//form | .//input | .//iframe)"
)


def kept_despite_names(element: etree._Element, concept: str, token: str = "") -> bool:
    """True when names of a boilerplate concept do not make `element` boilerplate: the names
    of a heading are anchors (but a byline's in a small one: `token`, the name's token), a
    box named for a paywall may hold the article's text, a figure named for sharing or an
    overlay is an image offered for sharing or enlarging (its buttons, boxes of their own
    inside it, are pruned on their own), and a box named for sharing that quotes a post of
    a network holds the post the article quotes."""
    if concept == "metered" and (METERED_TEXT(element) or _metered_sibling(element)):
        return True
    if concept in _FIGURE_CONCEPTS and (
        element.tag in ("figure", "figcaption") or _HOLDS_FIGURE(element)
    ):
        return True  # "shareable-item", "ui-modal": a figure to share or to enlarge
    if concept == "sharing" and _holds_post(element):
        return True  # "social-media-embed": a post quoted from a network, not a share bar
    return (
        element.tag in HEADING_LEVELS
        and concept != "comments"
        and not _byline_heading(element, token)
    )


def _holds_post(box: etree._Element) -> bool:
    """A box that quotes a post of a network ("<blockquote class=twitter-tweet>") and has no
    share button (a "click to tweet" quote repeats the article's words to share them)."""
    return box.find(".//blockquote") is not None and not shares(box)


def _metered_sibling(paragraph: etree._Element) -> bool:
    """A short paragraph named for a paywall beside one so named that holds the article's
    text ("<p class=paywall>The office declined to comment.</p>"): the paywall hides both."""
    names, siblings = paragraph.get("class"), (paragraph.getprevious(), paragraph.getnext())
    return paragraph.tag == "p" and any(
        node is not None and node.tag == "p" and node.get("class") == names and METERED_TEXT(node)
        for node in siblings
    )


def _byline_heading(element: etree._Element, token: str) -> bool:
    """A small heading named as a byline ("<h4 class=author>Jane Doe</h4>"): a name set in
    a heading's type, no section's heading."""
    return (
        token in BYLINE_TOKENS
        and HEADING_LEVELS[str(element.tag)] >= MIN_BYLINE_HEADING_LEVEL
        and len(text_of(element)) <= MAX_BYLINE_HEADING_CHARS
    )


def metered_text(names: str | None, element: etree._Element) -> bool:
    """A paragraph (or box) named for a paywall that holds the article's text: a paywall
    script hides it until it has checked the reader, but the text is on the page."""
    if not names:
        return False
    lowered = names.lower()
    return ("paywall" in lowered or "metered" in lowered) and bool(METERED_TEXT(element))
