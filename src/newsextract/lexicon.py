"""Per-language word tables: one frozen `Lexicon` per language code, merged into `ALL`.

Lines are compared after `normalise_line` (case-folded, outer punctuation and dashes removed,
white space collapsed), so the tables hold plain lower-case phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The phrases of one language that mark boilerplate lines.

    boilerplate_lines: whole lines that are page furniture (comment prompts, location
        prompts, share and print labels, ad markers).
    related_headings: headings of boxes of links to other articles.
    credit_labels: labels that open an image credit line ("Foto:", "Aufmacherbild:").
    byline_prefixes: words that open a byline or dateline ("By", "Updated", "Publié le").
    name_prefixes: the byline prefixes followed by a name ("By", "Von"), not a date.
    month_names: month names and their usual abbreviations, lower-case.
    """

    boilerplate_lines: frozenset[str]
    related_headings: frozenset[str]
    credit_labels: frozenset[str]
    byline_prefixes: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    month_names: frozenset[str] = frozenset()


ENGLISH: Final = Lexicon(
    boilerplate_lines=frozenset({
        "comments", "comment", "0 comments", "no comments", "be the first to comment",
        "leave a reply", "leave a comment", "post a comment", "add a comment",
        "join the discussion", "show comments", "view comments", "load comments",
        "enter your location", "use my location", "use current location", "or", "x",
        "close", "share", "share this", "share this article", "share this story",
        "share on facebook", "share on twitter", "tweet", "email", "print", "advertisement",
        "advertising", "sponsored", "sponsored content", "skip to content",
        "skip to main content", "subscribe", "sign up", "sign up for our newsletter",
        "subscribe to our newsletter", "continue reading", "read more", "back to top",
        "cancel reply", "log in to comment", "you must be logged in to post a comment",
        "this article is more than 1 year old", "scroll to continue with content",
        "please enable javascript", "javascript is disabled", "newsletter", "print recipe",
    }),  # fmt: skip
    related_headings=frozenset({
        "related", "related articles", "related stories", "related posts", "related content",
        "read more", "read next", "more from", "more stories", "more on this story",
        "you may also like", "you might also like", "recommended", "recommended for you",
        "further reading", "see also", "also read", "trending", "most read", "most popular",
        "popular", "latest news", "top stories", "more news", "more on this", "more about",
        "related topics", "tagged", "tags", "topics", "you may be interested in",
        "don't miss", "editor's picks", "further information", "keep reading",
    }),  # fmt: skip
    credit_labels=frozenset({
        "photo", "photos", "photograph", "image", "images", "picture", "credit",
        "credits", "photo credit", "image credit", "image source", "source", "courtesy",
        "photo by", "photograph by", "image by", "picture by", "photo illustration",
        "illustration", "graphic", "video", "top image", "header image", "featured image",
    }),  # fmt: skip
    name_prefixes=frozenset({"by"}),
    byline_prefixes=frozenset({"by", "written by", "posted", "posted by", "posted on", "published", "published on", "updated", "last updated", "first published", "reviewed by", "story by", "words by", "text by"}),  # fmt: skip
    month_names=frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}),  # fmt: skip
)

