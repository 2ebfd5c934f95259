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
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

from lxml import etree

from newsextract.blocks import Doubt, Segments, segment
from newsextract.lines import is_notice_line
from newsextract.options import Options
from newsextract.pruning import Pruner
from newsextract.scoring import Candidate, Ranking, candidate_at, is_prose, rank

#: A choice holding less prose than this (characters, as scoring counts them) is weak.
#: Calibrated on the three corpora: below it newsextract trailed its peers (tdev: 0.80 F1
#: against 0.91 on the 58 such pages), above it led them.
WEAK_PROSE: Final = 500
#: A union of like siblings replaces the choice when it holds this many times its prose.
UNION_GAIN: Final = 1.3
#: Like siblings are looked for among the children of the choice's parent and of this many
#: ancestors above it.
UNION_LEVELS: Final = 3
#: A sibling joins a union when it holds at least this much prose (as scoring weighs it: a
#: lone paragraph counts ISOLATED_PROSE_WEIGHT of its length).
MIN_MEMBER_PROSE: Final = 10
#: An alternative replaces a first choice in doubt when it holds this many times its prose.
PROSE_GAIN: Final = 2.0
#: ... and at least this much more (characters): a few more lines are no better reading.
MIN_GAIN_CHARS: Final = 200
#: ... and when it is not mostly links: at least this share of its text is prose.
MIN_ALTERNATIVE_SHARE: Final = 0.5
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
#: JSON-LD text shorter than this is a summary, not the article: it is not evidence.
MIN_STATED_CHARS: Final = 500
#: A choice whose words cover less than this share of the JSON-LD text's words is in doubt.
DOUBT_COVERAGE: Final = 0.6
#: When no alternative covers this share of the JSON-LD text, that text is the article.
FALLBACK_COVERAGE: Final = 0.3
#: A notice box is short: longer text is not read as one.
MAX_NOTICE_CHARS: Final = 400

#: The marked body replaces a choice that holds it when it holds this share of its prose.
MARKED_SHARE: Final = 0.5

_WORD_RE: Final = re.compile(r"\w+")
_TAG_RE: Final = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_BREAK_TAG_RE: Final = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li)\b[^<>]{0,200}>", re.I)
_HOLDS_ARTICLE_START: Final = etree.XPath("boolean(descendant-or-self::article | .//h1)")
_MARKS_ARTICLE: Final = etree.XPath(
    "boolean(self::article | self::main | self::*[@itemprop='articleBody'])"
)


@dataclass(frozen=True, slots=True)
class Selection:
    """The article's container and the segments it refers to (a second reading's, when the
    second opinion took one), or the paragraphs of the page's stated text when no container
    holds the article."""

    segments: Segments
    main: Candidate | None
    stated: tuple[str, ...] = ()  # paragraphs of the JSON-LD text, when it is the article
    reasons: tuple[str, ...] = ()  # why a second opinion was asked, and what it decided


class _Option(NamedTuple):
    """An alternative of the second opinion: a container in a reading of the page."""

    segments: Segments
    candidate: Candidate
    why: str


def select_article(
    root: etree._Element, segments: Segments, *, stated: str | None, options: Options
) -> Selection:
    """The article of a page: the first reading's choice, widened to its like siblings, and
    put to a second opinion when it is in doubt (see the module docstring)."""
    ranking = rank(segments)
    best = ranking.best
    first = None if best is None else _marked(segments, ranking, _widened(segments, ranking, best))
    evidence = _Evidence.of(stated)
    doubts = _doubts(segments, first, evidence)
    if not doubts:
        return Selection(segments, first)
    options_found = [*_alternatives(segments, ranking, first)]
    if evidence is not None:
        options_found.extend(_runners_up(segments, ranking, first))
    if first is None or first.prose < WEAK_PROSE or evidence is not None:
        options_found.extend(_second_reading(root, segments, first, options))
    return _decide(segments, first, options_found, evidence, doubts)


def _doubts(
    segments: Segments, first: Candidate | None, evidence: _Evidence | None
) -> tuple[str, ...]:
    """Why the first choice is in doubt; () when it is not."""
    if first is None:
        return ("no prose",)
    doubts = []
    if first.prose < WEAK_PROSE:
        doubts.append("weak")
    if _reads_as_notice(segments, first):
        doubts.append("notice")
    if evidence is not None and evidence.coverage(_text(segments, first)) < DOUBT_COVERAGE:
        doubts.append("far from the JSON-LD text")
    return tuple(doubts)


