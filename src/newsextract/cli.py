"""The command line: `newsextract [INPUT ...]` and `python -m newsextract [INPUT ...]`.

Inputs are files, directories (searched recursively for *.html, *.htm and *.html.gz), glob
patterns, or `-` for standard input; without any, the sample page shipped inside the package.
Each input is read, extracted and rendered in a worker (`--jobs`); results are written in
input order, to standard output or one file per input (`--output-dir`). An input that fails
prints one line on standard error and the others still complete.

Exit status: 0 when every input was extracted, 1 when some failed, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import IO, Final

from newsextract.api import extract
from newsextract.batch import ordered_map
from newsextract.options import DEFAULT_OPTIONS, Options

SAMPLE_PAGE: Final = "seed.html"
STDIN: Final = "-"
#: Suffixes of the files taken from a directory (lower case; ".html.gz" also ends in ".gz").
PAGE_SUFFIXES: Final = (".html", ".htm", ".html.gz", ".htm.gz")
#: The file extension of each output format.
EXTENSIONS: Final = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt"}
#: Between two documents written to standard output in one of the text formats.
SEPARATORS: Final = {"markdown": "\n---\n\n", "text": "\n\f\n"}
GLOB_CHARACTERS: Final = frozenset("*?[")

EXIT_OK: Final = 0
EXIT_SOME_FAILED: Final = 1  # bad usage exits 2, from argparse

EXAMPLES: Final = """\
examples:
  newsextract page.html                      the article of page.html as JSON
  newsextract page.html --url https://example.org/news/a.html
                                             ... with relative links resolved
  curl -s https://example.org/a.html | newsextract - --format markdown
  newsextract pages/ --jobs 4 --format jsonl > articles.jsonl
                                             every *.html, *.htm, *.html.gz under pages/
  newsextract 'crawl/**/*.html.gz' --output-dir out/ --format markdown
                                             one out/<name>.md per input
  newsextract                                the sample page shipped with the package

exit status: 0 all inputs extracted, 1 some inputs failed (one line each on stderr),
2 bad usage.
"""


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (`path`), standard input (`data`) or the bundled sample."""

    name: str  # as shown in messages and used for output names
    path: str | None = None
    data: bytes | None = None
    relative: str | None = None  # the path below a directory given on the command line


@dataclass(frozen=True, slots=True)
class Settings:
    """What a worker needs to turn a Source into output text (picklable)."""

    format: str
    url: str | None
    encoding: str | None
    options: Options
    with_source: bool  # add the input's name to JSON output ("source")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        sources, failures = _sources(args.inputs)
    except ValueError as error:
        parser.error(str(error))
    if args.url is not None and len(sources) + len(failures) > 1:
        parser.error("--url applies to a single input")
    for failure in failures:
        _report(failure)
    settings = Settings(
        format=args.format,
        url=args.url,
        encoding=args.encoding,
        options=DEFAULT_OPTIONS,
        with_source=args.output_dir is None and len(sources) + len(failures) > 1,
    )
    failed = bool(failures)
    try:
        if args.output_dir is not None:
            failed |= _to_directory(sources, settings, Path(args.output_dir), args.jobs or 1)
        else:
            failed |= _to_stream(sources, settings, sys.stdout, args.jobs or 1)
    except BrokenPipeError:  # the reader went away (`newsextract dir/ | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsextract",
        description=(
            "Extract the article of HTML pages: title, authors, dates, sections, images, "
            "image credits and related links, without the page's boilerplate."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="an HTML file, a directory (searched recursively for *.html, *.htm, *.html.gz), "
        "a glob pattern, or - for standard input; none: the bundled sample page",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=tuple(EXTENSIONS),
        default="json",
        help="json (default; an array for several inputs), jsonl (one object per line), "
        "markdown or text",
    )
    parser.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="write one file per input into DIR (names from the inputs' names) instead of "
        "standard output",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="extract N inputs at a time in worker processes (default 1)",
    )
    parser.add_argument("--url", help="the page's address, for a single input")
    parser.add_argument(
        "--encoding", help="the charset of the inputs, as an HTTP header would give it"
    )
    return parser


def _sources(inputs: Sequence[str]) -> tuple[list[Source], list[tuple[str, str]]]:
    """The inputs as Sources, and (input, reason) for those that name nothing to read."""
    if not inputs:
        sample = resources.files("newsextract").joinpath("samples", SAMPLE_PAGE)
        return [Source(SAMPLE_PAGE, data=sample.read_bytes())], []
    if list(inputs).count(STDIN) > 1:
        raise ValueError("standard input (-) can be read only once")
    sources: list[Source] = []
    failures: list[tuple[str, str]] = []
    for given in inputs:
        if given == STDIN:
            sources.append(Source("<stdin>", data=sys.stdin.buffer.read()))
        elif os.path.isdir(given):
            found = [Source(p, path=p, relative=os.path.relpath(p, given)) for p in _pages(given)]
            if not found:
                failures.append((given, "no *.html, *.htm or *.html.gz files in this directory"))
            sources.extend(found)
        elif not os.path.exists(given) and GLOB_CHARACTERS.intersection(given):
            matches = sorted(glob.glob(given, recursive=True))
            paths = [p for p in matches if os.path.isfile(p)]
            if not paths:
                failures.append((given, "no file matches this pattern"))
            sources.extend(Source(p, path=p) for p in paths)
        else:  # a file, or a name that does not exist: the worker reports why it fails
            sources.append(Source(given, path=given))
    return sources, failures


