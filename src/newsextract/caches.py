"""Bounded per-process caches of pure functions of short strings.

Pages repeat their class names, lines and links, and sites repeat them across pages: a few
functions keep their recent answers. Only calls whose strings are short are kept, so that a
page's huge values (a 1 MB data: URI, a class attribute of 100,000 words) never stay in
memory after it. lru_cache is safe in threads; each process has its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, Final, TypeVar, cast

#: Calls with a string argument longer than this are not kept.
MAX_CACHED_CHARS: Final = 512

_Function = TypeVar("_Function", bound=Callable[..., Any])


def short_string_cache(maxsize: int) -> Callable[[_Function], _Function]:
    """Keep the answers of the last `maxsize` calls (positional arguments only) whose strings
    hold at most MAX_CACHED_CHARS characters; longer ones are computed every time."""

    def decorate(function: _Function) -> _Function:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(*args: Any) -> Any:
            for arg in args:  # a loop, not all(): this runs on every call of hot functions
                if isinstance(arg, str) and len(arg) > MAX_CACHED_CHARS:
                    return function(*args)
            return cached(*args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(_Function, call)

    return decorate
