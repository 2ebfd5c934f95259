"""URLs as the pipeline reads them: made absolute and clean as a browser makes them, read
for what they point to (an article's page, the same site), and compared for repeats.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit

from newsextract.caches import short_string_cache
from newsextract.parsing import printable
from newsextract.patterns import TAG_FOLDERS

#: An article's URL slug has at least this many words ("oddest-medical-case-reports").
MIN_SLUG_WORDS: Final = 3
_SLUG_WORD_RE: Final = re.compile(r"[-_+]+")
_ARTICLE_ID_RE: Final = re.compile(r"\d{4,}")
#: An opaque article id: ten or more letters and digits, both ("c0rxk4q0pj0o"), with an
#: optional file extension.
_OPAQUE_ID_RE: Final = re.compile(r"(?=[^.]*\d)(?=[^.]*[a-zA-Z])[a-zA-Z0-9]{10,}(?:\.\w{2,5})?")
#: Second-level labels under which country domains register names ("paper.co.uk").
_SECOND_LEVEL_LABELS: Final = frozenset(["ac", "co", "com", "edu", "gov", "ne", "net", "or", "org"])
#: Tabs and line breaks: browsers drop them from a URL wherever they are.
_LINE_BREAK_RE: Final = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_SCHEME_RE: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_PRINTABLE_ASCII: Final = "".join(map(chr, range(0x21, 0x7F)))
#: Where a URL holds a character a browser's URL parser would percent-encode (or "'",
#: encoded in a query): only such URLs are taken apart and encoded. (One character class,
#: not an alternation of two: re scans it four times faster.)
_RAW_URL_RE: Final = re.compile(
    "[^" + "".join(re.escape(c) for c in _PRINTABLE_ASCII if c not in "\"<>`{}^'") + "]"
)
#: What stays as it is in a path and in a query: printable ASCII but WHATWG's path and
#: special-query percent-encode sets (and backticks in a query, which WHATWG leaves: they
#: would end a Markdown code span). "%" stays, so escapes already made are kept.
_PATH_SAFE: Final = "".join(c for c in _PRINTABLE_ASCII if c not in '"#<>?^`{}')
_QUERY_SAFE: Final = "".join(c for c in _PRINTABLE_ASCII if c not in "\"#<>'`")
#: An absolute http(s) URL a browser keeps as it is (most links): a host after "//", then
#: printable ASCII only, none of the characters it would encode (_RAW_URL_RE), no fragment,
#: no backslash, no bracket (an IPv6 host is read by urllib). Told by one match, it is not
#: taken apart.
_PLAIN_URL_RE: Final = re.compile(
    r"https?://(?![/?])["
    + "".join(re.escape(c) for c in _PRINTABLE_ASCII if c not in "\"<>`{}^'#\\[]")
    + "]+"
)
#: Characters a host cannot hold (WHATWG's forbidden host code points, and the quotes and
#: braces no registered name has): a URL with one in its host is dropped.
_BAD_HOST_RE: Final = re.compile(r"[\s\"<>`{}^|\\]")


#: URLs of the pages that list a tag's, a topic's or a section's articles ("/tag/mars",
#: "/news/category/29/world/en", "/rubrik/sport"), by a segment of their path.
TAXONOMY_URL_RE: Final = re.compile(
    rf"/(?:{TAG_FOLDERS}|kategorien?|rubriken?|rubrik|ressorts?|sections?)(?:/|$|\?|\.html?)",
    re.I,
)
#: Stages resolve the same links of a page (an image's, a related link's) more than once: the
#: URLs of this many recent (href, base) pairs are kept (per process; a pure function).
RESOLVED_URLS_CACHED: Final = 4096


@short_string_cache(RESOLVED_URLS_CACHED)
def absolute_url(href: str | None, base_url: str | None) -> str | None:
    """`href` resolved against `base_url`, or None unless it is an http(s) URL.

    Cleaned as browsers do (WHATWG URL parsing) before its scheme is read: control and
    invisible characters, tabs and line breaks dropped wherever they are ("java\tscript:"),
    spaces around it stripped, spaces inside it percent-encoded ("/My Photo.jpg"),
    backslashes before the query read as slashes. The URL comes out percent-encoded as a
    browser's URL parser writes it: '"', '<', '>', '`', '{', '}', '^' and non-ASCII in the
    path, '"', "'", '<', '>', '`' and non-ASCII in the query (as UTF-8), an international
    host in punycode. Stricter rules: spaces inside a scheme other than http(s) ("java
    script:") and a host holding a quote, bracket or space drop the URL, and bidi and
    invisible controls are dropped rather than encoded.
    """
    if not href:
        return None
    if _PLAIN_URL_RE.fullmatch(href) is not None:
        return href  # most links: absolute, and written as a browser writes them
    return _resolved(href, base_url)


def _resolved(href: str, base_url: str | None) -> str | None:
    """absolute_url of an `href` that is not a plain absolute URL: cleaned, joined to the
    base, taken apart and encoded."""
    if (
        " " in href
        or not href.isprintable()  # every ASCII control; printable() finds the others
        or (not href.isascii() and printable(href) is not href)
    ):
        href = _LINE_BREAK_RE.sub("", printable(href)).strip()
        if " " in href:
            scheme = _SCHEME_RE.match("".join(href.split()))
            if scheme is not None and scheme.group(0).lower() not in ("http:", "https:"):
                return None
            href = href.replace(" ", "%20")
    if "\\" in href:  # http(s) URLs read a backslash as a slash, up to the query
        head, mark, tail = href.partition("?")
        href = head.replace("\\", "/") + mark + tail
    if not href or href.startswith("#"):
        return None
    try:
        if href[:8].lower().startswith(("http://", "https://")):
            url = href  # most links are absolute: no join needed
        elif base_url and href[0] == "/" and href[1:2] != "/" and "/." not in href:
            base = urlsplit(base_url)  # a path from the root: no join needed either
            url = f"{base.scheme}://{base.netloc}{href}"
        else:
            url = urljoin(base_url or "", href)
        parts = urlsplit(url)
    except ValueError:  # "http://[::16", a bad port: urllib refuses to split it
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if parts.fragment or url.endswith("#"):  # an empty fragment too ("https://example.org/#")
        url = urlunsplit(parts._replace(fragment=""))
    return _encoded(parts) if _RAW_URL_RE.search(url) else url


def _encoded(parts: SplitResult) -> str | None:
    """The URL of `parts` percent-encoded as a browser writes it (see absolute_url), without
    its fragment; None when its host is not one."""
    userinfo, at, host = parts.netloc.rpartition("@")
    if _BAD_HOST_RE.search(host):
        return None
    if not host.isascii():
        host = ".".join(label if label.isascii() else _punycode(label) for label in host.split("."))
    netloc = quote(userinfo, safe=_PATH_SAFE) + at + host
    path = quote(parts.path, safe=_PATH_SAFE)
    return urlunsplit((parts.scheme, netloc, path, quote(parts.query, safe=_QUERY_SAFE), ""))


def _punycode(label: str) -> str:
    """An international label of a host name as DNS writes it ("müller" -> "xn--mller-kva")."""
    return "xn--" + unicodedata.normalize("NFC", label.lower()).encode("punycode").decode("ascii")


def looks_like_article(url: str) -> bool:
    """True when the URL's last path segment reads as an article's: a slug of several words
    ("/2019/11/oddest-medical-case-reports"), a long number ("/news/world-11047811") or an
    opaque id of letters and digits ("/news/articles/c0rxk4q0pj0o")."""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments:
        return False
    last = segments[-1]
    return (
        len(_SLUG_WORD_RE.split(last)) >= MIN_SLUG_WORDS
        or _ARTICLE_ID_RE.search(last) is not None
        or _OPAQUE_ID_RE.fullmatch(last) is not None
    )


def same_site(url: str, base_url: str | None) -> bool:
    """True when `url` is on the page's own site (paper.co.uk and paper.com are one site);
    without a page URL every site is."""
    return not base_url or site_name(url) == site_name(base_url)


def host_of(url: str | None) -> str | None:
    """The host of a URL without "www.", None without one (or one urllib refuses to split:
    "http://[::16")."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def site_name(url: str) -> str:
    """The name a host is registered under: "paper" for www.paper.co.uk and paper.com."""
    labels = urlsplit(url).netloc.lower().split(":")[0].split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def url_key(url: str | None) -> str:
    """The URL as compared for repeats: no fragment, no trailing slash, lower-case host."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"
