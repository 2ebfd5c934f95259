"""Language-neutral vocabulary: tag sets and class/id tokens grouped by concept.

Every regular expression here is built once, at import, from the token tables by `_token_re`.
A token matches a whole class/id word or its start: "share" matches "share-bar", "shareTools"
and "article__share", not "timeshare".
"""

from __future__ import annotations

import re
from typing import Final
from unicodedata import category

from newsextract.tokenpatterns import substring_hints, token_re

# --- tags ---------------------------------------------------------------------------------


def _words(table: str) -> frozenset[str]:
    """The words of a table written as white-space separated words over any number of lines."""
    return frozenset(table.split())


def _tokens(table: str) -> tuple[str, ...]:
    """The tokens of a table, in the order written."""
    return tuple(table.split())


#: Combining marks of every script (Indic and Southeast Asian vowel signs and viramas,
#: Arabic and Hebrew points, accents written apart), read from the Unicode data of the Basic
#: Multilingual Plane at import (6 ms): parts of words that Python's \w does not match. The
#: inside of a character class: "[\w" + MARKS + "]".
MARKS: Final = "".join(chr(c) for c in range(0x300, 0x10000) if category(chr(c))[0] == "M")
#: A word of letters and the marks written with them ("पढ़ें", "แชร์"): no digits, no "_". Runs
#: of letters and runs of marks, not one character at a time: the same words, and re reads
#: a run of one class in one step (a group of two classes repeated is about a third slower).
LETTER_WORD_RE: Final = re.compile(rf"(?:[^\W\d_]+|[{MARKS}]+)+")
#: An e-mail address (a byline's, a reporter's line below the text).
EMAIL_RE: Final = re.compile(r"\S+@\S+\.\w+")

#: Elements whose whole subtree is never text of the page. Not <source>: libxml2 does not
#: know it as a void element and nests what follows it in a <picture> (its <img>, the
#: article's image) inside it; in <video> and <audio> it is pruned with them.
JUNK_TAGS: Final = _words(
    """
    amp-ad amp-analytics amp-consent amp-embed amp-geo amp-iframe amp-list amp-pixel amp-script
    amp-sidebar amp-social-share amp-state amp-sticky-ad amp-story amp-user-notification applet
    aside audio base button canvas dialog embed fieldset frame frameset head iframe input label
    link map math menu meta nav noscript object option script select style svg template
    textarea title track video
    """
)

#: Elements that start a new block of text (everything else is inline).
BLOCK_TAGS: Final = _words(
    """
    address amp-carousel amp-img amp-live-list article blockquote body caption center dd details
    div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main ol p
    picture pre section summary table tbody td tfoot th thead tr ul
    """
)

#: Elements that run inside a line of text (phrasing content): a sentence goes on around them.
INLINE_TAGS: Final = _words(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup"
    " time u var"
)

HEADING_LEVELS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

#: Tags whose presence under a table row means the row is layout, not data.
LAYOUT_ROW_CHILDREN: Final = _words(
    "article blockquote br div h1 h2 h3 h4 h5 h6 ol p pre section table ul"
)

#: Tags that may hold the whole page; class tokens never prune them.
NEVER_PRUNED_TAGS: Final = _words("html body main article")

# --- class/id tokens by concept -----------------------------------------------------------

#: Meta tokens of the box that holds the article's byline ("byline", "author vcard", an "author
#: box"), not an author's biography ("author-bio"; a box longer than a name is one too).
_BYLINE_TOKENS: Final = _tokens(
    "author autor byline authorname authorbox author-box author-info authorinfo writer"
)
#: Meta tokens of the box of the article's tag links ("tags-links", "tag-list").
_TAG_BOX_TOKENS: Final = _tokens("tag tags tag-list taglist keywords")
#: Pruned lines above the headline (kickers) and datelines: they often show the article's date.
_DATED_META_TOKENS: Final = _tokens("dateline kicker overline surtitre dachzeile eyebrow topline")

