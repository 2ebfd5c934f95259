"""Markup bounded before libxml2 reads it: the time and memory a parse takes stay linear in
the input, and libxml2 reads the whole page.

Start tags crowded with attributes are trimmed (libxml2 compares each attribute with all
those before it), a page is cut after `Options.max_elements` start tags, a large page keeps
one attribute per BYTES_PER_ATTRIBUTE bytes, and a page nested deeper than libxml2 reads
has its deepest subtrees cut. Each is one pass of a regular expression over the bytes.
"""

from __future__ import annotations

import re
from typing import Final

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
_VALUE: Final = rb"""(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]++)?+"""
_ATTRIBUTE: Final = (
    rb"[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r />=]*+"  # the name
    rb"""(?:=(?:"[^"]*+"|[\t\n\f\r ]*+%s)|[\t\n\f\r ]++=[\t\n\f\r ]*+%s)?+""" % (_VALUE, _VALUE)
)  # (name="value", the common case, first)
#: Text: characters, and "<" where no tag or comment begins.
_TEXT: Final = rb"[^<]*+(?:<(?![a-zA-Z!/?])[^<]*+)*+"
#: A start tag with fewer than MAX_ATTRIBUTES attributes, "<" read already.
_ORDINARY_TAG: Final = rb"[a-zA-Z][^\t\n\f\r />]*+(?:%s){0,%d}+[\t\n\f\r /]*+(?:>|\Z)" % (
    _ATTRIBUTE,
    MAX_ATTRIBUTES - 1,
)
#: A comment, "<" read already, to its end as HTML5 reads it (libxml2 2.14 does): the first
#: "-->" or "--!>" after its "<!--", an abrupt "<!-->" or "<!--->", or the end of the page
#: for one left open. libxml2 reads no tag inside.
_COMMENT: Final = rb"!--(?:>|->|[\s\S]*?--!?>|[\s\S]*+)"
#: Markup that is no start tag, "<" read already, as HTML5 reads it: a comment, a bogus
#: comment ("<!DOCTYPE html>", "<?php ... >", "</ x>": to the first ">"), an end tag (its
#: "attributes" read as a start tag's: a ">" in quotes does not end it), "</>".
_OTHER_MARKUP: Final = (
    rb"%s|![^>]*+(?:>|\Z)|\?[^>]*+(?:>|\Z)|/[a-zA-Z][^\t\n\f\r />]*+(?:%s)*+[\t\n\f\r /]*+(?:>|\Z)"
    rb"|/>|/[^a-zA-Z>][^>]*+(?:>|\Z)" % (_COMMENT, _ATTRIBUTE)
)
#: The end of a start tag that is not self-closing: ">", or white space and "/" ending in
#: white space before it ("<x/ >" is not self-closing, "<x/>" and "<x />" are; a "/" that
#: ends an unquoted value, "<x src=a/>", is the value's).
_OPEN_TAG_END: Final = rb"(?:[\t\n\f\r /]*+(?<=[\t\n\f\r ]))?+>"


def _any_case(name: bytes) -> bytes:
    """A pattern of the letters of `name` in either case ("script": "[sS][cC]...")."""
    return b"".join(b"[%s%s]" % (bytes([c]), bytes([c]).upper()) for c in name)


def _before_end_tag(name: bytes) -> bytes:
    """Text up to "</name" as an end tag starts (then white space, "/" or ">"), or to the end."""
    return rb"(?:[^<]++|<(?!/%s[\t\n\f\r />]))*+" % _any_case(name)


#: A script's content, as HTML5 reads it (and libxml2 2.14): up to "</script", except
#: inside an escape ("<!--" ... "-->") where a "<script" opens a double escape that a
#: "</script" closes and "-->" ends ("document.write('<!--<script></script>-->')").
_SCRIPT: Final = _any_case(b"script")
_SCRIPT_TAG: Final = rb"%s(?=[\t\n\f\r />])" % _SCRIPT
#: Escaped text: to "-->", "<script" or "</script"; double-escaped text: to "-->" or "</script".
_ESCAPED: Final = rb"(?:[^<-]++|-(?!->)|<(?!/?%s))*+" % _SCRIPT_TAG
_DOUBLE_ESCAPED: Final = rb"(?:[^<-]++|-(?!->)|<(?!/%s))*+" % _SCRIPT_TAG
_ESCAPE: Final = rb"<!--(?:-*+>|%s(?:<%s%s(?:</%s%s)?+)*+(?:-->)?+)" % (
    _ESCAPED,
    _SCRIPT_TAG,
    _DOUBLE_ESCAPED,
    _SCRIPT_TAG,
    _ESCAPED,
)
_SCRIPT_TEXT: Final = rb"(?:[^<]++|<(?!!--|/%s))*+" % _SCRIPT_TAG
_SCRIPT_CONTENT: Final = rb"%s(?:%s%s)*+" % (_SCRIPT_TEXT, _ESCAPE, _SCRIPT_TEXT)

