"""Coverage-guided fuzzing of extract() with atheris (the `fuzz` extra; not run in CI).

    pip install -e ".[fuzz]"
    python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=1200 -rss_limit_mb=4096

The seed corpus is built from the test fixtures on the first run. Any exception other than
a NewsExtractError that is not an ExtractionError is a finding, and so is a dirty Article
(a control character in a string, a link or image that is not http(s)); libFuzzer writes
the input that caused it to crash-<hash> in the working directory.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsextract import Article, ExtractionError, NewsExtractError, extract

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _check(article: Article) -> None:
    for text in _strings(article.to_dict()):
        if _CONTROL_RE.search(text):
            raise AssertionError(f"control character in {text[:80]!r}")
    urls = [link.url for link in article.related_links] + [image.src for image in article.images]
    for url in urls:
        if not url.lower().startswith(("http://", "https://")):
            raise AssertionError(f"non-http URL {url[:80]!r}")


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
        _check(article)


def _seed(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if not any(corpus.iterdir()):
        for page in FIXTURES.glob("*/page.html"):
            (corpus / page.parent.name).write_bytes(page.read_bytes())


def main() -> None:
    """Run libFuzzer; the first argument not starting with '-' is the corpus directory."""
    corpus = next((Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")), None)
    if corpus is not None:
        _seed(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
