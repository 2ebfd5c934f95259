"""WARC input: the HTML pages of a WARC file's response records, ready for `extract_many()`.

    for page in read_warc("crawl.warc.gz"):   # Page(html, url, encoding, record_id)
        ...

A page is the payload of a `response` record whose HTTP status is 2xx and whose HTTP
Content-Type is HTML (text/html or application/xhtml+xml; with none, a payload that starts
like an HTML document), with the HTTP transfer and content encodings undone (chunked, gzip,
deflate, br). Its `url` is the record's WARC-Target-URI, its `encoding` the charset of the
HTTP Content-Type by its WHATWG name (None when there is none or it is unknown: extract()
then reads the page's own), its
`record_id` the WARC-Record-ID. Every other record is skipped and counted by `Skipped`
reason: requests, metadata, revisits, warcinfo, other record types, non-HTML responses,
other statuses, records the crawler cut short (WARC-Truncated), payloads larger than the
limit and payloads whose encoding cannot be undone.

A file that is not a WARC file, or that ends inside a record (a download cut short), raises
`WarcError` once the pages before the damage have been yielded.

The reader is FastWARC (the `warc` extra: `pip install ".[warc]"` from a clone, or
`pip install "fastwarc>=2.0"` beside an installed newsextract), imported on the first call:
newsextract itself needs it nowhere else. benchmarks/warc_read.py measures it against warcio.
"""

from __future__ import annotations

import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from typing import IO, TYPE_CHECKING, Final

from newsextract.batch import Page
from newsextract.decoding import encoding_name
from newsextract.errors import InputError
from newsextract.options import DEFAULT_OPTIONS

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

__all__ = ["PAGES", "Skipped", "WarcError", "read_warc", "warc_support"]

#: The requirement of the `warc` extra (pyproject.toml), which a test keeps in step.
WARC_REQUIREMENT: Final = "fastwarc>=2.0"
#: The key of `counts` under which read_warc() counts the pages it yields.
PAGES: Final = "pages"
HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
#: HTTP's success statuses: the others are redirects and errors, not the page asked for.
HTTP_SUCCESS: Final = range(200, 300)
#: How far into a payload without a Content-Type to look for the start of an HTML document.
SNIFF_BYTES: Final = 1024
_HTML_STARTS: Final = (b"<!doctype html", b"<html", b"<head", b"<?xml")
_BOMS: Final = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CHARSET_RE: Final = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


class WarcError(InputError):
    """The file is not a WARC file, or it ends inside a record (it was cut short)."""


class Skipped(str, Enum):
    """Why a record gave no page (the keys of read_warc's `counts`, with PAGES)."""

    REQUEST = "request"
    METADATA = "metadata"
    REVISIT = "revisit"
    WARCINFO = "warcinfo"
    OTHER_TYPE = "other record type"
    NOT_HTML = "non-HTML"
    STATUS = "not 2xx"
    TRUNCATED = "truncated"
    TOO_LARGE = "too large"
    UNDECODABLE = "undecodable"


def warc_support() -> str | None:
    """None when WARC files can be read; else what to install, as a sentence."""
    try:
        import fastwarc.warc  # noqa: F401, PLC0415  # optional: the `warc` extra
    except ImportError:
        return (
            f'reading WARC files needs the warc extra, FastWARC: pip install "{WARC_REQUIREMENT}"'
            ' (or, from a clone, pip install ".[warc]")'
        )
    return None


def read_warc(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_bytes: int = DEFAULT_OPTIONS.max_input_bytes,
    counts: Counter[str] | None = None,
) -> Iterator[Page]:
    """Yield the HTML page of each response record of a WARC file (gzip-compressed or not).

    source: a path, or a binary stream open for reading.
    max_bytes: payloads larger than this (after decoding) are skipped as too large.
    counts: if given, counts[PAGES] and counts[Skipped.X.value] go up as records are read.

    Raises ImportError without the `warc` extra, `WarcError` for a damaged file (after the
    pages before the damage) and OSError when the file cannot be opened.
    """
    problem = warc_support()
    if problem is not None:
        raise ImportError(problem)
    tally: Counter[str] = Counter() if counts is None else counts
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _pages(stream, max_bytes, tally)
    else:
        yield from _pages(source, max_bytes, tally)


def _pages(stream: IO[bytes], max_bytes: int, counts: Counter[str]) -> Iterator[Page]:
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  # optional: the `warc` extra

    try:
        for record in ArchiveIterator(stream, parse_http=False):
            outcome = _page(record, max_bytes)
            if isinstance(outcome, Page):
                counts[PAGES] += 1
                yield outcome
            else:
                counts[outcome.value] += 1
    except OSError as error:  # FastWARC's word for a stream it cannot parse
        raise WarcError(f"not a WARC file, or a damaged one: {error}") from error


