"""Topics: the tags a page states for its article (article:tag metas, JSON-LD keywords,
keywords metas), without the values that name no topic.

A value names no topic when it is an id (no letter, a UUID), a domain, the site itself (its
name, a part of it, its initials, its host), a word for the news
itself ("News", "Nachrichten", "World news today": lexicon `news_words`), the site's index
data (facets: "Category: World", "Page Type: Article", "source:tagname:X") or the headline's
words listed one by one in lower case (a keywords meta filled from the title), or the URL
slug's words from its start (filled from the slug: the headline as first published). A tag
written as a path ("sections/sverige") names its topic by its last part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final
from urllib.parse import urlsplit

from newsextract import jsonld
from newsextract.lexicon import ALL, any_of
from newsextract.urls import host_of

#: Tags are listed with commas (also the full-width comma and the ideographic one) or
#: semicolons.
_TAG_SEPARATOR_RE: Final = re.compile("[,;\uff0c\u3001\uff1b]")
#: Han, kana and Hangul: a list of words in these scripts is written with spaces between.
_CJK_RE: Final = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A value that names no topic: no letter at all (an id, a date), a UUID, a domain, an
#: entity left of a broken escaping ("&quot" of "&amp;quot,").
_NO_LETTER: Final = r"[\W\d_]*"
_NOT_A_TOPIC_RE: Final = re.compile(
    _NO_LETTER + r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?:[a-z0-9-]+\.)+[a-z]{2,}|&#?[a-z0-9]+;?",
    re.I,
)
#: A list of slugs written with spaces: at least this many lower-case slugs, this many of
#: them hyphenated ("city-council bike-lanes transport-budget").
MIN_SLUG_LIST_WORDS: Final = 3
MIN_HYPHENATED_SLUGS: Final = 2
_SLUG_WORD_RE: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: The folders of a tag written as a path ("topic/hagel & storm"): lower-case slugs.
_PATH_RE: Final = re.compile(r"(?:[a-z][a-z0-9_-]*/)+(?=[^/\s])")
_NO_LETTER_RE: Final = re.compile(_NO_LETTER)
#: A CMS's identifier in a value: a word opening with "_" ("_no-app-feed") or of letters and
#: digits joined by "_" ("type_news", "channel_other", "Jane Doe PUBLIC_FIGURE"): data of
#: the site's index or an entity's type, not a topic.
_IDENTIFIER_RE: Final = re.compile(r"(?:^|\s)_|[^\W_]_[^\W_]")
#: A facet of the site's index: a short label, a colon, a value ("Category: World").
_FACET_RE: Final = re.compile(r"([^\W\d][\w .-]{0,30}?):(\s?)\S")
#: Facets with a space after the colon are index data when a page lists at least this many
#: (one alone may be a topic's own name: "Brexit: the deal"); "key:value" always is.
MIN_FACETS: Final = 2
#: Values of a keywords list made of the title's words: lower-case, of at most this many
#: words, each a word of the title; a list with at least this many of them was filled from
#: the title, not by an editor.
MAX_TITLE_WORD_TAG_WORDS: Final = 3
MIN_TITLE_WORD_TAGS: Final = 3
MIN_TITLE_WORD_SHARE: Final = 0.5
_WORD_RE: Final = re.compile(r"\w+")
#: Separators between the parts of a site's name ("Daily Paper | Daily Paper News", a
#: full-width colon between Japanese names).
_SITE_PART_RE: Final = re.compile("\\s*[:\uff1a|\\-\u2013\u2014\u00b7]\\s*")
#: A tag that starts a site's name is the site when the name goes on without a space
#: ("朝日新聞デジタル", "LBCIV7"), and it is this long at least.
MIN_SITE_PREFIX_CHARS: Final = 3
#: The phrases of news words ("latest news", "news today"), wherever they stand in a value.
_NEWS_PHRASE_RE: Final = re.compile(
    rf"(?<!\w)(?:{any_of(phrase for phrase in ALL.news_words if ' ' in phrase)})(?!\w)"
)


def find_tags(
    lists: Sequence[Sequence[str]],
    articles: Sequence[dict[str, Any]],
    *,
    site_name: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> list[str]:
    """The topics of the page's tag lists (its article:tag metas, its keywords metas; the
    JSON-LD keywords of `articles` between them), in order, each value split at commas (a
    list of CJK words at spaces), without the values that name no topic (the `site_name`,
    the page's `url` and `title` tell some of them)."""
    sources = [lists[0], jsonld.keywords(articles), *lists[1:]] if lists else []
    values = [[_unfolded(part) for value in source for part in _split(value)] for source in sources]
    if not any(values):
        return []  # (most pages state few tag lists; many none)
    facets = sum(1 for source in values for value in source if _FACET_RE.match(value))
    title_words = frozenset(_WORD_RE.findall(title.casefold())) if title else frozenset()
    slug = _WORD_RE.findall(_slug(url).casefold())
    site = _Site.of(site_name, url)
    kept: list[str] = []
    for listed in values:
        if not listed or _from_title(listed, title_words):
            continue
        source = _facet_topics(listed)
        kept.extend(
            value
            for value in source[_slug_echo(source, slug) :]
            if value
            and not _NOT_A_TOPIC_RE.fullmatch(value)
            and not _is_slug_list(value)
            and not _is_facet(value, facets)
            and not site.names(value)
            and not _is_news_word(value)
            and not _IDENTIFIER_RE.search(value)
            and not _is_letter(value)
        )
    return kept


def is_tag_text(value: str) -> bool:
    """Whether a tag link's text may name a topic: not a CMS identifier ("INSURANCE_HEALTH",
    "_event"), not a letter alone, not figures without a letter ("0", "2017")."""
    return not (_NO_LETTER_RE.fullmatch(value) or _IDENTIFIER_RE.search(value) or _is_letter(value))


def _is_letter(value: str) -> bool:
    """A letter alone ("T", "E": a tag cut at an "&amp;"), of a script with capitals (a Han
    character alone may be a word)."""
    return len(value) == 1 and value.upper() != value.lower()


def _slug(url: str | None) -> str:
    """The last part of a URL's path ("mueren-seis-personas-incendio-forestal.html"); none
    for a URL urllib cannot take apart."""
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:  # "http://[::1": an unclosed IPv6 host
        return ""
    return path.rstrip("/").rpartition("/")[2]


def _slug_echo(values: Sequence[str], slug: Sequence[str]) -> int:
    """How many leading values of a list spell the words of the URL's slug in order from its
    start, in lower case ("mueren, seis, personas" on /mueren-seis-personas-incendio.html): a
    list filled from the slug, not by an editor; 0 unless MIN_TITLE_WORD_TAGS of them do."""
    position = count = 0
    for value in values:
        words = _WORD_RE.findall(value)
        if not words or not value.islower() or words != slug[position : position + len(words)]:
            break
        position, count = position + len(words), count + 1
    return count if count >= MIN_TITLE_WORD_TAGS else 0


def _split(value: str) -> list[str]:
    parts = [part.strip() for part in _TAG_SEPARATOR_RE.split(value)]
    if len(parts) == 1 and " " in value and _CJK_RE.search(value):
        parts = value.split()  # CJK words, written without spaces, listed with them
    return [part for part in parts if part]


def _unfolded(value: str) -> str:
    """A tag written as a path, by its last part ("deportes/formula-1" -> "formula-1")."""
    match = _PATH_RE.match(value)
    return value[match.end() :] if match else value


def _is_slug_list(value: str) -> bool:
    """A list of the topics' slugs written with spaces ("city-council bike-lanes transport-budget"):
    what a script reads, not a topic; the page names the topics otherwise."""
    words = value.split(" ")
    return (
        len(words) >= MIN_SLUG_LIST_WORDS
        and sum("-" in word for word in words) >= MIN_HYPHENATED_SLUGS
        and all(_SLUG_WORD_RE.fullmatch(word) for word in words)
    )


def _facet_topics(values: list[str]) -> list[str]:
    """A list written as facets, most of its values "label: value", with each topic facet
    (lexicon: topic_labels) by its value: "Subject: Justice" names the topic "Justice",
    where "Day: Friday" and "Page Type: Article" are index data (dropped as facets)."""
    matches = [_FACET_RE.match(value) for value in values]
    if sum(match is not None for match in matches) < max(MIN_FACETS, len(values) / 2):
        return values
    return [
        match.string[match.end(2) :].strip()
        if match is not None and match.group(1).strip().casefold() in ALL.topic_labels
        else value
        for value, match in zip(values, matches, strict=True)
    ]


def _is_facet(value: str, facets: int) -> bool:
    match = _FACET_RE.match(value)
    return match is not None and (facets >= MIN_FACETS or not match.group(2))


def _from_title(values: Sequence[str], title_words: frozenset[str]) -> bool:
    """Whether a list is the title's words listed one by one (lower case, as a keywords meta
    filled from the headline writes them)."""
    if not title_words:
        return False
    echoes = 0
    for value in values:
        words = _WORD_RE.findall(value)
        if value.islower() and 0 < len(words) <= MAX_TITLE_WORD_TAG_WORDS:
            echoes += all(word in title_words for word in words)
    return echoes >= MIN_TITLE_WORD_TAGS and echoes >= MIN_TITLE_WORD_SHARE * len(values)


def _is_news_word(value: str) -> bool:
    """A word for the news itself ("News", "Nachrichten"), or a value holding a phrase of
    them ("Bhopal news today", "Breaking news"); a topic's news ("Business news") stays."""
    folded = value.casefold()
    return folded in ALL.news_words or _NEWS_PHRASE_RE.search(folded) is not None


class _Site:
    """The names a site goes by: its name, the parts of it, its initials, its host's name."""

    __slots__ = ("_initials", "_labels", "_name", "_parts")

    def __init__(self, name: str, host_labels: frozenset[str]) -> None:
        self._name = name
        self._parts = frozenset(part for part in _SITE_PART_RE.split(name) if part)
        words = name.split()
        self._initials = "".join(word[0] for word in words) if len(words) > 1 else ""
        self._labels = host_labels

    @classmethod
    def of(cls, site_name: str | None, url: str | None) -> _Site:
        host = host_of(url) or ""
        labels = frozenset(host.split(".")[:-1]) - {""}
        return cls((site_name or "").casefold(), labels)

    def names(self, value: str) -> bool:
        """Whether a tag names the site."""
        folded = value.casefold()
        if folded in self._parts or folded in self._labels or folded == self._initials:
            return True
        words = folded.split()
        if len(words) > 1 and "".join(word[0] for word in words) in self._labels:
            return True  # a news agency named on its host: "Nordic Press Agency" on npa.com.tr
        name = self._name
        return (
            len(folded) >= MIN_SITE_PREFIX_CHARS
            and name.startswith(folded)
            and len(name) > len(folded)
            and not name[len(folded)].isspace()
        )
