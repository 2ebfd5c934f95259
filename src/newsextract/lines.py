"""Line detectors: whether a line of text is page furniture, a box heading, a dateline, a
credit line ... in any language of the lexicon (`newsextract.lexicon.ALL`).

Lines are compared after `normalise_line` (case-folded, outer punctuation and dashes removed,
white space collapsed), as the lexicon stores its phrases.
"""

from __future__ import annotations

import re
from typing import Final

from newsextract.caches import short_string_cache
from newsextract.datelines import MAX_PREFIX_WORDS, has_digit, is_dateline, is_time_line
from newsextract.lexicon import (
    ALL,
    BOX_FIRST_WORDS,
    CONTRIBUTOR_NOTE_KEYS,
    CONTRIBUTOR_NOTE_RE,
    CREDIT_FIRST_WORDS,
    FOLLOW_FIRST_WORDS,
    LABEL_LINES,
    NOTICE_RUN_FIRST_WORDS,
    PROMPT_FIRST_WORDS,
    SHARE_FIRST_WORDS,
    UNSPACED_NOTICE_RUN_PREFIXES,
    UNSPACED_PROMPT_PREFIXES,
    any_of,
    phrase_count,
)
from newsextract.parsing import collapse_spaces
from newsextract.patterns import (
    CREDIT_SOURCES,
    EMAIL_RE,
    LETTER_WORD_RE,
    MARKS,
    NETWORK_NAMES,
    has_placeholder,
)

#: Punctuation, dashes and spaces at the start of a line; at its end, the same but the vowel
#: sign a Hindi word ends in (a combining mark: patterns.MARKS).
_LEADING_JUNK_RE: Final = re.compile(r"[\W_]+")
_MARK_RE: Final = re.compile(rf"[{MARKS}]")
#: A credit label and its colon (or dots) with the space after: "Foto:", "Photo (c):",
#: "Bild...". Group 1 is the label.
CREDIT_LABEL_RE: Final = re.compile(
    rf"^\W{{0,2}}([^\W\d_][\w{MARKS} .'-]{{0,24}}?)\s*(?:\(cc?\)\s*)?"
    r"(?:[:\uff1a]|\.{3}|…|\.(?=\s))\s*",  # a full-width colon too (Chinese, Japanese)
    re.I,
)
_CREDIT_BY_RE: Final = re.compile(r"^\W{0,2}([^\W\d_]+(?: [^\W\d_]+)?) (?=[A-Z\u00c0-\u00de])")
#: A copyright sign or word opening a line, maybe after a trademark's ("™ & © 2013 …").
_CREDIT_MARK_RE: Final = re.compile(r"^\s*(?:[™®]\s*&?\s*)?(?:©|\(c\)|copyright\b)", re.I)