def _page(record: WarcRecord, max_bytes: int) -> Page | Skipped:
    """The record's page, or why it has none."""
    declared = record.headers.get("Content-Length")
    if declared is None or not declared.strip().isdigit():
        raise WarcError("a record has no Content-Length: the file is damaged or cut short")
    kind = _record_kind(record)
    if kind is not None:
        return kind
    if "WARC-Truncated" in record.headers:
        return Skipped.TRUNCATED
    record.parse_http(auto_decode="none")
    http = record.http_headers
    if http is None or http.status_code is None:
        return Skipped.NOT_HTML
    if http.status_code not in HTTP_SUCCESS:
        return Skipped.STATUS
    content_type = record.http_content_type
    if content_type is not None and content_type.lower() not in HTML_TYPES:
        return Skipped.NOT_HTML
    if record.content_length > max_bytes:
        return Skipped.TOO_LARGE
    raw = record.reader.read() if record.reader is not None else b""
    if len(raw) < record.content_length:
        raise WarcError("the file ends inside a record: it was cut short")
    body = _decoded(raw, http.get("Transfer-Encoding"), http.get("Content-Encoding"), max_bytes)
    if isinstance(body, Skipped):
        return body
    if content_type is None and not _looks_like_html(body):
        return Skipped.NOT_HTML
    return Page(
        body,
        url=_target_uri(record.headers.get("WARC-Target-URI")),
        encoding=_charset(http.get("Content-Type")),
        record_id=record.record_id,
    )


_KINDS: Final = {
    "request": Skipped.REQUEST,
    "metadata": Skipped.METADATA,
    "revisit": Skipped.REVISIT,
    "warcinfo": Skipped.WARCINFO,
}


def _record_kind(record: WarcRecord) -> Skipped | None:
    """Why a record is not a response at all, or None for a response."""
    warc_type = (record.headers.get("WARC-Type") or "").strip().lower()
    if warc_type == "response":
        return None
    return _KINDS.get(warc_type, Skipped.OTHER_TYPE)


def _charset(content_type: str | None) -> str | None:
    """The charset of an HTTP Content-Type by its WHATWG name ("ISO-8859-1" is read as
    windows-1252, as browsers do); None when there is none or it is unknown."""
    match = _CHARSET_RE.search(content_type or "")
    return encoding_name(match.group(1)) if match is not None else None


def _target_uri(value: str | None) -> str | None:
    """The WARC-Target-URI without the angle brackets some writers put around it."""
    if value is None:
        return None
    return value.strip().removeprefix("<").removesuffix(">") or None


def _decoded(
    raw: bytes, transfer: str | None, content: str | None, max_bytes: int
) -> bytes | Skipped:
    """The payload with its HTTP transfer encoding, then its content encodings, undone."""
    body = raw
    try:
        if transfer is not None and "chunked" in transfer.lower():
            body = _unchunked(body)
        for coding in reversed([c.strip().lower() for c in (content or "").split(",")]):
            body = _uncompressed(body, coding, max_bytes)
    except (ValueError, zlib.error):
        return Skipped.UNDECODABLE
    except _TooLargeError:
        return Skipped.TOO_LARGE
    return body


class _TooLargeError(Exception):
    """A payload that inflates beyond the limit."""


def _unchunked(data: bytes) -> bytes:
    """HTTP/1.1 chunked transfer coding undone; ValueError if it is not chunked."""
    parts: list[bytes] = []
    position = 0
    while True:
        end = data.index(b"\r\n", position)
        size = int(data[position:end].split(b";")[0].strip() or b"x", 16)
        if size == 0:
            return b"".join(parts)
        start = end + 2
        if start + size > len(data):
            raise ValueError("a chunk runs past the payload")
        parts.append(data[start : start + size])
        position = start + size + 2


def _uncompressed(data: bytes, coding: str, max_bytes: int) -> bytes:
    if coding in ("", "identity"):
        return data
    if coding in ("gzip", "x-gzip"):
        return _inflate(data, zlib.MAX_WBITS | 16, max_bytes)
    if coding == "deflate":  # zlib-wrapped as the standard says, or raw as some servers send
        try:
            return _inflate(data, zlib.MAX_WBITS, max_bytes)
        except zlib.error:
            return _inflate(data, -zlib.MAX_WBITS, max_bytes)
    if coding == "br":
        import brotli  # noqa: PLC0415  # installed with FastWARC

        inflater = brotli.Decompressor()
        try:
            result: bytes = inflater.process(data, output_buffer_limit=max_bytes + 1)
        except brotli.error as error:
            raise ValueError(f"brotli: {error}") from None
        if len(result) > max_bytes:
            raise _TooLargeError
        if not inflater.is_finished():
            raise ValueError("compressed payload cut short")
        return result
    raise ValueError(f"unknown content coding {coding!r}")


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    result = inflater.decompress(data, max_bytes + 1)
    if len(result) > max_bytes:
        raise _TooLargeError
    if not inflater.eof:
        raise ValueError("compressed payload cut short")
    return result


def _looks_like_html(body: bytes) -> bool:
    """Whether a payload sent without a Content-Type starts like an HTML document."""
    head = body[:SNIFF_BYTES]
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.lstrip().lower()
    return head.startswith(_HTML_STARTS) or (head.startswith(b"<") and b"<html" in head)
