"""The headline of a page, chosen among the places that state it.

A page states its headline up to four times: the visible `<h1>`, og:title (or twitter:title),
the JSON-LD article's headline and `<title>`; the last three often with the site's name glued
on, and sometimes reworded for sharing or for search. The visible headline wins when one of
them repeats it (as the page writes it: a social title often writes plain quotes and dashes
for the typographic ones); else the social title, else a headline-length `<h1>`, else
`<title>` without the site's name.

Measured on fundus-dev and trafilatura-dev (benchmarks/run.py): the visible headline beats
two or three stated titles that agree against it as often as not (Fundus' gold takes the
social title on some sites, trafilatura's the visible headline), so agreement among the
stated titles decides nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Final, NamedTuple

from lxml import etree

from newsextract.language import SCRIPT_LETTERS
from newsextract.lines import normalise_line
from newsextract.parsing import clean_text, elements_found, text_of
from newsextract.urls import host_of

#: Separators between a headline and the site name in <title> and og:title; in Chinese and
#: Japanese (written without spaces), a full-width bar (U+FF5C), an underscore
#: between two of their characters ("标题_频道_例子网") and a hyphen before a short name
#: that ends the title ("标题-例子网"; "北京-上海高铁" is a route).
_CJK: Final = SCRIPT_LETTERS["Kana"] + SCRIPT_LETTERS["Hani"]
_TITLE_SEPARATOR_RE: Final = re.compile(
    r"\s+[|\-\u2013\u2014:·»«/•~]\s+|\s*[|·»«•\uff5c]\s*"
    rf"|(?<=[\u3000-\u3003{_CJK}\uff01-\uff60])(?:_(?=[{_CJK}])|-(?=[{_CJK}]{{1,8}}$))"
)
#: Separators left at either end of a part of an <h1> ("<span>:</span> Headline").
SEPARATOR_ENDS_RE: Final = re.compile(r"^[\s|\-\u2013\u2014:·»«/•~]+|[\s|\-\u2013\u2014:·»«/•~]+$")
#: Headlines longer than this are not headlines (a whole paragraph in an <h1>).
MAX_TITLE_CHARS: Final = 300
#: A title part shorter than this is a site name or a section label, not a headline.
MIN_HEADLINE_CHARS: Final = 12
#: An <h1> is read in at most this many text pieces for the headline inside it (a kicker
#: and a headline in two <span>s, a hidden separator between them).
MAX_HEADLINE_PIECES: Final = 8

#: An <h1> this many levels or fewer below a <nav> stands in it (a breadcrumb's list item
#: or a logo's link: 1 to 6 levels on the pages of fundus-dev and trafilatura-dev, but one).
MAX_NAVIGATION_DEPTH: Final = 8

#: A domain name as a title names its site ("sportblatt.de").
_DOMAIN_RE: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
#: A part of a title that is a date in figures alone ("23.01.2022", "2024-05-14"), maybe
#: with its time; a year alone is none ("Top 10 - 2024").
_FIGURES_RE: Final = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,? \d{1,2}[:.]\d{2})?")
#: The separators a headline itself writes: dashes and colons between spaces.
_DASH_RE: Final = re.compile(r"\s+[\-\u2013\u2014:]\s+")
#: Typographic quotes and dashes, as the plain ones a social title often writes for them.
_PLAIN_PUNCTUATION: Final = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"')
    | dict.fromkeys("\u2012\u2013\u2014\u2015", "-")
)
#: The characters `_PLAIN_PUNCTUATION` replaces (none of them ASCII).
_TYPOGRAPHIC_RE: Final = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in _PLAIN_PUNCTUATION) + "]"
)


class SiteNames(NamedTuple):
    """The names a site goes by: its stated name and its host's ("stadtradio.de"), each
    normalised once (`of`): a page's titles ask about them a dozen times."""

    name: str | None  # the stated name (og:site_name ...), normalised
    hosts: tuple[str, ...]  # the host and its name ("news.example.at", "example"), none without one

    @classmethod
    def of(cls, name: str | None, url: str | None) -> SiteNames:
        host = host_of(url)
        return cls(
            normalise_line(name) if name else None,
            () if host is None else (host, *host.split(".")[-2:-1]),
        )

    def named(self, line: str) -> bool:
        """True when a normalised line is the site's name or its host's name."""
        return (
            line == self.name
            or line in self.hosts
            or _DOMAIN_RE.fullmatch(line) is not None  # "sportblatt.de", "news.example.at"
        )


