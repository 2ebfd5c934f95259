"""`extract()`: the one orchestrator. It reads as the pipeline:

bytes|str -> decode -> parse -> metadata -> segment (pruning) -> select (second opinion)
          -> structure
          -> authors, dates, language -> Article
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import partial

from newsextract.authors import find_authors
from newsextract.blocks import Block, Segments, segment
from newsextract.credits import merge_credits, with_lead_image
from newsextract.dates import Dates, find_dates, labelled_dates, page_text_dates
from newsextract.decoding import decode
from newsextract.errors import ExtractionError, NewsExtractError
from newsextract.language import decide_language
from newsextract.markup import PageMarkup, author_links
from newsextract.metadata import MAX_TAGS, Metadata, read_metadata, unique
from newsextract.model import Article, Section
from newsextract.options import DEFAULT_OPTIONS, Options
from newsextract.parsing import parse
from newsextract.selection import select_article
from newsextract.structure import Body, build_body
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
    page = parse(decoded.text, max_elements=options.max_elements)
    if page is None:
        return Article(url=url, encoding=decoded.encoding)
    meta = read_metadata(page, url=url)
    first = segment(page, max_depth=options.max_tree_depth, max_elements=options.max_elements)
    selection = select_article(page, first, stated=meta.stated_text, options=options)
    segments = selection.segments
    body = build_body(
        segments,
        selection.main,
        title=meta.title,
        base_url=meta.base_url,
        page_url=meta.url,
        lead_images=meta.lead_images,
        stated=selection.stated,
    )
    page_markup = PageMarkup(page)  # searched only if the article's own markup tells nothing
    dates = _dates(meta, body, segments, page_markup, url)
    return Article(
        url=meta.url,
        title=meta.title,
        description=meta.description,
        authors=_authors(meta, body, page_markup, url),
        published=dates.published,
        modified=dates.modified,
        language=decide_language(meta.language, _sample(meta.title, body.sections)),
        site_name=meta.site_name,
        tags=meta.tags or unique(body.markup.tags or page_markup.tags(), limit=MAX_TAGS),
        sections=body.sections,
        images=body.images,
        image_credits=with_lead_image(
            merge_credits(body.image_credits, meta.image_credits), body.images
        ),
        related_links=body.related_links,
        encoding=decoded.encoding,
    )


def _dates(
    meta: Metadata, body: Body, segments: Segments, page_markup: PageMarkup, url: str | None
) -> Dates:
    """The article's dates from its sources, most explicit first (see dates.find_dates)."""
    return find_dates(
        meta.articles,
        meta.meta,
        time_values=body.markup.dates,
        other_time_values=body.markup.other_dates,
        byline_lines=body.byline_lines,
        closing_lines=body.closing_lines,
        page_time_values=page_markup.dates,
        page_labelled_dates=partial(labelled_dates, segments.blocks),
        page_dates=partial(_page_text_dates, segments.blocks),
        url=meta.url or url,
    )


def _page_text_dates(blocks: Sequence[Block]) -> Iterator[datetime]:
    return page_text_dates("\n".join(block.text for block in blocks))


def _authors(
    meta: Metadata, body: Body, page_markup: PageMarkup, url: str | None
) -> tuple[str, ...]:
    """The article's authors from their sources, most explicit first (authors.find_authors)."""
    return find_authors(
        meta.articles,
        meta.meta,
        markup=body.markup.authors,
        byline_lines=(*body.byline_lines, *body.closing_lines),
        author_links=partial(author_links, body.markup.containers),
        page_markup=page_markup.authors,
        site_name=meta.site_name,
        url=meta.url or url,
    )


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
