"""Language: the page's stated language, checked against its text.

The stated language (`<html lang>`, content-language meta, og:locale) is trusted when the
text agrees or is too short to tell. Otherwise the text decides, in two steps, with the
lexicon as its only data (no dependency):

1. Its script (the Unicode ranges of its letters) names the languages it can be in: Hangul
   is Korean; Han with kana Japanese, Han alone Chinese; Arabic, Hebrew, Greek, Devanagari
   and Thai one language each of the lexicon; Latin and Cyrillic many.
2. Among several, the language whose stop words the text uses most, each word that holds a
   letter only that language writes (a Ukrainian or a Russian letter) counting as one more hit.

A text whose script none of the stated language's words are written in overrules the page
("en" stated over Japanese text); among the languages of one script the text's language
must have OVERRULE_RATIO times the hits of the stated one.
"""

from __future__ import annotations

import itertools
import re
from typing import Final, NamedTuple

from newsextract.lexicon import LEXICONS
from newsextract.patterns import LETTER_WORD_RE

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
#: Fewer letters of a script than this and the text is too short to be told by its script
#: (a Japanese headline has 20 and more).
MIN_SCRIPT_LETTERS: Final = 10
#: A script other than Latin is the text's when this share of its letters is in it (a
#: Japanese article names brands in Latin letters, a German one quotes a Russian name); a
#: text with no script of the lexicon for this share is in none of its languages (Bengali).
MIN_SCRIPT_SHARE: Final = 0.3
#: Japanese writes kana in every sentence (a third of its characters and more), Chinese none:
#: Han text with this share of kana is Japanese.
MIN_KANA_SHARE: Final = 0.05
#: A Han, kana or Hangul character writes a syllable, about as much as this many letters of
#: an alphabet (Chinese "爱 逝去的爱" is "ai shi qu de ai" in pinyin): each counts this much.
SYLLABLE_WEIGHT: Final = 3
_PUNCTUATION: Final = ".,;:!?\"'()[]«»„\u201c\u201d\u2018\u2019\u2013\u2014-"

#: The letters of each script (ISO 15924 codes, as the lexicon's `script`), and runs of them;
#: "Kana" (hiragana and katakana) and "Hani" (Han) make "Jpan" together, "Hani" alone.
SCRIPT_LETTERS: Final = {
    "Latn": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Cyrl": "\u0400-\u04ff\u0500-\u052f",
    "Grek": "\u0370-\u03ff\u1f00-\u1fff",
    "Arab": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",
    "Hebr": "\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f",  # letters; points are marks
    "Deva": "\u0900-\u0963\u0971-\u097f",  # not the danda and digits other scripts use
    "Thai": "\u0e01-\u0e5b",
    "Kore": "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f",
    "Kana": "\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f",
    "Hani": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
}
_SCRIPT_RES: Final = {
    script: re.compile(f"[{letters}]+") for script, letters in SCRIPT_LETTERS.items()
}
#: A letter of a script other than Latin (most texts with accents have none: one search).
_NOT_LATIN_RE: Final = re.compile(
    "[" + "".join(letters for script, letters in SCRIPT_LETTERS.items() if script != "Latn") + "]"
)


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for code, lexicon in LEXICONS.items():
        for word in lexicon.stop_words:
            languages[word] = (*languages.get(word, ()), code)
    return languages


def _languages_of_letters() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for code, lexicon in LEXICONS.items():
        for letter in lexicon.letters:
            languages[letter] = (*languages.get(letter, ()), code)
    return languages


def _languages_of_scripts() -> dict[str, tuple[str, ...]]:
    languages: dict[str, tuple[str, ...]] = {}
    for code, lexicon in LEXICONS.items():
        languages[lexicon.script] = (*languages.get(lexicon.script, ()), code)
    return languages


#: Every stop word with the languages it belongs to, built once from the lexicon (read only).
_LANGUAGES_OF: Final = _languages_of_words()
#: Every letter that only some languages of its script write, with those languages.
_LETTER_LANGUAGES: Final = _languages_of_letters()
_DISTINCT_LETTERS: Final = frozenset(_LETTER_LANGUAGES)
#: The languages of the lexicon written in each script.
_SCRIPT_LANGUAGES: Final = _languages_of_scripts()


class _Guess(NamedTuple):
    """The language the text reads as, and what told it: its script alone (`hits` None) or
    the stop-word and letter hits of each language of its script."""

    language: str
    script: str
    hits: dict[str, int] | None


def detect_language(text: str) -> str | None:
    """The lexicon language the text is written in, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    guess = _guess(sample, sample.casefold().split()[:MAX_COUNTED_WORDS])
    return None if guess is None else guess.language


def decide_language(stated: str | None, text: str) -> str | None:
    """The stated language unless the text clearly says another; the text's if none."""
    sample = text[:_SAMPLE_CHARS]
    words = sample.casefold().split()[:MAX_COUNTED_WORDS]
    if stated in LEXICONS and _agrees(stated, words):
        return stated  # the common case, settled on the first words
    guess = _guess(sample, words)
    if guess is None:
        return stated
    if stated is None or stated == guess.language:
        return guess.language
    if stated not in LEXICONS:  # a language the lexicon has no profile for: trust the page
        return stated
    if guess.hits is None or LEXICONS[stated].script != guess.script:
        return guess.language  # written in a script the stated language is not written in
    best = guess.hits[guess.language]
    return guess.language if best >= OVERRULE_RATIO * max(guess.hits.get(stated, 0), 1) else stated


