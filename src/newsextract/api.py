"""`extract()`: the one orchestrator. It reads as the pipeline:

bytes|str -> decode -> parse -> metadata -> segment (pruning) -> select -> structure -> Article
"""

from __future__ import annotations

from newsextract.blocks import segment
from newsextract.credits import merge_credits
from newsextract.decoding import decode
from newsextract.metadata import read_metadata
from newsextract.model import Article
from newsextract.options import DEFAULT_OPTIONS, Options
from newsextract.parsing import parse
from newsextract.scoring import select_main
from newsextract.structure import build_body


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
        for `Article.url`).
    encoding: the charset a caller got from HTTP headers; it ranks after a BOM and before
        the page's own declaration.

    Returns an Article; a page without an article gives an Article with no sections.
    Raises TypeError for wrong argument types and an `InputError` for unreadable input.
    """
    _check_arguments(html, url, encoding, options)
    data = html if isinstance(html, (bytes, str)) else bytes(html)
    decoded = decode(data, encoding=encoding, max_bytes=options.max_input_bytes)
    page = parse(decoded.text)
    if page is None:
        return Article(url=url, encoding=decoded.encoding)
    meta = read_metadata(page, url=url)
    segments = segment(page, max_depth=options.max_tree_depth, max_elements=options.max_elements)
    main = select_main(segments)
    body = build_body(segments, main, title=meta.title, base_url=meta.base_url, page_url=meta.url)
    return Article(
        url=meta.url,
        title=meta.title,
        description=meta.description,
        language=meta.language,
        site_name=meta.site_name,
        sections=body.sections,
        images=body.images,
        image_credits=merge_credits(body.image_credits, meta.image_credits),
        related_links=body.related_links,
        encoding=decoded.encoding,
    )


def _check_arguments(html: object, url: object, encoding: object, options: object) -> None:
    if not isinstance(html, (bytes, bytearray, memoryview, str)):
        raise TypeError(f"html must be bytes or str, not {type(html).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be str or None, not {type(encoding).__name__}")
    if not isinstance(options, Options):
        raise TypeError(f"options must be Options, not {type(options).__name__}")
