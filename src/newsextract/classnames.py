"""What the class/id vocabulary (patterns.py) says of an element's names.

The names of an element are its class and id. A `Names` reader, made once per page, reads
each class/id string once (pages repeat the same names hundreds of times); the pruner asks
it whether names mark boilerplate, a caption box or the box of a date. The names of the box
right after a block also say whether the block is that box's (`notes_a_box`: a comment
box's notice, a share bar's label), and an inline element in a sentence is not furniture
whatever its names (`in_a_sentence`).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final, NamedTuple

from lxml import etree

from newsextract.caches import short_string_cache
from newsextract.lexicon import COMMENT_WORD_RE
from newsextract.parsing import text_of
from newsextract.patterns import (
    BOILERPLATE_CONCEPTS,
    BOILERPLATE_RE,
    BOILERPLATE_TOKENS,
    CAMEL_BOILERPLATE_RE,
    CAPTION_HINT_RE,
    CAPTION_RE,
    CAPTION_TOKENS,
    DATE_CLASS_RE,
    DATE_CLASS_TOKENS,
    DATE_HINT_RE,
    HIDDEN_CLASSES,
    INLINE_TAGS,
    LIVE_RE,
    SHARE_URL_RE,
    STYLE_CLASS_RE,
    STYLE_HINT_RE,
    TEXT_COMPONENTS,
    camel_case_words,
)
from newsextract.tokenpatterns import trie


class Verdict(NamedTuple):
    """What the vocabulary says of one class/id string."""

    concept: str | None  # the boilerplate concept it names, "hidden", or None
    token: str  # the token that named it
    caption: bool  # it names a caption or credit box
    dated: bool = False  # it names the box of a date ("post-date", "meta__date")


#: Every token a verdict reads (boilerplate, caption, date, hidden), as the start of a word of
#: a lower-case class/id string with a space put before it: the search skips in C to the
#: separators and tries the tokens only where a word starts (see _settled).
_ANY_TOKEN_RE: Final = re.compile(
    r"[\s_\-:]"
    + trie(
        {
            *(token for tokens in BOILERPLATE_TOKENS.values() for token in tokens),
            *CAPTION_TOKENS,
            *DATE_CLASS_TOKENS,
            *HIDDEN_CLASSES,
        }
    )
)
#: What most names say: nothing.
NO_VERDICT: Final = Verdict(None, "", caption=False)

#: Sites repeat their class names on every page: the verdicts on this many recent class/id
#: strings read in full are kept (per process; a verdict is a pure function of the string).
#: The quick test is not cached: it costs less than a look-up in the cache.
VERDICTS_CACHED: Final = 8192


def read_names(class_and_id: str) -> Verdict:
    """The verdict of the vocabulary on a class/id string.

    Caption names are also read in camel case ("imageEmbedCredit"), and so are the names of
    promotions, subscription prompts and consent boxes ("InlineDonationPromo"); other
    boilerplate names are not, since "withSidebar" or "navEl" name a page's wrappers as often
    as its furniture.
    """
    return NO_VERDICT if _settled(class_and_id) else _verdict_of(class_and_id)


def _settled(class_and_id: str) -> bool:
    """True when a class/id string holds no token of the vocabularies at a word start, in
    lower case nor with its camel-case words apart ("mainWrapper" as "main-wrapper"): no
    verdict (three in four of a page's names), without the six patterns of the full reading."""
    if class_and_id.islower():
        return _ANY_TOKEN_RE.search(" " + class_and_id) is None
    lowered, words = class_and_id.lower(), camel_case_words(class_and_id)
    return _ANY_TOKEN_RE.search(f" {lowered} {words}") is None


@short_string_cache(VERDICTS_CACHED)
def _verdict_of(class_and_id: str) -> Verdict:
    """The verdict of the vocabulary on a class/id string, read in full (see read_names)."""
    if "-" in class_and_id and STYLE_HINT_RE.search(class_and_id):
        class_and_id = STYLE_CLASS_RE.sub("", class_and_id)
    names = class_and_id.lower()
    words = names if names == class_and_id else camel_case_words(class_and_id)
    caption = CAPTION_HINT_RE.search(words) is not None and CAPTION_RE.search(words) is not None
    dated = DATE_HINT_RE.search(words) is not None and DATE_CLASS_RE.search(words) is not None
    hidden = HIDDEN_CLASSES.intersection(names.split())
    if hidden:
        return Verdict("hidden", min(hidden), caption)
    match = BOILERPLATE_RE.search(names)
    if match is None and words is not names:
        match = CAMEL_BOILERPLATE_RE.search(words)  # "InlineDonationPromo", "NewsletterBox"
    if match is None:
        return Verdict(None, "", caption, dated)
    token = match.group(0)
    if token == "cmp" and not TEXT_COMPONENTS.isdisjoint(names.split()):
        return Verdict(None, "", caption, dated)  # "cmp-text": a CMS's text component
    concept = BOILERPLATE_CONCEPTS.get(token, "boilerplate")
    if concept == "comments" and LIVE_RE.search(names):
        return Verdict(None, "", caption, dated)  # a live commentary is the article
    return Verdict(concept, token, caption, dated)


class Names(dict[str, Verdict]):
    """The verdicts on the class/id strings of one page, each read once; make one per page.

    `names[class_and_id]` is the verdict: a page repeats its names, and a name read before is
    a dictionary's look-up in C, without a call of Python."""

    __slots__ = ()

    def __missing__(self, names: str) -> Verdict:
        verdict = self[names] = read_names(names)
        return verdict


def in_a_sentence(element: etree._Element) -> bool:
    """An inline element with words on both sides ("At <span class=ticker>Acme</span>, we
    ..."): its names style a word of the sentence, they do not make it furniture. The words
    after it may be those of the next inline element ("in the 1986 <a class=tag>crime
    film</a> <a>River's Edge</a>, which")."""
    if element.tag not in INLINE_TAGS:
        return False
    tail = element.tail
    if not tail or not _WORD_RE.search(tail):
        after = element.getnext()
        if (tail and not tail.isspace()) or after is None or after.tag not in INLINE_TAGS:
            return False
        if not any(_WORD_RE.search(str(text)) for text in islice(after.itertext(), 4)):
            return False
    before = element.getprevious()
    parent = element.getparent()
    text = before.tail if before is not None else parent.text if parent is not None else None
    if text is not None and _WORD_RE.search(text) is not None:
        return True
    # opening its paragraph as the subject of the sentence its tail goes on with ("<a
    # class=tag>Peter Novak</a> will ride …", "<a class=tag>Tom Brandt</a>, his teammate"),
    # or as the place the story is told from ("<span class=dateline>OSLO -</span> The …")
    if before is not None or not tail:
        return False
    first = tail.lstrip()[:1]
    return (
        first.islower()
        or (first in _GOES_ON_MARKS and tail[:1] == first)
        or _PLACE_DATELINE_RE.fullmatch(element.text or "") is not None
    )


_WORD_RE: Final = re.compile(r"\w")
#: A story's dateline of a place and a dash (or an en or em dash), no date ("OSLO -").
_PLACE_DATELINE_RE: Final = re.compile(r"\s*[^\W\d_][^\d<>]{0,40}?\s[-\u2013\u2014]\s*")
#: Marks right after a sentence's subject that go on with the sentence ("Acme's", "Jane,").
_GOES_ON_MARKS: Final = frozenset(",;'\u2019")


#: The notice of a comment box (its rules, a prompt) is at most this long.
MAX_COMMENT_NOTICE_CHARS: Final = 1500
#: A label of the box after it ("Artikel teilen:", "Teile mich:") is at most this long.
MAX_BOX_LABEL_CHARS: Final = 60
#: The boxes a label may stand over: a share bar, a list of links.
_LABELLED_CONCEPTS: Final = frozenset({"sharing", "related", "more_link", "listing"})
#: Share buttons are looked for among this many first links of a box.
MAX_SHARE_LINKS: Final = 8


def notes_a_box(text: str, element: etree._Element, *, closing: bool) -> bool:
    """Whether the text of `element` belongs to the box after it: it names the comments and
    stands right before the page's box of comments ("Kommentare werden vor der
    Freischaltung geprüft …": the box's notice; asked of a `closing` block only, one
    of the last of the text, where such a box stands), or it is a label ending with a colon
    over a share bar or a list of links ("Diesen Artikel teilen:"), named so or
    made of share buttons (in the label's own box, when it holds nothing else to read)."""
    if len(text) <= MAX_BOX_LABEL_CHARS and text.rstrip().endswith(":"):
        after = element_after(element)
        if after is not None and _concept(after) in _LABELLED_CONCEPTS:
            return True
        return (_holds_only(element, text) and shares(element)) or (
            after is not None and shares(after)
        )
    if not closing or len(text) > MAX_COMMENT_NOTICE_CHARS:
        return False
    after = element_after(element)  # (before the search of the text: it costs less)
    return (
        after is not None
        and _concept(after) == "comments"
        and COMMENT_WORD_RE.search(text) is not None
    )


def _concept(element: etree._Element) -> str | None:
    return read_names(f"{element.get('class', '')} {element.get('id', '')}").concept


def _holds_only(element: etree._Element, text: str) -> bool:
    """Whether `element` holds nothing to read but `text` and the texts of its links."""
    links = sum(len("".join(text_of(link).split())) for link in element.iter("a"))
    return len("".join(text_of(element).split())) - links <= len("".join(text.split()))


def shares(box: etree._Element) -> bool:
    """Whether a box's first links hold a share button (a network's share endpoint)."""
    links = islice(box.iter("a"), MAX_SHARE_LINKS)
    return any(SHARE_URL_RE.search(str(link.get("href", ""))) for link in links)


#: A box is looked for after an element, or after its nearest ancestors that have no
#: element after them, up to this many levels ("<p>notice</p></div><div id=disqus_thread>").
MAX_BOX_LEVELS: Final = 3


def element_after(element: etree._Element) -> etree._Element | None:
    """The next element after `element`, or after its nearest ancestor with one (up to
    MAX_BOX_LEVELS levels); None when none follows so near."""
    for _ in range(MAX_BOX_LEVELS):
        after = element.getnext()
        while after is not None and not isinstance(after.tag, str):  # a comment node
            after = after.getnext()
        if after is not None:
            return after
        parent = element.getparent()
        if parent is None:
            return None
        element = parent
    return None
