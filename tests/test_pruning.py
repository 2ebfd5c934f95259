"""Tests for newsextract.pruning: which subtrees are boilerplate, and which guards save them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsextract import pruning
from newsextract.decoding import decode
from newsextract.parsing import holds, holds_link, parse
from newsextract.pruning import CAPTION_BOX, DATED_BOX, KEEP, Judgement, Pruner

PROSE = (
    "The city council approved the new cycling plan on Thursday evening after more than two "
    "years of debate, with a clear majority of the members voting in favour of it."
)
SHORT = "A sentence of the article, not long enough to count as prose of its own."
PARAGRAPHS = f"<p>{PROSE}</p><p>{PROSE} Second.</p><p>{PROSE} Third.</p>"
LINKS = '<ul><li><a href="/a">First story</a></li><li><a href="/b">Second story</a></li></ul>'


def _element(html: str) -> etree._Element:
    """The element with id "x" in the page `html`."""
    root = parse(html)
    assert root is not None
    found = root.xpath("//*[@id='x']")
    assert isinstance(found, list)
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def _judge(html: str) -> Judgement:
    return Pruner().judge(_element(html))


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        pytest.param('<nav id="x"><a href="/">Home</a></nav>', "tag nav", id="nav"),
        pytest.param('<script id="x">var a = 1;</script>', "tag script", id="script"),
        pytest.param('<style id="x">p {}</style>', "tag style", id="style"),
        pytest.param(f'<aside id="x"><p>{PROSE}</p></aside>', "tag aside", id="aside"),
        pytest.param('<iframe id="x" src="/ad"></iframe>', "tag iframe", id="iframe"),
        pytest.param('<button id="x">Share</button>', "tag button", id="button"),
        pytest.param(
            '<noscript id="x"><img src="/pixel.gif"></noscript>',
            "tag noscript",
            id="noscript-pixel",
        ),
        pytest.param('<amp-ad id="x">Ad</amp-ad>', "tag amp-ad", id="amp-ad"),
    ],
)
def test_junk_tags_are_pruned(html: str, reason: str) -> None:
    assert _judge(html).reason == reason


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(f'<div id="x" hidden><p>{SHORT}</p></div>', id="hidden-attribute"),
        pytest.param(f'<div id="x" aria-hidden="true"><p>{SHORT}</p></div>', id="aria-hidden"),
        pytest.param(f'<div id="x" style="display: none"><p>{SHORT}</p></div>', id="display-none"),
        pytest.param(
            f'<div id="x" style="DISPLAY:NONE"><p>{SHORT}</p></div>', id="display-none-upper"
        ),
        pytest.param(
            f'<div id="x" style="color: red; visibility:hidden"><p>{SHORT}</p></div>',
            id="visibility-hidden",
        ),
        pytest.param(f'<div id="x" class="sr-only">{SHORT}</div>', id="class-sr-only"),
        pytest.param(
            f'<span id="x" class="visually-hidden">{SHORT}</span>', id="class-visually-hidden"
        ),
        pytest.param(f'<div id="x" class="box d-none">{SHORT}</div>', id="class-d-none"),
    ],
)
def test_hidden_elements_are_pruned(html: str) -> None:
    assert _judge(html).reason is not None


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            f'<div id="x" aria-hidden="false"><p>{SHORT}</p></div>', id="aria-hidden-false"
        ),
        pytest.param(
            f'<div id="x" style="display: block"><p>{SHORT}</p></div>', id="display-block"
        ),
        pytest.param(f'<div id="x" class="unhidden">{SHORT}</div>', id="class-unhidden"),
    ],
)
def test_visible_elements_are_kept(html: str) -> None:
    assert _judge(html) == KEEP


@pytest.mark.parametrize(
    ("html", "concept"),
    [
        pytest.param(f'<div id="x" class="share-bar">{LINKS}</div>', "sharing", id="share-bar"),
        pytest.param(
            f'<div id="x" class="article__share">{LINKS}</div>', "sharing", id="bem-share"
        ),
        pytest.param(f'<div id="x" class="shareTools">{LINKS}</div>', "sharing", id="glued-share"),
        pytest.param(
            f'<ol id="x" class="comment-list"><li>{PROSE}</li></ol>', "comments", id="comment-list"
        ),
        pytest.param(
            f'<div id="x" class="cookie-banner"><p>{SHORT}</p></div>', "consent", id="cookie-banner"
        ),
        pytest.param(
            f'<div id="x" class="newsletter-box"><p>{SHORT}</p></div>',
            "subscription",
            id="newsletter-box",
        ),
        pytest.param(f'<div id="x" class="sidebar">{LINKS}</div>', "layout", id="sidebar"),
        pytest.param(
            f'<div id="x" class="related-posts">{LINKS}</div>', "related", id="related-posts"
        ),
        pytest.param(f'<div id="x" class="ad-slot">{SHORT}</div>', "promotion", id="ad-slot"),
        pytest.param(
            f'<div class="breadcrumb" id="x">{LINKS}</div>', "navigation", id="breadcrumb"
        ),
        pytest.param(f'<div id="x" class="author-box">{SHORT}</div>', "meta", id="author-box"),
        pytest.param(f'<div id="x" class="modal">{SHORT}</div>', "overlay", id="modal"),
    ],
)
def test_boilerplate_class_tokens_are_pruned(html: str, concept: str) -> None:
    reason = _judge(html).reason
    assert reason is not None
    assert reason.startswith(concept)


def test_boilerplate_id_is_pruned_like_a_class() -> None:
    page = f'<div id="sidebar"><div id="x">{LINKS}</div></div>'
    root = parse(page)
    assert root is not None
    sidebar = root.find(".//div")
    assert sidebar is not None
    assert Pruner().reason(sidebar) == "layout class/id 'sidebar'"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(f'<div id="x" class="timeshare"><p>{SHORT}</p></div>', id="timeshare"),
        pytest.param(f'<div id="x" class="address"><p>{SHORT}</p></div>', id="address"),
        pytest.param(f'<div id="x" class="download"><p>{SHORT}</p></div>', id="download"),
        pytest.param(f'<div id="x" class="thead"><p>{SHORT}</p></div>', id="thead"),
        pytest.param(f'<div id="x" class="navigator-tips"><p>{SHORT}</p></div>', id="navigator"),
        pytest.param(f'<div id="x" class="story-body"><p>{SHORT}</p></div>', id="content-class"),
    ],
)
def test_tokens_inside_words_do_not_prune(html: str) -> None:
    assert _judge(html) == KEEP


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        pytest.param(
            '<figure id="x" class="img-container shareable-item"><img src="a.jpg">'
            "<figcaption>The harbour at dawn (Picture: Reuters)</figcaption></figure>",
            True,
            id="shareable-figure",
        ),
        pytest.param(
            '<div id="x" class="shareable-item"><a href="/share">Share</a></div>',
            False,
            id="shareable-box",
        ),
    ],
)
def test_a_figure_named_for_sharing_is_an_image(html: str, kept: bool) -> None:
    assert (_judge(html).reason is None) is kept


def test_a_pictures_source_is_walked_into() -> None:
    """libxml2 nests a <picture>'s <img> inside its <source>: the source is no junk."""
    html = '<picture><source id="x" srcset="a.webp"><img src="a.jpg"></picture>'
    element = _element(html)
    assert [child.tag for child in element] == ["img"]
    assert _judge(html) == KEEP


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        pytest.param(
            f'<div id="x" class="content-with-sidebar">{PARAGRAPHS}</div>', True, id="holds-prose"
        ),
        pytest.param(
            f'<div id="x" class="content-with-sidebar">{LINKS}</div>', False, id="holds-links"
        ),
        pytest.param(
            f'<div id="x" class="post-ads"><h1>Headline of the story</h1><p>{SHORT}</p></div>',
            True,
            id="holds-h1",
        ),
        pytest.param(
            f'<div id="x" class="share-wrap"><div itemprop="articleBody">{SHORT}</div></div>',
            True,
            id="holds-article-body",
        ),
        pytest.param(
            f'<div id="x" class="layout-sidebar"><main><p>{SHORT}</p></main></div>',
            True,
            id="holds-main",
        ),
        pytest.param(
            f'<div id="x" class="comments">{PARAGRAPHS}</div>', False, id="comments-unguarded"
        ),
        pytest.param(
            f'<div id="x" class="related">{PARAGRAPHS}</div>', False, id="related-unguarded"
        ),
        pytest.param(
            f'<div id="x" class="related"><h1>Headline of the story</h1><p>{SHORT}</p></div>',
            True,
            id="related-holds-the-h1",
        ),
        pytest.param(
            '<div id="x" class="related-posts">'
            '<h1><a href="/one">First teaser</a></h1><p>One.</p>'
            '<h1><a href="/two">Second teaser</a></h1><p>Two.</p></div>',
            False,
            id="related-holds-teasers-linked-h1s",
        ),
        pytest.param(
            '<div id="x" class="related-posts">'
            '<h1><a href="/one">First teaser</a></h1><h1>The article</h1></div>',
            True,
            id="related-holds-an-unlinked-h1",
        ),
    ],
)
def test_guard_keeps_boxes_that_wrap_the_article(html: str, kept: bool) -> None:
    assert (_judge(html).reason is None) is kept


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("article", id="article"),
        pytest.param("main", id="main"),
    ],
)
def test_page_wrapper_tags_ignore_class_tokens(tag: str) -> None:
    assert _judge(f'<{tag} id="x" class="sidebar">{LINKS}</{tag}>') == KEEP