class TitleSources(NamedTuple):
    """The places a page states its headline."""

    headings: Sequence[etree._Element]  # the first <h1> elements outside the navigation
    headline: str | None  # the JSON-LD article's headline (or name)
    social: str | None  # og:title, else twitter:title
    page_title: str | None  # <title>


def in_navigation(heading: etree._Element) -> bool:
    """Whether an <h1> stands in the page's navigation: a breadcrumb's last item that
    repeats the headline for search engines (the visible headline is set apart, often
    reworded) or the site's logo in a menu bar. Only its nearest ancestors are looked at
    (MAX_NAVIGATION_DEPTH), so that every <h1> of a page costs the same."""
    parents = islice(heading.iterancestors(), MAX_NAVIGATION_DEPTH)
    return any(parent.tag == "nav" or parent.get("role") == "navigation" for parent in parents)


def choose_title(sources: TitleSources, site: SiteNames) -> str | None:
    """The headline: the cascade of the module's docstring."""
    read = [(h1, text) for h1 in sources.headings if (text := clean_title(text_of(h1)))]
    headings = [text for _, text in read]
    declared = (sources.headline, sources.social, sources.page_title)
    return (
        _heading_confirmed(read, declared, site)
        or strip_site(sources.social, site, social=True)
        or _first_headline(headings, site)
        or strip_site(sources.page_title, site)
        or next(iter(headings), None)  # a short headline, when the page states no title
        or strip_site(sources.headline, site)  # stated for machines alone
    )


class _Stated(NamedTuple):
    """The stated titles as an <h1> is compared with them."""

    lines: tuple[str, ...]  # each stated title (_plain)
    exact: frozenset[str]  # each stated title, and without the parts naming the site
    guessed: frozenset[str]  # each stated title's longest part (when no part names the site)

    def whole(self, line: str) -> int:
        """How surely a stated title is `line` and nothing else: 2 as stated (its site's
        name cut), 1 as its longest part, 0 not at all."""
        return 2 if line in self.exact else 1 if line in self.guessed else 0


class _Confirmed(NamedTuple):
    """A headline an <h1> shows that a stated title repeats."""

    whole: int  # how surely a stated title is this headline and nothing else (_Stated.whole)
    entire: bool  # the whole <h1>, not a part of it
    length: int
    text: str  # as the page writes it


def _heading_confirmed(
    headings: Sequence[tuple[etree._Element, str]],
    declared: Iterable[str | None],
    site: SiteNames,
) -> str | None:
    """The headline of the <h1> that the JSON-LD headline, the social title or <title>
    repeats, as the page writes it. Of several, the one a stated title is whole beats one
    it holds as a part (a section label, a site's name in an <h1> logo), one it is as
    stated beats one it is as its longest part (the title's other part may be the site's
    name or the headline), the whole <h1> a part of it, and the longer the shorter. Else
    a short <h1> ("Derby") that a stated title states alone or before a separator ("Derby
    - The Daily Paper"). The site's name in an <h1> logo is repeated by every <title>: it
    does not count. `headings` are the <h1>s with their text (clean_title), read once."""
    texts = list(dict.fromkeys(text for text in declared if text))  # often all three alike
    if not headings or not texts:
        return None  # no <h1>, or no stated title to confirm one
    if len(headings) == 1:  # most pages: one <h1>, a stated title as it (no cutting needed)
        text = headings[0][1]
        line = _plain(text)
        if len(line) >= MIN_HEADLINE_CHARS and line in {_plain(title) for title in texts}:
            return None if site.named(line) else _without_site_tail(text, site)
    stated = _stated_titles(texts, site)
    found = [
        match for h1, text in headings if (match := _confirmed(h1, text, stated, site)) is not None
    ]
    if found:
        return max(found, key=lambda match: match[:3]).text
    # the headline leads a title, the site's name (an <h1> logo's too) trails it
    leads = {_plain(_TITLE_SEPARATOR_RE.split(text, maxsplit=1)[0]) for text in texts}
    for _, heading in headings:
        line = _plain(heading)
        if line and not site.named(line) and line in leads:
            return heading
    return None