BOILERPLATE_TOKENS: Final[dict[str, tuple[str, ...]]] = {
    "navigation": _tokens(
        """
        nav navbar navigation menu breadcrumb breadcrumbs skip-link skiplink pagination pager
        toolbar masthead toc table-of-contents ez-toc site-header topbar top-bar mega-menu
        """
    ),
    "sharing": _tokens(
        """
        share sharing social sociallinks socialmedia sharebar addthis shariff print-link
        email-link follow-us
        """
    ),
    "comments": _tokens(
        """
        comment comments commentlist comment-list comment-form comment-respond respond disqus
        discussion reactions leave-reply reply-form commentaire commentaires reagir kommentar
        kommentare comentarios commenti reacties
        """
    ),
    "more_link": _tokens("read-more readmore more-link"),
    "related": _tokens(
        """
        related relatedposts related-posts more-stories recommended recommendations recommend
        further-reading also-read yarpp keep-reading
        """
    ),
    "listing": _tokens(
        """
        trending popular most-read mostread most-popular teaser-list outbrain taboola ticker
        newsticker
        """
    ),
    "promotion": _tokens(
        """
        ad ads advert advertisement advertising adslot ad-slot adunit ad-container ad-wrapper
        sponsor sponsored promo promotion paid-content banner dfp gpt-ad native-ad affiliate cta
        disclosure adsbygoogle
        """
    ),
    "subscription": _tokens(
        """
        newsletter subscribe subscription signup sign-up register registration login
        optin opt-in membership donate donation spende spenden adblock
        """
    ),
    # Paywall and metering names mark the article's own paragraphs as often as the prompt
    # that stands in for them: such a box is content when it holds the text (pruning.py).
    "metered": _tokens("paywall metered"),
    "consent": _tokens("cookie cookies consent gdpr cmp privacy-banner notice-bar noscript"),
    "layout": _tokens(
        """
        sidebar side-bar widget-area widgets footer site-footer rail right-rail left-rail aside
        secondary offcanvas off-canvas drawer
        """
    ),
    "overlay": _tokens(
        """
        modal popup pop-up overlay lightbox tooltip toast popover rollover hovercard flyout
        """
    ),
    # Bylines, tag boxes and dated lines (below), author boxes, ratings, print-only parts, a
    # site's debugging output.
    "meta": (
        *_BYLINE_TOKENS,
        *_TAG_BOX_TOKENS,
        *_DATED_META_TOKENS,
        *_tokens("vote voting tagcloud author-bio about-author rating print-only hidden-print"),
        *_tokens("debug"),
    ),
    "location": _tokens("location-prompt geolocation geo-location locator weather"),
}

#: Tokens of pruned boxes beside the article (columns, promotions) that may hold a box of
#: related links; site headers and footers do not.
BESIDE_TOKENS: Final = frozenset(
    _tokens(
        """
        sidebar side-bar widget-area widgets rail right-rail left-rail aside secondary promo
        promotion
        """
    )
)

BYLINE_TOKENS: Final = frozenset(_BYLINE_TOKENS)
TAG_BOX_TOKENS: Final = frozenset(_TAG_BOX_TOKENS)
DATED_META_TOKENS: Final = frozenset(_DATED_META_TOKENS)

#: Utility classes that style text, not name a part of the page ("tw-text-grey-secondary-text",
#: "md:bg-sidebar"): their words are not read as the page's vocabulary.
_STYLED: Final = r"(?:text|bg|border|font|color|fill|stroke)-"
STYLE_CLASS_RE: Final = re.compile(rf"(?<!\S)(?:[\w-]*:)?(?:tw-)?{_STYLED}\S*")
#: What every such class holds: a string without it holds none (a quick test first).
STYLE_HINT_RE: Final = re.compile(_STYLED)

