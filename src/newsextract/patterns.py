"""Language-neutral vocabulary: tag sets and class/id tokens grouped by concept.

Every regular expression here is built once, at import, from the token tables by `_token_re`.
A token matches a whole class/id word or its start: "share" matches "share-bar", "shareTools"
and "article__share", not "timeshare".
"""

from __future__ import annotations

import re
from typing import Final

# --- tags ---------------------------------------------------------------------------------

#: Elements whose whole subtree is never text of the page.
JUNK_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "source", "track", "map", "head", "title",
        "meta", "link", "base", "select", "option", "textarea", "input", "button", "label",
        "dialog", "nav", "aside", "menu", "fieldset", "frameset", "frame", "applet",
        "amp-ad", "amp-embed", "amp-sidebar", "amp-social-share", "amp-analytics",
        "amp-consent", "amp-iframe", "amp-list", "amp-state", "amp-script", "amp-pixel",
        "amp-user-notification", "amp-geo", "amp-sticky-ad", "amp-story",
    }
)  # fmt: skip

#: Elements that start a new block of text (everything else is inline).
BLOCK_TAGS: Final = frozenset(
    {
        "html", "body", "main", "article", "section", "div", "p", "ul", "ol", "dl", "li",
        "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
        "header", "footer", "form", "center", "address", "hr", "details", "summary",
        "hgroup", "picture", "amp-img", "amp-carousel", "amp-live-list",
    }
)  # fmt: skip

HEADING_LEVELS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

#: Tags whose presence under a table row means the row is layout, not data.
LAYOUT_ROW_CHILDREN: Final = frozenset(
    {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "pre", "br", "article", "section"}
)  # fmt: skip

#: Tags that may hold the whole page; class tokens never prune them.
NEVER_PRUNED_TAGS: Final = frozenset({"html", "body", "main", "article"})

# --- class/id tokens by concept -----------------------------------------------------------

BOILERPLATE_TOKENS: Final[dict[str, tuple[str, ...]]] = {
    "navigation": ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
                   "skip-link", "skiplink", "pagination", "pager", "toolbar", "masthead", "toc",
                   "table-of-contents", "ez-toc",
                   "site-header", "topbar", "top-bar", "mega-menu"),
    "sharing": ("share", "sharing", "social", "sociallinks", "socialmedia", "sharebar",
                "addthis", "shariff", "print-link", "email-link", "follow-us"),
    "comments": ("comment", "comments", "commentlist", "comment-list", "comment-form",
                 "comment-respond", "respond", "disqus", "discussion", "reactions",
                 "leave-reply", "reply-form"),
    "more_link": ("read-more", "readmore", "more-link"),
    "related": ("related", "relatedposts", "related-posts", "more-stories", "recommended", "recommendations", "recommend", "trending",
                "popular", "most-read", "mostread", "most-popular", "teaser-list",
                "outbrain", "taboola", "further-reading", "also-read", "yarpp", "ticker",
                "newsticker", "keep-reading"),
    "promotion": ("ad", "ads", "advert", "advertisement", "advertising", "adslot",
                  "ad-slot", "adunit", "ad-container", "ad-wrapper", "sponsor", "sponsored",
                  "promo", "promotion", "paid-content", "banner", "dfp", "gpt-ad",
                  "native-ad", "affiliate", "cta", "disclosure"),
    "subscription": ("newsletter", "subscribe", "subscription", "signup", "sign-up",
                     "paywall", "register", "registration", "login", "optin", "opt-in",
                     "membership", "donate", "donation"),
    "consent": ("cookie", "cookies", "consent", "gdpr", "cmp", "privacy-banner",
                "notice-bar"),
    "layout": ("sidebar", "side-bar", "widget-area", "widgets", "footer", "site-footer",
               "rail", "right-rail", "left-rail", "aside", "secondary", "offcanvas",
               "off-canvas", "drawer"),
    "overlay": ("modal", "popup", "pop-up", "overlay", "lightbox", "tooltip", "toast",
                "popover", "rollover", "hovercard", "flyout"),
    "meta": ("author", "autor", "author-info", "authorinfo", "tag", "tags", "tag-list", "vote", "voting", "taglist", "tagcloud", "keywords", "author-bio",
             "author-box", "authorbox", "about-author", "byline", "dateline", "rating",
             "print-only", "hidden-print"),
    "location": ("location-prompt", "geolocation", "geo-location", "locator", "weather"),
}  # fmt: skip

