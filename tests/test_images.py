"""Images: the lead image first, then the article's images with alt text and captions."""

from __future__ import annotations

from newsextract import extract
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