#: A count and a word, either way round: "12 comments", "kommentare (3)" (normalised lines).
_COUNT_RE: Final = re.compile(r"^\d+\s+([^\W\d_]+)$|^([^\W\d_]+)\s*\(?\d+$")
_FIRST_WORD_RE: Final = re.compile(rf"\W{{0,2}}({LETTER_WORD_RE.pattern})")
_DIGITS_RE: Final = re.compile(r"\d+")
#: What a media player writes: time codes ("4:42", "1:02:03") and percentages ("0%").
_MEDIA_FIGURE_RE: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s?%")
#: A line that addresses the reader is a sentence or two; its opening phrase has few words.
MAX_PROMPT_LINE_CHARS: Final = 250
MAX_PROMPT_PREFIX_WORDS: Final = 6
#: What may stick to a word of a line ("gefallen?"): stripped before phrases are compared.
_WORD_PUNCTUATION: Final = ".,;:!?¿¡\"'«»()[]…"
#: A player's line is short and has at most this many words besides its figures.
MAX_MEDIA_LINE_CHARS: Final = 40
MAX_MEDIA_WORDS: Final = 2
#: A counter: up to two words, a number (or a range of them: "1 - 5 of 36"), a slash or a
#: count word, a number, a word.
MAX_COUNTER_CHARS: Final = 40
_COUNTER_RE: Final = re.compile(
    r"^\W*(?:[^\W\d_]+\W+){0,2}\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s*(?:[/\uff0f]|"
    + any_of(ALL.count_words)
    + r")\s*\d{1,4}\s*(?:[^\W\d_]{1,12})?\W*$",
    re.I,
)
#: Where a share bar's labels are set apart, or run together (a lower-case letter right
#: before an upper-case one: "FacebookE-Mail").
_SHARE_SEPARATOR_RE: Final = re.compile(r"\s*[|·•/]\s*")
_CAMEL_JOIN_RE: Final = re.compile(r"(?<=[a-zäöüßéèàç])(?=[A-ZÄÖÜÉ])")
#: The capital of the first such join: a search for it stops at capitals only (rarer than
#: small letters), where the empty pattern above is tried at every position.
_CAMEL_PAIR_RE: Final = re.compile(r"[A-ZÄÖÜÉ](?<=[a-zäöüßéèàç][A-ZÄÖÜÉ])")
MAX_LABEL_WORDS: Final = 4  # the words of one label of a share bar or toolbar
#: Credit lines are short; a longer line that opens with "Photo:" is prose.
MAX_CREDIT_LINE_CHARS: Final = 250
#: No furniture line or box heading of the tables is longer than this (with its topic).
MAX_PHRASE_CHARS: Final = 100
#: A related heading may name its topic after the phrase ("More from Politics").
MAX_RELATED_TOPIC_WORDS: Final = 4
_MAX_HEADING_WORDS: Final = 7


#: Stages ask about the same lines (a block's text, a label) several times per page: the
#: normal forms of this many recent lines are kept (per process; a pure function of its text).
NORMALISED_LINES_CACHED: Final = 4096


@short_string_cache(NORMALISED_LINES_CACHED)
def normalise_line(text: str) -> str:
    """Case-fold, collapse white space and strip punctuation and dashes at both ends."""
    line = collapse_spaces(text.casefold())
    if "\u0307" in line:  # Turkish "İ" case-folds to "i" and a combining dot: "i̇lgili"
        line = line.replace("i\u0307", "i")
    if line and (not line[0].isalnum() or not line[-1].isalnum()):
        return strip_outer_junk(line)
    return line


def strip_outer_junk(line: str) -> str:
    """`line` without punctuation, dashes and spaces at its ends. The end is read backwards a
    character at a time: a regular expression anchored at the end ("[^\\w]+$") is tried at
    every position of the line, which made this most of the cost of reading a line."""
    leading = _LEADING_JUNK_RE.match(line)
    start = 0 if leading is None else leading.end()
    end = len(line)
    while end > start:
        character = line[end - 1]
        if character.isalnum() or (character != "_" and _MARK_RE.match(character)):
            break
        end -= 1
    return line[start:end]


#: A server's message is read on lines up to this long (a page's text may be one long line).
MAX_SERVER_MESSAGE_CHARS: Final = 1000
#: A message the server's PHP wrote into the page ("Warning: Creating default object from
#: empty value in /www/wp-includes/classes.php on line 407"): machinery in any language.
_SERVER_MESSAGE_RE: Final = re.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?"
    r"[Ff]atal error|Parse error)\s*:\s.*\sin\s\S+\son line\s\d+\b"
)


def is_furniture_line(text: str) -> bool:
    """True for a line that is page furniture: a prompt or label, a box heading, a notice, a
    player's or a counter's figures, a share bar, a dateline, an image credit or a server's
    error message (one call, one normalisation)."""
    if (
        len(text) <= MAX_SERVER_MESSAGE_CHARS
        and " on line " in text
        and _SERVER_MESSAGE_RE.match(text) is not None
    ):
        return True
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    line = normalise_line(text)
    if len(text) <= MAX_PHRASE_CHARS and _is_short_furniture(text, line):
        return True
    if len(text) <= MAX_PROMPT_LINE_CHARS and (
        _is_prompt(line) or _notes_contributors(line) or _invites(line) or _is_notice_run(line)
    ):
        return True
    return is_dateline(text) or is_credit_line(text)


