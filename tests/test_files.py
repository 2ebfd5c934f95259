"""Tests for newsextract.files: inputs found without loops, read within the limit, outputs
written only inside the output directory, names shown without control characters."""

from __future__ import annotations

import glob
import io
import os
from pathlib import Path

import pytest

from newsextract import InputTooLargeError
from newsextract.files import (
    NAME_MAX,
    OutputDirectory,
    expand_pattern,
    output_names,
    read_limited,
    shown,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("page.html", "page.html", id="plain"),
        pytest.param("a\nb\tc\rd", "a\\nb\\tc\\rd", id="line-breaks"),
        pytest.param("\x1b[31mred\x07", "\\x1b[31mred\\x07", id="escape-sequence"),
        pytest.param("\x9b2J", "\\x9b2J", id="c1-control"),
        pytest.param("a\u202eb\u2066c\u200f", "a\\u202eb\\u2066c\\u200f", id="bidi"),
        pytest.param("caf\udce9.html", "caf\\xe9.html", id="undecodable-byte"),
        pytest.param("Straße é 中文", "Straße é 中文", id="unicode-kept"),
    ],
)
def test_shown_escapes_control_characters(text: str, expected: str) -> None:
    assert shown(text) == expected


def _tree(root: Path) -> None:
    for path in ["a.html", "b.htm", ".hidden.html", "x/c.html", "x/y/d.html", ".h/e.html"]:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text("<p>x</p>", encoding="utf-8")


@pytest.mark.parametrize(
    "pattern",
    ["**/*.html", "**", "x/**/*.html", "**/y/*.html", "*.htm*", "x/**", "**/*", "[ab].htm?"],
)
def test_patterns_match_the_files_glob_matches(
    pattern: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path)
    for form in (str(tmp_path / pattern), pattern):  # absolute, and relative to the cwd
        monkeypatch.chdir(tmp_path)
        files = [path for path in glob.glob(form, recursive=True) if os.path.isfile(path)]
        assert [path for path in expand_pattern(form) if os.path.isfile(path)] == sorted(files)


def test_double_star_does_not_follow_links_to_directories(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "x" / "loop").symlink_to(tmp_path)
    (tmp_path / "x" / "other").symlink_to(tmp_path / "x" / "y")
    found = expand_pattern(str(tmp_path / "**" / "*.html"))
    assert [Path(path).relative_to(tmp_path).as_posix() for path in found] == [
        "a.html",
        "x/c.html",
        "x/y/d.html",
    ]


@pytest.mark.parametrize(
    ("bases", "expected"),
    [
        pytest.param(["a", "b"], ["a.json", "b.json"], id="distinct"),
        pytest.param(["a", "A", "a"], ["a.json", "A-2.json", "a-3.json"], id="taken"),
        pytest.param(["foo", "foo.json/bar"], ["foo-2.json", "foo.json/bar.json"], id="folder"),
        pytest.param(["x/foo", "x/foo.json/b"], ["x/foo-2.json", "x/foo.json/b.json"], id="deep"),
    ],
)
def test_output_names(bases: list[str], expected: list[str]) -> None:
    assert output_names(bases, ".json") == expected


@pytest.mark.parametrize("stem", ["a" * 300, "é" * 200, "中" * 100, "a" * 250])
def test_long_output_names_fit_and_stay_apart(stem: str) -> None:
    names = output_names([stem, stem], ".jsonl")
    assert all(len(os.fsencode(name)) <= NAME_MAX for name in names)
    assert names[0] != names[1]
    assert all(name.endswith(".jsonl") for name in names)
    assert all(name.isprintable() for name in names)  # not cut in the middle of a character


def test_read_limited() -> None:
    assert read_limited(io.BytesIO(b"12345"), 5) == b"12345"
    with pytest.raises(InputTooLargeError, match="more than the limit of 4 bytes"):
        read_limited(io.BytesIO(b"12345"), 4)


@pytest.mark.parametrize("overwrite", [False, True])
def test_the_output_directory_keeps_to_itself(overwrite: bool, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "out"
    output = OutputDirectory(str(root))
    try:
        output.write("a/b/page.json", "1", overwrite=overwrite)
        assert (root / "a" / "b" / "page.json").read_text(encoding="utf-8") == "1"
        (root / "link").symlink_to(outside)
        with pytest.raises(OSError, match="symbolic link"):
            output.write("link/page.json", "2", overwrite=overwrite)
        (root / "file.json").symlink_to(outside / "target.json")
        if overwrite:
            output.write("file.json", "3", overwrite=True)
            assert not (root / "file.json").is_symlink()
        else:
            with pytest.raises(FileExistsError, match="not replaced"):
                output.write("file.json", "3", overwrite=False)
        (root / "dir.json").mkdir()
        with pytest.raises(OSError):
            output.write("dir.json", "4", overwrite=overwrite)
    finally:
        output.close()
    assert list(outside.iterdir()) == []
    assert not [path for path in root.rglob("*") if ".newsextract-" in path.name]


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_file_that_fails_midway_is_not_left_behind(overwrite: bool, tmp_path: Path) -> None:
    output = OutputDirectory(str(tmp_path / "out"))
    if overwrite:
        output.write("page.json", "before")
    try:
        with (
            pytest.raises(UnicodeEncodeError),
            output.create("page.json", overwrite=overwrite) as out,
        ):
            out.write("half ")
            out.write("\udc00")  # cannot be written as UTF-8
            out.flush()
    finally:
        output.close()
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert files == (["page.json"] if overwrite else [])
    if overwrite:
        assert (tmp_path / "out" / "page.json").read_text(encoding="utf-8") == "before"