@pytest.mark.parametrize(
    ("html", "pruned"),
    [
        pytest.param(
            f'<noscript id="x"><p>{SHORT}</p></noscript>', True, id="noscript-with-paragraph"
        ),
        pytest.param(
            '<noscript id="x">Please enable JavaScript.</noscript>', True, id="noscript-prompt"
        ),
        pytest.param(
            f'<form id="x" action="/Default.aspx"><h1>Headline</h1><p>{SHORT}</p></form>',
            False,
            id="aspnet-form-with-h1",
        ),
        pytest.param(
            f'<form id="x">{"".join(f"<p>{SHORT} {i}</p>" for i in range(5))}</form>',
            False,
            id="aspnet-form-with-paragraphs",
        ),
        pytest.param(
            '<form id="x" action="/search"><p>Search</p><input name="q"></form>',
            True,
            id="search-form",
        ),
    ],
)
def test_noscript_and_form_guards(html: str, pruned: bool) -> None:
    """A <noscript> is what readers with scripts never see: pruned, paragraphs or not (softly:
    a page whose article is only there gets it back from the second opinion, selection.py)."""
    judgement = _judge(html)
    assert (judgement.reason is not None) is pruned
    assert judgement.soft or not pruned


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("<h3>Unsere Redaktion empfiehlt</h3>", id="de-h3"),
        pytest.param("<h2>Read more</h2>", id="en-h2"),
        pytest.param("<p>À lire aussi</p>", id="fr-p"),
        pytest.param("<strong>Lesen Sie auch:</strong>", id="de-strong"),
        pytest.param("<div>More from Politics</div>", id="topic-suffix"),
        pytest.param('<h3 class="related-title">Elsewhere on the site</h3>', id="related-class"),
    ],
)
def test_box_opened_by_a_related_heading_is_pruned(heading: str) -> None:
    judgement = _judge(f'<div id="x">{heading}{LINKS}</div>')
    assert judgement.reason == "box under a related heading"
    assert judgement.related


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(f'<div id="x"><h2>The council votes</h2>{LINKS}</div>', id="ordinary-heading"),
        pytest.param('<div id="x"><h2>Read more</h2></div>', id="heading-alone"),
        pytest.param(f'<div id="x"><p>Read more</p>{PARAGRAPHS}</div>', id="holds-prose"),
        pytest.param(
            '<div id="x"><p>Read more</p><h1>Headline of the story</h1></div>', id="holds-h1"
        ),
        pytest.param(
            f'<div id="x"><ul><li>Read more</li></ul>{LINKS}</div>', id="first-child-a-list"
        ),
        pytest.param(f'<div id="x"><p>{"Read more " * 10}</p>{LINKS}</div>', id="heading-too-long"),
    ],
)
def test_box_not_opened_by_a_related_heading_is_kept(html: str) -> None:
    assert _judge(html).reason is None


