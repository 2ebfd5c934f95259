"""Golden cases: tests/fixtures/<case>/page.html and what a careful reader says its article is.

Each `expected.json` holds:
    url               optional, passed to `extract(url=...)`
    title             the headline alone, without the site name
    headings          the section headings in order (the heading-less first section excluded)
    heading_levels    optional, the levels of those headings (2 for h2 ...)
    paragraph_count   optional, the number of blocks across all sections
    must_contain      substrings of `article.text`
    must_not_contain  substrings that must not be in `article.text` (boilerplate)
    credits           optional, the image credits in page order, each an object with `text`
                      and any of `caption`, `author`, `source`, `image_url` (null = not found)
    related           optional, the related links in page order: objects `text`, `url`, `group`
    rows              optional, the table rows in page order, each as its cells (`cells(row)`
                      of every TABLE_ROW paragraph: empty cells before the last non-empty one
                      included)
    authors           optional, the authors in page order
    published         optional, the start of `published` in ISO 8601 ("2024-05-14",
                      "2024-05-14T09:12:00+02:00"); null: no date
    modified          optional, the start of `modified`, as `published`
    language          optional, the language tag
    tags              optional, the tags in order
    images            optional, the `src` of the images in order (the lead image first)
    description       optional, the description
    site_name         optional, the site's name; null: none
    xfail             optional, why the case fails today: a known failure landed before its
                      fix (see tests/fixtures/README.md)
The expectations come from reading the page, never from the library's output. Every
`must_not_contain` string is in the page's text (test_must_not_contain_is_on_the_page), so
that leaving it out is something the library did.

A case with `xfail` is checked as a whole by test_known_failure, a strict xfail: it passes
while one of the case's checks fails, and fails once they all pass (the fix landed: remove
the key). Its checks are not run one by one.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsextract import Article, extract
from newsextract.decoding import decode
from newsextract.model import BlockKind
from newsextract.parsing import clean_text, text_of
from newsextract.rows import cells

pytest_plugins = ("pytester",)  # test_known_failure_mechanism runs a session of its own

FIXTURES = Path(__file__).parent / "fixtures"
SNIPPET_ID_LENGTH = 40

_REQUIRED_KEYS = frozenset({"title", "headings", "must_contain", "must_not_contain"})
_OPTIONAL_KEYS = frozenset(
    {"url", "heading_levels", "paragraph_count", "credits", "related", "rows", "xfail"}
    | {"authors", "published", "modified", "language", "tags", "images", "description"}
    | {"site_name"}
)
_CREDIT_KEYS = frozenset({"text", "caption", "author", "source", "image_url"})
_LINK_KEYS = frozenset({"text", "url", "group"})


@dataclass(frozen=True, slots=True)
class Expected:
    """One case's expectations, checked for shape when loaded."""

    url: str | None
    title: str
    headings: tuple[str, ...]
    heading_levels: tuple[int, ...] | None
    paragraph_count: int | None
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    credits: tuple[dict[str, str | None], ...] | None
    related: tuple[dict[str, str | None], ...] | None
    rows: tuple[tuple[str, ...], ...] | None
    metadata: dict[str, Any]  # the optional metadata keys the case states
    xfail: str | None  # why the case fails today, if it is a known failure


def _objects(
    raw: dict[str, Any], key: str, case: str, allowed: frozenset[str], required: frozenset[str]
) -> tuple[dict[str, str | None], ...] | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(item, dict)
        and required <= item.keys() <= allowed
        and all(v is None or isinstance(v, str) for v in item.values())
        for item in value
    ):
        raise ValueError(
            f"{case}/expected.json: {key!r} must be a list of objects with keys "
            f"{sorted(required)} and at most {sorted(allowed)}, string or null values"
        )
    return tuple(value)


def _strings(raw: dict[str, Any], key: str, case: str) -> tuple[str, ...]:
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{case}/expected.json: {key!r} must be a list of strings")
    return tuple(value)


