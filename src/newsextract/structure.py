"""Structure: the blocks of the chosen container become sections under their headings.

Blocks that a reader does not read as the article are left out here: captions, the title
heading, link lists, furniture lines (comment and location prompts, share labels), image
credit lines and the headings of related-article boxes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Final
from urllib.parse import urlsplit

from lxml import etree

from newsextract.blocks import Block, Role, Segments
from newsextract.credits import find_credits
from newsextract.figures import figure_credits
from newsextract.headings import (
    MIN_DEK_CHARS,
    MIN_TEASER_LINK_SHARE,
    SENTENCE_ENDS,
    is_teaser_heading,
    own_headings,
)
from newsextract.images import find_images
from newsextract.lines import (
    is_boilerplate_line,
    is_box_heading,
    is_furniture_line,
    is_related_heading,
    normalise_line,
)
from newsextract.marks import Mark
from newsextract.metadata import Metadata
from newsextract.model import BlockKind, Image, ImageCredit, Link, Section
from newsextract.parsing import printable
from newsextract.placement import Placement
from newsextract.related import LinkBox, box_heading, group_name, related_links, spaced_text
from newsextract.scoring import is_prose

#: Body blocks with a larger share of link text are link lists or "Read more" lines.
MAX_BODY_LINK_SHARE: Final = 0.5


#: Lines of links of one element times the links of that element above which each line is
#: matched with its own links only (on the benchmark pages, at most 1 line x 13 links).
MAX_LINE_LINK_CHECKS: Final = 10_000
#: A block with this share of link text is a line of links (a teaser, a "see also" item).
MIN_LINK_LINE_SHARE: Final = 0.8
#: Related boxes this many blocks after the article still belong to it (before comments,
#: footers and site-wide boxes). Calibrated on the fixtures and the annotated bench pages.
RELATED_TAIL_BLOCKS: Final = 6
#: A paragraph of nothing but a number this short is a counter (of votes, of comments);
#: tables and code keep theirs.
MAX_LETTERLESS_CHARS: Final = 20
_COUNT_ONLY_RE: Final = re.compile(r"[\d\s.,%+]+")
_PROSE_KINDS: Final = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE})
#: A paragraph mostly of link text is a sentence, not a line of links, when it ends as a
#: sentence and has at least this many words.
MIN_LINKED_SENTENCE_WORDS: Final = 6
#: Teasers at the end of the column, this many in a row or more, are cut: each a heading
#: that is a link (another article's headline) and the short lines under it ("2 hrs ago").
MIN_TEASERS: Final = 2
#: Under a teaser's headline: at most this many lines (an excerpt, a date), none longer.
MAX_TEASER_BLOCKS: Final = 3
MAX_TEASER_CHARS: Final = 300
#: Credit lines may follow the article by a few blocks ("Fotos: …" under the last image).
CREDIT_TAIL_BLOCKS: Final = 3


@dataclass(frozen=True, slots=True)
class Body:
    """What the structure stage gives the Article: the article's content."""

    sections: tuple[Section, ...] = ()
    images: tuple[Image, ...] = ()
    image_credits: tuple[ImageCredit, ...] = ()
    related_links: tuple[Link, ...] = ()


def build_body(
    segments: Segments, place: Placement | None, meta: Metadata, *, stated: tuple[str, ...] = ()
) -> Body:
    """Sections, images, credits and related links of the article at `place`; without one,
    the `stated` paragraphs (the page's JSON-LD text) are the article's only section."""
    title, base_url = meta.title, meta.base_url
    if place is None:
        return Body(
            sections=_stated_sections(stated, title),
            images=find_images(meta.lead_images, (), base_url=base_url),
        )
    blocks = segments.blocks
    start, end, first = place.start, place.end, place.first
    lead = () if place.headline is None else _lead(blocks[place.headline + 1 : start])
    cites = partial(_cites_elsewhere, segments, _host(meta.url))
    held = _article_blocks(lead + place.held, title=title, cites=cites)
    teaser = partial(is_teaser_heading, segments, meta.url)
    images = [
        box.element
        for box in segments.marks
        if box.mark is Mark.IMAGE and first <= box.position <= end
    ]
    return Body(
        sections=_sections(own_headings(_without_teasers(list(held), segments), title, teaser)),
        images=find_images(meta.lead_images, images, base_url=base_url),
        image_credits=figure_credits(
            images,
            find_credits(
                blocks[first : end + CREDIT_TAIL_BLOCKS], segments.elements, base_url=base_url
            ),
            base_url=base_url,
        ),
        related_links=related_links(
            _link_boxes(segments, start, end, _link_lines(segments, start, end)),
            base_url=base_url,
            page_url=meta.url,
        ),
    )


def _stated_sections(paragraphs: tuple[str, ...], title: str | None) -> tuple[Section, ...]:
    """The page's stated text as one section, through the same filters as the blocks."""
    blocks = (Block(text, BlockKind.PARAGRAPH, Role.BODY, 0, -1, 0) for text in paragraphs)
    return _sections(_article_blocks(blocks, title=title))