@pytest.mark.parametrize(
    ("heading", "pruned"),
    [
        pytest.param("<h2>3 Kommentare</h2>", True, id="de-count"),
        pytest.param("<h3>Comments (12)</h3>", True, id="en-count"),
        pytest.param("<h2>Vos réactions</h2>", True, id="fr"),
        pytest.param("<h2>Meinungen zu diesem Beitrag</h2>", True, id="de-phrase"),
        pytest.param("<p>Kommentare</p>", False, id="not-a-heading"),
        pytest.param("<h2>Kommentar</h2>", False, id="de-opinion-label"),
    ],
)
def test_reader_comments_under_a_comment_heading(heading: str, pruned: bool) -> None:
    judgement = _judge(f'<div id="x">{heading}{PARAGRAPHS}</div>')
    assert (judgement.reason == "box under a comments heading") is pruned
    assert not judgement.related


@pytest.mark.parametrize(
    ("box", "reason"),
    [
        pytest.param(
            f"<h2>Key points</h2><ul><li>{SHORT}</li><li>{SHORT}</li></ul>",
            "box under a summary heading",
            id="highlights-list",
        ),
        pytest.param(f"<h3>Das Wichtigste in Kürze</h3>{PARAGRAPHS}", None, id="summary-prose"),
        pytest.param(
            f"<h3>About the author</h3>{PARAGRAPHS}", "box under a author heading", id="bio"
        ),
        pytest.param(
            f"<p>Sobre la firma</p><p>{SHORT}</p>", "box under a author heading", id="bio-es"
        ),
        pytest.param(f"<h2>Highlights of the season</h2>{PARAGRAPHS}", None, id="other-heading"),
    ],
)
def test_summary_and_author_boxes_under_their_heading(box: str, reason: str | None) -> None:
    """A box of highlights is pruned unless it holds prose (a live ticker's summary is the
    article's); a box about the author is pruned, biography and all, and never lifted."""
    judgement = _judge(f'<div id="x">{box}</div>')
    assert judgement.reason == reason
    assert judgement.soft is (reason is not None and "summary" in reason)