def _load(case: str) -> Expected:
    raw = json.loads((FIXTURES / case / "expected.json").read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{case}/expected.json: must hold a JSON object")
    missing = _REQUIRED_KEYS - raw.keys()
    unknown = raw.keys() - _REQUIRED_KEYS - _OPTIONAL_KEYS
    if missing or unknown:
        raise ValueError(
            f"{case}/expected.json: missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    levels = raw.get("heading_levels")
    if levels is not None and (
        not isinstance(levels, list)
        or not all(isinstance(level, int) for level in levels)
        or len(levels) != len(raw["headings"])
    ):
        raise ValueError(f"{case}/expected.json: 'heading_levels' must match 'headings'")
    count = raw.get("paragraph_count")
    if count is not None and not isinstance(count, int):
        raise ValueError(f"{case}/expected.json: 'paragraph_count' must be an integer")
    url = raw.get("url")
    if url is not None and not isinstance(url, str):
        raise ValueError(f"{case}/expected.json: 'url' must be a string")
    if not isinstance(raw["title"], str):
        raise ValueError(f"{case}/expected.json: 'title' must be a string")
    xfail = raw.get("xfail")
    if xfail is not None and not (isinstance(xfail, str) and xfail.strip()):
        raise ValueError(f"{case}/expected.json: 'xfail' must be a reason (a non-empty string)")
    return Expected(
        url=url,
        title=raw["title"],
        headings=_strings(raw, "headings", case),
        heading_levels=tuple(levels) if levels is not None else None,
        paragraph_count=count,
        must_contain=_strings(raw, "must_contain", case),
        must_not_contain=_strings(raw, "must_not_contain", case),
        credits=_objects(raw, "credits", case, _CREDIT_KEYS, frozenset({"text"})),
        related=_objects(raw, "related", case, _LINK_KEYS, _LINK_KEYS),
        rows=_rows(raw, case),
        metadata=_metadata(raw, case),
        xfail=xfail,
    )


def _rows(raw: dict[str, Any], case: str) -> tuple[tuple[str, ...], ...] | None:
    value = raw.get("rows")
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in value
    ):
        raise ValueError(f"{case}/expected.json: 'rows' must be a list of lists of strings")
    return tuple(tuple(row) for row in value)


_LIST_METADATA = ("authors", "tags", "images")
_TEXT_METADATA = ("published", "modified", "language", "description", "site_name")


def _metadata(raw: dict[str, Any], case: str) -> dict[str, Any]:
    metadata: dict[str, Any] = {}
    for key in _LIST_METADATA:
        if key in raw:
            metadata[key] = _strings(raw, key, case)
    for key in _TEXT_METADATA:
        if key in raw:
            if raw[key] is not None and not isinstance(raw[key], str):
                raise ValueError(f"{case}/expected.json: {key!r} must be a string or null")
            metadata[key] = raw[key]
    return metadata


CASES = sorted(path.name for path in FIXTURES.iterdir() if (path / "expected.json").is_file())
EXPECTED = {case: _load(case) for case in CASES}
#: The cases checked one check at a time: all but the known failures.
CHECKED = [case for case in CASES if EXPECTED[case].xfail is None]
KNOWN_FAILURES = [case for case in CASES if EXPECTED[case].xfail is not None]


@cache
def _article(case: str) -> Article:
    """The page extracted once per case; Articles are frozen, so tests can share them."""
    page = (FIXTURES / case / "page.html").read_bytes()
    return extract(page, url=EXPECTED[case].url)


@cache
def _page_text(case: str) -> str:
    """The text of the page (scripts, style sheets and the head included, attributes not),
    as newsextract decodes it and libxml2 parses it (newsextract's parse drops the code of
    scripts and style sheets first), with its white space collapsed."""
    page = (FIXTURES / case / "page.html").read_bytes()
    text = decode(page, max_bytes=len(page) + 1).text
    root = etree.fromstring(text.encode(), etree.HTMLParser(encoding="utf-8")) if text else None
    return "" if root is None else clean_text(text_of(root))


def _snippet_params(field: str, cases: list[str]) -> list[Any]:
    params: list[Any] = []
    for case in cases:
        snippets: tuple[str, ...] = getattr(EXPECTED[case], field)
        params.extend(
            pytest.param(case, snippet, id=f"{case}:{snippet[:SNIPPET_ID_LENGTH]}")
            for snippet in snippets
        )
    return params


def _cases_with(field: str) -> list[str]:
    return [case for case in CHECKED if getattr(EXPECTED[case], field) is not None]


def _metadata_params() -> list[Any]:
    return [
        pytest.param(case, key, id=f"{case}:{key}")
        for case in CHECKED
        for key in sorted(EXPECTED[case].metadata)
    ]


# --- the checks of a case --------------------------------------------------------------------


def _check_title(case: str) -> None:
    assert _article(case).title == EXPECTED[case].title


def _check_headings(case: str) -> None:
    headings = [s.heading for s in _article(case).sections if s.heading is not None]
    assert headings == list(EXPECTED[case].headings)


def _check_heading_levels(case: str) -> None:
    sections = [s for s in _article(case).sections if s.heading is not None]
    assert [(s.heading, s.level) for s in sections] == list(
        zip(EXPECTED[case].headings, EXPECTED[case].heading_levels or (), strict=True)
    )


def _check_paragraph_count(case: str) -> None:
    count = sum(len(section.paragraphs) for section in _article(case).sections)
    assert count == EXPECTED[case].paragraph_count


def _check_must_contain(case: str, snippet: str) -> None:
    assert snippet in _article(case).text


def _check_must_not_contain(case: str, snippet: str) -> None:
    assert snippet not in _article(case).text


def _check_credits(case: str) -> None:
    expected = EXPECTED[case].credits or ()
    credits = [credit.to_dict() for credit in _article(case).image_credits]
    assert len(credits) == len(expected), credits
    got = [
        {key: credit[key] for key in want} for credit, want in zip(credits, expected, strict=True)
    ]
    assert got == list(expected)


def _check_related(case: str) -> None:
    links = [link.to_dict() for link in _article(case).related_links]
    assert links == list(EXPECTED[case].related or ())


def _check_rows(case: str) -> None:
    rows = [
        tuple(cells(paragraph))
        for section in _article(case).sections
        for paragraph, kind in zip(section.paragraphs, section.kinds, strict=True)
        if kind is BlockKind.TABLE_ROW
    ]
    assert rows == list(EXPECTED[case].rows or ())


def _check_metadata(case: str, key: str) -> None:
    article = _article(case)
    expected = EXPECTED[case].metadata[key]
    if key in ("published", "modified"):
        day = getattr(article, key)
        stated = day.isoformat() if day else None
        assert (stated or "").startswith(expected or "") and bool(stated) is bool(expected)
    elif key == "images":
        assert tuple(image.src for image in article.images) == expected
    else:
        assert getattr(article, key) == expected


def _all_checks(case: str) -> Iterator[Callable[[], None]]:
    """Every check the case states, as the tests below run them one by one."""
    expected = EXPECTED[case]
    yield partial(_check_title, case)
    yield partial(_check_headings, case)
    optional = (
        ("heading_levels", _check_heading_levels),
        ("paragraph_count", _check_paragraph_count),
        ("credits", _check_credits),
        ("related", _check_related),
        ("rows", _check_rows),
    )
    for field, check in optional:
        if getattr(expected, field) is not None:
            yield partial(check, case)
    yield from (partial(_check_must_contain, case, snippet) for snippet in expected.must_contain)
    yield from (
        partial(_check_must_not_contain, case, snippet) for snippet in expected.must_not_contain
    )
    yield from (partial(_check_metadata, case, key) for key in sorted(expected.metadata))


# --- the tests -----------------------------------------------------------------------------


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CHECKED)
def test_title(case: str) -> None:
    _check_title(case)


