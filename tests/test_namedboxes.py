"""Tests for newsextract.namedboxes: boxes named as furniture that hold the article's content."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract.namedboxes import kept_despite_names

_POST = (
    '<blockquote class="twitter-tweet"><p>A post.</p>'
    '<a href="https://x.com/a/status/1">May 4</a></blockquote>'
)


@pytest.mark.parametrize(
    ("box", "concept", "kept"),
    [
        # a post quoted from a network in a box named for sharing: the post
        (f'<div class="social-embed">{_POST}</div>', "sharing", True),
        # a "click to tweet" quote with its share button: a share box
        (
            '<div class="share"><blockquote>Our words.</blockquote>'
            '<a href="https://twitter.com/intent/tweet?text=Our">Tweet</a></div>',
            "sharing",
            False,
        ),
        # a share bar, and a post in a box of another concept
        (
            '<div class="share"><a href="https://www.facebook.com/sharer.php?u=1">f</a></div>',
            "sharing",
            False,
        ),
        (f'<div class="newsletter">{_POST}</div>', "subscription", False),
        # a figure offered for sharing, a heading named like a box
        (
            '<figure class="shareable"><img src="a.jpg"/><figcaption>A.</figcaption></figure>',
            "sharing",
            True,
        ),
        ('<h2 class="related">Background</h2>', "related", True),
    ],
)
def test_kept_despite_names(box: str, concept: str, kept: bool) -> None:
    assert kept_despite_names(etree.fromstring(box), concept) is kept