def _pages(directory: str) -> Iterator[str]:
    """The page files under `directory`, recursively, in a stable order."""
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(PAGE_SUFFIXES):
                yield os.path.join(root, name)


def render_source(source: Source, settings: Settings) -> str:
    """In a worker: read, extract and render one input."""
    article = extract(
        _read(source, settings.options.max_input_bytes),
        url=settings.url,
        encoding=settings.encoding,
        options=settings.options,
    )
    if settings.format == "markdown":
        return article.to_markdown()
    if settings.format == "text":
        return article.to_text()
    record = article.to_dict()
    if settings.with_source:
        record = {"source": source.name, **record}
    if settings.format == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return json.dumps(record, ensure_ascii=False, indent=2)


def _read(source: Source, limit: int) -> bytes:
    """The bytes of an input, at most `limit` + 1 (more is an error extract() reports; a
    gzip bomb is never inflated beyond it)."""
    if source.data is not None:
        return source.data
    assert source.path is not None
    if source.path.lower().endswith(".gz"):
        with gzip.open(source.path, "rb") as stream:
            return stream.read(limit + 1)
    with open(source.path, "rb") as stream:
        return stream.read(limit + 1)


def _results(sources: Sequence[Source], settings: Settings, jobs: int) -> Iterator[str | Exception]:
    outputs = ordered_map(partial(render_source, settings=settings), sources, workers=jobs)
    yield from _with_progress(outputs, len(sources))


def _with_progress(results: Iterator[str | Exception], total: int) -> Iterator[str | Exception]:
    """`results` with a progress bar on standard error when it is a terminal and there is
    more than one input, if tqdm is installed (the `cli` extra)."""
    if total < 2 or not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm  # noqa: PLC0415  # optional: the `cli` extra
    except ImportError:
        return results
    return iter(tqdm(results, total=total, unit="page", file=sys.stderr, leave=False))


def _to_stream(sources: Sequence[Source], settings: Settings, out: IO[str], jobs: int) -> bool:
    """Write every result to `out`; True when some input failed."""
    failed = False
    as_array = settings.format == "json" and len(sources) > 1
    separator = ",\n" if as_array else SEPARATORS.get(settings.format, "")
    written = 0
    if as_array:
        out.write("[\n")
    for source, result in zip(sources, _results(sources, settings, jobs), strict=True):
        if isinstance(result, Exception):
            _report((source.name, _reason(result)))
            failed = True
            continue
        if written:
            out.write(separator)
        out.write(result)
        if settings.format == "json" and not as_array:
            out.write("\n")
        written += 1
        out.flush()
    if as_array:
        out.write("\n]\n")
    return failed


def _to_directory(
    sources: Sequence[Source], settings: Settings, directory: Path, jobs: int
) -> bool:
    """Write one file per input into `directory`; True when some input failed."""
    directory.mkdir(parents=True, exist_ok=True)
    names = _output_names(sources, EXTENSIONS[settings.format])
    failed = False
    for source, name, result in zip(sources, names, _results(sources, settings, jobs), strict=True):
        if isinstance(result, Exception):
            _report((source.name, _reason(result)))
            failed = True
            continue
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        text = result if result.endswith("\n") else result + "\n"
        target.write_text(text, encoding="utf-8")
    return failed


def _output_names(sources: Sequence[Source], extension: str) -> list[str]:
    """An output file name per input: its name (its path below a directory given) without
    the page suffix, plus `extension`; a name taken twice gets "-2", "-3" …"""
    taken: set[str] = set()
    names = []
    for source in sources:
        base = source.relative or os.path.basename(source.name.strip("<>")) or "page"
        lowered = base.lower()
        for suffix in sorted(PAGE_SUFFIXES, key=len, reverse=True):
            if lowered.endswith(suffix):
                base = base[: -len(suffix)]
                break
        name, number = base + extension, 1
        while name.lower() in taken:
            number += 1
            name = f"{base}-{number}{extension}"
        taken.add(name.lower())
        names.append(name)
    return names


def _reason(error: Exception) -> str:
    """One line saying why an input failed, without a traceback."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _report(failure: tuple[str, str]) -> None:
    name, reason = failure
    print(f"newsextract: {name}: {reason}", file=sys.stderr)
