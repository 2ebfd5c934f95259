"""benchmarks/language.py: every declaration of a page's language is stripped, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.language import GOLD, strip_declarations
from newsextract import extract

PAGE = (
    b'<!DOCTYPE html><html lang="de-AT" xml:lang="de"><head>'
    b'<meta http-equiv="Content-Language" content="de">'
    b'<meta property="og:locale" content="de_AT">'
    b'<meta property="og:locale:alternate" content="en_GB">'
    b'<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "de"}</script>'
    b'</head><body><p hreflang="en" data-lang="fr">Short.</p></body></html>'
)


@pytest.mark.parametrize(
    "declaration",
    [b'lang="de-AT"', b'xml:lang="de"', b"Content-Language", b"og:locale", b'"inLanguage"'],
)
def test_declarations_are_stripped(declaration: bytes) -> None:
    assert declaration in PAGE
    assert declaration not in strip_declarations(PAGE)


def test_other_attributes_stay() -> None:
    stripped = strip_declarations(PAGE)
    assert b'hreflang="en"' in stripped
    assert b'data-lang="fr"' in stripped
    assert extract(PAGE).language == "de"
    assert extract(stripped).language is None  # "Short." tells no language


def test_gold_names_a_language_for_every_key() -> None:
    gold = json.loads(Path(GOLD).read_text(encoding="utf-8"))
    assert gold.pop("_about")
    assert gold
    assert all(key.startswith("fundus/") and len(code) == 2 for key, code in gold.items())