CONTENT_TOKENS: Final[tuple[str, ...]] = (
    "article", "articlebody", "article-body", "article-content", "article-text",
    "story", "story-body", "storybody", "content", "entry", "entry-content", "post",
    "post-content", "post-body", "postbody", "body-text", "bodytext", "text", "main",
    "blog", "prose", "rich-text", "richtext", "markdown", "news", "detail", "copy",
)  # fmt: skip

#: Boxes that describe an image or credit it: their text is a caption, not body text.
CAPTION_TOKENS: Final[tuple[str, ...]] = (
    "caption", "figcaption", "legend", "image-subtitle", "imagedescription",
    "image-description", "image-annotation", "img-caption", "image-caption", "photo-caption", "bildunterschrift",
    "credit", "credits", "image-credit", "photo-credit", "copyright", "image-source",
    "imagesource", "bildquelle", "media-caption", "wp-caption-text",
)  # fmt: skip

#: Tokens that mean a container is not the article even though it may hold prose.
WEAK_CONTAINER_TOKENS: Final[tuple[str, ...]] = (
    "teaser", "card", "preview", "excerpt", "summary", "list", "feed", "grid", "tile",
    "carousel", "slider", "header", "meta", "caption", "credit",
)  # fmt: skip


#: Tokens that also match when another word is glued on ("shareTools", "sidebarLeft").
GLUED_TOKENS: Final[tuple[str, ...]] = (
    "share", "social", "related", "advert", "newsletter", "cookie", "sidebar",
    "breadcrumb", "disqus", "outbrain", "taboola", "subscribe", "promo", "sponsor",
    "consent", "footer", "navbar", "caption", "credit", "navigation", "pagination", "popup", "modal", "adsbygoogle",
    "article", "content", "story", "entry", "post", "text", "body",
)  # fmt: skip

#: Whole class names that hide an element from sighted readers or mark it as decoration.
HIDDEN_CLASSES: Final = frozenset(
    {"hidden", "hide", "sr-only", "screen-reader-text", "screen-reader-only",
     "visually-hidden", "visuallyhidden", "offscreen", "is-hidden", "d-none", "invisible"}
)  # fmt: skip


def _token_re(tokens: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any token as a word of a lower-cased class/id value.

    Words are separated by white space, "-", "_" and ":"; a token in GLUED_TOKENS also matches
    at the start of a longer word ("sharetools"). Callers lower-case the value first: a
    case-insensitive pattern is four times slower.
    """
    exact = sorted((re.escape(t) for t in tokens if t not in GLUED_TOKENS), key=len, reverse=True)
    glued = sorted((re.escape(t) for t in tokens if t in GLUED_TOKENS), key=len, reverse=True)
    parts = []
    if exact:
        parts.append(rf"(?:{'|'.join(exact)})(?![^\s_\-:])")
    if glued:
        parts.append(rf"(?:{'|'.join(glued)})")
    return re.compile(rf"(?<![^\s_\-:])(?:{'|'.join(parts)})")


#: The concept of every boilerplate token, to say why a box was pruned.
BOILERPLATE_CONCEPTS: Final = {t: c for c, ts in BOILERPLATE_TOKENS.items() for t in ts}
BOILERPLATE_RE: Final = _token_re(tuple(t for ts in BOILERPLATE_TOKENS.values() for t in ts))
CONTENT_RE: Final = _token_re(CONTENT_TOKENS)
CAPTION_RE: Final = _token_re(CAPTION_TOKENS)
WEAK_CONTAINER_RE: Final = _token_re(WEAK_CONTAINER_TOKENS)

#: Inline styles that hide an element.
HIDDEN_STYLE_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