def test_comment_heading_over_the_headline_does_not_prune_it() -> None:
    assert (
        _judge(f'<div id="x"><h2>Kommentare</h2><h1>Headline</h1>{PARAGRAPHS}</div>').reason is None
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<div id="x" class="caption">A lane on the ring road.</div>', CAPTION_BOX, id="caption"
        ),
        pytest.param('<span id="x" class="credit">Foto: dpa</span>', CAPTION_BOX, id="credit"),
        pytest.param(
            '<div id="x" class="wp-caption-text">A lane.</div>', CAPTION_BOX, id="wp-caption-text"
        ),
        pytest.param(
            '<p id="x" class="bildunterschrift">Ein Radweg.</p>', CAPTION_BOX, id="bildunterschrift"
        ),
        pytest.param(
            f'<div id="x" class="caption"><p>{SHORT}</p><p>{SHORT}</p></div>',
            KEEP,
            id="holds-paragraphs",
        ),
        pytest.param('<div id="x" class="recaption">A lane.</div>', KEEP, id="inside-word"),
    ],
)
def test_caption_boxes_are_kept_and_marked(html: str, expected: Judgement) -> None:
    assert _judge(html) == expected


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(f'<div id="x"><p>{SHORT}</p></div>', id="no-attributes"),
        pytest.param(f'<div id="x" class="a"><p>{SHORT}</p></div>', id="short-names"),
        pytest.param(f'<p id="x" class="lead">{SHORT}</p>', id="ordinary-class"),
    ],
)
def test_ordinary_elements_are_kept(html: str) -> None:
    assert _judge(html) == KEEP


