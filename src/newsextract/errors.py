"""The exceptions newsextract raises.

    NewsExtractError                 every error this library raises on purpose
     └── InputError (ValueError)     the input cannot be read as an HTML page
          ├── InputTooLargeError     more bytes than Options.max_input_bytes
          ├── NotHTMLError           binary content that is not HTML (PDF, image, archive)
          └── DecodingError          bytes that no encoding turns into text

A wrong argument type is a plain `TypeError`. A page without an article is not an error:
`extract()` returns an Article with no sections. Empty or whitespace-only input is not an
error either: it gives an empty Article.
"""

from __future__ import annotations


class NewsExtractError(Exception):
    """Root of every error newsextract raises on purpose."""


class InputError(NewsExtractError, ValueError):
    """The input cannot be read as an HTML page."""


class InputTooLargeError(InputError):
    """The input is larger than `Options.max_input_bytes`."""


class NotHTMLError(InputError):
    """The input is binary content that is not HTML (PDF, image, archive, random bytes)."""


class DecodingError(InputError):
    """The bytes could not be decoded to text with any encoding."""
