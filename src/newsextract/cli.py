"""Command line: `python -m newsextract [FILE]` prints the Article of FILE as JSON.

Without FILE it extracts the sample page shipped inside the package; `-` reads stdin.
Exit status: 0 on success, 1 when the input cannot be read or extracted, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

from newsextract.api import extract
from newsextract.errors import NewsExtractError

SAMPLE_PAGE = "seed.html"


def _read(source: str | None) -> bytes:
    if source is None:
        return resources.files("newsextract").joinpath("samples", SAMPLE_PAGE).read_bytes()
    if source == "-":
        return sys.stdin.buffer.read()
    return Path(source).read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsextract",
        description="Extract the article of an HTML page and print it as JSON.",
        epilog="Without FILE, the sample page shipped with the package is used.",
    )
    parser.add_argument("file", nargs="?", help="HTML file to read, or - for stdin")
    parser.add_argument("--url", help="the page's address, used to resolve relative links")
    args = parser.parse_args(argv)
    try:
        article = extract(_read(args.file), url=args.url)
    except (OSError, NewsExtractError) as error:
        print(f"newsextract: {args.file or SAMPLE_PAGE}: {error}", file=sys.stderr)
        return 1
    json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
