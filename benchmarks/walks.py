"""Count the walks of the whole page tree that `extract()` makes, per page, by caller.

A walk is a search of the whole tree: `iter()`/`iterdescendants()`/`itertext()`/`xpath()`/
`find*()` called on the root or the <body>, `etree.iterwalk` from either, and every call of
a compiled XPath that starts at the document ("//…", which searches the whole tree from any
element). Searches of small subtrees are not counted. The counting works by giving the
parser an element class that counts those calls, and by wrapping `etree.XPath` and
`etree.iterwalk` before newsextract is imported:

    python benchmarks/walks.py --corpus tdev          # this checkout's src/
    PYTHONPATH=/path/to/other/src python benchmarks/walks.py --src-from-path

A C-level search that stops early (`find(".//title")`, `next(root.iter("base"))`) counts as
a walk all the same: on a page without the element it is one.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import DEFAULT_BENCH, load_corpus

WALKS: Counter[str] = Counter()
_INSIDE: list[bool] = []  # a search that runs other searches (find runs iter) counts once


def _caller() -> str:
    frame = sys._getframe(2)
    while frame.f_back is not None and "newsextract" not in frame.f_code.co_filename:
        frame = frame.f_back
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"


def _whole(element: Any) -> bool:
    return element.getparent() is None or element.tag == "body"


class _CountingElement(etree.ElementBase):
    """An element that counts the searches made from the root or the <body>."""

    def _count(self) -> None:
        if _whole(self) and not _INSIDE:
            WALKS[_caller()] += 1

    def iter(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().iter(*args, **kwargs)

    def iterdescendants(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().iterdescendants(*args, **kwargs)

    def itertext(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().itertext(*args, **kwargs)

    def xpath(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().xpath(*args, **kwargs)

    def find(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        _INSIDE.append(True)
        try:
            return super().find(*args, **kwargs)
        finally:
            _INSIDE.pop()

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        _INSIDE.append(True)
        try:
            return super().findall(*args, **kwargs)
        finally:
            _INSIDE.pop()

    def iterfind(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        _INSIDE.append(True)
        try:
            return super().iterfind(*args, **kwargs)
        finally:
            _INSIDE.pop()


class _CountingXPath:
    """A compiled XPath that counts its calls when it searches the whole document."""

    def __init__(self, path: str, **kwargs: Any) -> None:
        self._xpath = _XPATH(path, **kwargs)
        self._document = path.lstrip("( ").startswith("//") or " | //" in path
        self._descends = "//" in path or "descendant" in path  # else self::, child: no walk

    def __call__(self, element: Any, **kwargs: Any) -> Any:
        if self._document or (self._descends and _whole(element)):
            WALKS[_caller()] += 1
        return self._xpath(element, **kwargs)


_XPATH = etree.XPath
_ITERWALK = etree.iterwalk


def _iterwalk(element: Any, *args: Any, **kwargs: Any) -> Any:
    if _whole(element):
        WALKS[_caller()] += 1
    return _ITERWALK(element, *args, **kwargs)


def _install(parsing: Any) -> None:
    make_parser: Callable[..., etree.HTMLParser] = parsing._parser

    def counting_parser(*args: Any, **kwargs: Any) -> etree.HTMLParser:
        parser = make_parser(*args, **kwargs)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=_CountingElement))
        return parser

    parsing._parser = counting_parser


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    arguments.add_argument("--corpus", default="tdev", choices=("aeb", "tdev", "fundus"))
    arguments.add_argument("--limit", type=int, default=None)
    arguments.add_argument(
        "--src-from-path",
        action="store_true",
        help="import newsextract from PYTHONPATH, not from this checkout's src/",
    )
    options = arguments.parse_args(argv)
    if not options.src_from_path:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    etree.XPath = _CountingXPath  # type: ignore[misc,assignment]
    etree.iterwalk = _iterwalk
    newsextract = importlib.import_module("newsextract")  # after the patches above
    _install(importlib.import_module("newsextract.parsing"))
    pages = load_corpus(options.corpus, DEFAULT_BENCH, options.limit).pages
    for page in pages:
        newsextract.extract(page.html, url=page.url)
    total = sum(WALKS.values())
    print(f"newsextract from {Path(str(newsextract.__file__)).parent}")
    print(f"{options.corpus}: {len(pages)} pages, {total} walks, {total / len(pages):.2f} a page")
    for caller, count in WALKS.most_common():
        print(f"  {count / len(pages):6.2f} a page  {caller}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
