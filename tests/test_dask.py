"""The Dask bag pipeline the README documents, on Dask's local (synchronous and process)
schedulers: read a folder of pages, extract, write JSON lines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import newsextract

dask = pytest.importorskip("dask")
dask_bag = pytest.importorskip("dask.bag")

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _to_record(item: tuple[str, bytes]) -> dict[str, object]:
    """The README's function: a (path, bytes) pair to a JSON-ready record."""
    path, page = item
    try:
        return {"source": path, **newsextract.extract(page).to_dict()}
    except newsextract.NewsExtractError as error:
        return {"source": path, "error": str(error)}


def _read(path: str) -> tuple[str, bytes]:
    return path, Path(path).read_bytes()


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_bag_pipeline_writes_json_lines(tmp_path: Path, scheduler: str) -> None:
    pages = tmp_path / "pages"
    for number, page in enumerate(sorted(FIXTURES.glob("*/page.html"))[:6]):
        pages.mkdir(exist_ok=True)
        shutil.copy(page, pages / f"{number}.html")
    (pages / "broken.html").write_bytes(b"%PDF-1.4 not a page")
    paths = sorted(str(path) for path in pages.glob("*.html"))

    bag = dask_bag.from_sequence(paths, npartitions=3).map(_read).map(_to_record)
    out = tmp_path / "out"
    bag.map(json.dumps).to_textfiles(str(out / "*.jsonl"), scheduler=scheduler)

    lines = [line for part in sorted(out.glob("*.jsonl")) for line in part.read_text().splitlines()]
    records = {record["source"]: record for record in map(json.loads, lines)}
    assert sorted(records) == paths
    assert "error" in records[str(pages / "broken.html")]
    expected = newsextract.extract(Path(paths[0]).read_bytes()).to_dict()
    assert records[paths[0]] == {"source": paths[0], **expected}