GERMAN: Final = Lexicon(
    boilerplate_lines=frozenset({
        "kommentare", "kommentar", "0 kommentare", "keine kommentare",
        "meinungen zu diesem beitrag", "schreibe einen kommentar", "kommentar schreiben",
        "kommentieren", "jetzt kommentieren", "gib deinen standort ein",
        "geben sie ihren standort ein", "standort verwenden", "oder", "schließen",
        "teilen", "artikel teilen", "auf facebook teilen", "drucken", "anzeige", "werbung",
        "zum inhalt springen", "newsletter abonnieren", "jetzt abonnieren", "weiterlesen",
        "mehr lesen", "nach oben", "antworten", "antwort abbrechen", "zum newsletter anmelden",
        "newsletter", "jetzt anmelden", "bitte aktivieren sie javascript", "rezept drucken",
    }),  # fmt: skip
    related_headings=frozenset({
        "unsere redaktion empfiehlt", "relevante beiträge", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "mehr zum thema", "lesen sie auch",
        "lies auch", "auch interessant", "ähnliche beiträge", "ähnliche artikel",
        "weitere artikel", "weitere beiträge", "empfehlungen", "meistgelesen",
        "meist gelesen", "beliebte artikel", "top-artikel", "verwandte artikel",
        "ähnliche themen", "verwandte themen", "mehr themen", "zum weiterlesen", "mehr zu",
        "weitere beiträge aus der kolumne", "lesen sie auch die folgenden beiträge",
        "weitere informationen", "weitere meldungen", "weitere nachrichten", "mehr dazu",
        "themen", "schlagworte", "quellenangaben", "in den schlagzeilen", "kommende events",
        "das könnte ihnen auch gefallen", "noch mehr infos für dich", "auch lesenswert",
    }),  # fmt: skip
    credit_labels=frozenset({
        "foto", "fotos", "bild", "bilder", "aufmacherbild", "titelbild", "beitragsbild",
        "bildquelle", "quelle", "bildnachweis", "copyright", "urheberrecht", "grafik",
        "illustration", "fotograf", "artikelbild", "headerbild", "vorschaubild", "foto von",
        "bild von", "fotos von", "bildrechte", "abbildung",
    }),  # fmt: skip
    name_prefixes=frozenset({"von"}),
    byline_prefixes=frozenset({"von", "autor", "autorin", "text", "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "stand", "erschienen am", "geschrieben von"}),  # fmt: skip
    month_names=frozenset({"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}),  # fmt: skip
)

FRENCH: Final = Lexicon(
    boilerplate_lines=frozenset({
        "commentaires", "commentaire", "0 commentaire", "0 commentaires",
        "réagir à cet article", "réagir", "laisser un commentaire", "ajouter un commentaire",
        "entrez votre localisation", "utiliser ma position", "ou", "fermer", "partager",
        "partager sur facebook", "partager sur twitter", "imprimer", "publicité",
        "aller au contenu", "s'abonner", "abonnez-vous", "lire la suite", "retour en haut",
    }),  # fmt: skip
    related_headings=frozenset({
        "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "à voir aussi",
        "dans la même rubrique", "articles similaires", "articles liés", "les plus lus",
        "nos recommandations", "vous aimerez aussi", "à découvrir", "lire la suite",
        "plus d'actualités", "sur le même thème", "voir aussi", "dans l'actualité",
    }),  # fmt: skip
    credit_labels=frozenset({
        "photo", "crédit photo", "crédits photo", "crédits photos", "crédit", "crédits",
        "illustration", "photo de", "crédit image",
        "source", "image",
    }),  # fmt: skip
    name_prefixes=frozenset({"par"}),
    byline_prefixes=frozenset({"par", "publié", "publié le", "mis à jour", "mis à jour le", "modifié le", "texte"}),  # fmt: skip
    month_names=frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}),  # fmt: skip
)

SPANISH: Final = Lexicon(
    boilerplate_lines=frozenset({
        "comentarios", "0 comentarios", "deja un comentario", "compartir", "publicidad",
        "imprimir", "leer más",
    }),  # fmt: skip
    related_headings=frozenset({
        "leer más", "lea también", "te puede interesar", "noticias relacionadas",
        "relacionados", "más leídas", "lo más leído",
    }),  # fmt: skip
    credit_labels=frozenset({"foto", "fotografía", "imagen", "crédito", "fuente"}),
    name_prefixes=frozenset({"por"}),
    byline_prefixes=frozenset({"por", "publicado", "actualizado"}),  # fmt: skip
    month_names=frozenset({"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}),  # fmt: skip
)

ITALIAN: Final = Lexicon(
    boilerplate_lines=frozenset({
        "commenti", "0 commenti", "lascia un commento", "condividi", "pubblicità", "stampa",
    }),  # fmt: skip
    related_headings=frozenset({
        "leggi anche", "articoli correlati", "potrebbe interessarti", "i più letti",
    }),  # fmt: skip
    credit_labels=frozenset({"foto", "immagine", "credito", "fonte"}),
    name_prefixes=frozenset({"di"}),
    byline_prefixes=frozenset({"di", "pubblicato", "aggiornato"}),  # fmt: skip
    month_names=frozenset({"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}),  # fmt: skip
)

PORTUGUESE: Final = Lexicon(
    boilerplate_lines=frozenset({
        "comentários", "0 comentários", "deixe um comentário", "compartilhe", "compartilhar",
        "publicidade", "imprimir", "leia mais",
    }),  # fmt: skip
    related_headings=frozenset({
        "você pode gostar", "leia também", "veja também", "notícias relacionadas",
        "posts relacionados", "mais lidas", "relacionadas",
    }),  # fmt: skip
    credit_labels=frozenset({"foto", "imagem", "crédito", "fonte"}),
    name_prefixes=frozenset({"por"}),
    byline_prefixes=frozenset({"por", "publicado", "atualizado"}),  # fmt: skip
    month_names=frozenset({"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}),  # fmt: skip
)

DUTCH: Final = Lexicon(
    boilerplate_lines=frozenset({
        "reacties", "0 reacties", "reageer", "delen", "advertentie", "lees meer",
    }),  # fmt: skip
    related_headings=frozenset({
        "lees ook", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen",
    }),  # fmt: skip
    credit_labels=frozenset({"foto", "beeld", "bron"}),
    name_prefixes=frozenset({"door"}),
    byline_prefixes=frozenset({"door", "gepubliceerd", "bijgewerkt"}),  # fmt: skip
    month_names=frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}),  # fmt: skip
)

LEXICONS: Final[dict[str, Lexicon]] = {
    "en": ENGLISH,
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "nl": DUTCH,
}

#: Every language at once: pages mix languages in their furniture, so matching uses all.
ALL: Final = Lexicon(
    boilerplate_lines=frozenset().union(*(lx.boilerplate_lines for lx in LEXICONS.values())),
    related_headings=frozenset().union(*(lx.related_headings for lx in LEXICONS.values())),
    credit_labels=frozenset().union(*(lx.credit_labels for lx in LEXICONS.values())),
    byline_prefixes=frozenset().union(*(lx.byline_prefixes for lx in LEXICONS.values())),
    name_prefixes=frozenset().union(*(lx.name_prefixes for lx in LEXICONS.values())),
    month_names=frozenset().union(*(lx.month_names for lx in LEXICONS.values())),
)

_OUTER_JUNK_RE: Final = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE_RE: Final = re.compile(r"\s+")
_CREDIT_LABEL_RE: Final = re.compile(r"^\W{0,2}([^\W\d_][\w .'-]{0,24}?)\s*:")
_CREDIT_BY_RE: Final = re.compile(r"^\W{0,2}([^\W\d_]+(?: [^\W\d_]+)?) (?=[A-Z\u00c0-\u00de])")
_CREDIT_MARK_RE: Final = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)


_WORD_RE: Final = re.compile(r"[^\W\d_]+")
_NUMERIC_DATE_RE: Final = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
_LABEL_RE: Final = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*:")
_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}\b")
#: A dateline has few words besides the date ("Nov 19, 2019 at 9:24 pm ET - 2 min read").
MAX_DATELINE_WORDS: Final = 10
#: No furniture line or box heading of the tables is longer than this (with its topic).
MAX_PHRASE_CHARS: Final = 100
#: A related heading may name its topic after the phrase ("More from Politics").
MAX_RELATED_TOPIC_WORDS: Final = 4
_MAX_HEADING_WORDS: Final = 7
#: A dateline or byline is short; a longer line that starts with "By" is prose.
MAX_DATELINE_CHARS: Final = 120
#: Longest byline prefix, in words ("zuletzt aktualisiert am").
_MAX_PREFIX_WORDS: Final = 3


def is_dateline(text: str) -> bool:
    """True for a short line that gives the article's date or author ("Updated Nov. 19")."""
    if len(text) > MAX_DATELINE_CHARS:
        return False
    words = _WORD_RE.findall(text)
    lowered = [word.casefold() for word in words]
    for size in range(min(_MAX_PREFIX_WORDS, len(words)), 0, -1):
        if " ".join(lowered[:size]) in ALL.byline_prefixes:
            if lowered[0] in ALL.name_prefixes:
                return len(words) > size and words[size][0].isupper()
            return _mentions_date(text, lowered) or _LABEL_RE.match(text) is not None
    if len(words) > MAX_DATELINE_WORDS:
        return False
    if _NUMERIC_DATE_RE.search(text):
        return True
    return _YEAR_RE.search(text) is not None and any(w in ALL.month_names for w in lowered)


def _mentions_date(text: str, words: list[str]) -> bool:
    return bool(
        _NUMERIC_DATE_RE.search(text)
        or _YEAR_RE.search(text)
        or any(word in ALL.month_names for word in words)
    )


def normalise_line(text: str) -> str:
    """Case-fold, collapse white space and strip punctuation and dashes at both ends."""
    return _OUTER_JUNK_RE.sub("", _SPACE_RE.sub(" ", text).casefold())


def is_boilerplate_line(text: str) -> bool:
    """True for a whole line that is page furniture in any known language."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.boilerplate_lines


def is_related_heading(text: str) -> bool:
    """True for the heading of a box of links to other articles ("Mehr zum Thema: X")."""
    if len(text) > MAX_PHRASE_CHARS:
        return False
    line = normalise_line(text)
    if line in ALL.related_headings:
        return True
    words = line.split(" ")
    for size in range(min(_MAX_HEADING_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[:size]) in ALL.related_headings:
            return len(words) - size <= MAX_RELATED_TOPIC_WORDS
    return False


def is_credit_line(text: str) -> bool:
    """True for a short line that opens with an image credit label or a copyright sign."""
    if _CREDIT_MARK_RE.match(text):
        return True
    for pattern in (_CREDIT_LABEL_RE, _CREDIT_BY_RE):
        match = pattern.match(text)
        if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
            return True
    return False