#: Tokens of containers that hold the article.
CONTENT_TOKENS: Final = _tokens(
    """
    article articlebody article-body article-content article-text story story-body storybody
    content entry entry-content post post-content post-body postbody body-text bodytext text
    main blog prose rich-text richtext markdown news detail copy
    """
)

#: Boxes that describe an image or credit it: their text is a caption, not body text.
CAPTION_TOKENS: Final = _tokens(
    """
    caption figcaption legend image-subtitle imagedescription image-description image-annotation
    img-caption image-caption photo-caption bildunterschrift credit credits image-credit
    photo-credit copyright image-source imagesource bildquelle media-caption wp-caption-text
    """
)

#: Boxes whose text is an image credit (not only a caption).
CREDIT_TOKENS: Final = _tokens(
    """
    credit credits image-credit photo-credit copyright image-source imagesource bildquelle
    photographer fotograf creditline credit-line
    """
)

#: Inside a <figure>, boxes that name its author or source hold the image's credit (the
#: credit tokens and these: "image-description__author", "media-source").
FIGURE_CREDIT_TOKENS: Final = CREDIT_TOKENS + _tokens("author source quelle urheber rights")

#: Class tokens of the element that shows the article's date ("post-date", "meta__date").
DATE_CLASS_TOKENS: Final = _tokens(
    """
    date datum pubdate publishdate publish-date published post-date entry-date datetime
    timestamp time dateline
    """
)

#: Class tokens of the element that labels a box ("box-title", "widget-heading").
TITLE_TOKENS: Final = _tokens("title heading headline label header")

#: Class tokens of a teaser's author, date and section lines: their links are not articles.
TEASER_META_TOKENS: Final = _tokens(
    "author autor auteur byline vcard tag tags rubrique rubrik ressort kicker"
)

#: Tokens that mean a container is not the article even though it may hold prose.
WEAK_CONTAINER_TOKENS: Final = _tokens(
    "teaser card preview excerpt summary list feed grid tile carousel slider header meta caption"
    " credit"
)
#: Text components of a CMS (Adobe Experience Manager's "cmp-text"): no consent box ("cmp").
TEXT_COMPONENTS: Final = _words("cmp-text cmp-title")

#: Tokens that also match when another word is glued on ("sharetools", "sidebarleft").
GLUED_TOKENS: Final = _words(
    """
    share social related advert newsletter cookie sidebar breadcrumb disqus outbrain taboola
    subscribe promo sponsor consent footer navbar caption credit navigation pagination popup
    modal adsbygoogle article content story entry post text paywall metered
    """
)

#: A box named for comments and for something live ("live-match-comments", "livecomments")
#: holds a live commentary, minute by minute: the article, not its readers' comments.
LIVE_RE: Final = re.compile(r"(?<![^\s_\-:])live")

#: Social networks and messengers, as their names are written in share bars and "follow us"
#: lines: the same in every language.
NETWORK_NAMES: Final = _words(
    """
    bluesky e-mail email facebook flipboard instagram line linkedin mail mastodon messenger
    pinterest reddit snapchat telegram threads tiktok tumblr twitter vk vkontakte wechat weibo
    whatsapp x xing youtube
    """
)

#: Whole class names that hide an element from sighted readers.
HIDDEN_CLASSES: Final = _words(
    """
    d-none hidden hide invisible is-hidden offscreen screen-reader-only screen-reader-text
    sr-only visually-hidden visuallyhidden
    """
)


