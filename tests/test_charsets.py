"""The encoding of short legacy pages that declare none: the reading that reads as a
language wins (charsets.py)."""

from __future__ import annotations

import pytest

from newsextract.charsets import likeliest_encoding
from newsextract.decoding import decode
from newsextract.language import reading

#: Short pages without a charset declaration, each written in a legacy encoding of its script.
PAGES: dict[str, tuple[str, str]] = {
    "gb2312-one-line": ("<p>新闻报道</p>", "gb2312"),
    "gb2312": ("<html><body><p>中国经济新闻</p></body></html>", "gb2312"),
    "shift-jis": ("<html><body><p>東京の天気は晴れです。</p></body></html>", "shift_jis"),
    "shift-jis-katakana": ("<p>ニュース速報</p>", "shift_jis"),
    "euc-kr": ("<html><body><p>서울 날씨는 맑습니다.</p></body></html>", "euc_kr"),
    "windows-1251": (
        "<html><body><p>В Москве сегодня солнечно и тепло.</p></body></html>",
        "cp1251",
    ),
    "windows-1251-one-line": ("<p>Новости дня</p>", "cp1251"),
    "koi8-r": ("<html><body><p>В Москве сегодня солнечно и тепло.</p></body></html>", "koi8_r"),
    "koi8-r-one-line": ("<p>Новости дня</p>", "koi8_r"),
    "windows-1255": ("<p>שר האוצר אמר היום כי התקציב יוגש לכנסת בשבוע הבא.</p>", "cp1255"),
    "latin-1-french": (
        "<p>Le conseil municipal a voté mardi la fermeture de la vieille ville aux voitures. "
        "Les commerçants sont très partagés.</p>",
        "latin-1",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_short_page_without_declaration_reads_as_its_language(name: str) -> None:
    text, encoding = PAGES[name]
    assert decode(text.encode(encoding), max_bytes=10_000).text == text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param("<p>櫓벌쒔셌劤壙</p>", "<p>中国经济新闻</p>", id="hangul-among-han"),
        pytest.param("<p>оПЧПУФЙ ДОС</p>", "<p>Новости дня</p>", id="capitals-inside-words"),
        pytest.param("<p>隝ﾗﾏﾓﾔﾉ ﾄﾎﾑ</p>", "<p>Новости дня</p>", id="halfwidth-katakana"),
    ],
)
def test_a_wrong_reading_reads_less_cleanly(text: str, wrong: str) -> None:
    assert reading(text).clean < reading(wrong).clean


def test_ascii_reads_cleanly() -> None:
    assert reading("<p>plain</p>") == (1.0, 0)


def test_a_page_no_candidate_reads_is_tried_in_the_legacy_encodings() -> None:
    # charset-normalizer offers a short KOI8-R page only Japanese encodings.
    assert likeliest_encoding("<p>Новости дня</p>".encode("koi8_r")) == "koi8_r"