#: Where a line of several sentences or labels breaks: a sentence's end, a bracket.
_SENTENCE_BREAK_RE: Final = re.compile(
    r"[\u3002\uff01\uff1f\uff3b\uff3d\u3010\u3011\[\]]|[.!?\u2026](?=\s)"
)


def _is_notice_run(line: str) -> bool:
    """A line made of notices and prompts, each a sentence or a label in brackets ("[Members
    only] This article is for members. Log in to read on."): scripts written without
    spaces run them together in one paragraph."""
    first = line.split(" ", 1)[0].strip(f"{_WORD_PUNCTUATION}\uff3b\uff3d\u3010\u3011\u3002")
    if first not in NOTICE_RUN_FIRST_WORDS and not first.startswith(UNSPACED_NOTICE_RUN_PREFIXES):
        return False  # most lines: one set look-up
    parts = [part for part in map(normalise_line, _SENTENCE_BREAK_RE.split(line)) if part]
    return len(parts) > 1 and all(_is_notice(part) or _is_prompt(part) for part in parts)


def _is_short_furniture(text: str, line: str) -> bool:
    """The checks of is_furniture_line for a line of at most MAX_PHRASE_CHARS."""
    if line in ALL.boilerplate_lines or _box_kind(line) is not None or has_placeholder(text):
        return True
    if line in ALL.copyright_lines:  # "All rights reserved." alone, below the text
        return True
    if line in LABEL_LINES:  # a label left alone ("By", "Von:", "Über den Autor")
        return True
    if "@" in line and EMAIL_RE.fullmatch(line):  # the reporter's e-mail address alone
        return True
    if _is_notice(line) or _is_follow(line) or _is_share(text, line):
        return True
    if not has_digit(text):
        return False  # the checks below need a figure (casefolding makes no digit)
    counted = _COUNT_RE.match(line)
    if counted is not None and (counted.group(1) or counted.group(2)) in ALL.counted_words:
        return True
    return is_media_line(text) or is_counter_line(text) or is_time_line(text)


def _notes_contributors(line: str) -> bool:
    """A contributor note anywhere in a normal form ("Jane Doe contributed reporting")."""
    keyed = any(map(line.__contains__, CONTRIBUTOR_NOTE_KEYS))  # most lines: none
    return keyed and CONTRIBUTOR_NOTE_RE.search(line) is not None


def is_boilerplate_line(text: str) -> bool:
    """True for a whole line that is page furniture in any known language."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.boilerplate_lines


def is_notice_line(text: str) -> bool:
    """True for a whole line of a box that stands where an article would ("Loading…",
    "Please log in", "Il vous reste 62% de cet article à lire") in any known language."""
    return len(text) <= MAX_PHRASE_CHARS and _is_notice(normalise_line(text))


def _is_notice(line: str) -> bool:
    if line in ALL.notice_lines:
        return True
    return has_digit(line) and _DIGITS_RE.sub("#", line) in ALL.notice_lines


def is_summary_heading(text: str) -> bool:
    """True for the heading of a box of highlights ("Key points", "Das Wichtigste in Kürze")."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.summary_headings


