"""Boilerplate removal: which subtrees of a page are never article text, and why.

The tree is not changed: a `Pruner`, made once per page, is asked once per element by the
segmenting walk (blocks.py), which skips the subtrees it names. Boxes found here stay in the
tree for the stages that turn them into data (related links, credits).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final, NamedTuple

from lxml import etree

from newsextract.boxheadings import box_under_heading
from newsextract.classnames import NO_VERDICT, Names, Verdict, in_a_sentence
from newsextract.lines import box_heading_kind, is_prompt_line
from newsextract.namedboxes import LONG_PARAGRAPH_CHARS, kept_despite_names, metered_text
from newsextract.parsing import elements_found, holds, holds_link, text_of
from newsextract.patterns import (
    BESIDE_TOKENS,
    HIDDEN_STYLE_RE,
    JUNK_TAGS,
    NEVER_PRUNED_TAGS,
)
from newsextract.relatedboxes import lone_card

#: Elements that hold the whole page: a related label at their top does not make them a box.
_PAGE_TAGS: Final = frozenset({"html", "body", "main"})
#: A related-links box holds links; a label followed by plain text is something else.
#: A box named "with-sidebar" or "post-ads" that holds this many long paragraphs
#: (namedboxes.LONG_PARAGRAPH_CHARS) wraps the article.
PROSE_PARAGRAPHS: Final = 3
_LONG_PARAGRAPHS: Final = etree.XPath(
    f"//p[string-length(normalize-space()) > {LONG_PARAGRAPH_CHARS}]"
)
#: What marks the article: a box that holds one of these holds the article.
#: (Attributes are searched as attributes, "//@itemprop[...]/..": twice as fast as a test
#: on every element.)
_ARTICLE_MARKS: Final = etree.XPath("//h1 | //main | //@itemprop[.='articleBody']/..")
#: A button around a captioned image: a figure to click on (a lightbox, a slide viewer).
_CAPTIONED_IMAGE: Final = etree.XPath(
    "boolean(.//figcaption) and boolean(.//img | .//picture) and not(.//form | .//input)"
)
_MARKED_BODY: Final = etree.XPath("boolean(descendant-or-self::*/@itemprop[.='articleBody'])")
#: A box whose <h1>s, two or more, are all linked titles (teasers set theirs in <h1>), and
#: that holds no <main> and no articleBody: it lists other articles, it holds none.
_TEASER_HEADLINES: Final = etree.XPath(
    "count(.//h1) > 1 and not(.//h1[not(.//a[@href] or ancestor::a[@href])])"
    " and not(.//main | .//*[@itemprop='articleBody'])"
)
_HOLDS_PROSE: Final = etree.XPath(
    f"count(.//p[string-length(normalize-space()) > {LONG_PARAGRAPH_CHARS}]) >= {PROSE_PARAGRAPHS}"
)
#: Whether a box holds the article or prose is asked of the box itself (an XPath over its
#: subtree) this many times a page; after that, of sets found once for the whole page, so
#: that boxes nested hundreds deep cost no more than the page (a page asks 13 times on average).
PER_BOX_QUESTIONS: Final = 64
#: Concepts whose boxes hold prose of their own (reader comments): prose does not save them.
UNGUARDED_CONCEPTS: Final = frozenset({"comments", "related", "listing"})
#: Concepts whose boxes a second opinion never lifts: reader comments are prose, never the
#: article; bylines, tags, menus, share bars, cookie and location prompts are never prose.
UNLIFTED_CONCEPTS: Final = frozenset(
    {"comments", "meta", "navigation", "sharing", "consent", "location"}
)
#: Junk tags that may wrap the article on some pages: a second opinion may lift them.
SOFT_JUNK_TAGS: Final = frozenset({"aside", "noscript"})
#: A box that holds paragraphs is not a caption, whatever its class says.
#: A ruby reading (<rt>) that the page gives no parentheses for (<rp>) is left out: the base
#: text reads alone ("子", not "子こども"); with them it reads as "尹錫悦(ユンソンニョル)".
_RUBY_FALLBACK: Final = etree.XPath("boolean(../rp)")
#: A form that wraps the page (ASP.NET pages put everything in one) rather than a prompt.
_WRAPS_PAGE: Final = etree.XPath(
    "boolean(.//h1 | .//article | .//*[@itemprop='articleBody'] | .//main) or count(.//p) > 4"
)


class Pruner:
    """Says which subtrees of one page are boilerplate; make one per page.

    The verdicts of the class/id vocabulary come from a `Names` reader of the page; a kept
    box they name as a date's is judged DATED_BOX, which the walk records as date markup
    (marks.py).
    """

    __slots__ = ("_holders", "_names", "_page", "_questions")

    def __init__(self, names: Names | None = None) -> None:
        self._names = Names() if names is None else names
        self._holders: _Holders | None = None
        self._questions = 0
        self._page: _Page | None = None

    def _guarded(self, element: etree._Element, concept: str) -> bool:
        """True when a box named as boilerplate holds the article and must stay. A box of
        related articles whose <h1>s are its teasers' linked titles holds none."""
        if concept in UNGUARDED_CONCEPTS:
            return self._holds_article(element) and not _TEASER_HEADLINES(element)
        return self._holds_article(element) or self._holds_prose(element)

    def _holds_article(self, element: etree._Element) -> bool:
        """True when `element` holds an h1 or a <main>, or is or holds the articleBody."""
        if element in self._page_of(element).headlines:
            return True
        if self._questions < PER_BOX_QUESTIONS:
            self._questions += 1
            return bool(_MARKED_BODY(element))
        return element in self._holders_on(element).article

    def _holds_prose(self, element: etree._Element) -> bool:
        if self._questions < PER_BOX_QUESTIONS:
            self._questions += 1
            # Paragraphs of any length first: a walk that stops at the last one needed,
            # where the pattern measures each paragraph's text (few boxes hold as many).
            return holds(element, "p", at_least=PROSE_PARAGRAPHS) and bool(_HOLDS_PROSE(element))
        return element in self._holders_on(element).prose

    def _holders_on(self, element: etree._Element) -> _Holders:
        """The holders of the page of `element`, found on the first question."""
        if self._holders is None:
            self._holders = _find_holders(element.getroottree().getroot())
        return self._holders

    def _page_of(self, element: etree._Element) -> _Page:
        """The prompts and headline holders of the page of `element`, read when first asked."""
        if self._page is None:
            self._page = _read_page(element.getroottree().getroot())
        return self._page

    def judge(self, element: etree._Element, keys: Collection[object] | None = None) -> Judgement:
        """Whether the subtree of `element` is boilerplate (and why), or a caption box.
        `keys` are the names of its attributes when the caller has read them."""
        tag = element.tag
        if not isinstance(tag, str):
            return Judgement("not an element")
        if tag in JUNK_TAGS:
            if tag == "aside":
                return _aside(element, self._holds_prose)
            if tag == "button" and len(element) and _CAPTIONED_IMAGE(element):
                return KEEP  # a figure to click on, to see it enlarged
            return _TAG_JUDGEMENTS[tag]
        if tag == "rt" and not _RUBY_FALLBACK(element):
            return _RUBY_READING
        if tag == "article" and lone_card(element) is not None:
            return _CARD
        page = self._page
        if page is None:  # the first question of the page (a walk of it, made once)
            page = self._page = _read_page(element.getroottree().getroot())
        if element in page.prompts:
            return _PROMPT
        if tag == "form" and not _WRAPS_PAGE(element):
            return Judgement("form", soft=True)
        if len(element) > 1 and tag not in _PAGE_TAGS:
            box = box_under_heading(element, self._holds_prose)
            if box is not None:
                return Judgement(
                    f"box under a {box} heading",
                    related=box == "related",
                    soft=box not in ("comments", "author"),
                )
        if keys is None:
            keys = element.keys()
        if not keys:  # (tests of a list of one or two names: no look-up of an attribute)
            return KEEP
        hidden = "hidden" in keys or (
            "aria-hidden" in keys and element.get("aria-hidden") == "true"
        )
        if hidden and not metered_text(element.get("class"), element):
            return Judgement("hidden attribute", soft=True)
        style = element.get("style") if "style" in keys else None
        if style and HIDDEN_STYLE_RE.search(style):
            return Judgement("hidden by style", soft=True)
        if tag in NEVER_PRUNED_TAGS or ("class" not in keys and "id" not in keys):
            return KEEP
        names = f"{element.get('class', '')} {element.get('id', '') if 'id' in keys else ''}"
        verdict = self._names[names] if len(names) > 2 else NO_VERDICT
        if verdict == NO_VERDICT or in_a_sentence(element):  # (most names say nothing)
            return KEEP
        return self._named(element, verdict)

    def _named(self, element: etree._Element, verdict: Verdict) -> Judgement:
        """The judgement on `element`, whose class/id the vocabulary reads as `verdict`."""
        if verdict.concept == "hidden":
            return Judgement(f"hidden by class {verdict.token!r}", soft=True)
        if verdict.concept is not None:
            if kept_despite_names(element, verdict.concept, verdict.token):
                return KEEP
            if not self._guarded(element, verdict.concept):
                return Judgement(
                    f"{verdict.concept} class/id {verdict.token!r}",
                    related=verdict.concept == "related",
                    beside=verdict.token in BESIDE_TOKENS,
                    token=verdict.token,
                    soft=verdict.concept not in UNLIFTED_CONCEPTS,
                )
        if verdict.caption and not holds(element, "p", at_least=2):
            return CAPTION_BOX
        return DATED_BOX if verdict.dated else KEEP

    def reason(self, element: etree._Element) -> str | None:
        """Why the subtree of `element` is boilerplate, or None when it may hold article text."""
        return self.judge(element).reason