def test_reason_is_none_for_kept_elements() -> None:
    assert Pruner().reason(_element(f'<p id="x">{SHORT}</p>')) is None


def test_pruner_verdicts_do_not_leak_between_guarded_and_unguarded_boxes() -> None:
    # The same class string, once around the article (guard) and once around links: the
    # cached vocabulary verdict must not carry the guard over.
    page = (
        f'<div class="with-sidebar" id="a">{PARAGRAPHS}</div>'
        f'<div class="with-sidebar" id="b">{LINKS}</div>'
    )
    root = parse(page)
    assert root is not None
    pruner = Pruner()
    first, second = root.iter("div")
    assert pruner.reason(first) is None
    assert pruner.reason(second) == "layout class/id 'sidebar'"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Trending", id="trending"),
        pytest.param("Themen", id="themen"),
    ],
)
def test_page_body_opening_with_a_related_label_is_not_pruned(label: str) -> None:
    # A short page whose body starts with a ticker label: <body> holds the whole article.
    page = f"<html><body><div>{label}</div><p>{PROSE}</p><p>{SHORT}</p></body></html>"
    root = parse(page)
    assert root is not None
    body = root.find("body")
    assert body is not None
    assert Pruner().reason(body) is None


_XPATH_HOLDS_ARTICLE = etree.XPath(
    "boolean(.//h1 | .//main | descendant-or-self::*[@itemprop='articleBody'])"
)
FIXTURE_PAGES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*/page.html"))


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_page_wide_holders_agree_with_the_per_box_questions(page: Path) -> None:
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    holders = pruning._find_holders(root)
    for element in root.iter():
        assert (element in holders.article) is _XPATH_HOLDS_ARTICLE(element)
        assert (element in holders.prose) is bool(pruning._HOLDS_PROSE(element))


@pytest.mark.parametrize(
    ("names", "pruned"),
    [
        pytest.param('class="InlineDonationPromo"', True, id="donation-promo"),
        pytest.param('class="NewsletterSignupBox"', True, id="newsletter"),
        pytest.param('class="CookieConsentBanner"', True, id="consent"),
        pytest.param('class="withSidebar"', False, id="layout-wrapper"),
        pytest.param('id="block-id-n1AuAdJlVL"', False, id="random-id"),
    ],
)
def test_promotion_names_are_read_in_camel_case(names: str, pruned: bool) -> None:
    """Promotions, subscription prompts and consent boxes are named in camel case as often as
    not; short tokens are not read so, for a random id holds them by chance."""
    root = parse(f"<html><body><div {names}><p>{SHORT}</p></div></body></html>")
    assert root is not None
    box = root.find(".//div")
    assert box is not None
    assert (Pruner().judge(box).reason is not None) is pruned


_XPATH_HOLDS_LINK = etree.XPath("boolean(.//a[@href])")
_XPATH_HOLDS_PARAGRAPHS = etree.XPath("count(.//p) > 1")


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_subtree_tests_that_stop_early_agree_with_xpath(page: Path) -> None:
    """holds, holds_link and _holds_article stop at the first element they need; they say
    what the XPath expressions they replaced say of every element of every fixture page."""
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    for element in root.iter():
        assert holds_link(element) is _XPATH_HOLDS_LINK(element)
        assert holds(element, "p", at_least=2) is _XPATH_HOLDS_PARAGRAPHS(element)
        assert Pruner()._holds_article(element) is _XPATH_HOLDS_ARTICLE(element)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda path: path.parent.name)
def test_headline_holders_found_in_one_walk_agree_with_each_subtree(page: Path) -> None:
    """The pruner finds the elements that hold an h1 or a <main> in one walk of the page;
    they are those of which a walk of their own subtree finds one."""
    root = parse(decode(page.read_bytes(), max_bytes=10**8).text)
    assert root is not None
    headlines = pruning._read_page(root).headlines
    for element in root.iter():
        assert (element in headlines) is holds(element, "h1", "main")