@pytest.mark.parametrize("case", CHECKED)
def test_headings(case: str) -> None:
    _check_headings(case)


@pytest.mark.parametrize("case", _cases_with("heading_levels"))
def test_heading_levels(case: str) -> None:
    _check_heading_levels(case)


@pytest.mark.parametrize("case", _cases_with("paragraph_count"))
def test_paragraph_count(case: str) -> None:
    _check_paragraph_count(case)


@pytest.mark.parametrize(("case", "snippet"), _snippet_params("must_contain", CHECKED))
def test_must_contain(case: str, snippet: str) -> None:
    _check_must_contain(case, snippet)


@pytest.mark.parametrize(("case", "snippet"), _snippet_params("must_not_contain", CHECKED))
def test_must_not_contain(case: str, snippet: str) -> None:
    _check_must_not_contain(case, snippet)


@pytest.mark.parametrize(("case", "snippet"), _snippet_params("must_not_contain", CASES))
def test_must_not_contain_is_on_the_page(case: str, snippet: str) -> None:
    """Boilerplate the article must leave out is on the page: else the check cannot fail."""
    assert clean_text(snippet) in _page_text(case)


@pytest.mark.parametrize("case", _cases_with("credits"))
def test_credits(case: str) -> None:
    _check_credits(case)


