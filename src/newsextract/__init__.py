"""newsextract: the raw HTML of a news page in, clean structured data out.

>>> import newsextract
>>> article = newsextract.extract(html_bytes, url="https://example.org/news/a.html")
>>> article.title, article.sections, article.text
"""

from newsextract.api import extract
from newsextract.errors import (
    DecodingError,
    InputError,
    InputTooLargeError,
    NewsExtractError,
    NotHTMLError,
)
from newsextract.model import Article, BlockKind, Image, ImageCredit, Link, Section
from newsextract.options import Options

__all__ = [
    "Article",
    "BlockKind",
    "DecodingError",
    "Image",
    "ImageCredit",
    "InputError",
    "InputTooLargeError",
    "Link",
    "NewsExtractError",
    "NotHTMLError",
    "Options",
    "Section",
    "extract",
]
__version__ = "0.1.0"
