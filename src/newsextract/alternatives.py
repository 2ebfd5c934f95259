"""The alternatives a second opinion weighs against a first choice in doubt.

Within the first reading: the nearest ancestor with more prose, the best candidate
elsewhere on the page, and (when the page states its text) the runners-up. And a second
reading of the page in which the boxes that pruning took for furniture on soft grounds
(their names, <aside>, being hidden until a script shows them; never comments) are lifted
when they hold prose.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Doubt, Segments, segment
from newsextract.options import Options
from newsextract.pruning import Pruner
from newsextract.scoring import Candidate, Ranking, candidate_at, is_prose, rank
from newsextract.unions import MIN_MEMBER_PROSE, widened

#: Ancestors of a weak choice up to this many levels are alternatives.
ANCESTOR_LEVELS: Final = 3
#: A first choice with fewer prose paragraphs than this does not place the article: the
#: second reading lifts boxes anywhere on the page, not only around it.
MIN_RUN_PARAGRAPHS: Final = 2
#: The boxes pruned for one reason are lifted for the second reading when they hold this
#: much text outside links between them.
LIFT_MIN_CHARS: Final = 200
#: How many runners-up of the first reading the JSON-LD text judges.
RUNNERS_UP: Final = 8
_MARKS_ARTICLE: Final = etree.XPath(
    "boolean(self::article | self::main | self::*[@itemprop='articleBody'])"
)


class Alternative(NamedTuple):
    """An alternative of the second opinion: a container in a reading of the page."""

    segments: Segments
    candidate: Candidate
    why: str


def alternatives_in(
    segments: Segments, ranking: Ranking, first: Candidate | None
) -> list[Alternative]:
    """The alternatives within the first reading: the nearest ancestor of the first choice
    with more prose, and the best candidate that neither holds it nor lies in it."""
    found: list[Alternative] = []
    if first is None:
        return found
    index = first.position
    for _ in range(ANCESTOR_LEVELS):
        index = segments.parents[index]
        if index < 0:
            break
        if ranking.prose[index] > first.prose:
            ancestor = candidate_at(segments, index, ranking.prose, ranking.noise)
            found.append(Alternative(segments, widened(segments, ranking, ancestor), "ancestor"))
            break
    elsewhere = _best_elsewhere(segments, ranking, first)
    if elsewhere is not None:
        found.append(Alternative(segments, widened(segments, ranking, elsewhere), "elsewhere"))
    return found


def runners_up(segments: Segments, ranking: Ranking, first: Candidate | None) -> list[Alternative]:
    """The best-scoring candidates after the first choice (inside it, around it, elsewhere),
    for the JSON-LD text to judge."""
    scored = sorted(
        (
            candidate_at(segments, index, ranking.prose, ranking.noise)
            for index, prose in enumerate(ranking.prose)
            if prose >= MIN_MEMBER_PROSE and (first is None or index != first.position)
        ),
        key=lambda candidate: -candidate.score,
    )
    return [Alternative(segments, candidate, "runner-up") for candidate in scored[:RUNNERS_UP]]


def _best_elsewhere(segments: Segments, ranking: Ranking, first: Candidate) -> Candidate | None:
    """The best-scoring element whose blocks do not overlap the first choice's."""
    start, end = first.spans(segments)[0][0], first.spans(segments)[-1][1]
    best: Candidate | None = None
    for index, prose in enumerate(ranking.prose):
        if prose == 0 or (best is not None and prose * 2 < best.score):
            continue
        span_start, span_end = segments.spans[index]
        if span_start < end and start < span_end:
            continue
        candidate = candidate_at(segments, index, ranking.prose, ranking.noise)
        if best is None or candidate.score > best.score:
            best = candidate
    return best


def second_reading(
    root: etree._Element, segments: Segments, first: Candidate | None, options: Options
) -> list[Alternative]:
    """The page read again with the doubtful prunings lifted whose reason holds prose: the
    boxes pruned for one reason ("promotion class/id 'ads'") are lifted together when they
    hold LIFT_MIN_CHARS of text between them. Only boxes in the first choice's article (see
    _scope) when there is one."""
    scope = None if first is None else _scope(segments, first)
    inside = _Inside(scope)
    in_scope = [doubt for doubt in segments.doubtful if inside(doubt.element)]
    prose_by_reason: dict[str, int] = {}
    for doubt in in_scope:
        prose = _prose_chars(doubt.element)
        prose_by_reason[doubt.reason] = prose_by_reason.get(doubt.reason, 0) + prose
    pruner = Pruner() if segments.pruner is None else segments.pruner
    lifted = frozenset(
        element
        for doubt in in_scope
        if prose_by_reason[doubt.reason] >= LIFT_MIN_CHARS
        for element in _kin(doubt, pruner)
    )
    if not lifted:
        return []
    again = segment(
        root,
        max_depth=options.max_tree_depth,
        max_elements=options.max_elements,
        lifted=lifted,
        pruner=pruner,
    )
    ranking = rank(again)
    best = ranking.best
    return (
        []
        if best is None
        else [Alternative(again, widened(again, ranking, best), "second reading")]
    )


def _paragraphs(segments: Segments, candidate: Candidate) -> int:
    """How many prose paragraphs a candidate holds."""
    return sum(
        is_prose(block)
        for start, end in candidate.spans(segments)
        for block in segments.blocks[start:end]
    )


def _kin(doubt: Doubt, pruner: Pruner) -> list[etree._Element]:
    """A doubtful box and the elements inside it pruned for the same reason (its own parts:
    "keep-reading" > "keep-reading__children"), which are lifted with it."""
    return [
        element
        for element in doubt.element.iter()
        if isinstance(element.tag, str) and pruner.judge(element).reason == doubt.reason
    ]


def _scope(segments: Segments, first: Candidate) -> etree._Element | None:
    """Where the rest of a weak choice's article may lie: its nearest ancestor (or itself)
    that the page marks as the article (<article>, <main>, itemprop="articleBody"), else its
    parent; boxes beside the article (a sidebar, the next teaser) lie outside. None (the
    whole page) when the choice does not place the article: it holds no prose paragraph (a
    placeholder, a notice), or it is unmarked and holds less than a run of them (a tagline,
    a date line)."""
    paragraphs = _paragraphs(segments, first)
    if paragraphs == 0:
        return None
    element = segments.elements[first.position]
    node: etree._Element | None = element
    while node is not None:
        if _MARKS_ARTICLE(node):
            return node
        node = node.getparent()
    return None if paragraphs < MIN_RUN_PARAGRAPHS else element.getparent()


class _Inside:
    """Whether elements lie inside a scope (anywhere when it is None); each ancestor is
    looked at once, however many elements are asked about (a page of thousands of pruned
    boxes nested hundreds deep costs no more than its tree)."""

    def __init__(self, scope: etree._Element | None) -> None:
        self._scope = scope
        self._known: dict[etree._Element, bool] = {}

    def __call__(self, element: etree._Element) -> bool:
        if self._scope is None:
            return True
        passed: list[etree._Element] = []
        node = element.getparent()
        answer = False
        while node is not None:
            if node is self._scope:
                answer = True
                break
            known = self._known.get(node)
            if known is not None:
                answer = known
                break
            passed.append(node)
            node = node.getparent()
        self._known.update(dict.fromkeys(passed, answer))
        return answer


def _prose_chars(element: etree._Element) -> int:
    """Characters of text in a subtree outside its links (white space collapsed)."""
    total = 0
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if node.text and node.tag != "a":
            total += len(" ".join(node.text.split()))
        if node.tail and node is not element:
            total += len(" ".join(node.tail.split()))
    return total
