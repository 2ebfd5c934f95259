"""How the class/id vocabulary of patterns.py becomes patterns: tokens matched as the words
of a class/id value, written as a trie, and the substrings that settle quickly that a value
holds none of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["substring_hints", "token_re", "trie"]


def token_re(tokens: tuple[str, ...], glued: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any token as a word of a lower-cased class/id value.

    Words are separated by white space, "-", "_" and ":"; a token in `glued` also matches
    at the start of a longer word ("sharetools"). Callers lower-case the value first: a
    case-insensitive pattern is four times slower. The tokens are written as a trie ("ad",
    "ads", "advert" as "ad(?:s|vert)?"): a word is read once, not once per token.
    """
    exact = trie(t for t in tokens if t not in glued)
    starts = trie(t for t in tokens if t in glued)
    parts = []
    if exact:
        parts.append(rf"{exact}(?![^\s_\-:])")
    if starts:
        parts.append(starts)
    return re.compile(rf"(?<![^\s_\-:])(?:{'|'.join(parts)})")


def trie(words: Iterable[str]) -> str:
    """A pattern of `words` with their common starts shared; its greedy options match the
    longest word first, as an alternation sorted longest first would."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(key) + pattern(node[key]) for key in sorted(node) if key]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return pattern(root)


def substring_hints(tokens: tuple[str, ...], size: int = 4) -> tuple[str, ...]:
    """Few starts of tokens, of `size` characters, such that every token holds one, chosen
    greedily (the start held by most tokens first): a class name that holds none of them
    holds no token, which substring tests settle before a token pattern runs."""
    uncovered = set(tokens)
    hints: list[str] = []
    while uncovered:
        starts = sorted({token[:size] for token in uncovered})
        best = max(starts, key=lambda start: sum(start in token for token in uncovered))
        hints.append(best)
        uncovered = {token for token in uncovered if best not in token}
    return tuple(hints)
