"""The quick test before the class/id vocabulary: it settles only names the full reading
gives no verdict on."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract import classnames
from newsextract.classnames import read_names
from newsextract.patterns import (
    BOILERPLATE_TOKENS,
    CAPTION_TOKENS,
    DATE_CLASS_TOKENS,
    HIDDEN_CLASSES,
)

_TOKENS = sorted(
    {
        *(token for tokens in BOILERPLATE_TOKENS.values() for token in tokens),
        *CAPTION_TOKENS,
        *DATE_CLASS_TOKENS,
        *HIDDEN_CLASSES,
    }
)


@pytest.mark.parametrize("token", _TOKENS)
@pytest.mark.parametrize("written", ["{}", "wrap {}", "wrap-{}", "wrap__{}", "md:{}-x", "{}box"])
def test_every_token_is_read_in_full(token: str, written: str) -> None:
    """Each token of every vocabulary the verdict reads, wherever a word starts, gets the
    verdict of the full reading (a token the quick test missed would lose its verdict)."""
    names = written.format(token)
    assert read_names(names) == classnames._verdict_of(names)


@pytest.mark.parametrize(
    ("names", "settled"),
    [
        pytest.param("story-body__text col-8", True, id="article-wrapper"),
        pytest.param("reshare overhead", True, id="tokens-inside-words"),
        pytest.param("entry-content wp-block", True, id="content"),
        pytest.param("share-tools", False, id="sharing"),
        pytest.param("widget_sidebar", False, id="after-underscore"),
        pytest.param("tw-text-grey md:bg-sidebar", False, id="utility-classes"),
        pytest.param("post-date", False, id="date"),
        pytest.param("sr-only", False, id="hidden"),
        pytest.param("imageEmbedCredit", False, id="camel-case-credit"),
        pytest.param("InlineDonationPromo", False, id="camel-case-promotion"),
        pytest.param("mainWrapper storyBody", True, id="camel-case-without-tokens"),
        pytest.param("Sidebar", False, id="capitalised"),
        pytest.param("widget Header Header1", True, id="capitalised-without-tokens"),
        pytest.param("", True, id="no-letters"),
    ],
)
def test_quick_test_settles_names_without_tokens(names: str, settled: bool) -> None:
    assert classnames._settled(names) is settled
    assert read_names(names) == classnames._verdict_of(names)


@pytest.mark.parametrize("token", _TOKENS)
@pytest.mark.parametrize("written", ["wrap{}", "Wrap {}", "Wrap-{}", "{}Box", "x__{}Bar"])
def test_every_token_in_camel_case_is_read_in_full(token: str, written: str) -> None:
    """A token written in camel case ("wrapShare") or beside a capital gets the verdict of the
    full reading, which reads camel-case words apart."""
    names = written.format(token[:1].upper() + token[1:] if written == "wrap{}" else token)
    assert read_names(names) == classnames._verdict_of(names)


@pytest.mark.parametrize(
    "names",
    [
        pytest.param("Artikel-Spende", id="donation-de"),
        pytest.param("spenden-box", id="donations-de"),
        pytest.param("c-adblock__message", id="ad-blocker-notice"),
    ],
)
def test_a_box_asking_for_money_or_for_ads_is_a_prompt_to_the_reader(names: str) -> None:
    """A donation box ("Spende": German for a donation) and a notice asking the reader to
    turn an ad blocker off are read as the prompts that ask for a subscription are."""
    assert read_names(names).concept == "subscription"


_NOTICE = "Kommentare werden vor der Freischaltung geprüft."


def _marked_n(html: str) -> etree._Element:
    """The element with id "n" of a page whose body is `html`."""
    root = etree.fromstring(f"<html><body>{html}</body></html>", etree.HTMLParser())
    return next(element for element in root.iter() if element.get("id") == "n")


@pytest.mark.parametrize(
    ("html", "before"),
    [
        ('<div><p id="n">x</p><div id="comments"></div></div>', True),
        ('<div><div><p id="n">x</p></div></div><div id="disqus_thread"></div>', True),
        ('<div><p id="n">x</p><p>more text</p><div id="comments"></div></div>', False),
        ('<div><p id="n">x</p></div>', False),
        (
            '<div><div><div><div><p id="n">x</p></div></div></div></div><div id="comments"></div>',
            False,
        ),
    ],
)
def test_a_comment_notice_stands_right_before_the_comments(html: str, before: bool) -> None:
    """The element right after a block (or after an ancestor with nothing after it, up to
    MAX_BOX_LEVELS levels) is the box of comments, or not."""
    element = _marked_n(html)
    assert classnames.notes_a_box(_NOTICE, element, closing=True) is before


def test_a_notice_names_the_comments_and_is_short() -> None:
    element = _marked_n('<p id="n">x</p><div class="comments-area"></div>')
    assert classnames.notes_a_box(_NOTICE, element, closing=True)
    assert not classnames.notes_a_box("Der Rat tagt am Montag.", element, closing=True)
    assert not classnames.notes_a_box("Kommentare " * 200, element, closing=True)  # too long
    assert not classnames.notes_a_box(_NOTICE, element, closing=False)  # not among the last


@pytest.mark.parametrize(
    ("html", "label"),
    [
        # share buttons in the label's own box, or in the box after it
        (
            '<div id="n">Artikel teilen: <a href="https://www.facebook.com/sharer/x">f</a></div>',
            True,
        ),
        (
            '<div id="n">Teilen:</div><ul><li><a href="https://twitter.com/intent/tweet">t</a></ul>',
            True,
        ),
        # a box named as a share bar after it
        ('<p id="n">Weiterlesen:</p><div class="related-posts"><a href="/a">A</a></div>', True),
        # a label over a list of the text, a label in a box with more to read
        ('<p id="n">Zutaten:</p><ul><li>200 g Mehl</li></ul>', False),
        ('<div id="n">Zutaten: <p>200 g Mehl</p><a href="https://wa.me/1">w</a></div>', False),
    ],
)
def test_a_label_over_a_share_bar_or_a_list_of_links(html: str, label: bool) -> None:
    element = _marked_n(html)
    text = (element.text or "").strip()
    assert classnames.notes_a_box(text, element, closing=False) is label


@pytest.mark.parametrize(
    ("html", "inside"),
    [
        ('<p>At <span id="n">Acme</span>, we agreed.</p>', True),
        ('<p><a id="n">Jane Doe</a> will ride on Sunday.</p>', True),
        ('<p><a id="n">Jane Doe</a>, his teammate, rides too.</p>', True),
        ('<p><a id="n">Acme</a>\'s profits rose.</p>', True),
        # a place the story is told from, opening the lead: the lead's; a date is not
        ('<p><span id="n">HARBOURTON \u2013</span> The ferry will sail twice a day.</p>', True),
        ('<p><span id="n">3 May 2021 \u2013</span> The ferry will sail twice a day.</p>', False),
        ('<p><span id="n">Harbourton</span> The ferry will sail twice a day.</p>', False),
        ('<p><a id="n">Politics</a></p>', False),
        ('<p>Text <a>x</a> <span id="n">Tags</span></p>', False),
    ],
)
def test_an_inline_element_in_a_sentence(html: str, inside: bool) -> None:
    """Words on both sides, or the sentence's subject: its tail goes on in lower case or
    after a comma or an apostrophe; or the story's dateline, a place and a dash."""
    element = _marked_n(html)
    assert classnames.in_a_sentence(element) is inside


@pytest.mark.parametrize(
    ("names", "concept"),
    [
        ("cmp-text", None),
        ("cmp-title aem-GridColumn", None),
        ("cmp-banner", "consent"),
        ("usercentrics-cmp", "consent"),
    ],
)
def test_a_cms_text_component_is_no_consent_box(names: str, concept: str | None) -> None:
    """Adobe Experience Manager's text components ("cmp-text") hold the page's text; a
    consent manager's box ("cmp-banner") is still one."""
    assert read_names(names).concept == concept


@pytest.mark.parametrize(
    ("names", "concept"), [("noscript", "consent"), ("noscript-warning", "consent")]
)
def test_a_box_shown_without_scripts_is_a_notice(names: str, concept: str | None) -> None:
    """A box named for pages read without scripts ("<div id=noscript>") asks the reader to
    turn them on: a notice, like a consent box."""
    assert read_names(names).concept == concept
