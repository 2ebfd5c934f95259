"""Text -> lxml tree: one parse per page, never touching the network or the file system."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from lxml import etree

from newsextract.bounds import bound_markup, cut_deep_subtrees
from newsextract.options import DEFAULT_OPTIONS

#: An XML declaration: lxml refuses str input that carries one, and it would name an
#: encoding the UTF-8 bytes parsed here are no longer in.
_XML_DECLARATION_RE: Final = re.compile(rb"^\s*<\?xml[^>]*\?>", re.I)


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


def parse(
    text: str, *, max_elements: int = DEFAULT_OPTIONS.max_elements, utf8: bytes | None = None
) -> etree._Element | None:
    """Parse a page into an lxml tree; None when there is nothing to parse.

    `utf8` is `text` in UTF-8 when the caller has it (decoding.Decoded.utf8): it is parsed
    instead of encoding `text` again. An XML declaration is ignored. NUL characters are
    dropped, as browsers do; other control characters are left to the parser, which does
    not fail on them, and text stages drop them. Start tags crowded with attributes are
    trimmed first, and the page is cut before its start tag number `max_elements` + 1 (see
    bound_markup): the time and memory libxml2 takes stay bounded by the input. A page
    nested deeper than libxml2 reads is parsed again with its deepest subtrees cut (see
    cut_deep_subtrees), so the rest of it is kept.
    """
    if not text or text.isspace():  # (not text.strip(): a copy of the page to throw away)
        return None
    data = _utf8(text) if utf8 is None else utf8  # UTF-8 bytes parse faster than str
    declaration = _XML_DECLARATION_RE.match(data)
    if declaration:
        data = data[declaration.end() :]
        if not data.strip():
            return None
    if b"\x00" in data:  # libxml2 makes each NUL a U+FFFD; browsers drop them
        data = data.replace(b"\x00", b"")
    data = bound_markup(data, max_elements)
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


def holds_little_text(element: etree._Element, limit: int) -> bool:
    """Whether the text of `element` (each piece stripped) is at most `limit` characters:
    read only as far as the limit (a small box, not the article around it)."""
    size = 0
    for piece in element.itertext():
        size += len(piece.strip())
        if size > limit:
            return False
    return True


def elements_found(result: object) -> list[etree._Element]:
    """The elements of an XPath result (a list for a path; lxml types it as any result)."""
    return [
        item
        for item in (result if isinstance(result, list) else [])
        if isinstance(item, etree._Element)
    ]


def holds(element: etree._Element, *tags: str, at_least: int = 1) -> bool:
    """True when `element` holds at least `at_least` elements of `tags` (itself not counted):
    a walk of its subtree that stops at the last one needed (XPath's `boolean(.//a)` and
    `count(.//p) > 1` read the whole subtree)."""
    found = 0
    for node in element.iter(*tags):
        if node is not element:
            found += 1
            if found >= at_least:
                return True
    return False


def holds_link(element: etree._Element) -> bool:
    """True when `element` holds a link with an href (`boolean(.//a[@href])`, stopping at
    the first)."""
    return any(node is not element and "href" in node.attrib for node in element.iter("a"))


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


#: Zero-width (non-)joiners that join nothing: at either end of the text or next to white
#: space. Between two characters they shape a word (Persian, Indic scripts) or an emoji
#: sequence and stay; alone they are an empty line a template fills with one ("\u200c").
_LONE_JOINERS_RE: Final = re.compile(r"(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)")


def printable(text: str) -> str:
    """`text` without control and invisible characters (tab and newline stay) and without
    joiners that join nothing, in Unicode's composed form (NFC), as text is compared and
    searched (a page may write "য়" as one code point or as two); a lone surrogate becomes
    U+FFFD, as a browser's decoder makes it."""
    # str.isprintable() is False for every character _CONTROL_RE finds but U+034F (a
    # combining mark), and for both joiners: one C-level scan settles most texts, where the
    # regex's search of its large class costs more.
    if not text.isprintable() or "\u034f" in text:
        if _CONTROL_RE.search(text) is not None:
            text = _CONTROL_RE.sub(_drop_or_replace, text)
        if "\u200c" in text or "\u200d" in text:
            text = _LONE_JOINERS_RE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _drop_or_replace(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""


#: A text this long has its white space collapsed a piece at a time: the list of words of a
#: 45 MB text node takes more than ten times its size.
LONG_TEXT_CHARS: Final = 1 << 16
_SPACE_RE: Final = re.compile(r"\s")


def collapse_spaces(text: str) -> str:
    """`" ".join(text.split())`: white space runs as one space, none at the ends; a long
    text in pieces cut at white space (so no word is cut), with the same result."""
    if len(text) < LONG_TEXT_CHARS:
        return " ".join(text.split())
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = start + LONG_TEXT_CHARS
        if end < len(text):
            space = _SPACE_RE.search(text, end)
            end = len(text) if space is None else space.start()
        part = " ".join(text[start:end].split())
        if part:
            parts.append(part)
        start = end
    return " ".join(parts)


def clean_text(text: str) -> str:
    """`text` as a result holds it: `printable`, with its white space collapsed
    (`collapse_spaces`): `" ".join(printable(text).split())`."""
    return collapse_spaces(printable(text))


#: A start or end tag of HTML in a text ("<a href=...>", "</a>", "<br/>"): a tag of text's
#: markup, or one with attributes; "a < b" and a title in angle brackets ("<The Harbour Song>",
#: as Korean pages write 〈〉) are none.
_TAG_RE: Final = re.compile(
    r"</?(?:(?:a|p|br|b|i|u|em|strong|span|div|img|small|sup|sub|h[1-6]|ul|ol|li)\s*/?"
    r"|[a-z][a-z0-9]*\s[^<>=]*=[^<>]*)>",
    re.I,
)
_BREAKING_TAGS: Final = frozenset({"br", "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4"})


def without_markup(text: str) -> str:
    """A text without the HTML tags a CMS left in a value (a meta's content, a JSON-LD
    name: 'By <a href="/profiles/jane-doe">Jane Doe</a>'), a space where a block or a line
    breaks, cleaned again; the text as it is when it holds none."""
    if "<" not in text or _TAG_RE.search(text) is None:
        return text
    return clean_text(_TAG_RE.sub(_tag_space, text))


def _tag_space(tag: re.Match[str]) -> str:
    name = tag.group(0).lstrip("</").partition(" ")[0].rstrip("/>").lower()
    return " " if name in _BREAKING_TAGS else ""
