"""Link posts: an article whose content is lines of links to other sites.

A blog's "links of the day", a linkroll, a reading list: the page's one article element
holds lines that are each mostly a link to another site, some with a short line of comment
("via netzpolitik.org <url>"). The first reading counts no prose in it (its lines are
links), and the body stage would drop its lines as link lists. When the first reading's
choice is weak (selection.py), the page's one article element (the one marked
itemprop="articleBody", else the one <article>) is a link post when most of its body
blocks are lines of links that all lead off the site, at least MIN_LINK_LINES of them: it is
the article, and its lines of links to other sites are kept (structure.py).
"""

from __future__ import annotations

from typing import Final

from newsextract.blocks import Block, Role, Segments
from newsextract.scoring import MAX_PROSE_LINK_SHARE, Candidate, Ranking, candidate_at
from newsextract.urls import host_of

#: A link post has at least this many lines of off-site links: two are a footnote.
MIN_LINK_LINES: Final = 3
#: ... and they are at least this share of its body blocks (the rest: a byline, a closing
#: line, the comment lines without a link).
MIN_LINK_LINE_SHARE: Final = 0.5


def cites_elsewhere(segments: Segments, host: str | None, block: Block) -> bool:
    """True when every link of the block leads to another site than the page's (a source
    cited in a sentence), not to another article of the site (a cross-reference)."""
    hrefs = [segments.anchors[index].get("href") or "" for index in block.anchors]
    return bool(hrefs) and all(
        href.startswith(("http://", "https://", "//"))
        and host_of(href if "://" in href else "http:" + href) != host
        for href in hrefs
    )


def link_post(segments: Segments, ranking: Ranking, host: str | None) -> Candidate | None:
    """The page's one article element when it is a link post (see the module docstring)."""
    index = _article_element(segments)
    if index is None:
        return None
    start, end = segments.spans[index]
    body = [block for block in segments.blocks[start:end] if block.role is Role.BODY]
    lines = sum(
        1
        for block in body
        if block.link_chars > MAX_PROSE_LINK_SHARE * len(block.text)
        and cites_elsewhere(segments, host, block)
    )
    if lines < MIN_LINK_LINES or lines < MIN_LINK_LINE_SHARE * len(body):
        return None
    candidate = candidate_at(segments, index, ranking.prose, ranking.noise)
    return candidate._replace(reasons=(*candidate.reasons, "link post"))


def _article_element(segments: Segments) -> int | None:
    """The position of the page's one element marked itemprop="articleBody", else of its
    one <article>; None when there is none or several."""
    if segments.bodies:
        return segments.bodies[0] if len(segments.bodies) == 1 else None
    articles = [
        index for index, element in enumerate(segments.elements) if element.tag == "article"
    ]
    return articles[0] if len(articles) == 1 else None