def is_author_box_heading(text: str) -> bool:
    """True for the heading of a box about the author ("About the author", "Sobre la firma")."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.author_box_headings


def is_prompt_line(text: str) -> bool:
    """True for a line that addresses the reader: an invitation, a question about the page or
    a blog's post footer ("Subscribe to our newsletter for …", "War der Artikel nützlich?",
    "This entry was posted in News")."""
    return len(text) <= MAX_PROMPT_LINE_CHARS and _is_prompt(normalise_line(text))


def _is_prompt(line: str) -> bool:
    first = line.split(" ", 1)[0].strip(_WORD_PUNCTUATION)
    if first not in PROMPT_FIRST_WORDS:  # most lines: one set look-up, before words are cut
        return first.startswith(UNSPACED_PROMPT_PREFIXES)  # "扫描二维码关注我们"
    words = [word.strip(_WORD_PUNCTUATION) for word in line.split(" ", MAX_PROMPT_PREFIX_WORDS)]
    return any(
        " ".join(words[:size]) in ALL.prompt_prefixes
        for size in range(1, min(MAX_PROMPT_PREFIX_WORDS, len(words)) + 1)
    )


def is_media_line(text: str) -> bool:
    """True for a line of a media player: time codes or a percentage and at most a word or
    two ("Loaded: 0%", "VIDEO4:4204:42", "0:00 / 3:12")."""
    if len(text) > MAX_MEDIA_LINE_CHARS or not _MEDIA_FIGURE_RE.search(text):
        return False
    rest = _MEDIA_FIGURE_RE.sub(" ", text)
    return not has_digit(rest) and len(LETTER_WORD_RE.findall(rest)) <= MAX_MEDIA_WORDS


def is_counter_line(text: str) -> bool:
    """True for a counter of pictures or pages: "3 of 12", "Bild 1 von 5", "(1/3ページ)"."""
    return len(text) <= MAX_COUNTER_CHARS and _COUNTER_RE.match(text) is not None


def is_share_line(text: str) -> bool:
    """True for a share bar's labels run together ("FacebookE-MailZur Merkliste hinzufügen",
    "Facebook | X | WhatsApp"): every piece a network's name or a furniture phrase."""
    return len(text) <= MAX_PHRASE_CHARS and _is_share(text, normalise_line(text))


def _is_share(text: str, line: str) -> bool:
    """`line`: the text's normal form (its first word is the share bar's first label when
    no camel-case join runs labels together)."""
    pair = _CAMEL_PAIR_RE.search(text)  # the text up to its first camel-case join
    first = (line if pair is None else normalise_line(text[: pair.start()])).split(" ", 1)[0]
    if first not in SHARE_FIRST_WORDS:  # most lines: one set look-up
        return False
    pieces = [piece for piece in _SHARE_SEPARATOR_RE.split(text) if piece.strip()]
    if len(pieces) == 1:
        pieces = _CAMEL_JOIN_RE.split(pieces[0])
        if len(pieces) == 1:  # labels set apart by spaces only ("Bild anzeigen Bild schließen")
            return phrase_count(line.split(), _is_share_piece, MAX_LABEL_WORDS) > 1
    return len(pieces) > 1 and all(_is_share_piece(piece) for piece in pieces)


def _is_share_piece(piece: str) -> bool:
    line = normalise_line(piece)
    if line in NETWORK_NAMES or line in ALL.boilerplate_lines:
        return True
    parts = _CAMEL_JOIN_RE.split(piece)
    return len(parts) > 1 and all(normalise_line(part) in NETWORK_NAMES for part in parts)


def is_follow_line(text: str) -> bool:
    """True for a line that asks readers to follow someone on a network ("Follow Jane Doe on
    X.", "Folgen Sie uns auf Instagram")."""
    return len(text) <= MAX_PHRASE_CHARS and _is_follow(normalise_line(text))


def _is_follow(line: str) -> bool:
    # A normal form's words are set apart by one space: its last word is read first.
    if " " not in line or line.rpartition(" ")[2] not in NETWORK_NAMES:
        return False
    return _follow_prefix(line.split()) > 0


def _follow_prefix(words: list[str]) -> int:
    """How many of the first words (at least one other left) are a follow prefix ("Follow",
    "Folgen Sie uns auf"), the shortest that is one; 0 when none is."""
    for size in range(1, min(MAX_PREFIX_WORDS, len(words) - 1) + 1):
        if " ".join(words[:size]) in ALL.follow_prefixes:
            return size
    return 0


