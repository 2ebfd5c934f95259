"""Doubts about the first reading's choice, and the article's text as the page states it.

A choice is in doubt when it holds little prose (WEAK_PROSE), when it reads as a notice (a
placeholder, a login, newsletter or members-only prompt), or when its words cover little of
the text the page states in its JSON-LD (`articleBody`, read as a `StatedText`). A choice in
doubt gets a second opinion (selection.py).
"""

from __future__ import annotations

import html
import re
from typing import Final, NamedTuple

from newsextract.blocks import Segments
from newsextract.lines import is_notice_line
from newsextract.scoring import Candidate

#: A choice holding less prose than this (characters, as scoring counts them) is weak.
#: Calibrated on the three corpora: below it newsextract trailed its peers (tdev: 0.80 F1
#: against 0.91 on the 58 such pages), above it led them.
WEAK_PROSE: Final = 500
#: JSON-LD text shorter than this is a summary, not the article: it is not evidence.
MIN_STATED_CHARS: Final = 500
#: A choice whose words cover less than this share of the JSON-LD text's words is in doubt.
DOUBT_COVERAGE: Final = 0.6
#: A notice box is short: longer text is not read as one.
MAX_NOTICE_CHARS: Final = 400
_WORD_RE: Final = re.compile(r"\w+")
_TAG_RE: Final = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_BREAK_TAG_RE: Final = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li)\b[^<>]{0,200}>", re.I)


def doubts_about(
    segments: Segments, first: Candidate | None, evidence: StatedText | None
) -> tuple[str, ...]:
    """Why the first choice is in doubt; () when it is not."""
    if first is None:
        return ("no prose",)
    doubts = []
    if first.prose < WEAK_PROSE:
        doubts.append("weak")
    if _reads_as_notice(segments, first):
        doubts.append("notice")
    if evidence is not None and evidence.coverage(candidate_text(segments, first)) < DOUBT_COVERAGE:
        doubts.append("far from the JSON-LD text")
    return tuple(doubts)


def candidate_text(segments: Segments, candidate: Candidate) -> str:
    return "\n".join(
        block.text
        for start, end in candidate.spans(segments)
        for block in segments.blocks[start:end]
    )


def _reads_as_notice(segments: Segments, candidate: Candidate) -> bool:
    """A short container one of whose lines is a notice ("Loading…", "Please log in")."""
    if _longer_than(segments, candidate, MAX_NOTICE_CHARS):
        return False  # (an article's first blocks tell, without writing out its text)
    text = candidate_text(segments, candidate)
    return len(text) <= MAX_NOTICE_CHARS and any(is_notice_line(line) for line in text.split("\n"))


def _longer_than(segments: Segments, candidate: Candidate, limit: int) -> bool:
    """Whether the candidate's text (candidate_text) is longer than `limit` characters."""
    blocks, size = segments.blocks, -1  # no line break before the first block
    for start, end in candidate.spans(segments):
        for index in range(start, end):
            size += len(blocks[index].text) + 1
            if size > limit:
                return True
    return False


class StatedText(NamedTuple):
    """The article's text as the page states it in JSON-LD: its words and paragraphs."""

    words: frozenset[str]
    paragraphs: tuple[str, ...]

    @classmethod
    def of(cls, stated: str | None) -> StatedText | None:
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
