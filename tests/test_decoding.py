"""Tests for newsextract.decoding: BOM > caller's encoding > declaration > UTF-8 > detection."""

# ruff: noqa: RUF001  (the test pages are Cyrillic and CJK on purpose)

from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.decoding import Decoded, decode
from newsextract.errors import InputTooLargeError, NotHTMLError

LIMIT = 10 * 1024 * 1024

PAGE = "<html><head><title>Grüße</title></head><body><p>Привет, 世界! Müller</p></body></html>"
GERMAN = "<p>Herr Müller aus Köln grüßt die schöne Straße; Bürger, Äpfel, Öl, Übermut.</p>"
JAPANESE = (
    "<html><head><title>ニュース</title></head><body><p>"
    + "東京都は今日、新しい交通計画を発表しました。市民の生活をより便利にするため、"
    "鉄道とバスの路線が見直されます。専門家によると、この計画は環境にも良い影響を与えると"
    "考えられています。" * 3 + "</p></body></html>"
)
RUSSIAN = (
    "<html><head><title>Новости</title></head><body><p>"
    + "Сегодня в Москве прошла большая конференция, посвящённая развитию городского "
    "транспорта. Эксперты обсудили новые маршруты автобусов и трамваев, а также "
    "строительство метро. " * 3 + "</p></body></html>"
)
CHINESE = (
    "<html><body><p>"
    + "今天北京市政府宣布了新的交通计划，旨在改善市民的出行条件。专家认为，这项计划将对环境"
    "产生积极影响。" * 3 + "</p></body></html>"
)


def meta(charset: str, body: str) -> str:
    return f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'


# --- byte order marks and wide Unicode --------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_bom_decides_and_is_stripped(bom: bytes, codec: str, expected: str) -> None:
    # The caller's and the page's labels both lie; the BOM wins over them.
    data = bom + meta("iso-8859-2", PAGE).encode(codec)
    assert decode(data, encoding="koi8-r", max_bytes=LIMIT) == Decoded(
        meta("iso-8859-2", PAGE), expected
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [PAGE, JAPANESE, RUSSIAN], ids=["mixed", "japanese", "russian"])
def test_wide_unicode_without_bom(codec: str, text: str) -> None:
    assert decode(text.encode(codec), max_bytes=LIMIT) == Decoded(text, codec)


def test_wide_unicode_without_bom_beats_a_legacy_label() -> None:
    data = meta("windows-1252", PAGE).encode("utf-16-le")
    assert decode(data, encoding="windows-1252", max_bytes=LIMIT).text == meta("windows-1252", PAGE)


@pytest.mark.parametrize("label", ["utf-16", "utf-16le", "utf-32"])
def test_wide_label_on_narrow_bytes_is_ignored(label: str) -> None:
    data = meta(label, GERMAN).encode("utf-8")
    assert decode(data, encoding=label, max_bytes=LIMIT) == Decoded(meta(label, GERMAN), "utf-8")


# --- caller's encoding and the page's declaration --------------------------------------------


def test_caller_encoding_beats_meta() -> None:
    # KOI8-R bytes decode strictly as windows-1251 too (into the wrong letters).
    data = meta("windows-1251", RUSSIAN).encode("koi8-r")
    assert decode(data, encoding="koi8-r", max_bytes=LIMIT) == Decoded(
        meta("windows-1251", RUSSIAN), "koi8-r"
    )


@pytest.mark.parametrize(
    "caller", ["no-such-charset", "utf-7", "rot13", "base64", "", "  ", "a\x00b"]
)
def test_unusable_caller_encoding_is_ignored(caller: str) -> None:
    data = meta("windows-1252", GERMAN).encode("cp1252")
    assert decode(data, encoding=caller, max_bytes=LIMIT) == Decoded(
        meta("windows-1252", GERMAN), "windows-1252"
    )


def test_caller_encoding_contradicted_by_bytes_is_not_trusted() -> None:
    data = meta("shift_jis", JAPANESE).encode("shift_jis")
    assert decode(data, encoding="utf-8", max_bytes=LIMIT) == Decoded(
        meta("shift_jis", JAPANESE), "shift_jis"
    )


