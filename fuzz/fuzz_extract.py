"""Coverage-guided fuzzing of extract() with atheris (the `fuzz` extra; not run in CI).

    pip install -e ".[fuzz]"
    python fuzz/fuzz_extract.py fuzz/corpus -dict=fuzz/html.dict -max_total_time=1200

(options and findings: fuzz/README.md). The seed corpus is built from the test fixtures on
the first run. Any exception other than a NewsExtractError that is not an ExtractionError
is a finding, and so is a dirty Article (tests/hygiene.py: a control character in a string,
a URL that is not http(s)); libFuzzer writes the input that caused it to crash-<hash> in the
working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the checks the tests use: tests/hygiene.py

with atheris.instrument_imports():
    from newsextract import ExtractionError, NewsExtractError, extract

from tests.hygiene import assert_clean  # noqa: E402  # after the instrumented import

FIXTURES = REPO / "tests" / "fixtures"


def test_one_input(data: bytes) -> None:
    """One fuzz input: as bytes, and (first byte odd) also as text."""
    inputs: list[bytes | str] = [data]
    if data[:1] and data[0] & 1:
        inputs.append(data[1:].decode("utf-8", "replace"))
    for page in inputs:
        try:
            article = extract(page, url="https://fuzz.example/news/a.html")
        except ExtractionError:
            raise
        except NewsExtractError:
            continue
        assert_clean(article)  # no control character in a string; every URL http(s)


def _seed(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if not any(corpus.iterdir()):
        for page in FIXTURES.glob("*/page.html"):
            (corpus / page.parent.name).write_bytes(page.read_bytes())


def main() -> None:
    """Run libFuzzer; the first argument not starting with '-' is the corpus directory."""
    corpus = next((Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")), None)
    if corpus is not None and not corpus.is_file():
        _seed(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
