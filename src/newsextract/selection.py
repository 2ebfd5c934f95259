"""Selection: which part of a page is its article, with a second opinion when the first
reading is weak or in doubt.

The first reading is scoring.rank: the element that holds the most prose for the least
noise. Two things are always asked of it:

- whether it is one of several like sibling containers that together hold the article (an
  article cut into modules between teasers): their union is taken when it holds
  UNION_GAIN times the prose;
- whether it is in doubt. It is when it holds little prose (WEAK_PROSE), when it reads as a
  notice (a placeholder, a login, newsletter or members-only prompt), or when its text covers
  little of the article's text the page states in its JSON-LD (`articleBody`).

A choice in doubt gets a second opinion. Its alternatives are the nearest ancestor with more
prose, the best candidate elsewhere on the page, and a second reading of the page in which
the boxes that pruning took for furniture on soft grounds (their names, <aside>, being hidden
until a script shows them; never comments) are lifted when they hold prose. With JSON-LD
text, the alternative that agrees with it best wins, and when none agrees, the JSON-LD text
itself is the article. Without it, the alternative with the most prose wins when it holds
PROSE_GAIN times the first choice's (any more, when the first choice reads as a notice).
When none does and the first choice is weak, the page's one article element is the article
when it is a link post: lines of links to other sites (linkposts.py); else the label/value
rows under the page's headline, when they are its data sheet (datasheets.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from lxml import etree

from newsextract.alternatives import Alternative, alternatives_in, runners_up, second_reading
from newsextract.blocks import Segments
from newsextract.datasheets import data_sheet
from newsextract.doubts import WEAK_PROSE, StatedText, candidate_text, doubts_about
from newsextract.linkposts import link_post
from newsextract.options import Options
from newsextract.scoring import Candidate, Ranking, candidate_at, rank
from newsextract.unions import MIN_PROSE_SHARE, widened
from newsextract.urls import host_of

#: An alternative replaces a first choice in doubt when it holds this many times its prose.
PROSE_GAIN: Final = 2.0
#: ... and at least this much more (characters): a few more lines are no better reading.
MIN_GAIN_CHARS: Final = 200
#: When no alternative covers this share of the JSON-LD text, that text is the article.
FALLBACK_COVERAGE: Final = 0.3
#: The marked body replaces a choice that holds it when it holds this share of its prose.
MARKED_SHARE: Final = 0.5


@dataclass(frozen=True, slots=True)
class Selection:
    """The article's container and the segments it refers to (a second reading's, when the
    second opinion took one), or the paragraphs of the page's stated text when no container
    holds the article."""

    segments: Segments
    main: Candidate | None
    stated: tuple[str, ...] = ()  # paragraphs of the JSON-LD text, when it is the article
    reasons: tuple[str, ...] = ()  # why a second opinion was asked, and what it decided
    link_post: bool = False  # the container is a link post: its lines of links are its text


def select_article(
    root: etree._Element,
    segments: Segments,
    *,
    stated: str | None,
    options: Options,
    url: str | None = None,
) -> Selection:
    """The article of a page: the first reading's choice, widened to its like siblings, and
    put to a second opinion when it is in doubt (see the module docstring). `url` is the
    page's address: links to other hosts lead off the site."""
    ranking = rank(segments)
    best = ranking.best
    first = None if best is None else _marked(segments, ranking, widened(segments, ranking, best))
    evidence = StatedText.of(stated)
    doubts = doubts_about(segments, first, evidence)
    if not doubts:
        return Selection(segments, first)
    options_found = [*alternatives_in(segments, ranking, first)]
    if evidence is not None:
        options_found.extend(runners_up(segments, ranking, first))
    if first is None or first.prose < WEAK_PROSE or evidence is not None:
        options_found.extend(second_reading(root, segments, first, options))
    decided = _decide(segments, first, options_found, evidence, doubts)
    if decided.main is not first or decided.stated or (first and first.prose >= WEAK_PROSE):
        return decided
    post = link_post(segments, ranking, host_of(url))
    if post is not None:
        return Selection(segments, post, reasons=(*doubts, "link post"), link_post=True)
    sheet = data_sheet(segments, ranking, first)
    if sheet is not None:
        return Selection(segments, sheet, reasons=(*doubts, "data sheet"))
    return decided


def _decide(
    segments: Segments,
    first: Candidate | None,
    alternatives: Sequence[Alternative],
    evidence: StatedText | None,
    doubts: tuple[str, ...],
) -> Selection:
    """The second opinion's verdict among the first choice and the alternatives."""
    if evidence is not None:
        scored = [
            (evidence.agreement(candidate_text(option.segments, option.candidate)), option)
            for option in alternatives
        ]
        if first is not None:
            scored.append(
                (
                    evidence.agreement(candidate_text(segments, first)),
                    Alternative(segments, first, "first"),
                )
            )
        best = max(scored, key=lambda pair: pair[0], default=None)
        if (
            best is None
            or best[1].candidate is None
            or evidence.coverage(candidate_text(best[1].segments, best[1].candidate))
            < FALLBACK_COVERAGE
        ):
            return Selection(
                segments, None, evidence.paragraphs, reasons=(*doubts, "the JSON-LD text")
            )
        chosen = best[1]
        return Selection(chosen.segments, chosen.candidate, reasons=(*doubts, chosen.why))
    gain = 1.0 if "notice" in doubts else PROSE_GAIN
    least = 0.0 if first is None else max(first.prose * gain, first.prose + MIN_GAIN_CHARS)
    better = [
        option
        for option in alternatives
        if option.candidate.prose > least
        and option.candidate.share >= MIN_PROSE_SHARE
        and not (option.why == "ancestor" and "notice" in doubts)  # it holds the notice
    ]
    if not better:
        return Selection(segments, first, reasons=(*doubts, "first"))
    chosen = max(better, key=lambda option: option.candidate.score)
    return Selection(chosen.segments, chosen.candidate, reasons=(*doubts, chosen.why))


def _marked(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The element the page marks as its article's body (itemprop="articleBody", once on the
    page) when the choice holds it and more: a longer box beside the body (an "about us", a
    note) does not make the body's container the article."""
    if len(segments.bodies) != 1:
        return choice
    index = segments.bodies[0]
    element = segments.elements[index]
    container = segments.elements[choice.position]
    if element is container or not any(a is container for a in element.iterancestors()):
        return choice
    if ranking.prose[index] < MARKED_SHARE * choice.prose:
        return choice
    return candidate_at(segments, index, ranking.prose, ranking.noise)
