"""Tests for newsextract.patterns: class/id tokens match as words, glued tokens at a word start."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.lexicon import MONTHS
from newsextract.patterns import (
    BLOCK_TAGS,
    BOILERPLATE_CONCEPTS,
    BOILERPLATE_RE,
    BOILERPLATE_TOKENS,
    CAPTION_RE,
    CAPTION_TOKENS,
    CONTENT_RE,
    CONTENT_TOKENS,
    GLUED_TOKENS,
    HIDDEN_STYLE_RE,
    JUNK_TAGS,
    LETTER_WORD_RE,
    MARKS,
    NEVER_PRUNED_TAGS,
    NON_ARTICLE_URL_RE,
    WEAK_CONTAINER_RE,
    WEAK_CONTAINER_TOKENS,
    is_non_article_url,
)
from newsextract.tokenpatterns import trie


def _token(pattern: re.Pattern[str], names: str) -> str | None:
    match = pattern.search(names)
    return None if match is None else match.group(0)


@pytest.mark.parametrize(
    ("names", "token"),
    [
        pytest.param("share", "share", id="alone"),
        pytest.param("share-bar", "share", id="hyphen"),
        pytest.param("article__share", "share", id="bem-element"),
        pytest.param("article--share", "share", id="bem-modifier"),
        pytest.param("a:share", "share", id="colon"),
        pytest.param("box sidebar left", "sidebar", id="second-class"),
        pytest.param("sharetools", "share", id="glued-lower-cased-camel"),
        pytest.param("sidebarleft", "sidebar", id="glued-sidebar"),
        pytest.param("ad", "ad", id="short-exact"),
        pytest.param("ad-slot", "ad-slot", id="longest-token-first"),
        pytest.param("comment-list", "comment-list", id="hyphenated-token"),
        pytest.param("cookie-banner", "cookie", id="cookie"),
        pytest.param("newsletter-box", "newsletter", id="newsletter"),
        pytest.param("x nav", "nav", id="nav"),
    ],
)
def test_boilerplate_tokens_match_as_words(names: str, token: str) -> None:
    assert _token(BOILERPLATE_RE, names) == token


@pytest.mark.parametrize(
    "names",
    [
        pytest.param("timeshare", id="share-inside-word"),
        pytest.param("address", id="ad-starts-word"),
        pytest.param("head", id="ad-ends-word"),
        pytest.param("navigator", id="nav-not-glued"),
        pytest.param("commentary", id="comment-not-glued"),
        pytest.param("tagline", id="tag-not-glued"),
        pytest.param("thumbnail", id="unrelated"),
        pytest.param("", id="empty"),
    ],
)
def test_boilerplate_tokens_do_not_match_inside_words(names: str) -> None:
    assert _token(BOILERPLATE_RE, names) is None


def test_patterns_expect_lower_case() -> None:
    # Callers lower-case class/id values: the patterns themselves are case-sensitive.
    assert _token(BOILERPLATE_RE, "shareTools") == "share"
    assert _token(BOILERPLATE_RE, "ShareTools") is None


@pytest.mark.parametrize(
    ("pattern", "names", "matches"),
    [
        pytest.param(CONTENT_RE, "article-body", True, id="content-article-body"),
        pytest.param(CONTENT_RE, "storytext", True, id="content-glued-story"),
        pytest.param(CONTENT_RE, "entry-content", True, id="content-entry"),
        pytest.param(CONTENT_RE, "history", False, id="content-inside-word"),
        pytest.param(CAPTION_RE, "wp-caption-text", True, id="caption-wp"),
        pytest.param(CAPTION_RE, "photo-credit", True, id="caption-credit"),
        pytest.param(CAPTION_RE, "bildunterschrift", True, id="caption-de"),
        pytest.param(CAPTION_RE, "incredible", False, id="caption-inside-word"),
        pytest.param(WEAK_CONTAINER_RE, "teaser", True, id="weak-teaser"),
        pytest.param(WEAK_CONTAINER_RE, "card-grid", True, id="weak-card"),
        pytest.param(WEAK_CONTAINER_RE, "discard", False, id="weak-inside-word"),
    ],
)
def test_other_vocabularies(pattern: re.Pattern[str], names: str, matches: bool) -> None:
    assert (pattern.search(names) is not None) is matches


@pytest.mark.parametrize(
    ("concept", "token"),
    [
        pytest.param(concept, token, id=f"{concept}-{token}")
        for concept, tokens in BOILERPLATE_TOKENS.items()
        for token in tokens
    ],
)
def test_every_boilerplate_token_matches_itself_and_names_its_concept(
    concept: str, token: str
) -> None:
    assert _token(BOILERPLATE_RE, token) == token
    assert BOILERPLATE_CONCEPTS[token] == concept


def test_no_token_belongs_to_two_concepts() -> None:
    tokens = [token for tokens in BOILERPLATE_TOKENS.values() for token in tokens]
    assert len(tokens) == len(set(tokens))


def test_every_glued_token_is_in_a_vocabulary() -> None:
    # A token listed as glued but in no table matches nothing.
    vocabulary = {
        *BOILERPLATE_CONCEPTS,
        *CONTENT_TOKENS,
        *CAPTION_TOKENS,
        *WEAK_CONTAINER_TOKENS,
    }
    assert sorted(GLUED_TOKENS - vocabulary) == []


@pytest.mark.parametrize(
    ("style", "hidden"),
    [
        pytest.param("display:none", True, id="display-none"),
        pytest.param("color: red; DISPLAY : NONE;", True, id="display-none-spaced"),
        pytest.param("visibility: hidden", True, id="visibility-hidden"),
        pytest.param("display: block", False, id="display-block"),
        pytest.param("visibility: visible", False, id="visibility-visible"),
    ],
)
def test_hidden_style(style: str, hidden: bool) -> None:
    assert (HIDDEN_STYLE_RE.search(style) is not None) is hidden


@pytest.mark.parametrize(
    ("tag", "junk", "block", "never_pruned"),
    [
        pytest.param("script", True, False, False, id="script"),
        pytest.param("nav", True, False, False, id="nav"),
        pytest.param("aside", True, False, False, id="aside"),
        pytest.param("p", False, True, False, id="p"),
        pytest.param("li", False, True, False, id="li"),
        pytest.param("article", False, True, True, id="article"),
        pytest.param("body", False, True, True, id="body"),
        pytest.param("span", False, False, False, id="span"),
        pytest.param("a", False, False, False, id="a"),
    ],
)
def test_tag_sets(tag: str, junk: bool, block: bool, never_pruned: bool) -> None:
    assert ((tag in JUNK_TAGS), (tag in BLOCK_TAGS), (tag in NEVER_PRUNED_TAGS)) == (
        junk,
        block,
        never_pruned,
    )


def test_junk_and_block_tags_are_disjoint() -> None:
    assert JUNK_TAGS.isdisjoint(BLOCK_TAGS)


@given(
    tokens=st.lists(st.text(alphabet="abs", min_size=1, max_size=4), min_size=1, max_size=8),
    names=st.text(alphabet="abs-_ :X", max_size=24),
)
def test_a_trie_of_tokens_matches_as_their_alternation_longest_first(
    tokens: list[str], names: str
) -> None:
    """The trie pattern finds the same token at the same place as the plain alternation of
    the tokens, longest first, that it replaced."""
    alternation = "|".join(sorted(map(re.escape, set(tokens)), key=len, reverse=True))
    plain = re.compile(rf"(?<![^\s_\-:])(?:(?:{alternation})(?![^\s_\-:]))")
    shared = re.compile(rf"(?<![^\s_\-:])(?:{trie(tokens)}(?![^\s_\-:]))")
    expected = plain.search(names)
    found = shared.search(names)
    assert (found and found.span()) == (expected and expected.span())


def test_a_trie_shares_the_starts_of_its_words() -> None:
    assert trie(["ad", "ads", "advert"]) == "ad(?:(?:s|vert))?"


@settings(max_examples=300, deadline=None)
@given(
    tokens=st.lists(st.text(alphabet="abs.", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="aAbs. 1", max_size=24),
)
def test_a_trie_of_lower_case_words_matches_as_their_alternation_ignoring_case(
    tokens: list[str], text: str
) -> None:
    """A trie of lower-case words (datetext's month names) finds what their alternation,
    longest first, found, case-insensitively, also where the rest of the pattern makes it
    back off to a shorter word."""
    alternation = "|".join(sorted(map(re.escape, tokens), key=len, reverse=True))
    for template in (r"\b({})\.?\s+1", r"({})(?!a)", r"^({})$"):
        plain = re.compile(template.format(alternation), re.I)
        shared = re.compile(template.format(trie(tokens)), re.I)
        expected, found = plain.search(text), shared.search(text)
        assert (found and found.span(1)) == (expected and expected.span(1))


def test_month_names_are_case_folded() -> None:
    """The trie of month names is matched ignoring case: it is the alternation's equal only
    for names written in one case (and they are looked up case-folded)."""
    assert [name for name in MONTHS if name.casefold() != name] == []


@pytest.mark.parametrize(
    ("url", "non_article"),
    [
        ("https://example.org/news/2024/bridge-opens-today.html", False),
        ("https://example.org/TAGS/bridges", True),
        ("https://example.org/Themen/", True),
        ("https://example.org/photos/Harbour.JPG?w=800", True),
        ("https://www.FACEBOOK.com/sharer/sharer.php?u=x", True),
        ("https://pinterest.CO.uk/pin/create/button/", True),
        ("https://example.org/mots-clés/pont", True),
        ("https://example.org/MOTS-CLÉS/pont", True),
        ("https://example.org/actualité/pont-ouvert", False),
        ("https://example.org/\u017fearch", True),  # re.I reads the long s as "s"
        ("https://example.org/news/", False),
    ],
)
def test_non_article_urls_read_as_the_case_insensitive_pattern(url: str, non_article: bool) -> None:
    """is_non_article_url: the ASCII fast path answers as NON_ARTICLE_URL_RE does."""
    assert is_non_article_url(url) is non_article
    assert (NON_ARTICLE_URL_RE.search(url) is not None) is non_article


@settings(max_examples=300)
@given(st.text(alphabet="/.?abcdefghijklmnopqrstuvwxyzTAGSFBOKJPEXMHL-\u017f\u212a", max_size=40))
def test_non_article_url_fast_path_on_any_text(text: str) -> None:
    for url in (text, "https://x.com/" + text, "https://example.org" + text):
        assert is_non_article_url(url) is (NON_ARTICLE_URL_RE.search(url) is not None)


def test_the_non_article_url_pattern_has_no_upper_case_letter() -> None:
    """The fast path compares a URL's lower case with the pattern as written."""
    unescaped = re.sub(r"\\.", "", NON_ARTICLE_URL_RE.pattern)
    assert unescaped == unescaped.lower()


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("शर्मा", id="devanagari"),
        pytest.param("সাহা", id="bengali"),
        pytest.param("மீனா", id="tamil"),
        pytest.param("မြန်မာ", id="myanmar"),
        pytest.param("แชร์", id="thai"),
        pytest.param("ស្រី", id="khmer"),
    ],
)
def test_marks_hold_the_vowel_signs_of_every_script(word: str) -> None:
    assert LETTER_WORD_RE.fullmatch(word) is not None
    assert all(unicodedata.category(char).startswith("M") for char in MARKS)


#: LETTER_WORD_RE as first written: one letter or mark at a time.
_LETTER_WORD_ONE_AT_A_TIME = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+")


@settings(max_examples=300)
@given(st.text(alphabet="ab Éß1_-.\u093e\u094d\u0915\u0e31\u0e01\u3099\u30ab\u0301", max_size=30))
def test_letter_words_read_in_runs_are_the_same_words(text: str) -> None:
    assert LETTER_WORD_RE.findall(text) == _LETTER_WORD_ONE_AT_A_TIME.findall(text)
    first = re.compile(rf"\W{{0,2}}({LETTER_WORD_RE.pattern})").match(text)
    reference = re.compile(rf"\W{{0,2}}({_LETTER_WORD_ONE_AT_A_TIME.pattern})").match(text)
    assert (first and first.group(1)) == (reference and reference.group(1))
