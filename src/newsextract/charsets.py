"""The encoding of legacy bytes that declare none (step 5 of decoding.py).

charset-normalizer offers candidates with their chaos (its share of unlikely characters)
and coherence (how well letter frequencies fit a language). Its first pick goes on chaos
alone, and on a short page several candidates are equally clean: a short GB2312 page comes
out as EUC-KR (Hangul among rare Han), a short latin-1 page in French as windows-1257
("trčs"). So of the candidates about as clean as the best, the one whose text reads best as
a language (`language.reading`: its letters in one script, no mojibake) wins, then the most
coherent, then the one with most stop words; windows-1252, the web's usual legacy encoding,
among equals. When no candidate reads as text (a short KOI8-R page is offered only
Shift_JIS, which reads it as halfwidth katakana), the legacy encodings of the web are tried
in turn.
"""

from __future__ import annotations

from typing import Any, Final

import charset_normalizer

from newsextract.language import Reading, reading

__all__ = ["likeliest_encoding"]

# charset-normalizer's candidates whose chaos (its share of unlikely characters, 0..1) is
# within this of the cleanest read the sample about as well; on our test pages the right
# encoding and the wrong first pick are within 0.05 (latin-1 French: cp1252 0.047, cp1257 0).
DETECT_CHAOS_MARGIN: Final = 0.1
# Readings whose cleanness (language.reading) differs by less than this read as well: a
# wrong reading of a short CJK page loses a third of its cleanness and more; one below
# MIN_CLEAN_READING (half its words wrong) is no text, and the legacy encodings are tried.
READING_STEP: Final = 0.05
MIN_CLEAN_READING: Final = 0.5
# The legacy encodings of the web's pages in the lexicon's scripts (Python codec names, the
# WHATWG decoders), the commonest first: they break ties.
LEGACY_ENCODINGS: Final = (
    "cp1251", "koi8_r", "gb18030", "big5hkscs", "cp932", "cp949", "cp1253", "cp1255",
    "cp1256", "cp874", "cp1250",
)  # fmt: skip


def likeliest_encoding(sample: bytes) -> str | None:
    """The encoding (a Python codec name) in which `sample` reads best, or None."""
    return _likeliest(list(charset_normalizer.from_bytes(sample))) or _legacy_reading(sample)


def _likeliest(matches: list[Any]) -> str | None:
    least_chaos = min((match.chaos for match in matches), default=0.0)
    close = [match for match in matches if match.chaos <= least_chaos + DETECT_CHAOS_MARGIN]
    chosen = max(close, key=_merit, default=None)  # the first of equals
    if chosen is None or reading(str(chosen)).clean < MIN_CLEAN_READING:
        return None
    return "cp1252" if "cp1252" in chosen.could_be_from_charset else str(chosen.encoding)


def _merit(match: Any) -> tuple[int, float, int, bool]:
    read = reading(str(match))
    cp1252 = "cp1252" in match.could_be_from_charset
    return (_steps(read), match.coherence, read.hits, cp1252)


def _legacy_reading(sample: bytes) -> str | None:
    readings = [
        (reading(text), name)
        for name in LEGACY_ENCODINGS
        if (text := _strict(sample, name)) is not None
    ]
    best = max(readings, key=lambda pair: (_steps(pair[0]), pair[0].hits), default=None)
    return None if best is None or best[0].clean < MIN_CLEAN_READING else best[1]


def _steps(read: Reading) -> int:
    return round(read.clean / READING_STEP)


def _strict(sample: bytes, name: str) -> str | None:
    try:
        return sample.decode(name)
    except UnicodeDecodeError:
        return None
