"""The benchmark scripts, run as a user runs them, without the corpora."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(["run.py"], id="run"),
        pytest.param(["fields.py"], id="fields"),
        pytest.param(["robustness.py"], id="robustness"),
        pytest.param(["warcs.py", "out.warc.gz"], id="warcs"),
        pytest.param(["warc_read.py"], id="warc_read"),
    ],
)
def test_without_the_corpora_a_script_says_where_they_come_from(
    script: list[str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            sys.executable, str(REPO / "benchmarks" / script[0]), *script[1:],
            "--bench-dir", str(tmp_path / "no-bench"),
        ],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "article-extraction-benchmark" in result.stderr
    assert "trafilatura's evaluation corpus" in result.stderr
    assert "--bench-dir" in result.stderr
