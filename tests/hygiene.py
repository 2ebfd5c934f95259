"""Checks the robustness tests share: every string of an Article is clean, every URL http(s)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from newsextract import Article

#: C0 controls but tab and newline, DEL, C1 controls, and lone surrogates (a str that cannot
#: be written as UTF-8): never in a string of an Article.
CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


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
    """No control character in any string; every linked URL is http(s)."""
    dirty = [path for path, text in strings(article.to_dict()) if CONTROL_RE.search(text)]
    assert not dirty, f"control characters in {dirty[:5]}"
    bad = [url for url in link_urls(article) if not url.lower().startswith(("http://", "https://"))]
    assert not bad, f"non-http(s) URLs: {bad[:5]}"
