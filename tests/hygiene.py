"""Checks the robustness tests share: every string of an Article is clean, every URL http(s)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from newsextract import Article

#: C0 controls but tab and newline, DEL, C1 controls, lone surrogates (a str that cannot
#: be written as UTF-8), and the bidi and invisible controls that reorder or hide text
#: (U+202A-202E, U+2066-2069, U+200E/F, U+061C, U+180E, U+034F): never in a string of an Article.
CONTROL_RE: Final = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200e\u200f"
    r"\u061c\u180e\u034f]"
)
#: What a browser's URL parser leaves in an http(s) URL (WHATWG): printable ASCII only, with
#: '"', '<', '>', '`', '{', '}', '^', backslashes and spaces percent-encoded; "'" too after '?'.
URL_RE: Final = re.compile(
    r"(?i:https?)://[^\s\"<>`{}^\\/?#]+(?:/[^\s\"<>`{}^\\?#]*)?(?:\?[^\s\"<>`'#]*)?"
)


def strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, string) for every string in a to_dict() value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")


def link_urls(article: Article) -> list[str]:
    """Every URL the Article holds: its own, related links, images, credited images."""
    return [
        *([article.url] if article.url is not None else []),
        *(link.url for link in article.related_links),
        *(image.src for image in article.images),
        *(credit.image_url for credit in article.image_credits if credit.image_url),
    ]


def assert_clean(article: Article) -> None:
    """No control character in any string; every linked URL is http(s), ASCII and encoded
    as a browser's URL parser writes it."""
    dirty = [path for path, text in strings(article.to_dict()) if CONTROL_RE.search(text)]
    assert not dirty, f"control characters in {dirty[:5]}"
    bad = [url for url in link_urls(article) if not URL_RE.fullmatch(url) or not url.isascii()]
    assert not bad, f"non-http(s) or raw URLs: {bad[:5]}"