def _stated_titles(texts: Sequence[str], site: SiteNames) -> _Stated:
    """The stated titles as <h1>s are compared with them, each cut and normalised once
    (a cut that changes nothing is not normalised again)."""
    lines: list[str] = []
    exact: set[str] = set()
    guessed: set[str] = set()
    for text in texts:
        line = _plain(text)
        cut = _cut_site(text, site)
        longest = (_longest_part(cut, social=True) if cut else "") or ""  # strip_site(social=True)
        lines.append(line)
        exact.update((line, line if cut == text else _plain(cut)))
        guessed.add(line if longest == text else _plain(longest))
    return _Stated(tuple(lines), frozenset(exact), frozenset(guessed))


def _confirmed(
    h1: etree._Element, text: str, stated: _Stated, site: SiteNames
) -> _Confirmed | None:
    """The headline an <h1> (whose text is `text`) shows when a stated title repeats it: the
    whole <h1>, or the headline inside it after (or before) a kicker in markup of its own."""
    line = _plain(text)
    if len(line) >= MIN_HEADLINE_CHARS and any(line in title for title in stated.lines):
        if site.named(line):
            return None
        return _Confirmed(stated.whole(line), True, len(line), _without_site_tail(text, site))
    part = _headline_part(h1, stated)
    if part is None or site.named(_plain(part)):
        return None
    return _Confirmed(stated.whole(_plain(part)), False, len(part), part)


def _without_site_tail(text: str, site: SiteNames) -> str:
    """An <h1> without a last part that names the site ("Headline | Example Times": a site
    that sets its <title> as its <h1>), when a headline's length is left."""
    separators = list(_TITLE_SEPARATOR_RE.finditer(text))
    if not separators or not site.named(normalise_line(text[separators[-1].end() :])):
        return text
    rest = text[: separators[-1].start()].strip()
    return rest if len(rest) >= MIN_HEADLINE_CHARS else text


def _headline_part(h1: etree._Element, stated: _Stated) -> str | None:
    """The part of an <h1> that a stated title is whole, cut where its markup splits it:
    "<h1><span>Immobilienkrise</span> Signa in Sorge</h1>" under og:title "Signa in
    Sorge" shows the headline "Signa in Sorge" under a kicker."""
    pieces = [str(piece) for piece in h1.itertext() if piece.strip()][:MAX_HEADLINE_PIECES]
    for cut in range(1, len(pieces)):
        for part in ("".join(pieces[cut:]), "".join(pieces[:cut])):
            text = SEPARATOR_ENDS_RE.sub("", clean_text(part))
            if len(text) >= MIN_HEADLINE_CHARS and stated.whole(_plain(text)):
                return text
    return None


def _plain(text: str) -> str:
    """A line as titles are compared: case-folded, plain quotes and dashes (translated only
    when it writes one: a translation reads the line a character at a time in Python)."""
    if not text.isascii() and _TYPOGRAPHIC_RE.search(text) is not None:
        text = text.translate(_PLAIN_PUNCTUATION)
    return normalise_line(text)


def _first_headline(headings: list[str], site: SiteNames) -> str | None:
    """The first <h1> of a headline's length that does not name the site (its name, its
    host: a blog theme's "example-blog.com" over the post's title)."""
    for heading in headings:
        if len(heading) >= MIN_HEADLINE_CHARS and not site.named(normalise_line(heading)):
            return heading
    return None


