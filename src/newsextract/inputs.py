"""The command line's inputs: arguments expanded into sources, sources into documents.

    arguments -> expand() -> Inputs(sources, failures, many) -> documents() -> Document ...

A source is a page file, standard input, the bundled sample, or a WARC file. A document is
one page to extract: a page source is one document, read in the worker (`read_source`:
gzip-compressed data is inflated whatever the file's name, on standard input too); a WARC
file is read here, in the parent process, and each of its HTML responses is a document that
carries its page, URL, charset and record id (newsextract.warc).

On hostile file systems (newsextract.files): directory walks and "**" do not follow links to
directories, a file named by several arguments is one source, a named pipe or device found
in a walk or by a pattern is reported instead of read, and standard input is read no further
than the size limit and one byte.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import shlex
import stat
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import IO, Any, Final, cast

from newsextract.errors import InputError, InputTooLargeError
from newsextract.files import expand_pattern, file_identity, is_regular, open_found, walk_pages
from newsextract.options import DEFAULT_OPTIONS
from newsextract.warc import WarcError, read_warc

SAMPLE_PAGE: Final = "seed.html"
STDIN: Final = "-"
STDIN_NAME: Final = "<stdin>"
#: Suffixes of the page files taken from a directory (lower case).
PAGE_SUFFIXES: Final = (".html", ".htm", ".html.gz", ".htm.gz")
#: Suffixes of WARC files (lower case), taken from a directory too.
WARC_SUFFIXES: Final = (".warc", ".warc.gz")
GLOB_CHARACTERS: Final = frozenset("*?[")
GZIP_MAGIC: Final = b"\x1f\x8b"
WARC_MAGIC: Final = b"WARC/"
#: A gzip input larger than the limit is inflated up to this many times the limit to tell
#: its size; past that, the message says "more than" (a gzip bomb costs no more time).
SIZE_COUNT_FACTOR: Final = 16
READ_CHUNK: Final = 1 << 20
#: An argument that names a URL (a scheme and "//"), not a file.
_URL_RE: Final = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class UsageError(ValueError):
    """Arguments the command line cannot act on (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (`path`), standard input or the sample (`data`), or a WARC file."""

    name: str  # as shown in messages and used for output names
    path: str | None = None
    data: bytes | None = None
    relative: str | None = None  # the path below a directory given on the command line
    warc: bool = False
    found: bool = False  # found in a directory or by a pattern: read only if a regular file


@dataclass(frozen=True, slots=True)
class Inputs:
    """The sources of the arguments, in order, and (argument, reason) for those that name
    nothing to read. `many`: a directory, a glob, a WARC file or several arguments were
    given, so the output is a JSON array and names each document's source."""

    sources: tuple[Source, ...]
    failures: tuple[tuple[str, str], ...]
    many: bool


@dataclass(frozen=True, slots=True)
class Document:
    """One page to extract (picklable: it crosses to a worker).

    index: its source's position in Inputs.sources.
    data: a WARC record's page; None when the worker reads the source.
    url, encoding, record_id: a WARC record's WARC-Target-URI, HTTP charset, WARC-Record-ID.
    error: why the source failed in the parent (a damaged WARC file), reported in its place.
    """

    index: int
    source: Source
    data: bytes | str | None = None
    url: str | None = None
    encoding: str | None = None
    record_id: str | None = None
    error: Exception | None = None

    @property
    def name(self) -> str:
        """The document as error lines name it: its source, and a WARC record's id."""
        if self.record_id is None:
            return self.source.name
        return f"{self.source.name} record {self.record_id}"


def expand(
    arguments: Sequence[str], stdin: IO[bytes], *, max_bytes: int = DEFAULT_OPTIONS.max_input_bytes
) -> Inputs:
    """The sources of the command line's arguments, each file once however many arguments
    name it; UsageError for a URL or `-` twice. Standard input is read here, at most
    `max_bytes` of its page kept: past that it is that input's failure (see _read_stdin)."""
    if not arguments:
        sample = resources.files("newsextract").joinpath("samples", SAMPLE_PAGE)
        return Inputs((Source(SAMPLE_PAGE, data=sample.read_bytes()),), (), many=False)
    if list(arguments).count(STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    for given in arguments:
        if _URL_RE.match(given) and not os.path.exists(given):
            raise UsageError(_not_fetched(given))
    sources: list[Source] = []
    failures: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()

    def add(source: Source) -> None:
        identity = None if source.path is None else file_identity(source.path)
        if identity is not None and identity in seen:
            return
        if identity is not None:
            seen.add(identity)
        if source.found and source.path is not None and not is_regular(source.path):
            failures.append((source.name, "not a regular file (skipped)"))
        else:
            sources.append(source)

    many = len(arguments) > 1
    for given in arguments:
        if given == STDIN:
            try:
                sources.append(Source(STDIN_NAME, data=_read_stdin(stdin, max_bytes)))
            except InputError as error:
                failures.append((STDIN_NAME, str(error)))
        elif os.path.isdir(given):
            many = True
            paths = list(walk_pages(given, PAGE_SUFFIXES + WARC_SUFFIXES))
            if not paths:
                failures.append(
                    (given, "no *.html, *.htm, *.html.gz or WARC files in this directory")
                )
            for path in paths:
                add(_file(path, relative=os.path.relpath(path, given), found=True))
        elif not os.path.exists(given) and GLOB_CHARACTERS.intersection(given):
            many = True
            paths = [path for path in expand_pattern(given) if not os.path.isdir(path)]
            if not paths:
                failures.append((given, "no file matches this pattern"))
            for path in paths:
                add(_file(path, found=True))
        else:  # a file, or a name that does not exist: the worker reports why it fails
            source = _file(given)
            many = many or source.warc
            add(source)
    return Inputs(tuple(sources), tuple(failures), many)


def _read_stdin(stdin: IO[bytes], limit: int) -> bytes:
    """Standard input, kept up to `limit` bytes of its page (gzip data is inflated here):
    past that InputTooLargeError, its size counted on without keeping it (up to
    SIZE_COUNT_FACTOR times the limit), so that it cannot grow memory past the limit."""
    stream: io.BufferedReader | io.BytesIO
    if isinstance(stdin, io.BufferedReader | io.BytesIO):
        stream = stdin
    else:  # a stream without peek(): buffered
        stream = cast(io.BufferedReader, io.BufferedReader(cast(Any, stdin)))
    return _read(stream, None, limit)


def _not_fetched(url: str) -> str:
    quoted = shlex.quote(url)
    return (
        f"{url}: newsextract reads files and does not fetch pages; fetch it and pipe it in: "
        f"curl -sL {quoted} | newsextract - --url {quoted}"
    )


def _file(path: str, *, relative: str | None = None, found: bool = False) -> Source:
    return Source(path, path=path, relative=relative, warc=is_warc(path), found=found)


def is_warc(path: str) -> bool:
    """Whether a file's name says it is a WARC file (.warc, .warc.gz)."""
    return path.lower().endswith(WARC_SUFFIXES)


def documents(
    inputs: Inputs, *, max_bytes: int, counts: dict[int, Counter[str]]
) -> Iterator[Document]:
    """The documents of the sources, lazily: a WARC file is read as its documents are
    taken, and what each one skipped is counted in counts[its index]."""
    for index, source in enumerate(inputs.sources):
        if not source.warc or source.path is None:
            yield Document(index, source)
            continue
        tally = counts.setdefault(index, Counter())
        try:
            for page in read_warc(source.path, max_bytes=max_bytes, counts=tally):
                yield Document(index, source, page.html, page.url, page.encoding, page.record_id)
        except (WarcError, OSError) as error:
            yield Document(index, source, error=error)


def read_source(source: Source, limit: int) -> bytes:
    """In a worker: the bytes of a page source, gzip-compressed data inflated. Raises
    InputTooLargeError past `limit` (with the input's size, not the bytes read), InputError
    for a truncated or damaged gzip file or a WARC file given as a page."""
    if source.data is not None:
        data = _read(io.BytesIO(source.data), len(source.data), limit)
    else:
        assert source.path is not None
        # A file found in a walk or by a pattern is opened without blocking on a named pipe.
        with open_found(source.path) if source.found else open(source.path, "rb") as stream:
            status = os.fstat(stream.fileno())
            data = _read(stream, status.st_size if stat.S_ISREG(status.st_mode) else None, limit)
    if data.startswith(WARC_MAGIC):
        raise InputError("a WARC file: name it *.warc or *.warc.gz to read its pages")
    return data


def _read(stream: io.BufferedReader | io.BytesIO, size: int | None, limit: int) -> bytes:
    """What `stream` holds (`size` bytes if known), inflated if it is gzip data."""
    head = stream.getvalue()[:2] if isinstance(stream, io.BytesIO) else stream.peek(2)[:2]
    if head == GZIP_MAGIC:
        return _inflated(stream, limit)
    if size is not None and size > limit:
        raise too_large(size, limit)
    data = stream.read(limit + 1)
    if len(data) > limit:  # not a regular file (a pipe): count what is left
        raise too_large(_size(stream, len(data), limit), limit)
    return data


def _inflated(stream: io.BufferedReader | io.BytesIO, limit: int) -> bytes:
    """The inflated content of a gzip stream, at most `limit` bytes."""
    try:
        with gzip.GzipFile(fileobj=stream) as inflating:
            data = inflating.read(limit + 1)
            if len(data) > limit:
                raise too_large(_size(inflating, len(data), limit), limit, "uncompressed")
    except EOFError:
        raise InputError(
            "truncated gzip file: it ends before the end of its compressed data"
        ) from None
    except (gzip.BadGzipFile, zlib.error) as error:
        raise InputError(f"damaged gzip data: {error}") from None
    return data


def _size(stream: io.BufferedIOBase, read: int, limit: int) -> str:
    """The whole size of a stream already read `read` bytes into, counted up to
    SIZE_COUNT_FACTOR times the limit ("more than" past it, "at least" if gzip data ends
    early: a gzip bomb costs no more than that)."""
    cap = SIZE_COUNT_FACTOR * limit
    try:
        while read <= cap:
            chunk = stream.read(READ_CHUNK)
            if not chunk:
                return f"{read:,}"
            read += len(chunk)
    except (EOFError, gzip.BadGzipFile, zlib.error):
        return f"at least {read:,}"
    return f"more than {cap:,}"


def too_large(size: int | str, limit: int, unit: str = "") -> InputTooLargeError:
    """The error of an input over the limit, with its size (a number, or words)."""
    amount = f"{size:,}" if isinstance(size, int) else size
    return InputTooLargeError(
        f"input is {f'{amount} bytes {unit}'.strip()}, more than the limit of {limit:,} "
        "(--max-input-bytes)"
    )
