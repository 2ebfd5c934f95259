"""Keyword links: lines of names that the site links to their pages are the article's."""

from __future__ import annotations

from lxml import html as lxml_html

from newsextract.blocks import Block, Segments, segment
from newsextract.keywordlinks import keyword_classes, of_keywords

_SENTENCE = (
    "<p>Snow closed the schools, the <a class=kw href=/p/board.html>Education Board</a> said "
    "on Tuesday after a long night of storms over the hills.</p>"
)


def _read(body: str) -> tuple[Segments, list[Block]]:
    segments = segment(lxml_html.fromstring(f"<html><body><div>{body}</div></body></html>"))
    return segments, list(segments.blocks)


def _line(blocks: list[Block], start: str) -> Block:
    return next(block for block in blocks if block.text.startswith(start))


def test_a_line_of_names_linked_as_the_sentences_link_them_is_of_keywords() -> None:
    segments, blocks = _read(
        _SENTENCE + "<p>North: <a class=kw href=/p/a.html>Ashford</a>, "
        "<a class=kw href=/p/b.html>Brookfield</a>, Kelso</p>"
    )
    classes = keyword_classes(segments, blocks)
    assert classes == frozenset({"kw"})
    assert of_keywords(segments, classes, _line(blocks, "North"))


def test_links_of_another_class_one_link_or_a_sentence_between_are_not() -> None:
    segments, blocks = _read(
        _SENTENCE
        + "<p><a class=chip href=/p/a.html>Ashford</a>, <a class=chip href=/p/b.html>Kelso</a></p>"
        + "<p>See <a class=kw href=/p/a.html>Ashford</a></p>"
        + "<p><a class=kw href=/p/a.html>Ashford</a>, where the roads were closed for most of "
        "the day, and <a class=kw href=/p/b.html>Kelso</a></p>"
    )
    classes = keyword_classes(segments, blocks)
    assert not of_keywords(segments, classes, _line(blocks, "Ashford, Kelso"))
    assert not of_keywords(segments, classes, _line(blocks, "See"))
    assert not of_keywords(segments, classes, _line(blocks, "Ashford, where"))


def test_without_links_in_sentences_there_are_no_keyword_classes() -> None:
    segments, blocks = _read(
        "<p><a class=kw href=/p/a.html>Ashford</a>, <a class=kw href=/p/b.html>Kelso</a></p>"
    )
    assert keyword_classes(segments, blocks) == frozenset()
    assert not of_keywords(segments, frozenset(), blocks[0])
