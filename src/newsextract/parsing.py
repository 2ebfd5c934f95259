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
    trimmed first (see trim_crowded_tags). A page nested deeper than libxml2 reads is parsed
    again with its deepest subtrees cut (see cut_deep_subtrees), so the rest of it is kept.
    """
    declaration = _XML_DECLARATION_RE.match(text)
    cleaned = text[declaration.end() :] if declaration else text
    if not cleaned.strip():
        return None
    data = _utf8(cleaned)  # UTF-8 bytes parse faster than str
    if b"\x00" in data:  # libxml2 makes each NUL a U+FFFD; browsers drop them
        data = data.replace(b"\x00", b"")
    data = trim_crowded_tags(data)
    root = _parse(data, "utf-8", cut_if_too_deep=True)
    if root is None:
        return None
    return root.getroottree().getroot()


def _utf8(text: str) -> bytes:
    """`text` as UTF-8, a lone surrogate (from a careless decoder) as U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


#: libxml2 compares each attribute of an element with all those before it: time grows with the
#: square of their number (20,000 attributes: half a second; 100,000: many). An element keeps
#: its first this many attributes, so a crowded tag costs at most about 0.2 s per MB (measured
#: with libxml2 2.14); real elements have a few dozen (64 at most on the benchmark pages).
MAX_ATTRIBUTES: Final = 256
#: A start tag as an HTML5 tokenizer reads it (libxml2 2.14 does): a name, then attributes,
#: each a name (anything up to white space, "/", ">" or "="; "<" and quotes included) and
#: maybe a value after "=", quoted (a ">" or "<" inside does not end the tag) or not, apart
#: by white space or "/", or by nothing after a quoted value; the tag ends at ">".
_TAG_NAME: Final = rb"<[a-zA-Z][^\t\n\f\r />]*+"
_ATTRIBUTE: Final = (
    rb"[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r />=]*+"
    rb"""(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]++)?+)?+"""
)
#: Text, markup that is no start tag, and start tags with fewer than MAX_ATTRIBUTES
#: attributes, as far as they go: a match stops before the first crowded start tag (or at
#: the end). Possessive throughout: one pass, no backtracking.
_ORDINARY_RE: Final = re.compile(
    rb"(?:[^<]++|<(?![a-zA-Z])|%s(?:%s){0,%d}+[\t\n\f\r /]*+(?:>|\Z))*+"
    % (_TAG_NAME, _ATTRIBUTE, MAX_ATTRIBUTES - 1)
)
#: A crowded start tag: its name and first MAX_ATTRIBUTES attributes (group 1), then the rest.
_CROWDED_RE: Final = re.compile(
    rb"(%s(?:%s){%d})(?:%s)*+" % (_TAG_NAME, _ATTRIBUTE, MAX_ATTRIBUTES, _ATTRIBUTE)
)


def trim_crowded_tags(data: bytes) -> bytes:
    """`data` with every start tag cut after its first MAX_ATTRIBUTES attributes.

    Linear in the length of `data`: one pass of a regular expression reads the text and the
    ordinary tags; Python only sees the crowded ones.
    """
    pieces: list[bytes] = []
    position = 0
    while True:
        ordinary = _ORDINARY_RE.match(data, position)
        stop = len(data) if ordinary is None else ordinary.end()
        crowded = _CROWDED_RE.match(data, stop)
        if crowded is None:  # the end: _ORDINARY_RE stops only there or at a crowded tag
            break
        pieces.append(data[position : crowded.end(1)])
        position = crowded.end()
    if not pieces:
        return data
    pieces.append(data[position:])
    return b"".join(pieces)


#: libxml2 stops reading a page at this depth of nesting, even with huge_tree, and the rest
#: of the page is lost: the article after a broken box of thousands of unclosed tags, say.
LIBXML2_MAX_DEPTH: Final = 2048
#: On such a page, subtrees that start deeper than this are cut before a second parse. Half
#: libxml2's limit: cut_deep_subtrees only estimates the depth libxml2 will build.
CUT_DEPTH: Final = LIBXML2_MAX_DEPTH // 2
_TAG_RE: Final = re.compile(rb"<(/?)([a-zA-Z][^\s/<>]*)[^<>]*>")
#: Deeper than this, start tags are not tracked (they lie in a subtree being cut anyway): the
#: memory of the scan stays bounded on millions of unclosed tags.
MAX_OPEN_TAGS: Final = 2 * LIBXML2_MAX_DEPTH
#: Elements without content (no end tag), and elements a sibling of the same name closes.
_VOID_TAGS: Final = frozenset(
    b"area base br col embed hr img input keygen link meta param source track wbr".split()
)
_SIBLING_CLOSED_TAGS: Final = frozenset(b"p li dt dd tr td th option".split())