def test_meta_windows_1252_with_german_umlauts() -> None:
    data = meta("windows-1252", GERMAN).encode("cp1252")
    assert decode(data, max_bytes=LIMIT) == Decoded(meta("windows-1252", GERMAN), "windows-1252")


@pytest.mark.parametrize(
    "label",
    [
        "iso-8859-1",
        "ISO-8859-1",
        "latin1",
        "l1",
        "ascii",
        "us-ascii",
        "iso8859-1",
        "cp1252",
        "x-cp1252",
    ],
)
def test_whatwg_labels_mean_windows_1252(label: str) -> None:
    data = meta(label, "<p>Preis: 5 \x80, M\xfcller</p>").encode("latin-1")
    assert decode(data, max_bytes=LIMIT) == Decoded(
        meta(label, "<p>Preis: 5 €, Müller</p>"), "windows-1252"
    )


@pytest.mark.parametrize(
    ("label", "codec", "expected"),
    [
        ("gb2312", "gbk", "gbk"),
        ("shift_jis", "shift_jis", "shift_jis"),
        ("windows-31j", "cp932", "shift_jis"),
        ("euc-jp", "euc-jp", "euc-jp"),
        ("iso-2022-jp", "iso-2022-jp", "iso-2022-jp"),
        ("koi8-r", "koi8-r", "koi8-r"),
        ("windows-1251", "cp1251", "windows-1251"),
    ],
)
def test_legacy_labels(label: str, codec: str, expected: str) -> None:
    text = meta(
        label, {"gb2312": CHINESE, "koi8-r": RUSSIAN, "windows-1251": RUSSIAN}.get(label, JAPANESE)
    )
    assert decode(text.encode(codec), max_bytes=LIMIT) == Decoded(text, expected)


def test_shift_jis_is_read_with_the_microsoft_extensions() -> None:
    text = meta("Shift_JIS", "<p>①番目の会議は㈱東京で開催されました。</p>")
    assert decode(text.encode("cp932"), max_bytes=LIMIT) == Decoded(text, "shift_jis")


def test_meta_latin_1_but_utf8_bytes_gives_utf8() -> None:
    text = meta("iso-8859-1", GERMAN)
    assert decode(text.encode("utf-8"), max_bytes=LIMIT) == Decoded(text, "utf-8")


def test_caller_latin_1_but_utf8_bytes_gives_utf8() -> None:
    text = meta("utf-8", GERMAN)
    assert decode(text.encode("utf-8"), encoding="iso-8859-1", max_bytes=LIMIT) == Decoded(
        text, "utf-8"
    )


def test_meta_utf8_but_latin_1_bytes_is_readable() -> None:
    decoded = decode(meta("utf-8", GERMAN).encode("latin-1"), max_bytes=LIMIT)
    assert "Müller" in decoded.text
    assert "Straße" in decoded.text


@pytest.mark.parametrize(
    "head",
    [
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-1'>",
        '<meta content="text/html; charset = latin1" http-equiv="Content-Type" />',
        "<meta charset = 'Windows-1252' >",
        "<meta\ncharset=cp1252>",
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
    ],
    ids=["http-equiv", "upper-case", "content-first", "spaces", "newline", "xml"],
)
def test_declaration_forms(head: str) -> None:
    text = f"{head}<p>Preis 5 €, Müller</p>"
    assert decode(text.encode("cp1252"), max_bytes=LIMIT) == Decoded(text, "windows-1252")


def test_declaration_after_the_prescan_window_is_not_seen() -> None:
    text = "<!--" + "x" * 5000 + '--><meta charset="koi8-r"><p>Müller</p>'
    assert decode(text.encode("utf-8"), max_bytes=LIMIT) == Decoded(text, "utf-8")


# --- no declaration ---------------------------------------------------------------------------


def test_pure_ascii_is_utf8() -> None:
    assert decode(b"<p>plain</p>", max_bytes=LIMIT) == Decoded("<p>plain</p>", "utf-8")


