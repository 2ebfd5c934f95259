"""Images: the lead image first, then the article's images with alt text and captions."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract import extract
from newsextract.images import image_url, picture_key
from newsextract.model import Image

PAGE = """<html><head><meta property="og:image" content="/media/lead.jpg"></head><body>
<article><h1>Council approves the cycling plan</h1>
<figure><img src="/media/lead.jpg" alt="The ring road"><figcaption>The ring road at dusk.
</figcaption></figure>
<p>The city council approved the new cycling plan on Thursday evening after two years.</p>
<p>Under the plan, the ring road gets protected lanes in both directions from spring on.</p>
<img src="/media/pixel.gif" width="1" height="1">
<figure><img data-src="/media/lanes.jpg" alt="Lanes"></figure>
<div class="related-posts"><h3>Related</h3><a href="/a"><img src="/media/teaser.jpg">A</a></div>
<p>Opponents warned that about 180 parking spaces will disappear along the ring road.</p>
</article></body></html>"""


def test_images_lead_first_with_captions_without_pixels_or_teasers() -> None:
    article = extract(PAGE, url="https://news.example.org/a.html")
    assert article.images == (
        Image("https://news.example.org/media/lead.jpg", "The ring road", "The ring road at dusk."),
        Image("https://news.example.org/media/lanes.jpg", "Lanes", None),
    )


TWO_SIZES = """<html><head>
<meta property="og:image" content="https://cdn.example.org/2024/05/lanes-1200x630.jpg">
</head><body><article><h1>Council approves the cycling plan</h1>
<figure><img src="/2024/05/lanes-780x390.jpg" alt="New lanes"><figcaption>New lanes on the
ring road.</figcaption></figure>
<p>The city council approved the new cycling plan on Thursday evening after two years.</p>
<p>Under the plan, the ring road gets protected lanes in both directions from spring on.</p>
<figure><img src="/2024/05/map.png" alt="Map"></figure>
</article></body></html>"""


def test_the_lead_image_in_two_sizes_is_listed_once_as_the_article_shows_it() -> None:
    article = extract(TWO_SIZES, url="https://news.example.org/a.html")
    assert article.images == (
        Image(
            "https://news.example.org/2024/05/lanes-780x390.jpg",
            "New lanes",
            "New lanes on the ring road.",
        ),
        Image("https://news.example.org/2024/05/map.png", "Map", None),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("https://a.example/i/x-780x390.jpg", "https://a.example/i/x.jpg", id="wxh"),
        pytest.param("https://a.example/i/x_1200w.jpg", "https://a.example/i/x_600w.jpg", id="w"),
        pytest.param("https://a.example/i/x@2x.png", "https://a.example/i/x.png", id="retina"),
        pytest.param("https://a.example/x-scaled.jpg", "https://a.example/x-1024x683.jpg", id="wp"),
        pytest.param("https://cdn.example/i/x.jpg", "https://www.example/i/x.jpg", id="host"),
        pytest.param("https://a.example/1200x630/x.jpg", "https://a.example/w_600/x.jpg", id="dir"),
        pytest.param(
            "https://a.example/1200x630_crop/x.jpg", "https://a.example/70x39_fit/x.jpg", id="dir+"
        ),
        pytest.param(
            "https://a.example/w_800,h_600,c_fill/x.jpg", "https://a.example/x.jpg", id="crop"
        ),
        pytest.param("https://a.example/x.jpg?w=800", "https://a.example/x.jpg?w=300", id="query"),
        pytest.param("https://a.example/I/X.JPG", "https://a.example/i/x.jpg", id="case"),
    ],
)
def test_sizes_of_one_picture_have_one_key(first: str, second: str) -> None:
    assert picture_key(first) == picture_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "https://a.example/2024/03/1.jpg", "https://a.example/2024/04/1.jpg", id="dir"
        ),
        pytest.param("https://a.example/img.php?id=1", "https://a.example/img.php?id=2", id="php"),
        pytest.param("https://a.example/i/x.jpg", "https://a.example/i/y.jpg", id="name"),
        pytest.param("https://a.example/i/x.jpg", "https://a.example/i/x.png", id="extension"),
        pytest.param("https://a.example/p/12345/x.jpg", "https://a.example/p/12346/x.jpg", id="id"),
    ],
)
def test_different_pictures_have_different_keys(first: str, second: str) -> None:
    assert picture_key(first) != picture_key(second)


def test_a_picture_key_is_computed_once_for_a_url_seen_before() -> None:
    """Keys are kept per URL (a page keys its images more than once): a repeat is a hit and
    gives the same key; a URL too long to keep gives its key all the same."""
    url = "https://a.example/i/cached-key-780x390.jpg"
    first = picture_key(url)
    hits = picture_key.cache_info().hits  # type: ignore[attr-defined]
    assert picture_key(url) == first == "i/cached-key.jpg"
    assert picture_key.cache_info().hits == hits + 1  # type: ignore[attr-defined]
    long_url = "https://a.example/" + "d/" * 300 + "x-780x390.jpg"
    assert picture_key(long_url) == "d/" * 300 + "x.jpg"


@pytest.mark.parametrize(
    ("img", "url"),
    [
        # a lazy loader's placeholder in src, the file in its attribute
        (
            '<img src="/theme/blank.gif" data-lazy-src="/photos/a.jpg"/>',
            "https://example.org/photos/a.jpg",
        ),
        (
            '<img src="data:image/gif;base64,R0lG" data-src="/photos/b.jpg"/>',
            "https://example.org/photos/b.jpg",
        ),
        ('<img src="/photos/c.jpg"/>', "https://example.org/photos/c.jpg"),
    ],
)
def test_an_image_url_is_a_lazy_loaders_file_before_its_src(img: str, url: str) -> None:
    assert image_url(etree.fromstring(img), "https://example.org/news/") == url


@pytest.mark.parametrize(
    ("markup", "url"),
    [
        ('<img srcset="/a-400.jpg 400w, /a-1200.jpg 1200w, /a-800.jpg 800w"/>', "/a-1200.jpg"),
        ('<img srcset="/b.jpg, /b@2x.jpg 2x"/>', "/b@2x.jpg"),
        ('<img srcset="/w_800,h_600/c.jpg 800w, /w_400,h_300/c.jpg 400w"/>', "/w_800,h_600/c.jpg"),
        ('<picture><source srcset="/d-1x.webp 1x, /d-2x.webp 2x"/><img/></picture>', "/d-2x.webp"),
    ],
)
def test_an_image_without_a_src_is_its_widest_srcset_file(markup: str, url: str) -> None:
    root = etree.fromstring(markup)
    image = root if root.tag == "img" else next(root.iter("img"))
    assert image_url(image, "https://example.org/") == f"https://example.org{url}"


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ('<a href="/">', False),  # the site's home: its logo
        ('<a href="https://example.com/">', False),
        ('<a href="/news/" rel="home">', False),
        ('<a href="https://partner.example.org/">', True),  # another site's home
        ('<a href="/?page=2">', True),
        ('<a href="#top">', True),
        ('<a href="/photos/bridge.jpg">', True),  # the picture enlarged
    ],
)
def test_an_image_linked_to_the_sites_home_is_its_logo(link: str, kept: bool) -> None:
    page = (
        f"<html><body><article><h1>Bridge opens</h1><p>{link}<img src='/a.jpg'></a></p>"
        "<p>The new bridge opened on Saturday morning, two months ahead of schedule, and links"
        " the station with the square.</p></article></body></html>"
    )
    images = extract(page, url="https://example.com/city/bridge").images
    assert [image.src for image in images] == (["https://example.com/a.jpg"] if kept else [])
