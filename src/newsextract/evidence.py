"""Evidence: a page's author, date and tag clues, gathered once into one value.

The evidence stage (markup.gather_evidence) fills it from the earlier stages: the page's
JSON-LD and meta values (metadata.py), the markup the segmenting walk recorded in the
article's header and body, the lines around the headline and at the article's end, and the
searches that cost a look at the whole page, made on the first question. Finding the
authors (authors.py), the dates (dates.py) and the tags (`article_tags`) each read this one
value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, NamedTuple, Protocol

from newsextract.metadata import MAX_TAGS, unique
from newsextract.topics import is_tag_text


class Markup(NamedTuple):
    """The author names, dates and tags the article's markup states."""

    authors: tuple[str, ...] = ()  # of the article, else of the page the walk read
    dates: tuple[str, ...] = ()  # marked up in the article's header
    tags: tuple[str, ...] = ()  # texts of rel="tag" links and tag boxes after the headline
    other_dates: tuple[str, ...] = ()  # marked up in the rest of the article, else the page
    changed: tuple[str, ...] = ()  # the last change, marked up in the article's header


NO_MARKUP: Final = Markup()


class Searches(Protocol):
    """The clues that cost a search, each made on the first question (and only then)."""

    def author_links(self) -> Iterable[str]:
        """The texts of links to author pages ("/author/jane-doe/") in the article."""
        ...

    def page_authors(self) -> Iterable[str]:
        """The author markup of the whole page, pruned or not, outside comments and teasers."""
        ...

    def page_dates(self) -> Iterable[str]:
        """The date markup of the whole page, outside comments and teasers."""
        ...

    def page_tags(self) -> Iterable[str]:
        """The texts of the page's rel="tag" links."""
        ...

    def labelled_dates(self) -> Iterable[datetime]:
        """The dates the page's text writes after a date label ("Erschienen am …")."""
        ...

    def written_dates(self) -> Iterable[datetime]:
        """Every date the page's text writes, the most frequent first."""
        ...


class NoSearches:
    """Searches that find nothing (a page without an article, a test)."""

    def author_links(self) -> Iterable[str]:
        return ()

    def page_authors(self) -> Iterable[str]:
        return ()

    def page_dates(self) -> Iterable[str]:
        return ()

    def page_tags(self) -> Iterable[str]:
        return ()

    def labelled_dates(self) -> Iterable[datetime]:
        return ()

    def written_dates(self) -> Iterable[datetime]:
        return ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The author, date and tag clues of one page, most explicit first."""

    json_ld: tuple[dict[str, Any], ...] = ()  # the JSON-LD objects of the article
    json_ld_graph: Mapping[str, dict[str, Any]] = field(default_factory=dict)  # all, by @id
    meta: Mapping[str, str] = field(default_factory=dict)  # <meta> values by lower-case name
    url: str | None = None  # the page's canonical address
    site_name: str | None = None
    stated_tags: tuple[str, ...] = ()  # by the meta tags and JSON-LD keywords
    markup: Markup = NO_MARKUP
    byline_lines: tuple[str, ...] = ()  # bylines and datelines around the headline
    lead_lines: tuple[str, ...] = ()  # those of them before the article: a date header or bar
    closing_lines: tuple[str, ...] = ()  # the article's last blocks ("Text: Jane Doe")
    last_paragraph: str = ""  # the last paragraph of the article's text (a signature)
    searches: Searches = field(default_factory=NoSearches)


def article_tags(evidence: Evidence) -> tuple[str, ...]:
    """The tags the page states, else those its article's markup links, else the page's.
    The article's tag box is the fuller statement when it lists every stated tag and more
    (the metas name the section alone, the box its topics too)."""
    stated = evidence.stated_tags
    linked = unique(tuple(filter(is_tag_text, evidence.markup.tags)), limit=MAX_TAGS)
    if stated and len(linked) > len(stated):
        listed = {tag.casefold() for tag in linked}
        if all(tag.casefold() in listed for tag in stated):
            return linked
    return (
        stated
        or linked
        or unique(tuple(filter(is_tag_text, evidence.searches.page_tags())), limit=MAX_TAGS)
    )