def test_undeclared_utf8() -> None:
    assert decode(PAGE.encode("utf-8"), max_bytes=LIMIT) == Decoded(PAGE, "utf-8")


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (JAPANESE, "shift_jis", "shift_jis"),
        (JAPANESE, "euc-jp", "euc-jp"),
        (RUSSIAN, "koi8-r", "koi8-r"),
        (RUSSIAN, "cp1251", "windows-1251"),
        (CHINESE, "gbk", "gb18030"),
    ],
)
def test_undeclared_legacy_encoding_is_detected(text: str, codec: str, expected: str) -> None:
    assert decode(text.encode(codec), max_bytes=LIMIT) == Decoded(text, expected)


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_windows_1252_undefined_bytes_become_c1_controls(byte: int) -> None:
    data = meta("windows-1252", f"<p>a{chr(byte)} \x80</p>").encode("latin-1")
    expected = meta("windows-1252", f"<p>a{chr(byte)} €</p>")
    assert decode(data, max_bytes=LIMIT) == Decoded(expected, "windows-1252")


@pytest.mark.parametrize(
    "data", [bytearray(b"<p>M\xc3\xbcller</p>"), memoryview(b"<p>M\xc3\xbcller</p>")]
)
def test_bytes_like_input(data: bytearray | memoryview) -> None:
    assert decode(data, max_bytes=LIMIT) == Decoded("<p>Müller</p>", "utf-8")


# --- str input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ['<?xml version="1.0" encoding="ISO-8859-1"?><p>Müller</p>', "<p>\x00odd\x01</p>", PAGE],
    ids=["xml-declaration", "control-chars", "page"],
)
def test_str_is_returned_as_is(text: str) -> None:
    assert decode(text, encoding="koi8-r", max_bytes=LIMIT) == Decoded(text, None)


# --- empty, too large, not HTML, wrong types ---------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", Decoded("", "utf-8")),
        (b" \t\r\n\x0c ", Decoded("", "utf-8")),
        (codecs.BOM_UTF8, Decoded("", "utf-8")),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), Decoded("", "utf-16-le")),
        ("", Decoded("", None)),
        ("  \n\t ", Decoded("", None)),
    ],
    ids=["empty", "whitespace", "utf8-bom", "utf16-whitespace", "empty-str", "whitespace-str"],
)
def test_empty_and_whitespace_give_empty_text(data: bytes | str, expected: Decoded) -> None:
    assert decode(data, max_bytes=LIMIT) == expected


@pytest.mark.parametrize("data", [b"x" * 101, "x" * 101], ids=["bytes", "str"])
def test_too_large(data: bytes | str) -> None:
    with pytest.raises(InputTooLargeError, match=r"101 .*100") as caught:
        decode(data, max_bytes=100)
    assert isinstance(caught.value, ValueError)


def test_exactly_at_the_limit_is_fine() -> None:
    assert decode(b"x" * 100, max_bytes=100) == Decoded("x" * 100, "utf-8")


RANDOM = random.Random(20240501).randbytes(4096)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"\x00\x00\x00\x18ftypmp42", "MP4"),
        (b"\x7fELF\x02\x01\x01", "ELF"),
        (RANDOM, "binary"),
        # NULs in the UTF-16 places, but random low bytes: binary, not UTF-16.
        (bytes(b for pair in zip(RANDOM[:2048], bytes(2048), strict=True) for b in pair), "binary"),
    ],
    ids=[
        "pdf",
        "png",
        "jpeg",
        "gif",
        "zip",
        "gzip",
        "webp",
        "mp4",
        "elf",
        "random",
        "random-nul-pattern",
    ],
)
def test_binary_is_not_html(data: bytes, named: str) -> None:
    with pytest.raises(NotHTMLError, match=named):
        decode(data, encoding="utf-8", max_bytes=LIMIT)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(12, None), ([b"<p>"], None), (None, None), (b"<p>", 8)],
    ids=["int", "list", "none", "encoding-int"],
)
def test_wrong_types_raise_type_error(data: object, encoding: object) -> None:
    with pytest.raises(TypeError):
        decode(data, encoding=encoding, max_bytes=LIMIT)  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2048))