def _lead(between: Sequence[Block]) -> tuple[Block, ...]:
    """The lead between the headline and the container: its prose, and a heading long enough
    to be a sentence (a standfirst set as <h2>-<h6>)."""
    return tuple(
        block._replace(role=Role.BODY, level=0) if block.role is Role.HEADING else block
        for block in between
        if is_prose(block) or (block.role is Role.HEADING and len(block.text) >= MIN_DEK_CHARS)
    )


#: A line of links of the container: position, block, group, only links to articles.
_Line = tuple[int, Block, str | None, bool]


def _link_boxes(segments: Segments, start: int, end: int, lines: list[_Line]) -> list[LinkBox]:
    """Related boxes in or right after the container, its "Read more:" lines and its lists
    of links (under a related heading, or list items that are nothing but a link), in order.
    A box further below is the article's when a related heading opens it (not only its
    class): its links to the site's articles count."""
    tail = end + RELATED_TAIL_BLOCKS
    placed = [
        (box.position, _box(box.element, far=box.position > tail))
        for box in segments.related_boxes
        if start <= box.position and (box.position <= tail or _headed_related(box.element))
    ]
    per_element = Counter(block.owner for _, block, _, _ in lines)
    own_links_only = {
        owner for owner, count in per_element.items() if _too_many_checks(segments, owner, count)
    }
    for position, block, group, articles_only in lines:
        element = segments.elements[block.owner]
        anchors = None  # all of its element's links
        if block.owner in own_links_only:
            anchors = list(segments.anchors[block.anchors.start : block.anchors.stop])
        around = next(element.iterancestors("a"), None)
        if around is not None:  # a headline inside a teaser's link: the link, as a line
            line = LinkBox(around, group, spaced_text(around), articles_only, [around])
            placed.append((position, line))
            continue
        placed.append((position, LinkBox(element, group, block.text, articles_only, anchors)))
    placed.sort(key=lambda item: item[0])
    return [box for _, box in placed]


def _box(element: etree._Element, *, far: bool) -> LinkBox:
    """A related box; one far below the article gives its links to the site's articles
    under its related headings only."""
    return LinkBox(element, None, articles_only=far, related_only=far)


def _headed_related(element: etree._Element) -> bool:
    """True when a related heading opens the box ("Related Coverage", "関連記事")."""
    heading = box_heading(element)
    return heading is not None and is_related_heading(heading)


def _link_lines(segments: Segments, start: int, end: int) -> list[_Line]:
    """The lines of links of the container: (position, block, group, articles only).

    A "Read more:" line; a line of links under a related heading; a list item that is
    nothing but a link; a teaser's linked headline set between paragraphs of the article
    (prose before it, captions aside, and after it: a teaser in the text, not a card of a
    feed under a heading of its own or closing the column)."""
    last_prose = max(
        (position for position in range(start, end) if is_prose(segments.blocks[position])),
        default=-1,
    )
    lines: list[_Line] = []
    heading: str | None = None  # the related heading the current run of link lines is under
    after_prose = False  # the last block that is not a line of links or a caption is prose
    for position in range(start, end):
        block = segments.blocks[position]
        label = _read_more_label(block)
        if label is not None:
            lines.append((position, block, label, False))
        elif block.link_chars >= MIN_LINK_LINE_SHARE * len(block.text):
            if heading is not None:
                lines.append((position, block, heading, False))
            elif block.kind is BlockKind.LIST_ITEM or (
                block.role is Role.HEADING and after_prose and position < last_prose
            ):
                lines.append((position, block, None, True))
        else:
            heading = group_name(block.text) if is_related_heading(block.text) else None
            if block.role is not Role.CAPTION:
                after_prose = is_prose(block)
    return lines


def _too_many_checks(segments: Segments, owner: int, lines: int) -> bool:
    """Whether matching each of an element's `lines` lines of links with all of its links
    would take more than MAX_LINE_LINK_CHECKS (its lines are then matched with their own
    links only)."""
    if lines < 2:
        return False
    return lines * sum(1 for _ in segments.elements[owner].iter("a")) > MAX_LINE_LINK_CHECKS


def _read_more_label(block: Block) -> str | None:
    """The label of an inline "Read more: <link>" line, or None for other blocks."""
    if block.role is Role.CAPTION or not block.link_chars or ":" not in block.text:
        return None
    label = block.text.split(":", 1)[0].lstrip("([").strip()
    return group_name(label) if is_related_heading(label) else None


