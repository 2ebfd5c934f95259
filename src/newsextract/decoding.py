"""Bytes -> text, the first stage of the pipeline.

The evidence is weighed in this order; the first step that gives text wins:

1. A byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) settles it, as in WHATWG.
2. Known binary formats (PDF, images, archives, executables, media) are recognised by their
   magic number and raise `NotHTMLError`.
3. UTF-16/32 without a BOM is recognised by its NUL pattern (the ASCII markup of a page puts a
   NUL in every high byte). Only then are many control bytes taken as binary (`NotHTMLError`),
   so wide Unicode is never mistaken for it.
4. The caller's encoding (the HTTP charset), then the page's own declaration found in the first
   4096 bytes: `<meta charset=...>`, `<meta http-equiv="Content-Type" content="...; charset=...">`
   or `<?xml ... encoding=...?>`. Labels are mapped the WHATWG way (`iso-8859-1`, `latin1`,
   `ascii` -> windows-1252; `gb2312` -> gbk; `shift_jis` read with cp932); unknown labels, and
   UTF-16/32 labels on bytes without the UTF-16/32 pattern, are ignored. A label is trusted only
   if the bytes decode strictly with it, and bytes that are valid UTF-8 with non-ASCII content
   are read as UTF-8 whatever a legacy label says: pages mislabel UTF-8 as latin-1 all the time,
   while legacy text that happens to be valid UTF-8 is vanishingly rare.
5. Without a usable label: valid UTF-8 (pure ASCII included) is utf-8; UTF-8 with stray
   legacy bytes is read as mixed (see _mixed_utf8); otherwise charset-normalizer guesses from
   the first 64 KiB (of its candidates that read the sample about equally cleanly, the one
   that makes the most coherent text, and windows-1252 if it reads the sample the same);
   failing that, windows-1252, which decodes every byte.

The common case, UTF-8 declared or not, costs one bounded prescan and one strict decode.
windows-1252 is decoded as WHATWG does: the five bytes Python's cp1252 leaves undefined
(0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same value, so it never fails.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Final

from newsextract.charsets import likeliest_encoding
from newsextract.errors import InputTooLargeError, NotHTMLError

__all__ = ["Decoded", "decode", "size_check"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a page and the encoding it was read with.

    `encoding` is a lower-case WHATWG-style name that Python's codecs accept too ("utf-8",
    "windows-1252", "shift_jis", "utf-16-le"); None when the input was already a str.
    `utf8` is the input itself when it is `text` in UTF-8 (valid UTF-8, or ASCII read as
    ASCII): the parser reads it without encoding the text again.
    """

    text: str
    encoding: str | None
    utf8: bytes | None = field(default=None, repr=False, compare=False)


# WHATWG prescans 1024 bytes; 4096 also covers pages with a long comment or script before <meta>.
PRESCAN_BYTES: Final = 4096
# Sample for the binary and UTF-16/32 tests (a multiple of 4).
SNIFF_BYTES: Final = 4096
# Sample given to charset-normalizer: enough for a stable guess, bounded for speed.
DETECT_SAMPLE_BYTES: Final = 64 * 1024
# Share of control bytes above which the input is binary. HTML has next to none; random bytes
# have about 11% (28 of 256 values); 5% leaves room for a page with some stray control bytes.
BINARY_CONTROL_RATIO: Final = 0.05
# UTF-16/32 without a BOM: the high bytes of a page's units are NUL for all its ASCII markup,
# spaces and digits (about 20% in our small test pages whose text is all CJK or Cyrillic; real
# pages carry far more markup), the low bytes almost never. Binary that happens to match is
# caught by the control-character test on the decoded sample.
WIDE_HIGH_NUL_RATIO: Final = 0.1
WIDE_LOW_NUL_RATIO: Final = 0.05
# The top byte of a UTF-32 unit is always NUL, the next one for every BMP character.
UTF32_HIGH_NUL_RATIO: Final = 0.95
# Fewer 4-byte units than this are too few to recognise UTF-16/32 by.
MIN_WIDE_UNITS: Final = 2
# Valid multi-byte UTF-8 characters per stray byte from which a page is UTF-8 with some
# windows-1252 bytes mixed in (a run of legacy text rarely forms a valid UTF-8 sequence).
MIXED_UTF8_RATIO: Final = 1
_STRAY_BYTE_RE: Final = re.compile("[\udc80-\udcff]")