def cut_deep_subtrees(data: bytes, depth: int = CUT_DEPTH) -> bytes:
    """`data` without the elements that start more than `depth` levels deep (with all they
    hold), so libxml2 reads the whole page; the elements above them are kept.

    One pass over the tags with a stack of the open ones, as a tree builder keeps it: an end
    tag closes the open elements down to the one it names, a stray end tag changes nothing.
    The depth is an estimate (script text and comments are read as markup, implied elements
    such as <tbody> are not counted); it is only used on pages libxml2 stopped reading.
    """
    open_tags: list[bytes] = []
    open_count: dict[bytes, int] = {}  # how many of each name are open: O(1) stray check
    pieces: list[bytes] = []
    kept_from = 0
    cut_from: int | None = None  # where the subtree being cut starts
    for match in _TAG_RE.finditer(data):
        name = match.group(2).lower()
        if name in _VOID_TAGS:
            continue
        if not match.group(1):  # a start tag
            if name in _SIBLING_CLOSED_TAGS and open_tags and open_tags[-1] == name:
                open_count[open_tags.pop()] -= 1
            if cut_from is None and len(open_tags) >= depth:
                cut_from = match.start()
            if len(open_tags) < MAX_OPEN_TAGS:
                open_tags.append(name)
                open_count[name] = open_count.get(name, 0) + 1
        elif open_count.get(name):
            while (closed := open_tags.pop()) != name:
                open_count[closed] -= 1
            open_count[name] -= 1
            if cut_from is not None and len(open_tags) <= depth:
                # The cut element's own end tag goes with it; an ancestor's stays.
                pieces.append(data[kept_from:cut_from])
                kept_from = match.end() if len(open_tags) == depth else match.start()
                cut_from = None
    pieces.append(data[kept_from:cut_from])  # cut_from None: to the end
    return b"".join(pieces)


def _parse(
    data: str | bytes, encoding: str | None, *, cut_if_too_deep: bool = False
) -> etree._Element | None:
    parser = _parser(encoding)
    try:
        root = etree.fromstring(data, parser)
    except etree.ParserError:  # "Document is empty": nothing but comments or junk
        return None
    if cut_if_too_deep and isinstance(data, bytes) and _stopped_too_deep(parser):
        return _parse(cut_deep_subtrees(data), encoding)
    return root


def _stopped_too_deep(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 stopped reading at its depth limit (its last error, as it stops)."""
    error = parser.error_log.last_error
    return error is not None and error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT


def text_of(element: etree._Element) -> str:
    """All the text inside `element`, in document order."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


#: C0 and C1 control characters but tab and newline; DEL; zero-width spaces, word joiners,
#: stray byte order marks and soft hyphens. Pages carry them by accident or for line breaking.
#: The bidi controls (embeddings, overrides and isolates U+202A-202E and U+2066-2069, the
#: marks U+200E, U+200F and U+061C) and the invisible U+180E and U+034F: they reorder or hide
#: text where it is shown ("moc.elpmaxe" read as "example.com"). Also lone UTF-16 surrogates
#: (a JSON-LD escape such as "\\udc00" gives one): they are not text, and a str holding one
#: cannot be written as UTF-8.
_CONTROL_RE: Final = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069"
    r"\u200e\u200f\u061c\u180e\u034f\ud800-\udfff]"
)


def printable(text: str) -> str:
    """`text` without control and invisible characters (tab and newline stay); a lone
    surrogate becomes U+FFFD, as a browser's decoder makes it."""
    if _CONTROL_RE.search(text) is None:
        return text
    return _CONTROL_RE.sub(_drop_or_replace, text)


def _drop_or_replace(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""
