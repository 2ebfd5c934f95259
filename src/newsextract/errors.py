"""The exceptions newsextract raises.

    NewsExtractError                 every error extract() raises but TypeError
     ├── InputError (ValueError)     the input cannot be read as an HTML page
     │    ├── InputTooLargeError     more bytes than Options.max_input_bytes
     │    ├── NotHTMLError           binary content that is not HTML (PDF, image, archive)
     │    └── WarcError              (read_warc) not a WARC file, or one cut short
     ├── ExtractionError             an unexpected failure inside newsextract (a bug: please
     │                               report it with the page); the original is its __cause__
     └── ExtractionTimeoutError      a page ran over extract_many's time limit (its worker
                                     process was stopped)

A wrong argument type is a plain `TypeError`. A page without an article is not an error:
`extract()` returns an Article with no sections. Empty or whitespace-only input is not an
error either: it gives an empty Article. Nor are bytes in no known encoding, or an unknown
`encoding` argument: decoding.py reads them as browsers do (a label it does not know is
ignored; windows-1252, which reads every byte, comes last), so there is no decoding error.
No other exception escapes `extract()` (lxml, Unicode and recursion errors included) but
MemoryError and KeyboardInterrupt.
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


class ExtractionError(NewsExtractError):
    """An unexpected failure inside newsextract: a bug, not a property of the input alone.

    The exception that caused it is chained as `__cause__`. A batch can skip the page and
    go on; the page and this message make a good bug report.
    """


class ExtractionTimeoutError(NewsExtractError):
    """A page took longer than the time limit of `extract_many(timeout=...)` (the command
    line's --timeout). Its worker process was stopped and replaced; the batch goes on."""