_BOMS: Final = (  # UTF-32 LE first: the UTF-16 LE BOM is its prefix
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE: Final = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

_MAGIC_NUMBERS: Final = (  # (group name, pattern at offset 0, what the input looks like)
    ("pdf", rb"%PDF-", "a PDF document"),
    ("png", rb"\x89PNG\r\n\x1a\n", "a PNG image"),
    ("jpeg", rb"\xff\xd8\xff", "a JPEG image"),
    ("gif", rb"GIF8[79]a", "a GIF image"),
    ("webp", rb"RIFF.{4}WEBP", "a WebP image"),
    ("riff", rb"RIFF.{4}(?:WAVE|AVI )", "a WAV or AVI file"),
    ("tiff", rb"II\*\x00|MM\x00\*", "a TIFF image"),
    ("zip", rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive (or DOCX, XLSX, EPUB)"),
    ("gzip", rb"\x1f\x8b", "gzip-compressed data"),
    ("bzip2", rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)", "bzip2-compressed data"),
    ("xz", rb"\xfd7zXZ\x00", "xz-compressed data"),
    ("zstd", rb"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    ("sevenzip", rb"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    ("rar", rb"Rar!\x1a\x07", "a RAR archive"),
    ("ole", rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 document (DOC, XLS, PPT)"),
    ("elf", rb"\x7fELF", "an ELF executable"),
    ("wasm", rb"\x00asm", "a WebAssembly module"),
    ("ogg", rb"OggS\x00", "an Ogg media file"),
    ("mp3", rb"ID3[\x02-\x04]\x00|\xff[\xf2\xf3\xfb]", "an MP3 audio file"),
    ("mp4", rb".{4}ftyp", "an MP4, QuickTime or HEIF media file"),
    ("matroska", rb"\x1a\x45\xdf\xa3", "a Matroska or WebM media file"),
    ("flac", rb"fLaC[\x00\x80]", "a FLAC audio file"),
    ("woff", rb"wOF[F2](?:\x00\x01\x00\x00|OTTO|true)", "a WOFF web font"),
    ("sqlite", rb"SQLite format 3\x00", "an SQLite database"),
)
_MAGIC_RE: Final = re.compile(
    b"|".join(b"(?P<%s>%s)" % (name.encode(), pattern) for name, pattern, _ in _MAGIC_NUMBERS),
    re.DOTALL,
)
_MAGIC_DESCRIPTIONS: Final = {name: looks_like for name, _, looks_like in _MAGIC_NUMBERS}

# Control bytes that text does not contain: all C0 but TAB, LF, FF, CR and ESC (ISO-2022-JP), DEL.
_CONTROL_BYTES: Final = bytes([*range(0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS_RE: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]")

_DECLARATION_RE: Final = re.compile(
    rb"""(?:<meta\b[^>]{0,1024}?\bcharset|<\?xml\b[^>]{0,256}?\bencoding)"""
    rb"""\s*=\s*["']?\s*([\w.:+-]{1,40})""",
    re.IGNORECASE,
)
_LABEL_RE: Final = re.compile(r"[a-z0-9][a-z0-9._:+-]{0,39}")

# WHATWG labels Python's codec registry does not know, mapped to a Python codec name.
_EXTRA_LABELS: Final = {
    "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8", "x-cp1252": "cp1252",
    "windows-874": "cp874", "dos-874": "cp874", "x-gbk": "gbk", "x-sjis": "shift_jis",
    "windows-31j": "cp932", "x-euc-jp": "euc_jp", "x-x-big5": "big5",
    "x-mac-roman": "mac-roman", "x-mac-cyrillic": "mac-cyrillic", "iso-8859-8-i": "iso8859-8",
}  # fmt: skip
# Python codec name (codecs.lookup(label).name) -> the WHATWG encoding reported for it.
# Anything not here (utf-7, rot13, EBCDIC, ...) is not a web encoding and is ignored.
_WHATWG_NAMES: Final = {
    **{f"cp{number}": f"windows-{number}" for number in range(1250, 1259)},
    **{f"iso8859-{n}": f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "utf-8": "utf-8", "ascii": "windows-1252", "iso8859-1": "windows-1252",
    "iso8859-9": "windows-1254", "iso8859-11": "windows-874", "tis-620": "windows-874",
    "cp874": "windows-874", "cp866": "ibm866", "koi8-r": "koi8-r", "koi8-u": "koi8-u",
    "mac-roman": "macintosh", "mac-cyrillic": "x-mac-cyrillic",
    "gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "big5hkscs": "big5",
    "shift_jis": "shift_jis", "cp932": "shift_jis", "shift_jis_2004": "shift_jis",
    "euc_jp": "euc-jp", "euc_jis_2004": "euc-jp", "euc_jisx0213": "euc-jp",
    "iso2022_jp": "iso-2022-jp", "euc_kr": "euc-kr", "cp949": "euc-kr",
    "utf-16": "utf-16-le", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
    "utf-32": "utf-32-le", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be",
}  # fmt: skip
# WHATWG name -> the Python codec that decodes it as browsers do, where the two differ
# (the WHATWG decoders are the Microsoft supersets; windows-1252 has its own table below).
_PYTHON_CODECS: Final = {
    "windows-874": "cp874", "ibm866": "cp866", "macintosh": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic", "gbk": "gb18030", "big5": "big5hkscs",
    "shift_jis": "cp932", "euc-kr": "cp949",
}  # fmt: skip
_WINDOWS_1252_TABLE: Final = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)
)


def decode(
    data: bytes | bytearray | memoryview | str, *, encoding: str | None = None, max_bytes: int
) -> Decoded:
    """Decode the raw page `data` to text; `encoding` is the HTTP charset, if known.

    A str is returned as is (an XML declaration in it is not acted on); its size is that of
    its UTF-8 form, counted only when its length in characters does not settle it.
    Whitespace-only input gives "".

    Raises InputTooLargeError above `max_bytes` and NotHTMLError for binary content.
    """
    if isinstance(data, str):
        _check_size(len(data), max_bytes, "characters")
        if 4 * len(data) > max_bytes:  # a character is 1-4 bytes: only then can it be over
            _check_size(len(data.encode("utf-8", "surrogatepass")), max_bytes, "bytes in UTF-8")
        return Decoded("" if data.isspace() else _without_lone_surrogates(data), None)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"data must be bytes or str, not {type(data).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str or None, not {type(encoding).__name__}")
    size_check(data, max_bytes)
    raw = data if isinstance(data, bytes) else bytes(data)  # a copy, once it is known to fit
    if not raw or raw.isspace():
        return Decoded("", "utf-8")
    found = _from_bom(raw)
    if found is None:
        _reject_magic_number(raw)
        found = _from_wide_pattern(raw)
    if found is None:
        _reject_control_bytes(raw)
        found = (
            _as_utf8(raw)
            or _decode_as(raw, encoding)
            or _decode_as(raw, _declared_label(raw))
            or _decode_as(raw, "utf-8")
            or _detect(raw)
        )
    if found.text.isspace():
        return Decoded("", found.encoding)
    same = found.text.isascii() and len(found.text) == len(raw)  # ASCII read as ASCII
    if found.utf8 is None and same and raw.isascii():
        return Decoded(found.text, found.encoding, raw)
    return found


def _without_lone_surrogates(text: str) -> str:
    """`text` with unpaired UTF-16 surrogates (from a careless decoder) as U+FFFD.

    lxml stops reading at a lone surrogate and silently drops the rest of the page.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def size_check(data: bytes | bytearray | memoryview, max_bytes: int) -> None:
    """Raise InputTooLargeError when `data` holds more than `max_bytes` (it is not copied)."""
    size = len(data) if isinstance(data, bytes) else memoryview(data).nbytes
    _check_size(size, max_bytes, "bytes")


def _check_size(size: int, max_bytes: int, unit: str) -> None:
    if size > max_bytes:
        raise InputTooLargeError(
            f"input is {size:,} {unit}, more than the limit of {max_bytes:,} "
            "(Options.max_input_bytes)"
        )


def _from_bom(raw: bytes) -> Decoded | None:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return Decoded(str(memoryview(raw)[len(bom) :], name, "replace"), name)
    return None


def _reject_magic_number(raw: bytes) -> None:
    match = _MAGIC_RE.match(raw)
    if match is not None and match.lastgroup is not None:
        raise NotHTMLError(f"input looks like {_MAGIC_DESCRIPTIONS[match.lastgroup]}, not HTML")


def _from_wide_pattern(raw: bytes) -> Decoded | None:
    """UTF-16/32 without a BOM, recognised by where its NUL bytes fall."""
    units = min(len(raw), SNIFF_BYTES) // 4
    if units < MIN_WIDE_UNITS:
        return None
    head = raw[: units * 4]
    if 0 not in head:  # (most pages: one search, where four slices are counted otherwise)
        return None  # every wide pattern needs NUL bytes at one offset at least
    nuls = [head[offset::4].count(0) / units for offset in range(4)]
    name = _wide_name(nuls)
    if name is None:
        return None
    sample = head.decode(name, errors="replace")
    if len(_CONTROL_CHARS_RE.findall(sample)) > BINARY_CONTROL_RATIO * len(sample):
        return None  # binary whose NULs merely fall in a pattern
    return Decoded(raw.decode(name, errors="replace"), name)


def _wide_name(nuls: list[float]) -> str | None:
    """The UTF-16/32 variant the NUL share at each offset mod 4 points to, if any."""
    if min(nuls[2], nuls[3]) >= UTF32_HIGH_NUL_RATIO and nuls[0] <= WIDE_LOW_NUL_RATIO:
        return "utf-32-le"
    if min(nuls[0], nuls[1]) >= UTF32_HIGH_NUL_RATIO and nuls[3] <= WIDE_LOW_NUL_RATIO:
        return "utf-32-be"
    even, odd = (nuls[0] + nuls[2]) / 2, (nuls[1] + nuls[3]) / 2
    if odd >= WIDE_HIGH_NUL_RATIO and even <= WIDE_LOW_NUL_RATIO:
        return "utf-16-le"
    if even >= WIDE_HIGH_NUL_RATIO and odd <= WIDE_LOW_NUL_RATIO:
        return "utf-16-be"
    return None


def _reject_control_bytes(raw: bytes) -> None:
    head = raw[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > BINARY_CONTROL_RATIO * len(head):
        raise NotHTMLError(
            f"input looks like binary data, not HTML: {controls} of its first "
            f"{len(head)} bytes are control bytes"
        )


def _declared_label(raw: bytes) -> str | None:
    """The charset of the first <meta> or XML declaration in the first PRESCAN_BYTES."""
    match = _DECLARATION_RE.search(raw, 0, PRESCAN_BYTES)
    return None if match is None else match.group(1).decode("ascii")


def _decode_as(raw: bytes, label: str | None) -> Decoded | None:
    """`raw` read with the encoding `label` names, if the bytes do not contradict it."""
    name = None if label is None else _whatwg_name(label)
    if name is None or name in _WIDE:
        return None
    text = _strict(raw, name)
    return None if text is None else Decoded(text, name)


def _as_utf8(raw: bytes) -> Decoded | None:
    """Non-ASCII bytes that are UTF-8, or UTF-8 with stray windows-1252 bytes, whatever a
    label says (see step 4 of the module docstring); None for anything else."""
    if raw.isascii():
        return None
    text = _strict(raw, "utf-8")
    return Decoded(text, "utf-8", raw) if text is not None else _mixed_utf8(raw)


def _mixed_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with stray bytes of a legacy encoding, as in pages pieced together from several
    sources: each byte that is not UTF-8 is read as windows-1252. Only when the valid
    multi-byte characters are at least as many as the stray bytes: legacy text almost never
    forms valid UTF-8 sequences, so it is not taken for this."""
    text = raw.decode("utf-8", "surrogateescape")  # a stray byte becomes U+DC80..U+DCFF
    stray = len(raw) - len(text.encode("utf-8", "ignore"))
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if stray == 0 or non_ascii - stray < MIXED_UTF8_RATIO * stray:
        return None
    return Decoded(
        _STRAY_BYTE_RE.sub(lambda m: _WINDOWS_1252_TABLE[ord(m.group()) - 0xDC00], text), "utf-8"
    )


def _whatwg_name(label: str) -> str | None:
    key = label.strip().strip("\"'").lower()
    if _LABEL_RE.fullmatch(key) is None:
        return None
    try:
        python_name = codecs.lookup(_EXTRA_LABELS.get(key, key)).name
    except LookupError:
        return None
    return _WHATWG_NAMES.get(python_name)


def _strict(raw: bytes, name: str) -> str | None:
    try:
        return _decode_with(raw, name, "strict")
    except UnicodeDecodeError:
        return None


def _decode_with(raw: bytes, name: str, errors: str) -> str:
    if name == "windows-1252":  # never fails: its table covers all 256 bytes
        return codecs.charmap_decode(raw, errors, _WINDOWS_1252_TABLE)[0]
    return raw.decode(_PYTHON_CODECS.get(name, name), errors)


def _detect(raw: bytes) -> Decoded:
    """charset-normalizer's guess from a sample, applied to all of `raw`; else windows-1252."""
    sample = raw[:DETECT_SAMPLE_BYTES]
    if len(raw) > len(sample):
        # End the sample at a "<": never a trail byte of a multi-byte encoding.
        cut = sample.rfind(b"<", len(sample) // 2)
        sample = sample[:cut] if cut > 0 else sample
    label = likeliest_encoding(sample)
    name = None if label is None else _whatwg_name(label)
    if name is None or name in _WIDE:
        name = "windows-1252"
    return Decoded(_decode_with(raw, name, "replace"), name)


def encoding_name(label: str) -> str | None:
    """The WHATWG name of an encoding label ("latin1" -> "windows-1252"), or None for a
    label newsextract does not know (the command line refuses such an --encoding)."""
    return _whatwg_name(label)
