"""The public surface of the package: `newsextract.__all__`, as httpx tests its own."""

from __future__ import annotations

import types

import pytest

import newsextract


def _public_names() -> set[str]:
    """Names the package itself defines or re-exports, without its submodules."""
    return {
        name
        for name, value in vars(newsextract).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def test_all_is_sorted() -> None:
    assert newsextract.__all__ == sorted(newsextract.__all__)


def test_all_has_no_duplicates() -> None:
    assert len(newsextract.__all__) == len(set(newsextract.__all__))


def test_every_public_name_is_listed() -> None:
    assert sorted(_public_names()) == sorted(newsextract.__all__)


@pytest.mark.parametrize("name", [pytest.param(name, id=name) for name in newsextract.__all__])
def test_every_listed_name_exists_and_comes_from_the_package(name: str) -> None:
    member = getattr(newsextract, name)
    assert member.__module__.startswith("newsextract.")


def test_version_is_a_string() -> None:
    assert isinstance(newsextract.__version__, str)
    assert newsextract.__version__.count(".") == 2


@pytest.mark.parametrize("name", [pytest.param(name, id=name) for name in newsextract.__all__])
def test_every_listed_name_has_a_docstring(name: str) -> None:
    member = getattr(newsextract, name)
    assert (member.__doc__ or "").strip()


def _public_methods() -> list[tuple[str, str]]:
    return [
        (name, attribute)
        for name in newsextract.__all__
        if isinstance(getattr(newsextract, name), type)
        for attribute, value in vars(getattr(newsextract, name)).items()
        if callable(value) and (not attribute.startswith("_") or attribute == "_repr_html_")
    ]


@pytest.mark.parametrize(("name", "method"), _public_methods())
def test_every_public_method_has_a_docstring(name: str, method: str) -> None:
    assert (getattr(getattr(newsextract, name), method).__doc__ or "").strip()