def _article_blocks(
    blocks: Iterable[Block],
    *,
    title: str | None,
    cites: Callable[[Block], bool] = lambda block: False,
) -> Iterator[Block]:
    """The blocks a reader reads as the article, in order, without repeats. `cites` says
    whether a block's links lead off the site (a source cited, not another article)."""
    title_line = normalise_line(title) if title else None
    previous = None
    for original in blocks:
        if original.role is Role.CAPTION or original.text == previous:
            continue
        block = _printable(original)
        if "\n" in block.text and block.kind is not BlockKind.CODE:
            block = _without_furniture_lines(block, title_line)
            if not block.text:
                continue
        if block.role is Role.HEADING:
            if block.level == 1 or normalise_line(block.text) == title_line:
                continue
            if is_box_heading(block.text) or is_boilerplate_line(block.text):
                continue
        elif _is_furniture(block, cites) or _read_more_label(block) is not None:
            continue  # furniture, or a "Read more: <link>" line (its link is a related link)
        previous = block.text
        yield block


def _without_teasers(blocks: list[Block], segments: Segments) -> list[Block]:
    """The blocks without the teaser cards that close the column (see MIN_TEASERS)."""
    end = len(blocks)
    cut = end
    teasers = 0
    while end > 0:
        start = end - 1
        while (
            start >= 0
            and end - start <= MAX_TEASER_BLOCKS
            and blocks[start].role is not Role.HEADING
            and len(blocks[start].text) <= MAX_TEASER_CHARS
        ):
            start -= 1
        if start < 0 or not _is_teaser_card(blocks[start:end], segments):
            break
        teasers += 1
        end = start
        if teasers >= MIN_TEASERS:
            cut = end
    return blocks[:cut]


def _is_teaser_card(group: list[Block], segments: Segments) -> bool:
    """A headline that is a link, and the lines under it, alone in a box of their own (a
    card): not a link heading between an article's paragraphs."""
    headline = group[0]
    if headline.role is not Role.HEADING or headline.link_chars < MIN_TEASER_LINK_SHARE * len(
        headline.text
    ):
        return False
    box = segments.parents[headline.owner]
    if box < 0:
        return False
    start, end = segments.spans[box]
    return end - start <= len(group) + 1 and all(
        start <= segments.spans[block.owner][0] < end for block in group[1:]
    )


def _printable(block: Block) -> Block:
    """The block without control characters, white space normalised again where they were."""
    text = printable(block.text)
    if text == block.text or block.kind is BlockKind.CODE:
        return block._replace(text=text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return block._replace(text="\n".join(line for line in lines if line))


def _without_furniture_lines(block: Block, title_line: str | None) -> Block:
    """A block of several lines (<br>) without its headline, byline and dateline lines."""
    lines = [
        line
        for line in block.text.split("\n")
        if normalise_line(line) != title_line and not is_furniture_line(line)
    ]
    return block._replace(text="\n".join(lines))


def _is_furniture(block: Block, cites: Callable[[Block], bool]) -> bool:
    text = block.text
    if (
        block.link_chars > MAX_BODY_LINK_SHARE * len(text)
        and block.kind is not BlockKind.CODE
        and not (_linked_sentence(block) and cites(block))
    ):
        return True
    if (
        block.kind in _PROSE_KINDS
        and len(text) <= MAX_LETTERLESS_CHARS
        and _COUNT_ONLY_RE.fullmatch(text)
    ):
        return True  # a count on its own: "26", "1.204"
    return is_furniture_line(text)


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _cites_elsewhere(segments: Segments, host: str | None, block: Block) -> bool:
    """True when every link of the block leads to another site than the page's (a source
    cited in a sentence), not to another article of the site (a cross-reference)."""
    hrefs = [segments.anchors[index].get("href") or "" for index in block.anchors]
    return bool(hrefs) and all(
        href.startswith(("http://", "https://", "//"))
        and _host(href if "://" in href else "http:" + href) != host
        for href in hrefs
    )


def _linked_sentence(block: Block) -> bool:
    """A sentence most of whose words are a link ("It also <a>co-ordinates military plans and
    carries out joint exercises</a>."): it opens with words of its own and ends as a
    sentence does, which a line of links or a teaser's title does not."""
    text = block.text
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(text)  # a block of control characters only is empty once printable
        and text[-1] in SENTENCE_ENDS
        and len(text.split()) >= MIN_LINKED_SENTENCE_WORDS
        and block.link_chars < len(text) - 1
        and text[0].isalpha()
        and "\n" not in text
    )


def _sections(blocks: Iterable[Block]) -> tuple[Section, ...]:
    """Group blocks under their headings; a heading with nothing under it at the end goes."""
    sections: list[Section] = []
    heading: str | None = None
    level = 0
    paragraphs: list[str] = []
    kinds: list[BlockKind] = []
    for block in blocks:
        if block.role is Role.HEADING:
            if heading is not None or paragraphs:
                sections.append(Section(heading, level, tuple(paragraphs), tuple(kinds)))
            heading, level, paragraphs, kinds = block.text, block.level, [], []
        else:
            paragraphs.append(block.text)
            kinds.append(block.kind)
    if paragraphs:
        sections.append(Section(heading, level, tuple(paragraphs), tuple(kinds)))
    while sections and not sections[-1].paragraphs:
        sections.pop()
    return tuple(sections)