class Judgement(NamedTuple):
    """The pruner's word on one element."""

    reason: str | None = None  # why its subtree is boilerplate; None: keep it
    caption: bool = False  # a kept box that describes or credits an image
    related: bool = False  # a pruned box of links to other articles
    beside: bool = False  # a pruned box beside the article that may hold a related box
    token: str = ""  # the class/id token of the boilerplate concept that pruned it
    #: A kept box whose names the pruner read as the box of a date ("post-date", "meta__date")
    dated: bool = False
    #: The reason is a guess a second opinion may overrule: the page's own names for the box,
    #: <aside> or <form>, a heading over it, or its being hidden (until a script shows it).
    #: Scripts, styles, navigation, media and reader comments are never text.
    soft: bool = False


KEEP: Final = Judgement()
_RUBY_READING: Final = Judgement("ruby reading without parentheses")
#: An <article> that is one teaser card: one link, with a heading, holding all its text.
_CARD: Final = Judgement("an article that is a teaser card", beside=True, soft=True)
_PROMPT: Final = Judgement("a box with a check box or radio button", soft=True)
CAPTION_BOX: Final = Judgement(caption=True)
DATED_BOX: Final = Judgement(dated=True)
#: The judgement on each junk tag, made once.
_TAG_JUDGEMENTS: Final = {t: Judgement(f"tag {t}", soft=t in SOFT_JUNK_TAGS) for t in JUNK_TAGS}


