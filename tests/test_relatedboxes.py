"""Boxes of related links inside a pruned box beside the article: the labels searched."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsextract import relatedboxes
from newsextract.decoding import decode
from newsextract.parsing import elements_found, parse

FIXTURE_PAGES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/page.html"))

#: The search _label_candidates made before its one walk: an XPath union of six paths.
_XPATH_LABELS = etree.XPath(
    ".//h2 | .//h3 | .//h4 | .//h5 | .//h6 | descendant::*/@class"
    "[contains(., 'title') or contains(., 'head') or contains(., 'label')]/.."
)


def _labels_as_searched_before(element: etree._Element) -> list[etree._Element]:
    labels = elements_found(_XPATH_LABELS(element))
    for node in element.iter():
        if node.tag == "a":
            break
        if isinstance(node.tag, str) and (node.text or "").strip():
            if node is not element and node not in labels:
                labels.insert(0, node)
            break
    return labels


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_label_candidates_found_in_one_walk_agree_with_the_search_they_replaced(
    page: Path,
) -> None:
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    for element in root.iter("div", "aside", "section", "ul", "nav", "footer"):
        assert relatedboxes._label_candidates(element) == _labels_as_searched_before(element)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div><span>Related</span><h3 class='x'>A</h3><p class='post-title'>B</p></div>",
            ["span", "h3", "p"],
            id="first-text-then-heading-and-title-class",
        ),
        pytest.param(
            "<div><a href='/a'>Link</a><span>Related</span><h4>C</h4></div>",
            ["h4"],
            id="link-before-any-text",
        ),
        pytest.param(
            "<div><h2>Related</h2><ul><li class='Headline'>x</li></ul></div>",
            ["h2"],
            id="heading-is-the-first-text; classes-are-case-sensitive",
        ),
    ],
)
def test_label_candidates(html: str, expected: list[str]) -> None:
    root = parse(f"<html><body>{html}</body></html>")
    assert root is not None
    box = root.find(".//div")
    assert box is not None
    assert [node.tag for node in relatedboxes._label_candidates(box)] == expected
