"""The dates a page's text writes: after a date label ("Erschienen am 3. Mai 2021"), and
every one, the most frequent first. The last resorts of dates.py, searched only when the
page's data, markup and bylines give no date (markup.PageSearches).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Final, Protocol

from newsextract.datetext import written_date
from newsextract.lexicon import ALL
from newsextract.tokenpatterns import trie

#: A date label in the page's lower-cased text ("erschienen am", "mise en ligne"), as a trie
#: (tokenpatterns.trie): the whole text is searched, and the alternation of a hundred labels
#: was tried name by name at every word (the trie: a third less time).
_LABEL_RE: Final = re.compile(r"(?<![\w-])(?:" + trie(ALL.date_labels) + r")(?![\w-])")
#: How far after its label a date may stand.
MAX_LABELLED_TEXT: Final = 50
#: The labelled dates of at most this many characters of text are looked at.
MAX_LABELLED_SEARCH_CHARS: Final = 200_000


def labelled_dates(blocks: Iterable[_HasText]) -> Iterator[datetime]:
    """The dates the page's text blocks write after a date label ("Veröffentlicht am 3. Mai
    2021", "Mise en ligne" and "23 mai 2019" in the next block), the most often labelled
    first, then in page order (a page restates its own "Stand:", a source cited once is
    "(Stand: 28. November 2018)")."""
    text = " ".join(block.text for block in blocks)[:MAX_LABELLED_SEARCH_CHARS]
    lowered = text.lower()
    counts: dict[datetime, int] = {}
    for match in _LABEL_RE.finditer(lowered):
        after = text[match.end() : match.end() + MAX_LABELLED_TEXT]
        found = written_date(after) if any(map(str.isdigit, after[:20])) else None
        if found is not None:
            counts[found] = counts.get(found, 0) + 1
    yield from sorted(counts, key=lambda day: -counts[day])


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


_YEAR_RE: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NOT_BEFORE_YEAR: Final = frozenset("/_=")
_NOT_AFTER_YEAR: Final = frozenset("/_")
#: How far before its year a written date starts ("14. September 2024": 14 characters).
MAX_DATE_BEFORE_YEAR: Final = 24
#: The text searched for dates as the last resort (the start of a long page suffices).
MAX_PAGE_TEXT_CHARS: Final = 100_000
#: At most this many years in it are read (a table of figures is no list of dates).
MAX_YEARS_READ: Final = 2_000


def page_text_dates(text: str) -> Iterator[datetime]:
    """The dates written in a page's text or HTML, the most frequent first (a page repeats
    its own date; other dates appear once): the last resort, like htmldate's extensive
    search. Each year found is read with the few characters before and after it."""
    text = text[:MAX_PAGE_TEXT_CHARS]
    counts: dict[datetime, int] = {}
    for match in itertools.islice(_YEAR_RE.finditer(text), MAX_YEARS_READ):
        start, end = match.span()
        if text[start - 1 : start] in _NOT_BEFORE_YEAR or text[end : end + 1] in _NOT_AFTER_YEAR:
            continue  # a year in a path or a file name ("/2022/", "2022.jpg"): no written date
        window = text[max(0, start - MAX_DATE_BEFORE_YEAR) : end + 6]
        found = written_date(window)
        if found is not None and found.year == int(match.group(0)):
            day = found.replace(hour=0, minute=0)
            counts[day] = counts.get(day, 0) + 1
    yield from sorted(counts, key=lambda day: -counts[day])
