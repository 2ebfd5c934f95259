"""The command line: `newsextract [INPUT ...]` and `python -m newsextract [INPUT ...]`.

Inputs are files, directories (searched recursively for *.html, *.htm, *.html.gz and WARC
files), glob patterns, WARC files (*.warc, *.warc.gz: each HTML response is a page), or `-`
for standard input; without any, the sample page shipped inside the package. Pages are
extracted and rendered in workers (`--jobs`); WARC files are read in this process. Results
are written in input order, to standard output or one file per input (`--output-dir`). An
input that fails prints one line on standard error and the others still complete.

    arguments -> inputs.expand -> inputs.documents -> workers: outputs.render -> outputs.write_*

Exit status: 0 when every input was extracted, 1 when some failed, 2 on bad usage, 130
when interrupted (Ctrl-C) and 143 when terminated (SIGTERM); the workers stop with it.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import re
import signal
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from functools import partial
from types import FrameType
from typing import Final

from newsextract import __version__
from newsextract.batch import DEFAULT_CHUNKSIZE, ordered_map
from newsextract.decoding import encoding_name
from newsextract.files import OutputDirectory
from newsextract.inputs import Document, Inputs, UsageError, documents, expand
from newsextract.options import DEFAULT_OPTIONS, MEBIBYTE
from newsextract.outputs import (
    EXTENSIONS,
    Pair,
    Settings,
    reason,
    render,
    report,
    write_directory,
    write_stream,
)
from newsextract.pool import CHUNKS_PER_WORKER
from newsextract.warc import PAGES, Skipped, warc_support

EXIT_OK: Final = 0
EXIT_SOME_FAILED: Final = 1  # bad usage exits 2, from argparse
EXIT_INTERRUPTED: Final = 128 + signal.SIGINT  # Ctrl-C, as a shell reports it
EXIT_TERMINATED: Final = 128 + signal.SIGTERM
#: Units of --max-input-bytes.
SIZE_UNITS: Final = {"": 1, "k": 1024, "m": MEBIBYTE, "g": 1024 * MEBIBYTE}
_SIZE_RE: Final = re.compile(r"^\s*(\d+)\s*([kmg]?)(?:i?b)?\s*$", re.IGNORECASE)
_HTTP_URL_RE: Final = re.compile(r"^https?://[^/\s]", re.IGNORECASE)

EXAMPLES: Final = """\
examples:
  newsextract page.html                      the article of page.html as JSON (an object)
  newsextract page.html --url https://example.org/news/a.html
                                             ... with relative links resolved
  curl -s https://example.org/a.html | newsextract - --url https://example.org/a.html
                                             newsextract does not fetch: pipe a page in
  newsextract pages/ --jobs 4 --format jsonl > articles.jsonl
                                             every *.html, *.htm, *.html.gz under pages/
  newsextract crawl.warc.gz --jobs 2 --format jsonl > articles.jsonl
                                             every HTML response of a WARC file
  newsextract 'crawl/**/*.html.gz' --output-dir out/ --format markdown
                                             one out/<name>.md per input
  newsextract                                the sample page shipped with the package

output: one file (or -) prints a JSON object; a directory, a glob, a WARC file or several
inputs print a JSON array, each object with a "source" key (WARC records also with
"warc_record_id" and "warc_target_uri"); markdown and text then open each document with a
line naming its source.

exit status: 0 all inputs extracted, 1 some inputs failed (one line each on stderr),
2 bad usage, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""


@dataclasses.dataclass(frozen=True, slots=True)
class Workers:
    """How the pages are run: in `jobs` worker processes at most, each within `timeout`."""

    jobs: int = 1
    timeout: float | None = None


