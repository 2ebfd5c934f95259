"""`extract()`: the one orchestrator. It reads as the pipeline:

bytes|str -> decode -> parse -> metadata -> segment (pruning) -> select (second opinion)
          -> place -> body (structure) and evidence -> authors, dates, tags, language -> Article
"""

from __future__ import annotations

from newsextract.authors import find_authors
from newsextract.blocks import segment
from newsextract.dates import find_dates
from newsextract.decoding import decode
from newsextract.errors import ExtractionError, NewsExtractError
from newsextract.evidence import article_tags
from newsextract.figures import merge_credits, of_other_images, with_lead_image
from newsextract.language import decide_language
from newsextract.markup import gather_evidence
from newsextract.metadata import read_metadata
from newsextract.model import Article, Section
from newsextract.options import DEFAULT_OPTIONS, Options
from newsextract.parsing import parse
from newsextract.placement import place_article
from newsextract.related import without_feeds_of
from newsextract.selection import select_article
from newsextract.structure import build_body
from newsextract.urls import absolute_url


def extract(
    html: bytes | str,
    *,
    url: str | None = None,
    encoding: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> Article:
    """Extract the article of one HTML page.

    html: the page, as bytes (any encoding) or str.
    url: the page address, used to resolve relative links (the page's canonical URL wins
        for `Article.url`); an address that is not a valid http(s) URL is ignored.
    encoding: the charset a caller got from HTTP headers; it ranks after a BOM and before
        the page's own declaration.

    Returns an Article; a page without an article gives an Article with no sections.
    Raises TypeError for wrong argument types, an `InputError` for unreadable input and
    `ExtractionError` for a failure inside newsextract (see newsextract.errors).
    """
    _check_arguments(html, url, encoding, options)
    try:
        return _extract(html, url, encoding, options)
    except (NewsExtractError, MemoryError):
        raise
    except Exception as error:  # a bug: callers get a NewsExtractError, never lxml's or ours
        raise ExtractionError(
            f"unexpected {type(error).__name__} while extracting: {error}"
        ) from error


def _extract(html: bytes | str, url: str | None, encoding: str | None, options: Options) -> Article:
    """The pipeline of extract(), arguments checked."""
    url = absolute_url(url, None)  # an http(s) URL urllib can read, else none
    decoded = decode(html, encoding=encoding, max_bytes=options.max_input_bytes)
    page = parse(decoded.text, max_elements=options.max_elements, utf8=decoded.utf8)
    if page is None:
        return Article(url=url, encoding=decoded.encoding)
    meta = read_metadata(page, url=url)
    first = segment(page, max_depth=options.max_tree_depth, max_elements=options.max_elements)
    selection = select_article(page, first, stated=meta.stated_text, options=options, url=meta.url)
    segments = selection.segments
    place = place_article(segments, selection.main, title=meta.title)
    body = build_body(segments, place, meta, stated=selection.stated, link_post=selection.link_post)
    evidence = gather_evidence(page, segments, place, meta, last_paragraph=_last(body.sections))
    dates = find_dates(evidence)
    authors = find_authors(evidence)
    return Article(
        url=meta.url,
        title=meta.title,
        description=meta.description,
        authors=authors,
        published=dates.published,
        modified=dates.modified,
        language=decide_language(meta.language, _sample(meta.title, body.sections)),
        site_name=meta.site_name,
        tags=article_tags(evidence),
        sections=body.sections,
        images=body.images,
        image_credits=with_lead_image(
            merge_credits(
                body.image_credits, of_other_images(meta.image_credits, body.image_credits)
            ),
            body.images,
        ),
        related_links=without_feeds_of(authors, body.related_links),
        encoding=decoded.encoding,
    )


def _last(sections: tuple[Section, ...]) -> str:
    """The last paragraph of the article's text."""
    lasts = (section.paragraphs[-1] for section in reversed(sections) if section.paragraphs)
    return next(lasts, "")


def _sample(title: str | None, sections: tuple[Section, ...]) -> str:
    """The title and first paragraphs of the article, enough to tell its language."""
    paragraphs = (paragraph for section in sections[:3] for paragraph in section.paragraphs[:6])
    return " ".join((title or "", *paragraphs))


def _check_arguments(html: object, url: object, encoding: object, options: object) -> None:
    if not isinstance(html, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"html must be bytes or str, not {type(html).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be str or None, not {type(encoding).__name__}")
    if not isinstance(options, Options):
        raise TypeError(f"options must be Options, not {type(options).__name__}")
