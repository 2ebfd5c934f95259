"""Structure: the blocks of the chosen container become sections under their headings.

Blocks that a reader does not read as the article are left out here: captions, the title
heading, link lists, furniture lines (comment and location prompts, share labels), image
credit lines and the headings of related-article boxes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Final

from lxml import etree

from newsextract.blockfurniture import Test, is_furniture_block, is_furniture_heading
from newsextract.blocks import Block, Role, Segments
from newsextract.credits import find_credits
from newsextract.figures import figure_credits
from newsextract.headings import (
    MIN_DEK_CHARS,
    MIN_TEASER_LINK_SHARE,
    is_teaser_heading,
    opens_a_box,
    own_headings,
)
from newsextract.images import find_images, image_url, picture_key
from newsextract.keywordlinks import KeywordLines
from newsextract.lines import (
    is_boilerplate_line,
    is_box_heading,
    is_furniture_line,
    is_notice_line,
    is_prompt_line,
    normalise_line,
)
from newsextract.linkboxes import furniture_marks, link_boxes, read_more_label
from newsextract.linkposts import cites_elsewhere
from newsextract.marks import Mark
from newsextract.metadata import Metadata
from newsextract.model import BlockKind, Image, ImageCredit, Link, Section
from newsextract.owners import ownership
from newsextract.parsing import printable
from newsextract.patterns import has_placeholder
from newsextract.placement import Placement
from newsextract.related import LinkBox, related_links
from newsextract.rows import cells, row_text
from newsextract.scoring import is_prose
from newsextract.urls import host_of

#: Blocks whose lines are not cut one by one: code, and a table row (whose lines are those
#: of its cells: a line cut would move the cells after it).
_WHOLE_KINDS: Final = frozenset({BlockKind.CODE, BlockKind.TABLE_ROW})
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
    segments: Segments,
    place: Placement | None,
    meta: Metadata,
    *,
    stated: tuple[str, ...] = (),
    link_post: bool = False,
) -> Body:
    """Sections, images, credits and related links of the article at `place`; without one,
    the `stated` paragraphs (the page's JSON-LD text) are the article's only section. In a
    `link_post` (linkposts.py) the lines of links to other sites are the article's text."""
    title, base_url = meta.title, meta.base_url
    if place is None:
        return Body(
            sections=_stated_sections(stated, title),
            images=find_images(meta.lead_images, (), base_url=base_url),
        )
    start, end, first = place.start, place.end, place.first
    lead = () if place.headline is None else _lead(segments.blocks[place.headline + 1 : start])
    held = _held(segments, lead + place.text, meta, link_post)
    boxes = link_boxes(segments, start, end)
    related = related_links(boxes, base_url=base_url, page_url=meta.url)
    teaser = partial(is_teaser_heading, segments, meta.url)
    boxed = partial(opens_a_box, segments)
    images = [
        box.element
        for box in segments.marks
        if box.mark is Mark.IMAGE and first <= box.position <= end
    ]
    header = _header_lead_images(segments, first, meta)
    owner = ownership(urls=(meta.url,), base_url=base_url, title=title, headings=meta.headings)
    return Body(
        sections=_sections(
            own_headings(
                _without_related_headlines(
                    _without_teasers(list(held), segments), segments, boxes, related
                ),
                title,
                teaser,
                boxed,
            )
        ),
        images=find_images(meta.lead_images, images, base_url=base_url),
        image_credits=figure_credits(
            header + images,
            find_credits(
                segments.blocks[first : end + CREDIT_TAIL_BLOCKS],
                segments.elements,
                base_url=base_url,
                owner=owner,
            ),
            base_url=base_url,
            owner=owner,
        ),
        related_links=related,
    )


def _held(
    segments: Segments, text: Sequence[Block], meta: Metadata, link_post: bool
) -> Iterator[Block]:
    """The blocks of `text` a reader reads as the article (_article_blocks), with the
    questions asked of them read from the page once."""
    return _article_blocks(
        text,
        title=meta.title,
        cites=partial(cites_elsewhere, segments, host_of(meta.url)),
        marked=furniture_marks(segments, text),
        keywords=KeywordLines(segments, text),
        link_post=link_post,
    )


def _without_related_headlines(
    blocks: Iterable[Block], segments: Segments, boxes: Sequence[LinkBox], related: Sequence[Link]
) -> Iterator[Block]:
    """The blocks without the headings that are related links under a label: the headlines
    of other articles, each a link set as a heading, in a list under a related heading
    ("More:" over "<li><h4><a>…</a></h4></li>"). Lines of links that are no headings are
    furniture already (_is_furniture); a teaser's headline set alone between paragraphs,
    with no label, stays in the text as the page shows it (own_headings)."""
    lines = {box.element for box in boxes if box.text is not None and box.group is not None}
    texts = {link.text for link in related}
    for block in blocks:
        if not (
            block.role is Role.HEADING
            and block.text in texts
            and segments.elements[block.owner] in lines
        ):
            yield block


def _header_lead_images(segments: Segments, first: int, meta: Metadata) -> list[etree._Element]:
    """The lead image (og:image, JSON-LD image) where the page shows it above the article's
    headline, in the page's header: its figure credits it as the article's own do."""
    keys = {picture_key(url) for url in meta.lead_images}
    if not keys:
        return []
    return [
        box.element
        for box in segments.marks
        if box.position < first
        and box.mark is Mark.IMAGE
        and picture_key(image_url(box.element, meta.base_url) or "") in keys
    ]


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


def _article_blocks(
    blocks: Iterable[Block],
    *,
    title: str | None,
    cites: Test = lambda block: False,
    marked: Test = lambda block: False,
    keywords: Test = lambda block: False,
    link_post: bool = False,
) -> Iterator[Block]:
    """The blocks a reader reads as the article, in order, without repeats. `cites`: do a
    block's links lead off the site (a source cited, not another article; in a link post a
    line of such links is the article's); `marked`: does the markup around it make it
    furniture (linkboxes.marked_furniture); `keywords`: are its links keyword links."""
    title_line = normalise_line(title) if title else None
    previous = None
    opening = True  # no prose yet: a paragraph that states the title is the headline
    for original in blocks:
        if original.role is Role.CAPTION or original.text == previous:
            continue
        block = _printable(original)
        if not block.text:  # control characters only (a row of them: a row of empty cells)
            continue
        if "\n" in block.text and block.kind not in _WHOLE_KINDS:
            block = _without_furniture_lines(block, title_line)
            if not block.text:
                continue
        if block.role is Role.HEADING:
            if block.level == 1 or normalise_line(block.text) == title_line:
                continue
            if is_box_heading(block.text) or is_boilerplate_line(block.text):
                continue
            if is_prompt_line(block.text) or is_notice_line(block.text):
                continue  # "Subscribe to email updates", "Loading…" set as a heading
            if is_furniture_heading(block.text):
                continue
            if has_placeholder(block.text):  # "{{ section.title }}"
                continue
        elif (
            is_furniture_block(block, cites, keywords, link_post)
            or read_more_label(block) is not None
        ):
            continue  # furniture, or a "Read more: <link>" line (its link is a related link)
        elif marked(block):
            continue  # "Kategorie: News, Politik", the rules of the comment box below
        elif opening and title_line is not None and normalise_line(block.text) == title_line:
            continue  # the headline set as a paragraph ("<div class=title><b>…</b></div>")
        previous = block.text
        opening = opening and not is_prose(block)
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
    if text == block.text:
        return block
    if block.kind is BlockKind.CODE:  # trimmed again as blocks.py trims code
        text = text.strip("\n").rstrip()
        return block._replace(text=text if "\n" in text else text.strip())
    if block.kind is BlockKind.TABLE_ROW:  # each cell normalised again, as blocks.py does
        return block._replace(text=row_text(_lines(cell) for cell in cells(text)))
    return block._replace(text=_lines(text))


def _lines(text: str) -> str:
    """`text` with white space collapsed in each line, without empty lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _without_furniture_lines(block: Block, title_line: str | None) -> Block:
    """A block of several lines (<br>) without its headline, byline and dateline lines."""
    lines = [
        line
        for line in block.text.split("\n")
        if normalise_line(line) != title_line and not is_furniture_line(line)
    ]
    return block._replace(text="\n".join(lines))


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
