"""Every Python block of the README runs as written: saved as a script and run in a
subprocess, in a folder holding the inputs it needs, with the spawn start method (as on
macOS and Windows; Dask spawns everywhere). The quick start's `requests` is a stand-in that
serves a fixture page from disk: the tests make no network access."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.warcs import page_records, warcinfo, write_warc

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.glob("*/page.html"))
SEED = REPO / "src" / "newsextract" / "samples" / "seed.html"
SEED_TITLE = "Apple Pay und AliPay forcieren Zusammenarbeit"
#: A Python block runs in at most this many seconds (Spark starts a JVM).
TIMEOUT = 300

_BLOCK_RE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)

#: Makes spawn the start method of every process of the run, children included.
SPAWN = "import multiprocessing\nmultiprocessing.set_start_method('spawn', force=True)\n"
#: A stand-in for requests: get() answers with the seed page, as a server would send it.
REQUESTS_STUB = f"""
from pathlib import Path


class Response:
    def __init__(self, url: str) -> None:
        self.url = url
        self.content = Path({str(SEED)!r}).read_bytes()
        self.headers = {{"content-type": "text/html; charset=utf-8"}}
        self.encoding = "utf-8"


def get(url: str, timeout: float | None = None) -> Response:
    return Response(url)
"""


def python_blocks() -> list[str]:
    """The README's Python blocks, in order."""
    return _BLOCK_RE.findall(README.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Recipe:
    """How to test a README block: a phrase only it holds, what to lay out before running
    it, what to check afterwards (in the folder it ran in, with its standard output)."""

    phrase: str
    prepare: Callable[[Path], None]
    check: Callable[[Path, str], None]
    needs: tuple[str, ...] = ()  # modules the block imports beyond newsextract's own


def _pages(folder: Path) -> None:
    (folder / "pages").mkdir()
    for page in FIXTURE_PAGES[:6]:
        shutil.copy(page, folder / "pages" / f"{page.parent.name}.html")
    (folder / "pages" / "broken.html").write_bytes(b"%PDF-1.4 not a page")


def _warc(path: Path, pages: list[Path]) -> None:
    records = [warcinfo()]
    for page in pages:
        url = f"https://fixture.example/{page.parent.name}.html"
        records += page_records(url, page.read_bytes(), content_type="text/html; charset=utf-8")
    write_warc(path, records)


def _one_warc(folder: Path) -> None:
    _warc(folder / "crawl.warc.gz", FIXTURE_PAGES[:5])


def _warc_folder(folder: Path) -> None:
    (folder / "crawl").mkdir()
    for number in range(3):
        _warc(
            folder / "crawl" / f"part-{number}.warc.gz", FIXTURE_PAGES[number * 3 : number * 3 + 3]
        )


def _parquet(folder: Path) -> None:
    """pages.parquet is written by the run itself, in its Spark session (see _spark_driver)."""


def _lines(folder: Path, pattern: str) -> list[dict[str, object]]:
    files = sorted(folder.glob(pattern))
    assert files, f"no {pattern} written"
    text = "".join(file.read_text(encoding="utf-8") for file in files)
    assert all(file.read_text(encoding="utf-8").endswith("\n") for file in files)
    return [json.loads(line) for line in text.splitlines()]  # `cat out/*.jsonl` is JSONL


def _check_scraper(folder: Path, stdout: str) -> None:
    assert stdout.startswith(SEED_TITLE)


def _check_pipeline(folder: Path, stdout: str) -> None:
    records = _lines(folder, "articles.jsonl")
    assert len(records) == 6
    assert all(record["sections"] for record in records)


def _check_warc(folder: Path, stdout: str) -> None:
    records = _lines(folder, "articles.jsonl")
    assert [r["warc_target_uri"] for r in records] == [
        f"https://fixture.example/{page.parent.name}.html" for page in FIXTURE_PAGES[:5]
    ]
    assert all(str(r["warc_record_id"]).startswith("<urn:uuid:") for r in records)
    assert "'pages': 5" in stdout


def _check_dask_pages(folder: Path, stdout: str) -> None:
    records = {r["source"]: r for r in _lines(folder, "out/*.jsonl")}
    assert len(records) == 7
    assert "error" in records[os.path.join("pages", "broken.html")]
    assert sum("sections" in record for record in records.values()) == 6


def _check_dask_warcs(folder: Path, stdout: str) -> None:
    records = _lines(folder, "out/*.jsonl")
    assert len(records) == 9
    assert {r["warc_target_uri"] for r in records} == {
        f"https://fixture.example/{page.parent.name}.html" for page in FIXTURE_PAGES[:9]
    }
    assert all("title" in record for record in records)


def _check_spark(folder: Path, stdout: str) -> None:
    assert "articles: 6" in stdout


RECIPES = {
    "scraper": Recipe("requests.get(", lambda folder: None, _check_scraper),
    "pipeline": Recipe("extract_many(pages, workers=None", _pages, _check_pipeline),
    "warc": Recipe("tee(read_warc(", _one_warc, _check_warc, ("fastwarc",)),
    "dask-pages": Recipe("map(to_record)", _pages, _check_dask_pages, ("dask",)),
    "dask-warcs": Recipe(
        "map_partitions(warc_lines)", _warc_folder, _check_dask_warcs, ("dask", "fastwarc")
    ),
    "spark": Recipe("mapPartitions(extract_partition)", _parquet, _check_spark, ("pyspark",)),
}


def _block(name: str) -> str:
    [block] = [block for block in python_blocks() if RECIPES[name].phrase in block]
    return block


def test_every_python_block_of_the_readme_has_a_recipe_test() -> None:
    blocks = python_blocks()
    matched = [
        [name for name, recipe in RECIPES.items() if recipe.phrase in block] for block in blocks
    ]
    assert all(len(names) == 1 for names in matched), matched
    assert sorted(name for names in matched for name in names) == sorted(RECIPES)


def _environment(folder: Path) -> dict[str, str]:
    site = folder / "_site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SPAWN, encoding="utf-8")
    (site / "requests.py").write_text(REQUESTS_STUB, encoding="utf-8")
    path = os.pathsep.join([str(site), str(REPO / "src"), str(REPO)])
    return {**os.environ, "PYTHONPATH": path, "PYSPARK_PYTHON": sys.executable}


def _spark_driver(folder: Path, block: Path) -> Path:
    """A driver that starts Spark on two local cores, writes pages.parquet from the
    fixtures, runs the README's block as the main script, then reads what it wrote."""
    driver = folder / "_driver.py"
    pages = [
        (f"https://fixture.example/{p.parent.name}.html", p.read_bytes()) for p in FIXTURE_PAGES[:6]
    ]
    driver.write_text(
        f"""
import runpy
from pyspark.sql import SparkSession

if __name__ == "__main__":
    spark = SparkSession.builder.master("local[2]").appName("readme-test").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.createDataFrame({pages!r}, ["url", "html"]).write.parquet("pages.parquet")
    runpy.run_path({str(block)!r}, run_name="__main__")
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    rows = spark.read.parquet("articles.parquet").collect()
    print("articles:", sum('"sections"' in row.article_json for row in rows))
    spark.stop()
""",
        encoding="utf-8",
    )
    return driver


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_readme_block_runs_as_written(name: str, tmp_path: Path) -> None:
    recipe = RECIPES[name]
    for module in recipe.needs:
        pytest.importorskip(module)
    if name == "spark" and shutil.which("java") is None:
        pytest.skip("PySpark needs Java 17 or newer, which is not installed")
    recipe.prepare(tmp_path)
    script = tmp_path / "recipe.py"
    script.write_text(_block(name), encoding="utf-8")
    run = _spark_driver(tmp_path, script) if name == "spark" else script
    result = subprocess.run(
        [sys.executable, str(run)],
        cwd=tmp_path,
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    recipe.check(tmp_path, result.stdout)


def test_the_spawn_start_method_catches_a_pipeline_without_a_main_guard(tmp_path: Path) -> None:
    """The test above would catch the README's old Dask recipe: without the guard, the
    spawned workers run the pipeline again while importing the script, and it fails."""
    pytest.importorskip("dask")
    _pages(tmp_path)
    unguarded = _block("dask-pages").replace('if __name__ == "__main__":', "if True:")
    script = tmp_path / "recipe.py"
    script.write_text(unguarded, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path, env=_environment(tmp_path), capture_output=True, text=True,
        timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "bootstrapping phase" in result.stderr or "freeze_support" in result.stderr