def _aside(element: etree._Element, holds_prose: Callable[[etree._Element], bool]) -> Judgement:
    """An <aside>: a box of related links when a related heading opens it or its label for
    screen readers is one (aria-label="Verwandte Artikel"), else furniture that may hold
    such a box."""
    if len(element) > 1 and box_under_heading(element, holds_prose) == "related":
        return Judgement("aside under a related heading", related=True, soft=True)
    label = element.get("aria-label")
    if label and box_heading_kind(label) == "related" and holds_link(element):
        return Judgement("aside labelled as related", related=True, soft=True)
    return Judgement("tag aside", beside=True, soft=True)


class _Holders(NamedTuple):
    """The elements that hold the article's marks, and those that hold prose."""

    article: set[etree._Element]
    prose: set[etree._Element]


#: The types of the inputs that are check boxes and radio buttons: a consent toggle, a
#: poll, a newsletter's agreement.
_CONTROL_TYPES: Final = frozenset({"checkbox", "radio"})
#: A button that invites the reader ("Jetzt abonnieren", "Subscribe now":
#: lines.is_prompt_line) is such a control too; its text is a few words in fewer than this
#: many elements (an icon beside it).
MAX_BUTTON_CHILDREN: Final = 4
#: The box of a control is the nearest of its ancestors up to this many levels that holds a
#: paragraph or a heading (the prompt's text).
MAX_PROMPT_LEVELS: Final = 4
_HOLDS_PROMPT_TEXT: Final = etree.XPath("boolean(p | h2 | h3 | h4 | h5 | h6 | *[@class='h3'])")


