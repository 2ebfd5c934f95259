"""Tests for newsextract.cli: `python -m newsextract [FILE]` prints the Article as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsextract.cli import main

SRC = Path(__file__).resolve().parent.parent / "src"
SAMPLE_TITLE = "Apple Pay und AliPay forcieren Zusammenarbeit"
P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."
PAGE = (
    "<html lang='en'><head><title>Cycling plan approved</title></head>"
    f"<body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
)


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "newsextract", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


def _json(result: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(data, dict)
    return data


def test_without_a_file_prints_the_bundled_sample() -> None:
    data = _json(_run())
    assert data["title"] == SAMPLE_TITLE
    assert data["language"] == "de"
    assert data["sections"]


def test_with_a_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    data = _json(_run(str(page)))
    assert data["title"] == "Cycling plan approved"
    assert data["text"] == f"{P1}\n\n{P2}"


def test_dash_reads_stdin() -> None:
    data = _json(_run("-", stdin=PAGE.encode("utf-8")))
    assert data["title"] == "Cycling plan approved"
    assert data["encoding"] == "utf-8"


def test_url_option_resolves_the_canonical_link(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<link rel="canonical" href="/a.html"><p>x</p>', encoding="utf-8")
    data = _json(_run(str(page), "--url", "https://example.org/b/c.html"))
    assert data["url"] == "https://example.org/a.html"


def test_output_is_utf8_without_escapes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<article><p>{P1} Straße.</p><p>{P2}</p></article>", encoding="utf-8")
    result = _run(str(page))
    assert "Straße".encode() in result.stdout
    assert b"\\u00df" not in result.stdout


def _unreadable(case: str, tmp_path: Path) -> Path:
    """A path that cannot be extracted: missing, a directory, or a PDF."""
    if case == "missing":
        return tmp_path / "missing.html"
    if case == "directory":
        return tmp_path
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj")
    return pdf


@pytest.mark.parametrize(
    ("case", "message"),
    [
        pytest.param("missing", "missing.html", id="missing-file"),
        pytest.param("directory", "Is a directory", id="directory"),
        pytest.param("pdf", "PDF", id="not-html"),
    ],
)
def test_unreadable_input_exits_1_with_one_line(case: str, message: str, tmp_path: Path) -> None:
    result = _run(str(_unreadable(case, tmp_path)))
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert result.stdout == b""
    assert stderr.startswith("newsextract: ")
    assert message in stderr
    assert stderr.count("\n") == 1
    assert "Traceback" not in stderr


def test_bad_usage_exits_2() -> None:
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert b"usage:" in result.stderr


def test_main_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main([str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == f"{P1}\n\n{P2}"


def test_main_in_process_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.html")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("newsextract: ")