@pytest.mark.parametrize("case", _cases_with("related"))
def test_related(case: str) -> None:
    _check_related(case)


@pytest.mark.parametrize("case", _cases_with("rows"))
def test_rows(case: str) -> None:
    _check_rows(case)


@pytest.mark.parametrize(("case", "key"), _metadata_params())
def test_metadata(case: str, key: str) -> None:
    _check_metadata(case, key)


@pytest.mark.parametrize("case", CASES)
def test_dates_are_never_a_naive_aware_mix(case: str) -> None:
    """`published` and `modified` are both aware or both naive: one can be subtracted from
    the other (a property of every page; benchmarks/zones.py checks the benchmark pages)."""
    article = _article(case)
    dates = [day for day in (article.published, article.modified) if day is not None]
    assert len({day.tzinfo is None for day in dates}) <= 1


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            marks=pytest.mark.xfail(
                reason=EXPECTED[case].xfail or "", strict=True, raises=AssertionError
            ),
        )
        for case in KNOWN_FAILURES
    ],
)
def test_known_failure(case: str) -> None:
    """A known failure: one of its checks fails (xfailed); when all pass, strict xfail fails
    the run until its "xfail" key is removed."""
    for check in _all_checks(case):
        check()


# --- the mechanism itself ------------------------------------------------------------------

_PAGE = (
    "<html><head><title>Harbour ban</title></head><body><nav><a href='/a'>Sport</a></nav>"
    "<article><h1>Harbour ban</h1><p>The council voted on Tuesday night to close the lanes "
    "of the old quarter to private cars on every weekend from June onwards.</p></article>"
    "</body></html>"
)


def _case(root: Path, name: str, title: str) -> None:
    folder = root / "fixtures" / name
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(_PAGE, encoding="utf-8")
    expected = {
        "title": title,
        "headings": [],
        "must_contain": ["close the lanes"],
        "must_not_contain": ["Sport"],
        "xfail": "the title is read wrong",
    }
    (folder / "expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_known_failure_mechanism(pytester: pytest.Pytester) -> None:
    """A case marked "xfail" whose check fails is xfailed; one whose checks all pass (the
    fix landed) fails the run, and neither runs its checks one by one."""
    shutil.copy(Path(__file__), pytester.path / "test_cases.py")
    _case(pytester.path, "still_failing", "Not the headline")
    _case(pytester.path, "fixed", "Harbour ban")
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-k", "not mechanism and not there_are_fixtures"
    )
    result.assert_outcomes(passed=4, failed=1, xfailed=1, skipped=10)  # 2: the dates property
    result.stdout.fnmatch_lines(["*test_known_failure?fixed*XPASS(strict)*"])
