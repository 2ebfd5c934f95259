"""Tests for newsextract.caches: answers kept for short strings only, and the same answers."""

from __future__ import annotations

from newsextract import classnames
from newsextract.caches import MAX_CACHED_CHARS, short_string_cache
from newsextract.lines import normalise_line
from newsextract.urls import absolute_url


def test_only_calls_with_short_strings_are_kept() -> None:
    calls: list[str] = []

    @short_string_cache(8)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    long = "x" * (MAX_CACHED_CHARS + 1)
    answers = [upper("ab"), upper("ab"), upper(long), upper(long)]
    assert answers == ["AB", "AB", long.upper(), long.upper()]
    assert calls == ["ab", long, long]  # the short call was answered from the cache
    assert upper.cache_info().currsize == 1  # type: ignore[attr-defined]


def test_cached_functions_answer_as_before_for_long_strings() -> None:
    names = "article-body " * 200
    line = "  Read   more  " * 100
    href = "https://example.org/" + "a" * 2000
    verdict_of = classnames._verdict_of
    assert verdict_of(names) == verdict_of.__wrapped__(names)  # type: ignore[attr-defined]
    assert normalise_line(line) == normalise_line.__wrapped__(line)  # type: ignore[attr-defined]
    assert absolute_url(href, None) == href
