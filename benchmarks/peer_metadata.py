"""A peer's own metadata tests, run against newsextract: trafilatura's tests of titles,
authors, dates and site names (tests/metadata_tests.py) and htmldate's tests of dates
(tests/unit_tests.py), from their source packages. None of their pages is in ../shared/bench.

    pip download --no-binary :all: --no-deps trafilatura htmldate  # then unpack both
    python benchmarks/peer_metadata.py trafilatura-*/tests/metadata_tests.py
    python benchmarks/peer_metadata.py htmldate-*/tests/unit_tests.py

Every `assert A == B` (and `assert A is B`) of the test functions that take no argument is
a case: the peer's function (`extract_metadata`, `find_date`) is replaced by one that asks
newsextract and answers in the peer's conventions (authors joined by "; ", a date as
YYYY-MM-DD: `published`, else `modified`, when the peer asks for the original date, else
the other way round), and the case counts as matched when A equals B. Cases that ask for an option
newsextract does not have (a date format, date bounds, a URL to read a date from) are not
counted. The peer's own conventions differ from newsextract's in places (trafilatura keeps
an outlet as an author, htmldate guesses a year from a copyright line): the misses are
listed, to be read, not a score to reach. The peer's package must be importable (the tests
import it): `pip install -e ".[bench]"`.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from lxml import etree

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extractors import REPO_ROOT

#: Options of htmldate's find_date that newsextract has no counterpart for.
_UNASKABLE: frozenset[str] = frozenset(
    {"min_date", "max_date", "outputformat", "url", "deferred_url_extractor"}
)


#: The peer's functions replaced by newsextract's answers.
_ASKED: tuple[str, ...] = ("extract_metadata", "find_date")
#: Tests that use any of these are not run: they would go to the network or start programs.
_NETWORK: tuple[str, ...] = ("fetch_url", "urlopen", "download", "subprocess", "Popen")


class Case(NamedTuple):
    line: int
    source: str
    got: object
    expected: object
    page: str


#: The answer to a question of a field newsextract does not have (a licence, a page type).
_UNKNOWN: Final = object()


class _Answer(types.SimpleNamespace):
    """newsextract's fields under the peer's names; any other field is _UNKNOWN (its cases
    are not counted)."""

    def __getattr__(self, name: str) -> object:
        return _UNKNOWN


class _Recorder:
    """The cases of a run, and the page the last call read."""

    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.page = ""
        self.counted = True

    def record(self, got: object, expected: object, line: int, source: str) -> None:
        if self.counted and got is not _UNKNOWN:
            self.cases.append(Case(line, source, got, expected, self.page))
        self.counted = True


def _newsextract() -> types.ModuleType:
    src = str(REPO_ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    return importlib.import_module("newsextract")  # the working tree's, not an installed one


def _page(document: object) -> str:
    """The page a test passes: a text, bytes, or a tree it parsed; "" for anything else."""
    if isinstance(document, str | bytes):
        return document if isinstance(document, str) else document.decode("utf-8", "replace")
    if isinstance(document, etree._Element | etree._ElementTree):
        return etree.tostring(document, encoding="unicode")
    return ""


def _adapters(recorder: _Recorder) -> dict[str, Callable[..., Any]]:
    newsextract = _newsextract()

    def extract_metadata(document: object, *args: object, **options: object) -> object:
        recorder.page = _page(document)
        url = options.get("default_url") or (args[0] if args else None)
        article = newsextract.extract(recorder.page, url=url if isinstance(url, str) else None)
        published = article.published
        return _Answer(
            title=article.title,
            author="; ".join(article.authors) or None,
            date=published.date().isoformat() if published else None,
            sitename=article.site_name,
            description=article.description,
            tags=list(article.tags),
            url=article.url,
            language=article.language,
        )

    def find_date(document: object, *args: object, **options: object) -> str | None:
        recorder.page = _page(document)
        recorder.counted = not args and _UNASKABLE.isdisjoint(options)
        article = newsextract.extract(recorder.page)
        first, second = article.published, article.modified  # the original date first
        found = (first or second) if options.get("original_date") else (second or first)
        return found.date().isoformat() if found else None

    return {"extract_metadata": extract_metadata, "find_date": find_date}


class _Asserts(ast.NodeTransformer):
    """`assert A == B` as `_record(A, B, line, source)`, any other `assert T` as
    `_record(bool(T), True, line, source)`: a case that fails does not stop its test."""

    def visit_Assert(self, node: ast.Assert) -> ast.stmt:
        test = node.test
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq | ast.Is)
        ):
            arguments: list[ast.expr] = [
                test.left,
                test.comparators[0],
                ast.Constant(node.lineno),
                ast.Constant(ast.unparse(test)[:90]),
            ]
        else:  # another assert ("assert find_date(page) in (...)"): its truth is the case
            truth = ast.Call(ast.Name("bool", ast.Load()), [test], [])
            arguments = [truth, ast.Constant(True), ast.Constant(node.lineno)]
            arguments.append(ast.Constant(ast.unparse(test)[:90]))
        call = ast.Call(ast.Name("_record", ast.Load()), arguments, [])
        return ast.copy_location(ast.Expr(call), node)


def run(tests: Path, only: Sequence[str] = ()) -> tuple[list[Case], list[str]]:
    """The cases of the test file `tests`, and the test functions that stopped early."""
    recorder = _Recorder()
    parsed = ast.parse(tests.read_text("utf-8"))
    asking = {  # the tests that ask the replaced functions, and nothing of the network
        node.name
        for node in parsed.body
        if isinstance(node, ast.FunctionDef)
        and any(name in (code := ast.unparse(node)) for name in _ASKED)
        and not any(word in code for word in _NETWORK)
    }
    tree = ast.fix_missing_locations(_Asserts().visit(parsed))
    namespace: dict[str, Any] = {"__name__": "peer_tests", "__file__": str(tests)}
    exec(compile(tree, str(tests), "exec"), namespace)  # the peer's own tests, asserts replaced
    namespace.update(_adapters(recorder), _record=recorder.record)
    stopped = []
    for name, function in list(namespace.items()):
        if name not in asking or (only and name not in only):
            continue
        if function.__code__.co_argcount:
            continue  # a test with fixtures or parameters: not run
        try:
            function()
        except Exception as error:  # a case newsextract's answer made fail, or a peer API
            stopped.append(f"{name}: {type(error).__name__}")
    return [case for case in recorder.cases if any(n in case.source for n in _ASKED)], stopped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", type=Path, help="the peer's test file")
    parser.add_argument("--only", nargs="*", default=(), help="these test functions only")
    args = parser.parse_args(argv)
    if not args.tests.is_file():
        print(f"no file {args.tests}: get the peer's source package (see --help)", file=sys.stderr)
        return 2
    cases, stopped = run(args.tests, args.only)
    for case in cases:
        if case.got != case.expected:
            print(f"line {case.line}: {case.source}")
            print(f"  newsextract {case.got!r}, expected {case.expected!r}")
            print(f"  page {case.page[:240]!r}")
    for name in stopped:
        print(f"stopped early: {name}")
    matched = sum(case.got == case.expected for case in cases)
    print(f"{matched} of {len(cases)} cases matched ({args.tests})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
