"""Owners: the credits of teaser cards' images are not the article's."""

from __future__ import annotations

from itertools import takewhile

import pytest
from lxml import etree

from newsextract.owners import _small_boxes, ownership
from newsextract.parsing import holds_little_text, parse

PAGE = "https://example.org/news/bridge-opens.html"
IMAGE = '<img src="/img/one.jpg" width="600" height="400" alt="">'


def _credit_element(html: str) -> etree._Element:
    root = parse(f"<body>{html}</body>")
    assert root is not None
    found = root.xpath("//*[@class='credit']")
    assert isinstance(found, list) and isinstance(found[0], etree._Element)
    return found[0]


@pytest.mark.parametrize(
    ("html", "owned"),
    [
        pytest.param(
            f'<div class="card"><div class="media"><a href="/news/other-story.html">{IMAGE}</a>'
            '<span class="credit">Foto: Jane Doe</span></div>'
            '<h4><a href="/news/other-story.html">Another story</a></h4></div>',
            False,
            id="teaser-card",
        ),
        pytest.param(
            f'<div class="card"><a href="/news/other-story.html"><div>{IMAGE}'
            '<span class="credit">Foto: Jane Doe</span></div>'
            "<h3>Another story</h3></a></div>",
            False,
            id="card-inside-one-link",
        ),
        pytest.param(
            f'<figure><a href="/news/bridge-opens-picture-2.html">{IMAGE}</a>'
            '<figcaption><span class="credit">Foto: Jane Doe</span></figcaption></figure>',
            True,
            id="image-page-without-headline",
        ),
        pytest.param(
            f'<div class="card"><a href="/news/bridge-opens.html">{IMAGE}</a>'
            '<span class="credit">Foto: Jane Doe</span>'
            '<h2><a href="/news/bridge-opens.html">Bridge opens</a></h2></div>',
            True,
            id="the-article-itself",
        ),
        pytest.param(
            f'<div class="card"><a href="/img/one-large.jpg">{IMAGE}</a>'
            '<span class="credit">Foto: Jane Doe</span>'
            '<h4><a href="/img/one-large.jpg">Enlarge</a></h4></div>',
            True,
            id="full-size-file",
        ),
        pytest.param(
            f'<div class="card"><a href="https://photos.agency.net/pia123">{IMAGE}</a>'
            '<span class="credit">Foto: Jane Doe</span>'
            '<h4><a href="https://photos.agency.net/pia123">The source</a></h4></div>',
            True,
            id="source-on-another-site",
        ),
        pytest.param(
            f'<figure>{IMAGE}<figcaption><span class="credit">Foto: Jane Doe</span></figcaption>'
            '</figure><h4><a href="/news/other-story.html">Another story</a></h4>',
            True,
            id="unlinked-image",
        ),
        pytest.param(
            f'<div class="two"><a href="/news/other-story.html">{IMAGE}</a>'
            f'<a href="/news/third-story.html">{IMAGE}</a>'
            '<span class="credit">Fotos: Jane Doe</span>'
            '<h4><a href="/news/other-story.html">Another story</a></h4></div>',
            True,
            id="credit-of-two-images",
        ),
    ],
)
def test_a_teaser_cards_image_is_not_the_articles(html: str, owned: bool) -> None:
    owner = ownership(urls=(PAGE,), base_url=PAGE)
    assert owner.owns(_credit_element(html)) is owned


def _article_credits(html: str, title: str) -> list[bool]:
    root = parse(f"<body>{html}</body>")
    assert root is not None
    owner = ownership(urls=(PAGE,), base_url=PAGE, title=title, headings=tuple(root.iter("h1")))
    return [owner.owns(element) for element in root.iter() if element.get("class") == "credit"]


FIGURE = (
    f'<figure>{IMAGE}<figcaption><span class="credit">Photo: Jane Doe</span></figcaption></figure>'
)


@pytest.mark.parametrize(
    ("html", "owned"),
    [
        pytest.param(
            f"<article><h1>Bridge opens</h1>{FIGURE}</article>"
            f"<div><article><h1>Harbour festival returns</h1>{FIGURE}</article></div>",
            [True, False],
            id="next-article-below",
        ),
        pytest.param(
            f"<header><h1>Bridge opens</h1></header><article><h1>Bridge opens</h1>{FIGURE}"
            "</article>",
            [True],
            id="headline-repeated-in-the-sites-header",
        ),
        pytest.param(
            f"<article><h1>Bridge opens</h1>{FIGURE}<article><h2>A tip</h2>{FIGURE}</article>"
            "</article>",
            [True, True],
            id="nested-article-without-h1",
        ),
        pytest.param(
            f"<article><h1>Bridge opens today</h1>{FIGURE}</article>"
            f"<article><h1>Harbour festival returns</h1>{FIGURE}</article>",
            [True, True],
            id="no-h1-reads-as-the-title",
        ),
    ],
)
def test_the_next_articles_images_are_not_the_articles(html: str, owned: list[bool]) -> None:
    assert _article_credits(html, "Bridge opens") == owned


@pytest.mark.parametrize(
    ("html", "limit", "small"),
    [
        pytest.param("<div><p><span class='x'>ab</span></p></div>", 5, 4, id="all-small"),
        pytest.param(
            "<div>0123456789<p>  cd  <span class='x'>ab</span> ef </p></div>",
            8,
            1,
            id="text-beside-the-box-counts-stripped",
        ),
        pytest.param(
            "<div><!--0123456789--><p>a<?pi 0123456789?><span class='x'>ab</span>c</p></div>",
            4,
            4,
            id="comments-do-not-count-their-tails-do",
        ),
        pytest.param(
            "<div><p><span class='x'>ab</span><b>cd</b>tail</p>0123456789</div>",
            8,
            1,
            id="siblings-and-tails",
        ),
        pytest.param("<div><p><span class='x'>0123456789</span></p></div>", 5, 0, id="big"),
    ],
)
def test_small_boxes_read_each_piece_once_as_holds_little_text_counts(
    html: str, limit: int, small: int
) -> None:
    """_small_boxes: the ancestors (innermost first) that holds_little_text finds small, up
    to the first that it does not."""
    element = _credit_element(html.replace("class='x'", 'class="credit"'))
    expected = list(takewhile(lambda box: holds_little_text(box, limit), element.iterancestors()))
    assert list(_small_boxes(element, limit)) == expected
    assert len(expected) == small