class _Terminated(BaseException):
    """SIGTERM arrived: stop as on Ctrl-C (workers are stopped on the way out)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see EXAMPLES)."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: SIGTERM keeps its handler
        previous = None
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("newsextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("newsextract: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _check(parser, args)
    try:
        inputs = expand(args.inputs, sys.stdin.buffer, max_bytes=args.max_input_bytes)
    except UsageError as error:
        parser.error(str(error))
    if args.url is not None and inputs.many:
        parser.error("--url applies to a single page: one file or -")
    problem = warc_support() if any(source.warc for source in inputs.sources) else None
    if problem is not None:
        parser.error(problem)
    for name, why in inputs.failures:
        report(name, why)
    options = dataclasses.replace(DEFAULT_OPTIONS, max_input_bytes=args.max_input_bytes)
    settings = Settings(
        args.format, args.url, args.encoding, options, inputs.many, args.output_dir is not None
    )
    counts: dict[int, Counter[str]] = {}
    output = None
    if args.output_dir is not None:  # before any input is read
        try:
            output = OutputDirectory(args.output_dir)
        except OSError as error:
            report(args.output_dir, f"cannot write the output here: {reason(error)}")
            return EXIT_SOME_FAILED
    pairs = _results(inputs, settings, Workers(args.jobs or 1, args.timeout), counts)
    failed = bool(inputs.failures)
    try:
        if output is not None:
            failed |= write_directory(
                pairs, inputs.sources, settings, output, overwrite=args.overwrite
            )
        else:
            failed |= write_stream(pairs, settings, sys.stdout)
    except BrokenPipeError:  # the reader went away (`newsextract dir/ | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED
    finally:
        if output is not None:
            output.close()
    _report_warc_counts(inputs, counts)
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
    _add_source_arguments(parser)
    _add_output_arguments(parser)
    _add_run_arguments(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """What to read: the inputs, and what the pages do not say of themselves."""
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="an HTML file (gzip-compressed or not), a directory (searched recursively for "
        "*.html, *.htm, *.html.gz, *.warc, *.warc.gz), a glob pattern, a WARC file, or - "
        "for standard input; none: the bundled sample page",
    )
    parser.add_argument("--url", help="the page's http(s) address, for a single page")
    parser.add_argument(
        "--encoding",
        help="the charset of the pages, as an HTTP header would give it (WARC records: "
        "for those whose HTTP headers give none)",
    )
    parser.add_argument(
        "--max-input-bytes",
        type=_size,
        default=DEFAULT_OPTIONS.max_input_bytes,
        metavar="SIZE",
        help="skip (as failed) pages larger than this, in bytes or with a unit: 500k, 100M, "
        "1G (default 50M)",
    )


def _add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """What to write, and where."""
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
        "--overwrite",
        action="store_true",
        help="with --output-dir: replace output files that exist (by default they are kept "
        "and their inputs fail)",
    )


def _add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """How to run: worker processes and a time limit per page."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="extract N pages at a time in worker processes (default 1)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up on a page that takes longer than this (its worker process is stopped "
        "and replaced); default: no limit",
    )


def _seconds(text: str) -> float:
    """A --timeout: a positive number of seconds."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return seconds


def _size(text: str) -> int:
    match = _SIZE_RE.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (a number, or 500k, 100M, 1G)")
    return int(match.group(1)) * SIZE_UNITS[match.group(2).lower()]


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors argparse cannot tell: each exits 2, none is ignored silently."""
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.encoding is not None and encoding_name(args.encoding) is None:
        parser.error(f"--encoding: unknown encoding {args.encoding!r}")
    if args.url is not None and _HTTP_URL_RE.match(args.url) is None:
        parser.error(f"--url must be an http:// or https:// address, not {args.url!r}")


def pool_size(pages: int | None, jobs: int) -> tuple[int, int]:
    """Worker processes and pages per chunk for `pages` pages (None: not known, as in a WARC
    file) and --jobs `jobs`: no more workers than pages, chunks small enough that every
    worker gets some."""
    if pages is None:
        return jobs, DEFAULT_CHUNKSIZE
    workers = max(1, min(jobs, pages))
    chunksize = math.ceil(pages / (workers * CHUNKS_PER_WORKER))
    return workers, max(1, min(DEFAULT_CHUNKSIZE, chunksize))


def _results(
    inputs: Inputs, settings: Settings, workers: Workers, counts: dict[int, Counter[str]]
) -> Iterator[Pair]:
    """Each document with its rendering (or its error), in input order."""
    sent: deque[Document] = deque()

    def feed() -> Iterator[Document]:
        for document in documents(
            inputs, max_bytes=settings.options.max_input_bytes, counts=counts
        ):
            sent.append(dataclasses.replace(document, data=None))  # the page goes to a worker
            yield document

    warc = any(source.warc for source in inputs.sources)
    pages = None if warc else len(inputs.sources)
    jobs, chunksize = pool_size(pages, workers.jobs)
    outputs = ordered_map(
        partial(render, settings=settings),
        feed(),
        workers=jobs,
        chunksize=chunksize,
        timeout=workers.timeout,
    )
    for result in _with_progress(outputs, pages):
        yield sent.popleft(), result


def _with_progress(
    results: Iterator[str | Exception], total: int | None
) -> Iterator[str | Exception]:
    """`results` with a progress bar on standard error when it is a terminal and there is
    more than one input (`total` None: not known), if tqdm is installed (the `cli` extra)."""
    if (total is not None and total < 2) or not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm  # noqa: PLC0415  # optional: the `cli` extra
    except ImportError:
        return results
    return iter(tqdm(results, total=total, unit="page", file=sys.stderr, leave=False))


def _report_warc_counts(inputs: Inputs, counts: dict[int, Counter[str]]) -> None:
    """One line per WARC file on standard error: its pages and what it skipped, by kind."""
    for index, tally in sorted(counts.items()):
        skipped = ", ".join(f"{tally[kind.value]:,} {kind.value}" for kind in Skipped)
        print(
            f"newsextract: {inputs.sources[index].name}: {tally[PAGES]:,} pages; skipped {skipped}",
            file=sys.stderr,
        )
