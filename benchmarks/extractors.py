"""The extractors under comparison, each behind one call `(html_bytes, url) -> Output`.

Every peer is imported lazily: `load_extractor` raises `UnavailableError` when its package is
missing, and the run skips it. The timed call includes whatever the extractor needs to go
from raw bytes to text (decoding too), and nothing else; one-time setup stays outside it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Output:
    """What an extractor gave for one page. Metadata only where the extractor reports it."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601, with an offset when the extractor gives one
    headings: tuple[str, ...] = ()  # section headings, in order
    credits: tuple[str, ...] = ()  # image credit texts
    tags: tuple[str, ...] = ()

    @property
    def author(self) -> str | None:
        """The authors joined with "; " (tdev's gold format), None when there are none."""
        return "; ".join(self.authors) or None

    @property
    def date(self) -> str | None:
        """The published day, YYYY-MM-DD."""
        return self.published[:10] if self.published else None


ExtractCall = Callable[[bytes, "str | None"], Output]


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    version: str  # "distribution version" as reported in the output
    call: ExtractCall
    has_metadata: bool = False


class UnavailableError(Exception):
    """The extractor's package is not installed (the message says which)."""


def _import(module: str, distribution: str) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(module)
    except ImportError as error:
        if error.name == module.split(".", maxsplit=1)[0]:
            raise UnavailableError(f"{distribution} not installed") from error
        raise UnavailableError(f"{distribution} failed to import: {error!r}") from error


def _version(distribution: str) -> str:
    try:
        return f"{distribution} {importlib.metadata.version(distribution)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{distribution} (version unknown)"


def decode_bytes(html: bytes) -> str:
    """Bytes to str for the peers that take only str: UTF-8, else charset detection."""
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        charset_normalizer = _import("charset_normalizer", "charset-normalizer")
        best = charset_normalizer.from_bytes(html).best()
        return str(best) if best is not None else html.decode("utf-8", errors="replace")


# --- newsextract -----------------------------------------------------------------------


def _newsextract() -> Extractor:
    """The working tree's newsextract (src/ first on sys.path), not an installed copy."""
    src = str(REPO_ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    module = _import("newsextract", "newsextract")
    where = Path(module.__file__).resolve().parent
    version = f"newsextract {getattr(module, '__version__', '?')} ({where})"

    def call(html: bytes, url: str | None) -> Output:
        article = module.extract(html, url=url)
        return Output(
            text=article.text,
            title=article.title,
            authors=article.authors,
            published=article.published.isoformat() if article.published else None,
            headings=tuple(section.heading for section in article.sections if section.heading),
            credits=tuple(credit.text for credit in article.image_credits),
            tags=article.tags,
        )

    return Extractor("newsextract", version, call, has_metadata=True)


# --- peers -----------------------------------------------------------------------------


def _split(joined: str | None, separator: str) -> tuple[str, ...]:
    """A joined list field of trafilatura's (authors by ";", tags by ",") as a tuple."""
    if not joined:
        return ()
    return tuple(part.strip() for part in joined.split(separator) if part.strip())


def _trafilatura() -> Extractor:
    """trafilatura with its default settings, its metadata included (JSON output), so that
    both sides of the speed ratio do the same work."""
    trafilatura = _import("trafilatura", "trafilatura")

    def call(html: bytes, url: str | None) -> Output:
        found = trafilatura.extract(html, url=url, with_metadata=True, output_format="json")
        if not found:
            return Output("")
        data = json.loads(found)
        return Output(
            text=data.get("text") or "",
            title=data.get("title") or None,
            authors=_split(data.get("author"), ";"),
            published=(data.get("date") or "")[:10] or None,
            tags=_split(data.get("tags"), ","),
        )

    return Extractor("trafilatura", _version("trafilatura"), call, has_metadata=True)


def _readability() -> Extractor:
    readability = _import("readability", "readability-lxml")
    lxml_html = _import("lxml.html", "lxml")

    def call(html: bytes, url: str | None) -> Output:
        summary = readability.Document(html).summary()
        if not summary.strip():
            return Output("")
        return Output(lxml_html.fromstring(summary).text_content())

    return Extractor("readability", _version("readability-lxml"), call)


def _resiliparse() -> Extractor:
    encoding = _import("resiliparse.parse.encoding", "resiliparse")
    html_module = _import("resiliparse.parse.html", "resiliparse")
    html2text = _import("resiliparse.extract.html2text", "resiliparse")

    def call(html: bytes, url: str | None) -> Output:
        text = encoding.bytes_to_str(html, encoding.detect_encoding(html))
        tree = html_module.HTMLTree.parse(text)
        return Output(html2text.extract_plain_text(tree, main_content=True))

    return Extractor("resiliparse", _version("resiliparse"), call)


def _lxml_floor() -> Extractor:
    """The parse-and-walk floor: lxml parse plus one pass collecting every text node."""
    lxml_html = _import("lxml.html", "lxml")

    def call(html: bytes, url: str | None) -> Output:
        parts: list[str] = []
        for node in lxml_html.fromstring(html).iter():
            if isinstance(node.tag, str) and node.text:
                parts.append(node.text)
            if node.tail:
                parts.append(node.tail)
        return Output(" ".join(parts))

    return Extractor("lxml-floor", _version("lxml"), call)


def _newspaper4k() -> Extractor:
    newspaper = _import("newspaper", "newspaper4k")
    config = newspaper.Config()
    config.fetch_images = False  # it would download images to size them: no network here

    def call(html: bytes, url: str | None) -> Output:
        article = newspaper.Article(url or "", config=config)
        article.download(input_html=decode_bytes(html))
        article.parse()
        published = article.publish_date
        return Output(
            text=article.text or "",
            title=article.title or None,
            authors=tuple(article.authors),
            published=published.isoformat() if published else None,
            tags=tuple(sorted(article.tags or ())),
        )

    return Extractor("newspaper4k", _version("newspaper4k"), call, has_metadata=True)


def _trafilatura_textonly() -> Extractor:
    """trafilatura's default call without metadata: the fastest way it gives the text."""
    trafilatura = _import("trafilatura", "trafilatura")

    def call(html: bytes, url: str | None) -> Output:
        return Output(trafilatura.extract(html, url=url) or "")

    return Extractor("trafilatura-textonly", _version("trafilatura"), call)


def _trafilatura_nocomments() -> Extractor:
    """trafilatura without comments, as the published aeb leaderboard ran it."""
    trafilatura = _import("trafilatura", "trafilatura")

    def call(html: bytes, url: str | None) -> Output:
        return Output(trafilatura.extract(html, url=url, include_comments=False) or "")

    return Extractor("trafilatura-nocomments", _version("trafilatura"), call)


def _goose3() -> Extractor:
    goose3 = _import("goose3", "goose3")
    goose = goose3.Goose()  # one-time setup, outside the timed call

    def call(html: bytes, url: str | None) -> Output:
        return Output(goose.extract(url=url, raw_html=decode_bytes(html)).cleaned_text or "")

    return Extractor("goose3", _version("goose3"), call)


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "newsextract": _newsextract,
    "trafilatura": _trafilatura,
    "trafilatura-nocomments": _trafilatura_nocomments,
    "trafilatura-textonly": _trafilatura_textonly,
    "readability": _readability,
    "resiliparse": _resiliparse,
    "lxml-floor": _lxml_floor,
    "newspaper4k": _newspaper4k,
    "goose3": _goose3,
}


def load_extractor(name: str) -> Extractor:
    """Build the named extractor; raise `UnavailableError` if its package is missing."""
    return FACTORIES[name]()
