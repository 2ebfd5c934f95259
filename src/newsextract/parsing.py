"""Text -> lxml tree: one parse per page, never touching the network or the file system."""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

#: An XML declaration: lxml refuses str input that carries one.
_XML_DECLARATION_RE: Final = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _parser(encoding: str | None) -> etree.HTMLParser:
    # A parser per call: lxml parsers must not be shared between threads.
    return etree.HTMLParser(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,  # type: ignore[call-arg]  # missing from lxml-stubs
        recover=True,
        huge_tree=True,  # our own limits (Options) apply instead of libxml2's depth 256
        collect_ids=False,  # nothing looks elements up by id: a dictionary saved per page
    )


def parse(text: str) -> etree._Element | None:
    """Parse a page into an lxml tree; None when there is nothing to parse.

    An XML declaration is ignored (lxml refuses str input that carries one). Control
    characters are left to the parser, which does not fail on them; text stages drop them.
    """
    declaration = _XML_DECLARATION_RE.match(text)
    cleaned = text[declaration.end() :] if declaration else text
    if not cleaned.strip():
        return None
    try:  # UTF-8 bytes parse faster than str; a str with lone surrogates parses as str
        data = cleaned.encode("utf-8")
    except UnicodeEncodeError:
        root = _parse(cleaned, None)
    else:
        root = _parse(data, "utf-8")
    if root is None:
        return None
    return root.getroottree().getroot()


def _parse(data: str | bytes, encoding: str | None) -> etree._Element | None:
    try:
        return etree.fromstring(data, _parser(encoding))
    except etree.ParserError:  # "Document is empty": nothing but comments or junk
        return None


def text_of(element: etree._Element) -> str:
    """All the text inside `element`, in document order."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


#: C0 and C1 control characters but tab and newline; DEL; zero-width spaces, word joiners,
#: stray byte order marks and soft hyphens. Pages carry them by accident or for line breaking.
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b\u2060\ufeff]")


def printable(text: str) -> str:
    """`text` without control and invisible characters (tab and newline stay)."""
    return _CONTROL_RE.sub("", text) if _CONTROL_RE.search(text) else text