#: An invitation to follow names its network within this many words of its prefix
#: ("Follow The Daily Paper on Twitter and Instagram @paper and on Facebook").
MAX_FOLLOW_NAME_WORDS: Final = 6


def _invites(line: str) -> bool:
    """A longer line that asks readers to follow someone on a network: a follow prefix, then
    a network's name within a few words (`line`: a normal form)."""
    if line.partition(" ")[0] not in FOLLOW_FIRST_WORDS:
        return False  # most lines: one set look-up
    words = [word.strip(_WORD_PUNCTUATION) for word in line.split()]
    size = _follow_prefix(words)
    return size > 0 and not NETWORK_NAMES.isdisjoint(words[size : size + MAX_FOLLOW_NAME_WORDS + 1])


def is_comment_heading(text: str) -> bool:
    """True for the heading of a reader comment area ("Kommentare", "3 Comments")."""
    if len(text) > MAX_PHRASE_CHARS:
        return False
    line = normalise_line(text)
    if line in ALL.comment_headings:
        return True
    counted = _COUNT_RE.match(line)
    return counted is not None and (counted.group(1) or counted.group(2)) in ALL.comment_headings


def is_related_heading(text: str) -> bool:
    """True for the heading of a box of links to related articles ("Mehr zum Thema: X")."""
    return box_heading_kind(text) == "related"


def is_bare_related_heading(text: str) -> bool:
    """True for a related heading that is the phrase alone ("Related", "Lire aussi"), without
    the topic or site a heading may name after it ("More from the BBC")."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.related_headings


def is_listing_heading(text: str) -> bool:
    """True for the heading of a site-wide list ("Meistgelesen", "Trending", "Tags")."""
    return box_heading_kind(text) == "listing"


def is_box_heading(text: str) -> bool:
    """True for the heading of any box of links: related articles or a site-wide list."""
    return box_heading_kind(text) is not None


def box_heading_kind(text: str) -> str | None:
    """ "related" or "listing" for the heading of such a box of links, else None."""
    if len(text) > MAX_PHRASE_CHARS:
        return None
    return _box_kind(normalise_line(text))


def _box_kind(line: str) -> str | None:
    if line.partition(" ")[0].rstrip(":") not in BOX_FIRST_WORDS:
        return None  # most lines: one set look-up, before the words are cut
    words = line.split(" ")
    for kind, table in (("related", ALL.related_headings), ("listing", ALL.listing_headings)):
        if _heading_in(line, words, table):
            return kind
    return None


def _heading_in(line: str, words: list[str], table: frozenset[str]) -> bool:
    if line in table:
        return True
    labelled = ":" in line  # "Mehr zum Thema: Verkehr", "Related Roundup: Laptops"
    for size in range(min(_MAX_HEADING_WORDS, len(words) - 1), 0, -1):
        phrase = " ".join(words[:size])
        if phrase.rstrip(":") in table and (labelled or size > 1):
            return len(words) - size <= MAX_RELATED_TOPIC_WORDS
    return False


def is_credit_line(text: str) -> bool:
    """True for a short line that opens with a credit label or a copyright sign (with no colon,
    before words or a known source: "Foto Jane Doe", "Photo Reuters", not "Video Loading")."""
    if _CREDIT_MARK_RE.match(text):
        return True
    first = _FIRST_WORD_RE.match(text)
    if first is None or first.group(1).casefold() not in CREDIT_FIRST_WORDS:
        return False
    for pattern in (CREDIT_LABEL_RE, _CREDIT_BY_RE):
        match = pattern.match(text)
        if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
            rest = text[match.end() :].casefold()
            return pattern is CREDIT_LABEL_RE or len(rest.split()) > 1 or rest in CREDIT_SOURCES
    return False