def _decide(
    segments: Segments,
    first: Candidate | None,
    alternatives: Sequence[_Option],
    evidence: _Evidence | None,
    doubts: tuple[str, ...],
) -> Selection:
    """The second opinion's verdict among the first choice and the alternatives."""
    if evidence is not None:
        scored = [
            (evidence.agreement(_text(option.segments, option.candidate)), option)
            for option in alternatives
        ]
        if first is not None:
            scored.append(
                (evidence.agreement(_text(segments, first)), _Option(segments, first, "first"))
            )
        best = max(scored, key=lambda pair: pair[0], default=None)
        if (
            best is None
            or best[1].candidate is None
            or evidence.coverage(_text(best[1].segments, best[1].candidate)) < FALLBACK_COVERAGE
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
        and option.candidate.share >= MIN_ALTERNATIVE_SHARE
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


# --- alternatives ---------------------------------------------------------------------------


def _alternatives(segments: Segments, ranking: Ranking, first: Candidate | None) -> list[_Option]:
    """The alternatives within the first reading: the nearest ancestor of the first choice
    with more prose, and the best candidate that neither holds it nor lies in it."""
    found: list[_Option] = []
    if first is None:
        return found
    index = first.position
    for _ in range(ANCESTOR_LEVELS):
        index = segments.parents[index]
        if index < 0:
            break
        if ranking.prose[index] > first.prose:
            ancestor = candidate_at(segments, index, ranking.prose, ranking.noise)
            found.append(_Option(segments, _widened(segments, ranking, ancestor), "ancestor"))
            break
    elsewhere = _best_elsewhere(segments, ranking, first)
    if elsewhere is not None:
        found.append(_Option(segments, _widened(segments, ranking, elsewhere), "elsewhere"))
    return found


def _runners_up(segments: Segments, ranking: Ranking, first: Candidate | None) -> list[_Option]:
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
    return [_Option(segments, candidate, "runner-up") for candidate in scored[:RUNNERS_UP]]


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


def _second_reading(
    root: etree._Element, segments: Segments, first: Candidate | None, options: Options
) -> list[_Option]:
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
    pruner = Pruner()
    lifted = frozenset(
        element
        for doubt in in_scope
        if prose_by_reason[doubt.reason] >= LIFT_MIN_CHARS
        for element in _kin(doubt, pruner)
    )
    if not lifted:
        return []
    again = segment(
        root, max_depth=options.max_tree_depth, max_elements=options.max_elements, lifted=lifted
    )
    ranking = rank(again)
    best = ranking.best
    return (
        [] if best is None else [_Option(again, _widened(again, ranking, best), "second reading")]
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


# --- unions of like siblings ---------------------------------------------------------------


def _widened(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The choice, or a run of like containers it belongs to or holds: the run of its like
    siblings when that holds UNION_GAIN times its prose (an article cut into modules), or the
    run of like children that scores better than the whole choice (the same article inside a
    column that also holds a note box and teasers)."""
    if choice.members:
        return choice
    choice = _container_of(segments, ranking, choice)
    union = _union(segments, ranking, choice)
    if union is not None and union.prose >= UNION_GAIN * choice.prose:
        return union
    inner = _inner_run(segments, ranking, choice)
    if inner is not None and inner.score > choice.score:
        return inner
    return choice


def _container_of(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The choice, or its parent when the choice is one paragraph and the parent holds more
    prose that is not mostly links: an article is not a single paragraph element."""
    start, end = segments.spans[choice.position]
    parent = segments.parents[choice.position]
    if end - start != 1 or parent < 0 or ranking.prose[parent] <= choice.prose:
        return choice
    container = candidate_at(segments, parent, ranking.prose, ranking.noise)
    return container if container.share >= MIN_ALTERNATIVE_SHARE else choice


def _union(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate | None:
    """The run of like siblings of the choice's container, or of an ancestor up to
    UNION_LEVELS above it."""
    index = choice.position
    for _ in range(UNION_LEVELS):
        parent = segments.parents[index]
        if parent < 0:
            return None
        children = _children(segments, parent)
        model = _signature(segments, ranking, index)
        like = [
            child
            for child in children
            if child == index
            or (
                model is not None
                and _kindred(_signature(segments, ranking, child), model)
                and ranking.noise[child] <= ranking.prose[child]
            )
        ]
        if len(like) > 1:
            if _separate_articles(segments, like):
                return None
            return _run(segments, ranking, parent, children, like)
        index = parent
    return None


def _inner_run(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate | None:
    """The best run of like children of the choice (see _run), if it has one."""
    children = _children(segments, choice.position)
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for child in children:
        signature = _signature(segments, ranking, child)
        if signature is not None:
            groups.setdefault(signature, []).append(child)
    runs = (
        _run(segments, ranking, choice.position, children, like)
        for like in groups.values()
        if len(like) > 1 and not _separate_articles(segments, like)
    )
    return max(runs, key=lambda run: run.score, default=None)


def _signature(
    segments: Segments, ranking: Ranking, index: int
) -> tuple[str, frozenset[str]] | None:
    """What like containers share: their tag and class names; None for an element that
    joins no run (no class names, no prose)."""
    element = segments.elements[index]
    classes = element.get("class")
    if not classes or ranking.prose[index] < MIN_MEMBER_PROSE:
        return None
    return str(element.tag), frozenset(classes.split())


def _kindred(
    signature: tuple[str, frozenset[str]] | None, model: tuple[str, frozenset[str]]
) -> bool:
    return signature is not None and signature[0] == model[0] and bool(signature[1] & model[1])


def _separate_articles(segments: Segments, like: list[int]) -> bool:
    """True when like containers are articles of their own (each an <article> or holding
    one, or an <h1>): an endless scroll of stories, not one story cut into modules."""
    return any(_HOLDS_ARTICLE_START(segments.elements[member]) for member in like[1:])


def _children(segments: Segments, parent: int) -> list[int]:
    """The positions of the children of `parent` (its subtree follows it in Segments)."""
    parents = segments.parents
    children: list[int] = []
    child = parent + 1
    while child < len(parents) and parents[child] >= parent:
        if parents[child] == parent:
            children.append(child)
        child += 1
    return children


def _run(
    segments: Segments, ranking: Ranking, parent: int, children: list[int], like: list[int]
) -> Candidate:
    """The like children from the first to the last, with the children between them that are
    not mostly links (a subheading, a figure, a quote) and without those that are (a box of
    teasers)."""
    members = tuple(
        child
        for child in children
        if like[0] <= child <= like[-1]
        and (child in like or ranking.noise[child] <= ranking.prose[child])
    )
    prose = sum(ranking.prose[member] for member in members)
    noise = sum(ranking.noise[member] for member in members)
    share = prose / (prose + noise) if prose + noise else 0.0
    return Candidate(parent, prose * share**2, prose, noise, ("run of like containers",), members)


# --- evidence --------------------------------------------------------------------------------


def _text(segments: Segments, candidate: Candidate) -> str:
    return "\n".join(
        block.text
        for start, end in candidate.spans(segments)
        for block in segments.blocks[start:end]
    )


def _reads_as_notice(segments: Segments, candidate: Candidate) -> bool:
    """A short container one of whose lines is a notice ("Loading…", "Please log in")."""
    text = _text(segments, candidate)
    return len(text) <= MAX_NOTICE_CHARS and any(is_notice_line(line) for line in text.split("\n"))


class _Evidence(NamedTuple):
    """The article's text as the page states it in JSON-LD: its words and paragraphs."""

    words: frozenset[str]
    paragraphs: tuple[str, ...]

    @classmethod
    def of(cls, stated: str | None) -> _Evidence | None:
        if stated is None:
            return None
        paragraphs = stated_paragraphs(stated)
        if sum(len(paragraph) for paragraph in paragraphs) < MIN_STATED_CHARS:
            return None
        return cls(frozenset(_words("\n".join(paragraphs))), paragraphs)

    def coverage(self, text: str) -> float:
        """The share of the stated words the text holds."""
        return len(self.words.intersection(_words(text))) / len(self.words)

    def agreement(self, text: str) -> float:
        """The F1 of the text's words against the stated words."""
        found = set(_words(text))
        common = len(self.words & found)
        if not common:
            return 0.0
        precision, recall = common / len(found), common / len(self.words)
        return 2 * precision * recall / (precision + recall)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def stated_paragraphs(stated: str) -> tuple[str, ...]:
    """The paragraphs of a JSON-LD text: markup taken out (its paragraph and line breaks
    kept as breaks), entities read, one paragraph per non-empty line."""
    text = stated
    if "<" in text:
        text = _TAG_RE.sub("", _BREAK_TAG_RE.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return tuple(line for line in lines if line)
