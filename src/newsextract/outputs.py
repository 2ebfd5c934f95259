"""The command line's outputs: a document rendered in a worker, results written in order.

One rule for the shape: a single page (one file, `-` or the sample) prints one JSON object;
when `Inputs.many` (a directory, a glob, a WARC file or several arguments), JSON is an array,
every JSON object has a `source` key (and a WARC record's `warc_record_id` and
`warc_target_uri`), and Markdown and text documents open with a line naming their source.
With --output-dir each source is one file, in the same shape as on standard output for
that source alone (a WARC file's records go together into one file), written only inside
the output directory (newsextract.files.OutputDirectory: no link followed, no file replaced
unless asked, names shortened to fit). Names in messages and JSON are shown safely: control
characters escaped on standard error, undecodable bytes as U+FFFD in JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import IO, Final

from newsextract.api import extract
from newsextract.files import OutputDirectory, shown
from newsextract.files import output_names as _fitted_names
from newsextract.inputs import PAGE_SUFFIXES, WARC_SUFFIXES, Document, Source, read_source
from newsextract.options import Options

#: The file extension of each output format.
EXTENSIONS: Final = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt"}
#: Between two documents written in one of the text formats.
SEPARATORS: Final = {"markdown": "\n---\n\n", "text": "\n\f\n"}
#: The line that names a document's source, before it, in the text formats.
MARKERS: Final = {"markdown": "<!-- newsextract: {} -->\n\n", "text": "==> {} <==\n\n"}
#: The JSON keys of a document's source (the JSON Schema states them).
SOURCE_KEY, RECORD_ID_KEY, TARGET_URI_KEY = "source", "warc_record_id", "warc_target_uri"

Pair = tuple[Document, "str | Exception"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What a worker needs to turn a Document into output text (picklable)."""

    format: str
    url: str | None
    encoding: str | None
    options: Options
    many: bool  # see the module docstring
    per_source: bool = False  # --output-dir: a file per source, shaped for that source alone

    def many_for(self, document: Document) -> bool:
        """Whether a document is rendered as one of many (with its source named)."""
        return document.source.warc if self.per_source else self.many


def render(document: Document, settings: Settings) -> str:
    """In a worker: read, extract and render one document."""
    if document.error is not None:
        raise document.error
    html = document.data
    if html is None:
        html = read_source(document.source, settings.options.max_input_bytes)
    article = extract(
        html,
        url=document.url or settings.url,
        encoding=document.encoding or settings.encoding,
        options=settings.options,
    )
    if settings.format in MARKERS:
        text = article.to_markdown() if settings.format == "markdown" else article.to_text()
        if settings.many_for(document):
            return MARKERS[settings.format].format(marker(document)) + text
        return text
    record = article.to_dict()
    if settings.many_for(document):
        record = {**_source_keys(document), **record}
    if settings.format == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return json.dumps(record, ensure_ascii=False, indent=2)


def _source_keys(document: Document) -> dict[str, str]:
    # A file name's bytes that are not UTF-8 (os.fsdecode's lone surrogates) as U+FFFD.
    keys = {SOURCE_KEY: os.fsencode(document.source.name).decode("utf-8", "replace")}
    if document.record_id is not None:
        keys[RECORD_ID_KEY] = document.record_id
    if document.source.warc and document.url is not None:
        keys[TARGET_URI_KEY] = document.url
    return keys


def marker(document: Document) -> str:
    """The source of a document as its marker line names it: `source "pages/a.html"` (and a
    WARC record's id and URI), each value as a JSON string with "--" escaped, so that no
    name can end the Markdown's HTML comment or break the line."""
    return ", ".join(f"{key} {_quoted(value)}" for key, value in _source_keys(document).items())


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False).replace("--", "-\\u002d")


def write_stream(pairs: Iterable[Pair], settings: Settings, out: IO[str]) -> bool:
    """Write every result to `out`; True when some document failed. A JSON array is closed
    whatever stops the run (Ctrl-C included): what was written stays valid JSON."""
    as_array = settings.format == "json" and settings.many
    separator = ",\n" if as_array else SEPARATORS.get(settings.format, "")
    failed = False
    written = 0
    if as_array:
        out.write("[\n")
    try:
        for document, result in pairs:
            if isinstance(result, Exception):
                report(document.name, reason(result))
                failed = True
                continue
            if written:
                out.write(separator)
            out.write(result)
            if settings.format == "json" and not as_array:
                out.write("\n")
            written += 1
            out.flush()
    finally:
        if as_array:
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: nobody to tell
                out.write("\n]\n" if written else "]\n")
                out.flush()
    return failed


def write_directory(
    pairs: Iterable[Pair],
    sources: Sequence[Source],
    settings: Settings,
    output: OutputDirectory,
    *,
    overwrite: bool = False,
) -> bool:
    """Write one file per source into the output directory; True when some document or
    output failed (each says why in one line, the others go on)."""
    names = output_names(sources, EXTENSIONS[settings.format])
    failures: list[Document] = []
    for index, group in groupby(pairs, key=lambda pair: pair[0].index):
        texts = _successes(group, failures)
        first = next(texts, None)
        if first is None:
            continue
        try:
            with output.create(names[index], overwrite=overwrite) as out:
                _write_file(out, first, texts, settings, sources[index].warc)
        except (OSError, UnicodeError) as error:
            target = os.path.join(output.path, names[index])
            report(sources[index].name, f"{target}: {reason(error)}")
            failures.append(Document(index, sources[index]))
            for _ in texts:  # the source's other documents: their failures are reported
                pass
    return bool(failures)


def _successes(group: Iterable[Pair], failures: list[Document]) -> Iterator[str]:
    """The texts of a source's documents; each failure is reported as it comes."""
    for document, result in group:
        if isinstance(result, Exception):
            report(document.name, reason(result))
            failures.append(document)
        else:
            yield result


def _write_file(
    out: IO[str], first: str, rest: Iterator[str], settings: Settings, warc: bool
) -> None:
    as_array = settings.format == "json" and warc
    separator = ",\n" if as_array else SEPARATORS.get(settings.format, "")
    out.write("[\n" if as_array else "")
    out.write(first)
    for text in rest:
        out.write(separator)
        out.write(text)
    out.write("\n]\n" if as_array else "" if first.endswith("\n") else "\n")


def output_names(sources: Sequence[Source], extension: str) -> list[str]:
    """An output file name ("/"-separated) per source: its name (its path below a directory
    given) without the page or WARC suffix, plus `extension`; a name taken twice, or by a
    folder of other outputs, gets "-2", "-3" …; one too long for a file system is cut
    (newsextract.files.output_names)."""
    suffixes = sorted(PAGE_SUFFIXES + WARC_SUFFIXES, key=len, reverse=True)
    bases = []
    for source in sources:
        base = source.relative or os.path.basename(source.name.strip("<>")) or "page"
        lowered = base.lower()
        for suffix in suffixes:
            if lowered.endswith(suffix):
                base = base[: -len(suffix)]
                break
        bases.append(base.replace(os.sep, "/"))
    return _fitted_names(bases, extension)


def reason(error: Exception) -> str:
    """One line saying why a document failed, without a traceback."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = " ".join(str(error).split())
    return text or type(error).__name__


def report(name: str, why: str) -> None:
    """The line of a failing input on standard error: `newsextract: NAME: reason`, control
    characters escaped (a file name could otherwise move the cursor or forge a line)."""
    print(f"newsextract: {shown(name)}: {shown(why)}", file=sys.stderr)