class _Page(NamedTuple):
    """What one search of a page finds for the pruner."""

    #: The boxes that ask the reader to tick something (_find_prompts).
    prompts: frozenset[etree._Element]
    #: The elements that hold an h1 or a <main>: what `holds(element, "h1", "main")` says
    #: of each element of the page, asked of a set instead of a walk of its subtree.
    headlines: frozenset[etree._Element]


def _read_page(root: etree._Element) -> _Page:
    """The prompts and the headline holders of the page: one walk of it by tag, in C (one
    tag costs as much as three), then walks up from the few elements found, each stopping
    where an earlier one passed."""
    controls: list[etree._Element] = []
    headlines: set[etree._Element] = set()
    for node in root.iter("input", "button", "h1", "main"):
        if node.tag == "input":
            if node.get("type") in _CONTROL_TYPES:
                controls.append(node)
            continue
        if node.tag == "button":  # "Jetzt abonnieren": a box that invites the reader
            if len(node) < MAX_BUTTON_CHILDREN and is_prompt_line(text_of(node)):
                controls.append(node)
            continue
        parent = node.getparent()
        while parent is not None and parent not in headlines:
            headlines.add(parent)
            parent = parent.getparent()
    return _Page(_find_prompts(controls, headlines), frozenset(headlines))


def _find_prompts(
    controls: list[etree._Element], headlines: set[etree._Element]
) -> frozenset[etree._Element]:
    """The boxes that ask the reader to tick something, above `controls` (check boxes and
    radio buttons): a control and the text around it ("Ich bin damit einverstanden, dass
    mir Inhalte von YouTube angezeigt werden", a poll's question), in a box that holds no
    headline (`headlines`), no articleBody and no prose."""
    prompts: set[etree._Element] = set()
    for control in controls:
        node = control.getparent()
        for _ in range(MAX_PROMPT_LEVELS):
            if node is None or node.tag in _PAGE_TAGS or node.tag in NEVER_PRUNED_TAGS:
                break
            if _HOLDS_PROMPT_TEXT(node):
                if (  # not a form around it all
                    node not in headlines and not _MARKED_BODY(node) and not _HOLDS_PROSE(node)
                ):
                    prompts.add(node)
                break
            node = node.getparent()
    return frozenset(prompts)


def _find_holders(root: etree._Element) -> _Holders:
    """Every element that holds an h1, a <main> or the articleBody, and every element that
    holds PROSE_PARAGRAPHS long paragraphs: two searches of the page, then walks up from what
    they found, each stopping where an earlier walk passed (linear in the page)."""
    article: set[etree._Element] = set()
    for mark in elements_found(_ARTICLE_MARKS(root)):
        node = mark if mark.get("itemprop") == "articleBody" else mark.getparent()
        while node is not None and node not in article:
            article.add(node)
            node = node.getparent()
    prose: set[etree._Element] = set()
    counts: dict[etree._Element, int] = {}
    for paragraph in elements_found(_LONG_PARAGRAPHS(root)):
        node = paragraph.getparent()
        while node is not None and node not in prose:
            counts[node] = counts.get(node, 0) + 1
            if counts[node] >= PROSE_PARAGRAPHS:
                prose.add(node)  # and so, on a later walk, are its ancestors
            node = node.getparent()
    return _Holders(article, prose)