def script_of(text: str) -> str | None:
    """The script (ISO 15924) that most of the text is written in, if it is enough of the text
    and of a script the lexicon knows (a Bengali text has none; Devanagari is not it)."""
    if text.isascii():
        letters = sum(map(len, _SCRIPT_RES["Latn"].findall(text)))
        return "Latn" if letters >= MIN_SCRIPT_LETTERS else None
    if _NOT_LATIN_RE.search(text) is None:  # Latin letters, and letters of no other script
        latin = sum(map(len, _SCRIPT_RES["Latn"].findall(text)))
        letters = sum(map(len, LETTER_WORD_RE.findall(text)))
        return "Latn" if latin >= max(MIN_SCRIPT_SHARE * letters, MIN_SCRIPT_LETTERS) else None
    counts = {
        script: sum(map(len, pattern.findall(text))) for script, pattern in _SCRIPT_RES.items()
    }
    kana, han, hangul = counts.pop("Kana"), counts.pop("Hani"), counts["Kore"]
    japanese = kana > 0 and kana >= MIN_KANA_SHARE * (kana + han)
    counts["Jpan" if japanese else "Hani"] = SYLLABLE_WEIGHT * (kana + han)
    counts["Kore"] = SYLLABLE_WEIGHT * hangul
    letters = sum(map(len, LETTER_WORD_RE.findall(text)))
    total = letters + (SYLLABLE_WEIGHT - 1) * (kana + han + hangul)
    latin = counts.pop("Latn")
    script = max(counts, key=lambda name: counts[name])
    if counts[script] < MIN_SCRIPT_SHARE * total:  # Latin, or a script the lexicon lacks
        script, counts[script] = "Latn", latin
    if counts[script] < MIN_SCRIPT_SHARE * total or counts[script] < MIN_SCRIPT_LETTERS:
        return None
    return script


def _guess(sample: str, words: list[str]) -> _Guess | None:
    """The language of the text: its script's only language, or the one whose words it uses
    most; None when the text is too short to tell."""
    script = script_of(sample)
    candidates = _SCRIPT_LANGUAGES.get(script or "", ())
    if script is None or not candidates:
        return None
    if len(candidates) == 1:
        return _Guess(candidates[0], script, None)
    hits = _hits(words, candidates)
    best = max(candidates, key=lambda code: hits[code])  # the first of equals
    if hits[best] < MIN_STOP_WORD_HITS:
        return None
    return _Guess(best, script, hits)


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


def _hits(words: list[str], candidates: tuple[str, ...], *, letters: bool = True) -> dict[str, int]:
    """For each candidate language, the words that are its stop words or (with `letters`)
    hold a letter that only it (and few others) writes."""
    counts = dict.fromkeys(candidates, 0)
    for written in words:
        word = written.strip(_PUNCTUATION)
        for code in _LANGUAGES_OF.get(word, ()):
            if code in counts:
                counts[code] += 1
        if letters and not word.isascii():
            found = _DISTINCT_LETTERS.intersection(word)
            for code in {code for letter in found for code in _LETTER_LANGUAGES[letter]}:
                if code in counts:
                    counts[code] += 1
    return counts


class Reading(NamedTuple):
    """How well a decoded text reads as a language of the lexicon, compared between the
    readings of the same bytes with different encodings (decoding.py).

    clean: the share of its letters in its main script, less the share of its words that a
        wrong decoding would write (a control or private-use character, halfwidth katakana,
        a capital after a small letter: "ЦРєЇ"); 1.0 for a clean text in one script.
    hits: the stop words (of two letters and more) of the language it reads as best; not its
        letters, which a wrong reading writes as often ("ёюыэхїэю").
    """

    clean: float
    hits: int


#: The words that differ between two readings of legacy bytes hold non-ASCII characters;
#: this many are enough to judge a reading.
MAX_READ_WORDS: Final = 400
#: What text does not hold and a wrong decoding writes: C1 controls, the replacement
#: character, private-use characters, halfwidth katakana (a legacy form, not news text).
_UNLIKELY_RE: Final = re.compile("[\x80-\x9f\ufffd\ue000-\uf8ff\uff61-\uff9f]")
#: Scripts that are read together: Japanese writes kana among Han.
_SCRIPT_GROUPS: Final = {"Kana": "Hani"}


def reading(text: str) -> Reading:
    """How well `text` (a page or a sample of it, markup included) reads as a language."""
    # Markup brackets end a word as spaces do ("<p>Über" is the word "Über"). str.split and
    # isascii run in C: linear and fast, also on a page of long unspaced runs (data: URIs).
    spaced = text.replace("<", " ").replace(">", " ")
    found = (word for word in spaced.split() if not word.isascii())
    words = list(itertools.islice(found, MAX_READ_WORDS))
    if not words:
        return Reading(1.0, 0)
    sample = " ".join(words)
    counts: dict[str, int] = {}
    for script, pattern in _SCRIPT_RES.items():
        group = _SCRIPT_GROUPS.get(script, script)
        counts[group] = counts.get(group, 0) + sum(map(len, pattern.findall(sample)))
    letters = max(1, sum(map(len, LETTER_WORD_RE.findall(sample))))
    script = max(counts, key=lambda name: counts[name])
    wrong = sum(1 for word in words if _UNLIKELY_RE.search(word) or _case_flips(word))
    clean = counts[script] / letters - wrong / len(words)
    candidates = _SCRIPT_LANGUAGES.get(script, ())
    if script == "Hani":
        candidates += _SCRIPT_LANGUAGES.get("Jpan", ())
    # One-letter words are left out: a wrong reading makes many, and Slavic ones are words.
    read = [word.casefold() for word in words if len(word.strip(_PUNCTUATION)) > 1]
    hits = _hits(read, candidates, letters=False) if candidates else {}
    return Reading(clean, max(hits.values(), default=0))


def _case_flips(word: str) -> bool:
    """True for a word with a capital right after a small letter, in a script with cases."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
