"""Unions of like siblings: an article cut into modules is the run of its like containers.

Some pages cut their article into sibling containers that share a class name (`<div
class="article-module">` between teasers and ads). The first reading's choice is widened to
the run of its like siblings (or of an ancestor's, up to UNION_LEVELS above it) when the run
holds UNION_GAIN times its prose, or narrowed to the run of like children inside it that
scores better than the whole. A choice inside an <article> gives way to the run of the
<article>'s children that are not mostly links when that holds ARTICLE_GAIN times its prose:
a teaser or an ad cuts some articles in two containers of different names.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from newsextract.blocks import Segments
from newsextract.scoring import Candidate, Ranking, candidate_at

#: A union of like siblings replaces the choice when it holds this many times its prose.
UNION_GAIN: Final = 1.3
#: Like siblings are looked for among the children of the choice's parent and of this many
#: ancestors above it.
UNION_LEVELS: Final = 3
#: A sibling joins a union when it holds at least this much prose (as scoring weighs it: a
#: lone paragraph counts ISOLATED_PROSE_WEIGHT of its length).
MIN_MEMBER_PROSE: Final = 10
#: A container is not mostly links when at least this share of its text is prose: a single
#: paragraph gives way to such a parent, and an alternative of the second opinion must be
#: one (selection.py).
MIN_PROSE_SHARE: Final = 0.5
#: The <article> around a choice inside it, up to ARTICLE_LEVELS above it, gives the run of
#: its children that are not mostly links when that holds this many times the choice's prose.
ARTICLE_GAIN: Final = 1.1
ARTICLE_LEVELS: Final = 4
_HOLDS_ARTICLE_START: Final = etree.XPath("boolean(descendant-or-self::article | .//h1)")
_HOLDS_HEADLINE: Final = etree.XPath("boolean(.//h1)")


def widened(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The choice, or a run of like containers it belongs to or holds: the run of its like
    siblings when that holds UNION_GAIN times its prose (an article cut into modules), or the
    run of like children that scores better than the whole choice (the same article inside a
    column that also holds a note box and teasers)."""
    if choice.members:
        return choice
    choice = _first_of_articles(segments, ranking, _container_of(segments, ranking, choice))
    union = _union(segments, ranking, choice)
    if union is not None and union.prose >= UNION_GAIN * choice.prose:
        return union
    inner = _inner_run(segments, ranking, choice)
    if inner is not None and inner.score > choice.score:
        return inner
    around = _article_run(segments, ranking, choice)
    if around is not None and around.prose >= ARTICLE_GAIN * choice.prose:
        return around
    return choice


def _first_of_articles(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The choice, or the first of the articles it holds when it holds two or more, each an
    <article> with its own <h1>: a page that appends the next story under the first
    (an endless scroll) holds them in one column; the page's own story comes first."""
    parents, elements = segments.parents, segments.elements
    articles: list[int] = []
    position, end = choice.position + 1, _subtree_end(parents, choice.position)
    while position < end:
        element = elements[position]
        if element.tag == "article" and _HOLDS_HEADLINE(element):
            articles.append(position)
            position = _subtree_end(parents, position)
        else:
            position += 1
    if len(articles) < 2 or ranking.prose[articles[0]] < MIN_MEMBER_PROSE:
        return choice
    return candidate_at(segments, articles[0], ranking.prose, ranking.noise)


def _subtree_end(parents: tuple[int, ...], position: int) -> int:
    """The position after the subtree of the element at `position` (its subtree follows it
    in Segments: the positions after it whose parents are it or come after it)."""
    after, count = position + 1, len(parents)
    while after < count and parents[after] >= position:
        after += 1
    return after


def _container_of(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate:
    """The choice, or its parent when the choice is one paragraph and the parent holds more
    prose that is not mostly links: an article is not a single paragraph element."""
    start, end = segments.spans[choice.position]
    parent = segments.parents[choice.position]
    if end - start != 1 or parent < 0 or ranking.prose[parent] <= choice.prose:
        return choice
    container = candidate_at(segments, parent, ranking.prose, ranking.noise)
    return container if container.share >= MIN_PROSE_SHARE else choice


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


def _article_run(segments: Segments, ranking: Ranking, choice: Candidate) -> Candidate | None:
    """The run of the children of the <article> around the choice that are not mostly links
    (see _run): an article that a teaser or an ad cuts in two containers of different names
    (its lead and first part, then the rest). None without such an <article>, or when it
    holds articles of its own (an endless scroll)."""
    index = choice.position
    for _ in range(ARTICLE_LEVELS):
        index = segments.parents[index]
        if index < 0:
            return None
        if segments.elements[index].tag == "article":
            break
    else:
        return None
    children = _children(segments, index)
    prose = [
        child
        for child in children
        if ranking.prose[child] >= MIN_MEMBER_PROSE and ranking.noise[child] <= ranking.prose[child]
    ]
    if len(prose) < 2 or _separate_articles(segments, prose):
        return None
    return _run(segments, ranking, index, children, prose)


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
    """The positions of the children of `parent` (its subtree follows it in Segments): each
    child's subtree is passed over to its next sibling, so the subtree is read once."""
    parents = segments.parents
    children: list[int] = []
    child = parent + 1
    while child < len(parents) and parents[child] == parent:
        children.append(child)
        child = _subtree_end(parents, child)
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