#: The elements whose content libxml2 reads as text, not tags (HTML5's raw text and RCDATA
#: elements; <plaintext> holds the rest of the page), and the pattern of their content.
_RAW_CONTENTS: Final = {
    b"script": _SCRIPT_CONTENT,
    b"plaintext": rb"[\s\S]*+",
    **{
        name: _before_end_tag(name)
        for name in (b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes")
    },
}
#: The rest of such an element's start tag after its attributes, not self-closing, and its
#: content, by the name of the tag.
_RAW_TEXT_RES: Final = {
    name: re.compile(_OPEN_TAG_END + content) for name, content in _RAW_CONTENTS.items()
}
#: The elements whose text is code: no stage reads it (JSON-LD apart), so a page is parsed
#: without it (trim_tags_and_code).
_CODE_TAGS: Final = (b"script", b"style")
#: The start of a code element's start tag, "<" read already.
_CODE_START: Final = rb"(?:%s)(?=[\t\n\f\r />])" % b"|".join(map(_any_case, _CODE_TAGS))
#: One of the other elements of raw text, "<" read already: its start tag (with fewer than
#: MAX_ATTRIBUTES attributes) and its content (after a look at the first letter, which most
#: tags fail).
_KEPT_RAW: Final = {n: content for n, content in _RAW_CONTENTS.items() if n not in _CODE_TAGS}
_RAW_TEXT_ELEMENT: Final = rb"(?=[%s])(?:%s)" % (
    b"".join(sorted({bytes([n[0]]) + bytes([n[0]]).upper() for n in _KEPT_RAW})),
    b"|".join(
        rb"%s(?=[\t\n\f\r />])(?:%s){0,%d}+%s%s"
        % (_any_case(name), _ATTRIBUTE, MAX_ATTRIBUTES - 1, _OPEN_TAG_END, content)
        for name, content in _KEPT_RAW.items()
    ),
)
#: A code element's start tag with fewer than MAX_ATTRIBUTES attributes, not self-closing.
_CODE_OPEN_RE: Final = re.compile(
    rb"<(%s)(?:%s){0,%d}+%s" % (_CODE_START, _ATTRIBUTE, MAX_ATTRIBUTES - 1, _OPEN_TAG_END)
)
#: The content of a code element, by its name.
_CODE_RES: Final = {name: re.compile(_RAW_CONTENTS[name]) for name in _CODE_TAGS}
#: The opening of a script that may be JSON-LD (jsonld.py reads it): typed so, or opening
#: with a JSON object or list that names its "@context" (in its first JSON_LD_SNIFF bytes).
_LD_TYPE_RE: Final = re.compile(rb"ld\+json", re.IGNORECASE)
_JSON_OPENING_RE: Final = re.compile(rb"[\t\n\f\r ]*+[{\[]")
JSON_LD_SNIFF: Final = 1024
#: A start tag as most are written, "<" read already: attributes apart by white space, each a
#: plain name with a value in double quotes or none; fewer than MAX_ATTRIBUTES of them. It
#: reads what _ORDINARY_TAG reads where it matches (its attributes are _ATTRIBUTE's first
#: form), in fewer steps of the engine; any other tag fails it and is read by _ORDINARY_TAG.
_PLAIN_TAG: Final = (
    rb"[a-zA-Z][^\t\n\f\r />]*+"
    rb"""(?:[\t\n\f\r ]++[^\t\n\f\r />="'<]++(?:="[^"]*+")?+){0,%d}+[\t\n\f\r /]*+>"""
    % (MAX_ATTRIBUTES - 1)
)
#: An end tag as most are written, "<" read already: what _OTHER_MARKUP reads of it, sooner.
_PLAIN_END_TAG: Final = rb"/[a-zA-Z][^\t\n\f\r />]*+>"

#: Text, comments, elements of raw text, and start tags with fewer than MAX_ATTRIBUTES
#: attributes, as far as they go: a match stops before the first crowded start tag (or at
#: the end). What lies inside a comment, a script or another element of raw text is not
#: read as tags: libxml2 does not either, and cutting "attributes" there could cut a
#: "</script>" and put the page after it into the script. The reading follows libxml2's
#: tokenizer state for state: a "<style>" misread as a tag would hide what follows.
#: Possessive throughout: one pass, no backtracking. The plain end tag is tried first, and
#: the plain start tag before the general one (after the elements of raw text, whose start
#: tags it would read too): most tags are read in their plain form, as the general would.
_ORDINARY_RE: Final = re.compile(
    rb"(?:%s<(?:%s|%s|%s|(?!%s)(?:%s|%s)))*+%s"
    % (
        _TEXT,
        _PLAIN_END_TAG,
        _OTHER_MARKUP,
        _RAW_TEXT_ELEMENT,
        _CODE_START,
        _PLAIN_TAG,
        _ORDINARY_TAG,
        _TEXT,
    )
)
_ORDINARY_TAG_RE: Final = re.compile(_ORDINARY_TAG)
#: A start tag's name, "<" read already.
_NAME_RE: Final = re.compile(rb"[a-zA-Z][^\t\n\f\r />]*+")
#: A crowded start tag: its name and first MAX_ATTRIBUTES attributes (group 1), then the rest.
_CROWDED_RE: Final = re.compile(
    rb"(%s(?:%s){%d})(?:%s)*+" % (_TAG_NAME, _ATTRIBUTE, MAX_ATTRIBUTES, _ATTRIBUTE)
)


def trim_tags_and_code(data: bytes) -> bytes:
    """`data` with every start tag cut after its first MAX_ATTRIBUTES attributes, and without
    the code of its scripts and style sheets (`code_end`).

    Linear in the length of `data`: one pass of a regular expression reads the text, the
    ordinary tags and the other elements of raw text; Python only sees the crowded tags and
    the code elements.
    """
    pieces: list[bytes] = []
    kept_from = scanned_to = 0
    while (stop := _ORDINARY_RE.match(data, scanned_to).end()) < len(data):  # type: ignore[union-attr]
        code = _CODE_OPEN_RE.match(data, stop)
        if code is not None:  # a script or a style sheet: its code dropped, JSON-LD kept
            scanned_to = code_end(data, stop, code.end(), code.group(1))
            if scanned_to != code.end():
                pieces.append(data[kept_from : code.end()])
                kept_from = scanned_to
            continue
        crowded = _CROWDED_RE.match(data, stop)
        if crowded is None:  # "<script/>", self-closed (no content), or a "</" at the end
            tag = _ORDINARY_TAG_RE.match(data, stop + 1)
            scanned_to = stop + 1 if tag is None else tag.end()
            if (
                tag is not None
                and (code_to := self_closed_code(data, stop, tag.end())) != tag.end()
            ):
                pieces.append(data[kept_from : tag.end()])
                kept_from = scanned_to = code_to
            continue
        pieces.append(data[kept_from : crowded.end(1)])
        kept_from = scanned_to = crowded.end()
        raw_text = _RAW_TEXT_RES.get(_NAME_RE.match(data, stop + 1).group().lower())  # type: ignore[union-attr]
        if raw_text is not None and (content := raw_text.match(data, scanned_to)) is not None:
            scanned_to = content.end()  # a crowded <script>'s content is still no tags
    if not pieces:
        return data
    pieces.append(data[kept_from:])
    return b"".join(pieces)


def code_end(data: bytes, tag: int, start: int, name: bytes) -> int:
    """Where the code of the script or style sheet `name` whose start tag starts at `tag` and
    content at `start` may be dropped to: the end of its content, or `start` for a script
    that may be JSON-LD (kept whole)."""
    end = _CODE_RES[name.lower()].match(data, start).end()  # type: ignore[union-attr]
    if name.lower() == b"script" and (
        _LD_TYPE_RE.search(data, tag, start) is not None
        or (
            _JSON_OPENING_RE.match(data, start, end) is not None
            and data.find(b'"@context"', start, min(end, start + JSON_LD_SNIFF)) >= 0
        )
    ):
        return start
    return end


#: The code after a self-closed script ("<script src=x.js/>" then code, then "</script>"):
#: libxml2 ends the element at "/>" and reads the code as the page's text, a browser reads it
#: as the script's (a start tag's "/>" ends only a void element). Text that holds no tag up
#: to the next "</script" is taken for that code; text with markup in it is left as it is.
_SELF_CLOSED_CODE_RE: Final = re.compile(rb"(?:[^<]++|<(?![a-zA-Z!/?]))*+(?=</%s)" % _SCRIPT_TAG)
#: The end of a self-closing start tag, after its attributes.
_SELF_CLOSING_RE: Final = re.compile(rb"[\t\n\f\r /]*+(?<=/)>")


def self_closed_code(data: bytes, tag: int, end: int) -> int:
    """Where the code after the self-closed script whose start tag spans `tag` to `end` ends
    (`_SELF_CLOSED_CODE_RE`); `end` when the tag is no self-closed script or no such code
    follows it, or when that text may be JSON-LD (`code_end`)."""
    if data[end - 2 : end] != b"/>" or data[tag + 1 : tag + 7].lower() != b"script":
        return end
    code = _SELF_CLOSED_CODE_RE.match(data, end)
    if code is None or code.end() == end or code_end(data, tag, end, b"script") == end:
        return end
    return code.end()


#: A start tag (or a "<" and a letter in a script or a comment, which count too).
_START_TAG_RE: Final = re.compile(rb"<[a-zA-Z]")
#: Pages larger than this are read tag by tag before parsing, to keep the attributes of
#: libxml2's tree within a budget per byte of input; a smaller page's attributes take at
#: most about 70 MB (1 MiB of 4-byte attributes, up to ~270 bytes each in libxml2).
COUNTED_FROM_BYTES: Final = 1024 * 1024
#: The attribute budget of a larger page: one attribute per this many bytes of input (past
#: it, start tags lose their attributes). libxml2 takes up to ~270 bytes per attribute, so
#: they take at most about 11 bytes per byte of input; real pages have one attribute per 40
#: bytes or more (the benchmark pages: 40 to 1,000).
BYTES_PER_ATTRIBUTE: Final = 24
#: Every token of a page in order: text, a comment, markup that is no start tag, and a start
#: tag's name (group 1) with its attributes (group 2); the ">" that ends a tag is read as text.
_TOKEN_RE: Final = re.compile(
    rb"[^<]++|<(?:%s)|<(?![a-zA-Z])|(%s)((?:%s)*+)" % (_OTHER_MARKUP, _TAG_NAME, _ATTRIBUTE)
)
_ATTRIBUTE_RE: Final = re.compile(_ATTRIBUTE)
_OPEN_TAG_END_RE: Final = re.compile(_OPEN_TAG_END)


def bound_markup(data: bytes, max_elements: int) -> bytes:
    """`data` with its crowded start tags trimmed (MAX_ATTRIBUTES) and cut before start tag
    number `max_elements` + 1; on a page over COUNTED_FROM_BYTES, start tags past one
    attribute per BYTES_PER_ATTRIBUTE bytes also lose their attributes. Linear in `data`."""
    if len(data) > COUNTED_FROM_BYTES:
        return _counted(data, max_elements, len(data) // BYTES_PER_ATTRIBUTE)
    return cut_after_elements(trim_tags_and_code(data), max_elements)


def _counted(data: bytes, max_elements: int, max_attributes: int) -> bytes:
    """`data` read tag by tag: crowded tags trimmed, the attributes of the start tags past
    `max_attributes` in all dropped, code dropped (`code_end`), cut before start tag number
    `max_elements` + 1."""
    pieces: list[bytes] = []
    kept_from = elements = attributes = position = 0
    while (token := _TOKEN_RE.match(data, position)) is not None:
        position = token.end()
        if token.group(1) is None:
            continue
        elements += 1
        if elements > max_elements:
            pieces.append(data[kept_from : token.start()])
            return b"".join(pieces)
        if token.group(2):
            count = len(_ATTRIBUTE_RE.findall(token.group(2)))
            attributes += min(count, MAX_ATTRIBUTES)
            # over budget, the tag keeps its name only; a crowded one its first attributes
            cut = token.end(1) if attributes > max_attributes else _crowded_end(data, token, count)
            if cut is not None:
                pieces.append(data[kept_from:cut])
                kept_from = token.end()
        name = token.group(1)[1:].lower()
        raw_text = _RAW_TEXT_RES.get(name)
        if raw_text is not None and (content := raw_text.match(data, position)) is not None:
            if name in _CODE_RES:
                start = _OPEN_TAG_END_RE.match(data, position).end()  # type: ignore[union-attr]
                if code_end(data, token.start(), start, name) != start:
                    pieces.append(data[kept_from:start])
                    kept_from = content.end()
            position = content.end()  # no tags inside
        elif name == b"script" and (closed := _SELF_CLOSING_RE.match(data, position)):
            code = self_closed_code(data, token.start(), closed.end())
            if code != closed.end():  # code after "<script .../>": dropped as the script's
                pieces.append(data[kept_from : closed.end()])
                kept_from = position = code
    pieces.append(data[kept_from:])
    return b"".join(pieces) if len(pieces) > 1 else data


def _crowded_end(data: bytes, token: re.Match[bytes], count: int) -> int | None:
    """Where a start tag read as `token` with `count` attributes is cut: after its first
    MAX_ATTRIBUTES attributes; None when it has no more."""
    if count <= MAX_ATTRIBUTES:
        return None
    crowded = _CROWDED_RE.match(data, token.start())
    return None if crowded is None else crowded.end(1)  # the same attributes, read again


def cut_after_elements(data: bytes, max_elements: int) -> bytes:
    """`data` up to its start tag number `max_elements` + 1: the elements after it are not
    considered anyway (Options.max_elements), and libxml2 builds no tree of them. One count
    of "<" on pages with fewer, and none on pages too short to hold more (a start tag takes
    two bytes at least)."""
    if len(data) // 2 <= max_elements or data.count(b"<") <= max_elements:
        return data
    for count, match in enumerate(_START_TAG_RE.finditer(data)):
        if count == max_elements:
            return data[: match.start()]
    return data


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
