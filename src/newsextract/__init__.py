"""newsextract: the raw HTML of a news page in, clean structured data out.

>>> import newsextract
>>> article = newsextract.extract(html_bytes, url="https://example.org/news/a.html")
>>> article.title, article.sections, article.text
"""

from newsextract.api import extract
from newsextract.batch import Page, extract_many
from newsextract.errors import (
    ExtractionError,
    ExtractionTimeoutError,
    InputError,
    InputTooLargeError,
    NewsExtractError,
    NotHTMLError,
)
from newsextract.model import Article, BlockKind, Image, ImageCredit, Link, Section
from newsextract.options import Options
from newsextract.render import json_schema
from newsextract.warc import WarcError, read_warc

__all__ = [
    "Article",
    "BlockKind",
    "ExtractionError",
    "ExtractionTimeoutError",
    "Image",
    "ImageCredit",
    "InputError",
    "InputTooLargeError",
    "Link",
    "NewsExtractError",
    "NotHTMLError",
    "Options",
    "Page",
    "Section",
    "WarcError",
    "extract",
    "extract_many",
    "json_schema",
    "read_warc",
]
__version__ = "0.1.0"