def test_any_bytes_give_text_or_an_input_error(data: bytes) -> None:
    """Bytes always decode (windows-1252 reads every byte): the only input errors are
    binary content and size, never a decoding failure."""
    try:
        decoded = decode(data, max_bytes=1024)
    except (NotHTMLError, InputTooLargeError):
        return
    assert isinstance(decoded.text, str)
    assert decoded.encoding is not None


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=512) | st.text(max_size=256).map(lambda text: text.encode("utf-8")),
    encoding=st.none()
    | st.text(max_size=20)
    | st.sampled_from(["utf-16", "utf-8", "latin1", "shift_jis"]),
)
def test_any_bytes_and_label_give_text_or_an_input_error(data: bytes, encoding: str | None) -> None:
    try:
        decoded = decode(data, encoding=encoding, max_bytes=LIMIT)
    except (NotHTMLError, InputTooLargeError):  # any label, known or not, decodes
        return
    assert decode(data, encoding=encoding, max_bytes=LIMIT) == decoded


_UTF8_PAGE = "<meta charset='{label}'><p>Die Straße in München: Fußgänger, Bürger, Größe.</p>"
_STRAY = "Zitat: „Ja“ – café".encode("cp1252")


@pytest.mark.parametrize("label", ["utf-8", "windows-1252", "iso-8859-1", "none"])
def test_utf8_with_stray_windows_1252_bytes_reads_both(label: str) -> None:
    page = _UTF8_PAGE.format(label=label).encode("utf-8").replace(b"</p>", _STRAY + b"</p>")
    decoded = decode(page, max_bytes=10**6)
    assert decoded.encoding == "utf-8"
    assert "Straße in München: Fußgänger, Bürger, Größe.Zitat: „Ja“ – café" in decoded.text
    assert "\ufffd" not in decoded.text


def test_legacy_page_with_a_few_utf8_looking_pairs_stays_legacy() -> None:
    text = "<p>Straße, München, Fußgänger, Bürger, Größe, Ärger, Öl, Übel.</p>"
    decoded = decode(text.encode("cp1252"), max_bytes=10**6)
    assert decoded.text == text


_FRENCH = "<p>Le député a présenté à l'Assemblée un projet très contesté, déjà critiqué à Noël.</p>"


@pytest.mark.parametrize("declaration", ["<meta charset='utf-8'>", ""])
def test_latin1_french_that_claims_utf8_reads_as_windows_1252(declaration: str) -> None:
    """charset-normalizer's first pick for this sample is windows-1257 ('trčs', 'ą')."""
    page = (f"<html><head>{declaration}</head><body>" + _FRENCH * 3).encode("latin-1")
    decoded = decode(page, max_bytes=10**6)
    assert decoded.encoding == "windows-1252"
    assert _FRENCH in decoded.text


@pytest.mark.parametrize(
    ("raw", "label", "utf8"),
    [
        pytest.param("<p>Grüße</p>".encode(), None, True, id="utf-8"),
        pytest.param(b"<p>plain</p>", None, True, id="ascii"),
        pytest.param(b"<p>plain</p>", "windows-1252", True, id="ascii-labelled-legacy"),
        pytest.param("<p>Grüße</p>".encode("latin-1"), None, False, id="latin-1"),
        pytest.param(b"\xef\xbb\xbf<p>bom</p>", None, False, id="utf-8-with-bom"),
        pytest.param("<p>plain</p>".encode("utf-16"), None, False, id="utf-16"),
        pytest.param(b"<p>\x1b$B$3$s\x1b(B</p>", "iso-2022-jp", False, id="iso-2022-jp"),
    ],
)
def test_the_input_is_kept_as_utf8_only_when_it_is_the_text_in_utf8(
    raw: bytes, label: str | None, utf8: bool
) -> None:
    decoded = decode(raw, encoding=label, max_bytes=10**6)
    assert (decoded.utf8 is not None) is utf8
    if decoded.utf8 is not None:
        assert decoded.utf8 == decoded.text.encode("utf-8")
