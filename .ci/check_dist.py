"""Check the built sdist and wheel: the files the package needs are in them, and the wheel's
metadata names only the three runtime dependencies (everything else is an extra).

    python .ci/check_dist.py dist/
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

RUNTIME = {"lxml", "charset-normalizer", "python-dateutil"}
EXTRAS = {"test", "cli", "dask", "warc", "spark", "fuzz", "bench"}
IN_WHEEL = {
    "newsextract/__init__.py",
    "newsextract/warc.py",
    "newsextract/py.typed",
    "newsextract/article.schema.json",
    "newsextract/samples/seed.html",
}
IN_SDIST = {"README.md", "pyproject.toml", "src/newsextract/article.schema.json"}


def main(dist: Path) -> int:
    [wheel] = dist.glob("newsextract-*.whl")
    [sdist] = dist.glob("newsextract-*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [metadata_name] = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
    missing = IN_WHEEL - names
    with tarfile.open(sdist) as archive:
        root = archive.getnames()[0].split("/")[0]
        missing |= {f"sdist: {n}" for n in IN_SDIST if f"{root}/{n}" not in archive.getnames()}
    requires = metadata.get_all("Requires-Dist") or []
    runtime = {
        r.split(">")[0].split("=")[0].split("<")[0].strip() for r in requires if "extra ==" not in r
    }
    extras = set(metadata.get_all("Provides-Extra") or [])
    problems = [f"missing: {sorted(missing)}"] if missing else []
    if runtime != RUNTIME:
        problems.append(f"runtime dependencies {sorted(runtime)}, expected {sorted(RUNTIME)}")
    if extras != EXTRAS:
        problems.append(f"extras {sorted(extras)}, expected {sorted(EXTRAS)}")
    if metadata.get("Description-Content-Type") != "text/markdown":
        problems.append("the README is not declared as Markdown")
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_dist: {wheel.name} and {sdist.name}: files, dependencies and extras ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