def strip_site(title: str | None, site: SiteNames, *, social: bool = False) -> str | None:
    """A title without the site name glued before or after it: the site's part cut off as
    the title writes the rest ("Rückschlag im Aufstiegsrennen - Hafenstadt verliert in
    Bergdorf | sportblatt.de"); when no part is the site's, the longest part, but a social title
    (og:title) split only by dashes and colons is kept whole: a headline writes those, and
    the social title names its site apart (og:site_name). Once a site's part is cut, the
    rest is read as a social title is."""
    if not title:
        return None
    cut = _cut_site(title, site)
    if not cut or site.named(normalise_line(cut)):
        return None  # the site's name alone ("example.com"), no headline
    return _longest_part(cut, social=social or cut != title)


def _longest_part(title: str, *, social: bool) -> str | None:
    """A title none of whose end parts names the site (`_cut_site`) as a headline: whole
    without separators, or a `social` title split by dashes and colons only, else its
    longest part when that is of a headline's length; None for a title without a letter or
    a digit (separators only: "|", " | · ")."""
    if not any(map(str.isalnum, title)):
        return None
    separators = list(_TITLE_SEPARATOR_RE.finditer(title))
    if not separators:
        return title
    if social and all(_DASH_RE.fullmatch(match.group(0)) for match in separators):
        return title  # "Rückschlag im Aufstiegsrennen - Hafenstadt verliert in Bergdorf"
    parts = [part.strip() for part in _TITLE_SEPARATOR_RE.split(title) if part.strip()]
    if not parts:
        return None
    longest = max(parts, key=len)
    return longest if len(longest) >= MIN_HEADLINE_CHARS else title


def _cut_site(title: str, site: SiteNames) -> str:
    """A title without the parts at its ends that name the site; whole when none does (a
    part that may be the site's name is not guessed: "Alles hat seine Zeit | Marktplatz
    für ein gutes Leben" names no site the page states)."""
    while (separators := list(_TITLE_SEPARATOR_RE.finditer(title))) and (
        rest := _site_cut(title, separators, site)
    ) is not None:
        title = rest
    return title


def _site_cut(title: str, separators: list[re.Match[str]], site: SiteNames) -> str | None:
    """The title without its last part, or else its first, when that part names the site
    or is a date in figures ("23.01.2022 - Headline"); None when neither is."""
    last, first = title[separators[-1].end() :], title[: separators[0].start()]
    if site.named(normalise_line(last)) or _FIGURES_RE.fullmatch(last.strip()):
        return title[: separators[-1].start()].strip()
    if site.named(normalise_line(first)) or _FIGURES_RE.fullmatch(first.strip()):
        return title[separators[0].end() :].strip()
    return None


def clean_title(text: str) -> str | None:
    """A title as a result holds it (`clean_text`), None when empty or too long for one."""
    cleaned = clean_text(text)
    if not cleaned or len(cleaned) > MAX_TITLE_CHARS:
        return None
    return cleaned


#: The elements a page without a stated title or an <h1> may set its headline in: a box
#: named as a title ("post-title", "entry-title", "headline"), else an <h2>, in page order.
_SET_AS_TITLE: Final = etree.XPath(
    "//body//*[contains(@class, 'title') or contains(@class, 'headline') or self::h2]"
)
#: A headline's class: a title or headline word of its own ("post-title", "headline").
_TITLE_NAME_RE: Final = re.compile(r"(?<![a-z])(?:title|headline)(?![a-z])", re.I)
#: At most this many candidates are read; one shorter than this is a letter or a mark.
MAX_SET_TITLES: Final = 20
MIN_SET_TITLE_CHARS: Final = 4


def set_title(root: etree._Element, site: SiteNames) -> str | None:
    """The headline of a page that states none and shows no <h1>: the first box named as a
    title, else the first <h2>, that holds a headline's text (not the site's name)."""
    boxes: list[str] = []
    second: list[str] = []
    for element in elements_found(_SET_AS_TITLE(root))[:MAX_SET_TITLES]:
        text = clean_title(text_of(element))
        if text is None or len(text) < MIN_SET_TITLE_CHARS or site.named(normalise_line(text)):
            continue
        if _TITLE_NAME_RE.search(str(element.get("class", ""))):
            boxes.append(text)
        elif element.tag == "h2":
            second.append(text)
    return next(iter(boxes or second), None)
