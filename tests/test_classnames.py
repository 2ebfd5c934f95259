"""The quick test before the class/id vocabulary: it settles only names the full reading
gives no verdict on."""

from __future__ import annotations

import pytest

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
        pytest.param("imageEmbedCredit", False, id="camel-case-is-read-in-full"),
        pytest.param("", False, id="no-letters-is-read-in-full"),
    ],
)
def test_quick_test_settles_names_without_tokens(names: str, settled: bool) -> None:
    quick = names.islower() and classnames._ANY_TOKEN_RE.search(" " + names) is None
    assert quick is settled
    assert read_names(names) == classnames._verdict_of(names)
