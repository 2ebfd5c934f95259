"""Language: the page's stated language, checked against its text.

The stated language (`<html lang>`, content-language meta, og:locale) is trusted when the
text agrees or is too short to tell; when the text's stop words point clearly to another
language of the lexicon, or the page states none, the text decides. No dependency: the
profiles are the lexicon's stop-word tables.
"""

from __future__ import annotations

from typing import Final

from newsextract.lexicon import LEXICONS

#: Fewer stop-word hits than this and the text is too short to tell its language.
MIN_STOP_WORD_HITS: Final = 8
#: The text's language must have this many times the hits of the stated one to overrule it.
OVERRULE_RATIO: Final = 2.0
#: Only the first words of the text are counted (enough to tell, and bounded in time).
MAX_COUNTED_WORDS: Final = 120
#: The stated language is confirmed when its stop words are found among this many words.
AGREEMENT_WORDS: Final = 60
#: Characters of text that hold at least MAX_COUNTED_WORDS words.
_SAMPLE_CHARS: Final = MAX_COUNTED_WORDS * 8
_PUNCTUATION: Final = ".,;:!?\"'()[]«»„\u201c\u201d\u2018\u2019\u2013\u2014-"


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for code, lexicon in LEXICONS.items():
        for word in lexicon.stop_words:
            languages[word] = (*languages.get(word, ()), code)
    return languages


#: Every stop word with the languages it belongs to, built once from the lexicon (read only).
_LANGUAGES_OF: Final = _languages_of_words()


def detect_language(text: str) -> str | None:
    """The lexicon language whose stop words the text uses most, or None when unsure."""
    counts = _stop_word_counts(text[:_SAMPLE_CHARS].casefold().split()[:MAX_COUNTED_WORDS])
    best = max(counts, key=lambda code: counts[code], default=None)
    if best is None or counts[best] < MIN_STOP_WORD_HITS:
        return None
    return best


def decide_language(stated: str | None, text: str) -> str | None:
    """The stated language unless the text clearly says another; the text's if none."""
    words = text[:_SAMPLE_CHARS].casefold().split()[:MAX_COUNTED_WORDS]
    if stated in LEXICONS and _agrees(stated, words):
        return stated  # the common case, settled on the first words
    counts = _stop_word_counts(words)
    best = max(counts, key=lambda code: counts[code], default=None)
    if best is None or counts[best] < MIN_STOP_WORD_HITS:
        return stated
    if stated is None or stated == best:
        return best
    if stated not in counts:  # a language the lexicon has no profile for: trust the page
        return stated
    return best if counts[best] >= OVERRULE_RATIO * max(counts[stated], 1) else stated


def _agrees(stated: str, words: list[str]) -> bool:
    """True when the first words hold enough of the stated language's stop words."""
    stop_words = LEXICONS[stated].stop_words
    hits = 0
    for word in words[:AGREEMENT_WORDS]:
        if word.strip(_PUNCTUATION) in stop_words:
            hits += 1
            if hits >= MIN_STOP_WORD_HITS:
                return True
    return False


def _stop_word_counts(words: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(LEXICONS, 0)
    for word in words:
        for code in _LANGUAGES_OF.get(word.strip(_PUNCTUATION), ()):
            counts[code] += 1
    return counts