@pytest.mark.parametrize(
    ("html", "judged"),
    [
        pytest.param('<div id="x" class="post-date">3. Mai 2024</div>', DATED_BOX, id="date-box"),
        pytest.param('<span id="x" class="meta__date">3 May</span>', DATED_BOX, id="bem-date"),
        pytest.param(f'<div id="x" class="story-body">{SHORT}</div>', KEEP, id="no-date-name"),
        pytest.param(
            '<p>Am <span id="x" class="date">3. Mai</span> kam er.</p>', KEEP, id="in-a-sentence"
        ),
        pytest.param('<body id="x" class="date"><p>x</p></body>', KEEP, id="page-frame"),
    ],
)
def test_kept_boxes_named_for_a_date_are_judged_dated(html: str, judged: Judgement) -> None:
    """The walk records a kept box whose names the pruner read as a date's as date markup
    (marks.mark_of): not a word of a sentence, nor the page's frame."""
    assert _judge(html) == judged


@pytest.mark.parametrize(
    ("box", "pruned"),
    [
        pytest.param(
            '<div id="x"><p>Ich bin damit einverstanden.</p><input type="checkbox"></div>',
            True,
            id="a-check-box",
        ),
        pytest.param(
            '<div id="x"><h2>Newsletter: Sport</h2><p>Every Monday.</p>'
            "<button><span>Subscribe now</span></button></div>",
            True,
            id="a-button-that-invites-the-reader",
        ),
        pytest.param(
            '<div id="x"><h2>The match in pictures</h2><p>Ten photos.</p>'
            "<button>Play</button></div>",
            False,
            id="a-player-button",
        ),
        pytest.param(
            f'<div id="x">{PARAGRAPHS}<button>Subscribe now</button></div>',
            False,
            id="a-button-in-the-article",
        ),
    ],
)
def test_a_box_that_asks_the_reader_to_act_is_a_prompt(box: str, pruned: bool) -> None:
    page = f"<html><body><h1>Headline of the story</h1>{box}</body></html>"
    assert (_judge(page).reason is not None) is pruned


@pytest.mark.parametrize(
    ("html", "pruned"),
    [
        pytest.param(
            '<button id="x"><div><figure><img src="/a.jpg"></figure>'
            "<figcaption>The harbour <span>(Image: Jane Roe)</span></figcaption></div></button>",
            False,
            id="a-captioned-image-to-enlarge",
        ),
        pytest.param('<button id="x"><img src="/icon.svg"> Share</button>', True, id="an-icon"),
    ],
)
def test_a_button_around_a_captioned_image_is_walked_into(html: str, pruned: bool) -> None:
    assert (_judge(html).reason is not None) is pruned


@pytest.mark.parametrize(
    ("html", "card"),
    [
        pytest.param(
            '<article id="x"><a href="/other"><h3>Another story</h3><p>Its summary.</p></a>'
            "</article>",
            True,
            id="one-link-with-a-heading",
        ),
        pytest.param(
            f'<article id="x"><a href="/other"><h3>Another story</h3></a>{PARAGRAPHS}</article>',
            False,
            id="a-linked-headline-over-the-text",
        ),
        pytest.param(
            '<article id="x"><a href="/other">Another story, a link without a heading</a>'
            "</article>",
            False,
            id="no-heading",
        ),
        pytest.param(
            '<article id="x"><h3><a href="/a">One</a></h3><h3><a href="/b">Two</a></h3></article>',
            False,
            id="two-links",
        ),
    ],
)
def test_an_article_that_is_one_teaser_card_is_pruned_beside_the_text(
    html: str, card: bool
) -> None:
    """An <article> whose text is all one link with a heading is a teaser card set in the
    text (its link a related link: blocks.py), not part of the article; a second opinion may
    lift it."""
    judgement = _judge(html)
    assert (judgement.reason is not None) is card
    assert judgement.beside is card and judgement.soft is card
