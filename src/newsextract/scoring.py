"""Main-content selection: the element that holds the most prose for the least noise.

Each body block adds its non-link text to the "prose" of its owner when it reads like prose
(long enough, mostly not links); link text everywhere is "noise". Both are summed up the
tree, and every element scores `prose * share ** PROSE_SHARE_EXPONENT * weight`: the prose
it holds times (a power of) the share of its text that is prose, weighted by its tag and
class/id vocabulary. The best score wins; its reasons say why. (A linear `prose - c * noise` lost
whole articles to a single paragraph when link teasers shared their parent; the share does
not. Compared on both corpora.)
"""

from __future__ import annotations

from collections import Counter
from typing import Final, NamedTuple

from newsextract.blocks import Block, Role, Segments
from newsextract.patterns import CONTENT_RE, WEAK_CONTAINER_RE

#: A block shorter than this (characters of non-link text) is not counted as prose:
#: menu entries, labels, dates and bylines are shorter. Calibrated on the AEB corpus.
MIN_PROSE_CHARS: Final = 30
#: Blocks whose link share exceeds this are navigation or teasers, not prose.
MAX_PROSE_LINK_SHARE: Final = 0.5
#: A prose block with no prose sibling (a teaser's summary, a lone caption-like line)
#: counts this much: articles are runs of paragraphs. Calibrated on the AEB corpus.
ISOLATED_PROSE_WEIGHT: Final = 0.15
#: Short lines of plain text (list items, table cells, labels) count this much as prose.
SHORT_TEXT_WEIGHT: Final = 0.3
#: How hard a low prose share (link-heavy surroundings) pulls a candidate's score down.
#: Calibrated on both corpora: 1 keeps teaser boxes beside short stories, 3 loses articles
#: that share a parent with link teasers.
PROSE_SHARE_EXPONENT: Final = 2
#: Weights for vocabulary and semantic markup on a candidate element.
ARTICLE_BODY_WEIGHT: Final = 1.5  # itemprop="articleBody"
CONTENT_WEIGHT: Final = 1.2  # class/id says article, content, story, entry, post ...
ARTICLE_TAG_WEIGHT: Final = 1.1  # <article>, <main>
WEAK_WEIGHT: Final = 0.7  # class/id says teaser, card, list, feed ...
#: Read once: an Enum member read from its class costs a call (is_prose runs for every
#: block, several times).
_BODY: Final = Role.BODY


class Candidate(NamedTuple):
    """The article's container, with the figures that chose it.

    Usually one element; a second opinion may join sibling containers that hold one
    article (selection.py): `members` are then their positions, in page order.
    """

    position: int  # of the element in Segments.elements (for a union: their parent)
    score: float
    prose: float
    noise: float
    reasons: tuple[str, ...]
    members: tuple[int, ...] = ()  # the joined siblings; () for the element alone

    def spans(self, segments: Segments) -> tuple[tuple[int, int], ...]:
        """The slices of Segments.blocks that the candidate holds, in page order."""
        if not self.members:
            return (segments.spans[self.position],)
        return tuple(segments.spans[member] for member in self.members)

    @property
    def share(self) -> float:
        """The share of its text that is prose (1 when it holds no text at all)."""
        total = self.prose + self.noise
        return self.prose / total if total else 1.0


class Ranking(NamedTuple):
    """The prose and noise of every element of a page, and the best-scoring one."""

    prose: list[float]
    noise: list[float]
    best: Candidate | None


def select_main(segments: Segments) -> Candidate | None:
    """The element that holds the article, or None when the page has no prose at all."""
    return rank(segments).best


def rank(segments: Segments) -> Ranking:
    """Score every element that holds prose; the best one is the first reading's article."""
    prose, noise = _tally(segments)
    best: Candidate | None = None
    least = 0.0  # half the best score: with less prose an element scores less (prose * 2)
    for index, element_prose in enumerate(prose):
        if element_prose < least or element_prose == 0:
            continue
        candidate = candidate_at(segments, index, prose, noise)
        if best is None or candidate.score > best.score:
            best = candidate
            least = best.score / 2
    return Ranking(prose, noise, best)


def candidate_at(
    segments: Segments, index: int, prose: list[float], noise: list[float]
) -> Candidate:
    """The element at `index` as a candidate, scored."""
    weight, reasons = _weight(segments, index)
    element_prose = prose[index]
    share = element_prose / (element_prose + noise[index]) if element_prose else 0.0
    score = element_prose * share**PROSE_SHARE_EXPONENT * weight
    return Candidate(index, score, element_prose, noise[index], reasons)


def _tally(segments: Segments) -> tuple[list[float], list[float]]:
    """Prose and noise characters of every element, summed over its subtree."""
    count = len(segments.elements)
    prose = [0.0] * count
    noise = [0.0] * count
    parents = segments.parents
    runs: Counter[int] = Counter()
    prose_blocks: list[tuple[int, int]] = []  # (owner, characters outside links)
    # The loop runs once per block of every reading: is_prose(block) is written out in it,
    # and the roles are read once (an Enum member read from its class costs a call).
    body, caption = _BODY, Role.CAPTION
    for block in segments.blocks:
        role = block.role
        if role is caption:
            continue
        size, links = len(block.text), block.link_chars
        if (
            role is body
            and size - links >= MIN_PROSE_CHARS
            and links <= MAX_PROSE_LINK_SHARE * size
        ):
            prose_blocks.append((block.owner, size - links))
            runs[parents[block.owner]] += 1
        else:
            noise[block.owner] += links
            if role is body and links * 2 <= size:
                prose[block.owner] += SHORT_TEXT_WEIGHT * (size - links)
    for owner, plain in prose_blocks:
        weight = 1.0 if runs[parents[owner]] > 1 else ISOLATED_PROSE_WEIGHT
        prose[owner] += weight * plain
    # Most elements hold no prose or no noise: adding their 0.0 would change no sum.
    for index in range(count - 1, 0, -1):
        parent = parents[index]
        if parent >= 0:
            if value := prose[index]:
                prose[parent] += value
            if value := noise[index]:
                noise[parent] += value
    return prose, noise


def is_prose(block: Block) -> bool:
    """A body block long enough and with few enough links to read as prose."""
    plain = len(block.text) - block.link_chars
    return (
        block.role is _BODY
        and plain >= MIN_PROSE_CHARS
        and block.link_chars <= MAX_PROSE_LINK_SHARE * len(block.text)
    )


def _weight(segments: Segments, index: int) -> tuple[float, tuple[str, ...]]:
    element = segments.elements[index]
    tag = element.tag
    weight = 1.0
    reasons: list[str] = []
    if tag in ("html", "body"):
        return weight, ()
    if element.get("itemprop") == "articleBody":
        weight *= ARTICLE_BODY_WEIGHT
        reasons.append("itemprop articleBody")
    if tag in ("article", "main"):
        weight *= ARTICLE_TAG_WEIGHT
        reasons.append(f"tag {tag}")
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if len(names) > 2:
        if CONTENT_RE.search(names):
            weight *= CONTENT_WEIGHT
            reasons.append("content class/id")
        if WEAK_CONTAINER_RE.search(names):
            weight *= WEAK_WEIGHT
            reasons.append("weak class/id")
    return weight, tuple(reasons)
