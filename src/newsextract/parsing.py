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

    An XML declaration is ignored (lxml refuses str input that carries one). NUL characters
    are dropped, as browsers do; other control characters are left to the parser, which does
    not fail on them, and text stages drop them. Start tags crowded with attributes are
    trimmed first (see trim_crowded_tags).
    """
    declaration = _XML_DECLARATION_RE.match(text)
    cleaned = text[declaration.end() :] if declaration else text
    if not cleaned.strip():
        return None
    try:  # UTF-8 bytes parse faster than str; a str with lone surrogates parses as str
        data = cleaned.encode("utf-8")
    except UnicodeEncodeError:
        root = _parse(cleaned.replace("\x00", ""), None)
    else:
        if b"\x00" in data:  # libxml2 makes each NUL a U+FFFD; browsers drop them
            data = data.replace(b"\x00", b"")
        if data.count(b"=") > MAX_ATTRIBUTES_UNCHECKED:
            data = trim_crowded_tags(data)
        root = _parse(data, "utf-8")
    if root is None:
        return None
    return root.getroottree().getroot()


#: libxml2 compares each attribute of an element with all those before it: time grows with the
#: square of their number (40,000 attributes: a second; 100,000: many). A page with fewer
#: "=" than this cannot hold an element with that many, and is parsed as it is (one count).
MAX_ATTRIBUTES_UNCHECKED: Final = 10_000
#: An element keeps its first this many attributes; real elements have a few dozen at most.
MAX_ATTRIBUTES: Final = 1_000
#: A start tag this long may be crowded with attributes (1,000 attributes take more).
_LONG_TAG_RE: Final = re.compile(rb"<[a-zA-Z][^<>]{4096,}")
_SPACE_RUN_RE: Final = re.compile(rb"\s+")
_ATTRIBUTE_RE: Final = re.compile(rb"""\s+[^\s=/>"'<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"'<]+))?""")


def trim_crowded_tags(data: bytes) -> bytes:
    """`data` with every start tag cut after its first MAX_ATTRIBUTES attributes.

    Linear in the length of `data`: a long-tag candidate runs to the next "<" or ">".
    """

    def trim(match: re.Match[bytes]) -> bytes:
        tag = _SPACE_RUN_RE.sub(b" ", match.group(0))  # one space: the scan below stays linear
        end = 0
        for count, attribute in enumerate(_ATTRIBUTE_RE.finditer(tag), start=1):
            end = attribute.end()
            if count == MAX_ATTRIBUTES:
                return tag[:end]
        return tag

    return _LONG_TAG_RE.sub(trim, data)


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
