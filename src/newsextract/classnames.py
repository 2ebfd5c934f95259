"""What the class/id vocabulary (patterns.py) says of an element's names.

The names of an element are its class and id. A `Names` reader, made once per page, reads
each class/id string once (pages repeat the same names hundreds of times); the pruner asks
it whether names mark boilerplate, a caption box or the box of a date.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final, NamedTuple

from lxml import etree

from newsextract.caches import short_string_cache
from newsextract.lexicon import COMMENT_WORD_RE
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
    STYLE_CLASS_RE,
    STYLE_HINT_RE,
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
    return text is not None and _WORD_RE.search(text) is not None


_WORD_RE: Final = re.compile(r"\w")


#: The notice of a comment box (its rules, a prompt) is at most this long.
MAX_COMMENT_NOTICE_CHARS: Final = 1500


def notes_comments(text: str, element: etree._Element) -> bool:
    """Whether the text of `element` names the comments and stands right before the page's
    box of comments ("Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind …"):
    the box's notice, not the article's text."""
    return (
        len(text) <= MAX_COMMENT_NOTICE_CHARS
        and COMMENT_WORD_RE.search(text) is not None
        and before_comments(element)
    )


#: A box of comments is looked for after an element, or after its nearest ancestors that
#: have no element after them, up to this many levels ("<p>notice</p></div><div
#: id=disqus_thread>").
MAX_COMMENTS_LEVELS: Final = 3


def before_comments(element: etree._Element) -> bool:
    """Whether the next element after `element` (or after an ancestor with nothing after it)
    is named as a box of comments ("comments-area", "disqus_thread")."""
    for _ in range(MAX_COMMENTS_LEVELS):
        after = element.getnext()
        while after is not None and not isinstance(after.tag, str):  # a comment node
            after = after.getnext()
        if after is not None:
            names = f"{after.get('class', '')} {after.get('id', '')}"
            return read_names(names).concept == "comments"
        parent = element.getparent()
        if parent is None:
            return False
        element = parent
    return False