def _token_re(tokens: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of `tokens` as words of a lower-cased class/id value (see token_re)."""
    return token_re(tokens, GLUED_TOKENS)


#: The concept of every boilerplate token, to say why a box was pruned.
BOILERPLATE_CONCEPTS: Final = {t: c for c, ts in BOILERPLATE_TOKENS.items() for t in ts}
BOILERPLATE_RE: Final = _token_re(tuple(t for ts in BOILERPLATE_TOKENS.values() for t in ts))
#: The concepts whose names are also read in camel case ("InlineDonationPromo"), with their
#: tokens of at least MIN_CAMEL_TOKEN_CHARS letters (a random id such as "n1AuAdJlVL" holds
#: short words by chance: "Ad").
CAMEL_CASE_CONCEPTS: Final = ("promotion", "subscription", "consent")
MIN_CAMEL_TOKEN_CHARS: Final = 5
CAMEL_BOILERPLATE_RE: Final = _token_re(
    tuple(
        token
        for concept in CAMEL_CASE_CONCEPTS
        for token in BOILERPLATE_TOKENS[concept]
        if len(token) >= MIN_CAMEL_TOKEN_CHARS
    )
)
CONTENT_RE: Final = _token_re(CONTENT_TOKENS)
CAPTION_RE: Final = _token_re(CAPTION_TOKENS)
CREDIT_RE: Final = _token_re(CREDIT_TOKENS)
FIGURE_CREDIT_RE: Final = _token_re(FIGURE_CREDIT_TOKENS)
TITLE_CLASS_RE: Final = _token_re(TITLE_TOKENS)
#: Names of a card's kicker, of a control's or badge's parts, of a headline (related.py).
_KICKER_TOKENS: Final = "kicker overline surtitre dachzeile eyebrow topline pre-headline"
KICKER_CLASS_RE: Final = _token_re(_tokens(_KICKER_TOKENS))
CONTROL_CLASS_RE: Final = _token_re(_tokens("icon label button btn badge"))
HEADLINE_CLASS_RE: Final = _token_re(_tokens("title headline heading h1 h2 h3 h4 h5 h6"))
DATE_CLASS_RE: Final = _token_re(DATE_CLASS_TOKENS)
#: The panels of a tabbed box ("More on World | More videos", "Latest | Most read"): a box
#: of links in one is a feed of the site, whatever its class says.
TAB_PANEL_RE: Final = _token_re(_tokens("tab tabs tabpanel tab-panel tab-pane tab-content"))

#: Links to buy the rights to a text or an image ("Purchase Licensing Rights", "Reprints &
#: Permissions"): furniture of captions and credits, told by where they lead.
LICENSING_URL_RE: Final = re.compile(
    r"licens|lizenz|rechte|rights|syndicat|reprint|permission", re.I
)

_SHARE_ENDPOINTS: Final = (
    r"(?:facebook\.com/sharer|twitter\.com/(?:intent|share)|x\.com/intent|linkedin\.com/share"
    r"|pinterest\.[a-z.]+/pin/create|wa\.me/|whatsapp(?:\.com/send|://send)|t\.me/share"
    r"|reddit\.com/submit|xing\.com/spi/shares|flipboard\.com/bookmarklet)"
)
#: URLs of pages that are not articles: tag, topic, author and category pages, accounts,
#: legal pages, job boards, feeds, files (images, documents) and share endpoints. Links to
#: them are never related links.
NON_ARTICLE_URL_RE: Final = re.compile(
    r"/(?:tags?|topics?|themen?|schlagworte?|stichworte?|mots?-?cl[eé]s?|authors?|autor(?:en|in)?|auteurs?|"
    r"category|categories|kategorien?|rubriken?|login|logout|register|registrierung|signup|"
    r"subscribe|abo|abonnement|newsletter|search|suche|recherche|profile|users?|account|"
    r"impressum|datenschutz|privacy|terms|kontakt|contact|feed|rss|jobs?|careers?|karriere|"
    r"stellenmarkt|stellenangebote|emplois?)(?:/|$|\?|\.html?)"
    r"|\.(?:jpe?g|png|gif|webp|svg|pdf|zip|mp3|mp4|docx?|xlsx?|pptx?)(?:$|\?)|" + _SHARE_ENDPOINTS,
    re.I,
)
#: A link to a network's share endpoint: a share bar's button.
SHARE_URL_RE: Final = re.compile(_SHARE_ENDPOINTS, re.I)
#: The same pattern, case-sensitive, for an ASCII URL in lower case: its letters are all
#: lower-case, so an ASCII URL matches NON_ARTICLE_URL_RE exactly when its lower case
#: matches this (re.I matches an ASCII letter only with its two cases), and re searches it
#: about four times faster (a case-insensitive alternation is tried letter by letter).
_NON_ARTICLE_ASCII_URL_RE: Final = re.compile(NON_ARTICLE_URL_RE.pattern)


def is_non_article_url(url: str) -> bool:
    """True for the URL of a page that is not an article (NON_ARTICLE_URL_RE)."""
    if url.isascii():
        return _NON_ARTICLE_ASCII_URL_RE.search(url.lower()) is not None
    return NON_ARTICLE_URL_RE.search(url) is not None


#: URLs of a tag's, a topic's or a category's page ("/tag/mars", "/news/topics/c1x2",
#: "/thema/genf"): a link to one, outside a sentence, is one of the article's tags.
TAG_FOLDERS: Final = (
    r"tags?|topics?|themen?|thema|emne|schlagworte?|stichworte?|category|categories"
)
TAG_PAGE_URL_RE: Final = re.compile(rf"/(?:{TAG_FOLDERS})/[^/?#]+/?$")
WEAK_CONTAINER_RE: Final = _token_re(WEAK_CONTAINER_TOKENS)
TEASER_META_RE: Final = _token_re(TEASER_META_TOKENS)

_CAMEL_CASE_RE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def camel_case_words(names: str) -> str:
    """A class/id value lower-cased with its camel-case words apart ("imageEmbedCredit" ->
    "image-embed-credit"), for the caption and credit tokens."""
    return _CAMEL_CASE_RE.sub("-", names).lower()


#: Pieces that every caption or credit token, and every date token, holds (as patterns: one
#: search for all the pieces).
CAPTION_HINTS: Final = substring_hints(CAPTION_TOKENS)
DATE_HINTS: Final = substring_hints(DATE_CLASS_TOKENS)
CAPTION_HINT_RE: Final = re.compile("|".join(map(re.escape, CAPTION_HINTS)))
DATE_HINT_RE: Final = re.compile("|".join(map(re.escape, DATE_HINTS)))

#: Agencies, stock sites and archives that images are credited to, lower-case. A credit part
#: naming one of them is the credit's source, not its author.
CREDIT_SOURCES: Final = frozenset(
    " ".join(name.split())
    for name in """
    aa | abaca | abacapress | action press | adobe stock | afp | alamy | ansa | ap | apa
    associated press | belga | bestimage | bloomberg | ddp | depositphotos | dpa | dpa-zentralbild
    efe | epa | epd | flickr | getty | getty images | hans lucas | imago | imago images
    istock | istockphoto | keystone | kna | laif | mauritius images | maxppp | nasa | pa
    pa images | pa wire | pexels | photononstop | picture alliance | picture-alliance
    pixabay | reuters | shutterstock | sipa | ssp | sz photo | tass | ullstein bild
    unsplash | wikimedia | wikimedia commons | xinhua | zuma | zuma press
    """.replace("\n", " | ").split("|")
    if name.strip()
)

#: Inline styles that hide an element.
HIDDEN_STYLE_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

#: A template's placeholder left unfilled: printf's "%d", "%s", "%1$s" (not "5%" or a URL's
#: "%20"), and "{{count}}" (Mustache, Jinja, Angular): a line that holds one is the page's
#: machinery ("%d Bloggern gefällt das:"), never its text.
_PLACEHOLDER_RE: Final = re.compile(r"(?<![\w%])%(?:\d\$)?[ds](?!\w)|\{\{[^{}]{0,60}\}\}")


def has_placeholder(text: str) -> bool:
    """True for a text that holds a template's unfilled placeholder ("%d Bloggern gefällt
    das:", "{{ count }} comments"): in any language, a page's machinery, not its text."""
    return ("%" in text or "{{" in text) and _PLACEHOLDER_RE.search(text) is not None
