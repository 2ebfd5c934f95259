"""The schema of a language's vocabulary: one frozen `Lexicon`, and the helpers its files use.

Every field is a concept the pipeline reads; a language fills the concepts it has words for
and leaves the others empty. Phrases are stored as `lines.normalise_line` leaves a line
(case-folded, white space collapsed, no outer punctuation), so the tables hold plain
lower-case phrases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class CalendarName(NamedTuple):
    """A month's or weekday's name or abbreviation ("dez", written "dez." in the tables) and
    its number (January and Monday are 1)."""

    name: str
    number: int
    abbreviation: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language that the pipeline reads.

    Boilerplate lines and box headings:
    boilerplate_lines: whole lines that are page furniture (comment prompts, location
        prompts, share and print labels, ad markers).
    related_headings: headings of boxes of links to articles related to this one.
    link_badges: words set apart at the start or end of a link to an article that mark what
        it is, not what it says (a paywall's "Plus", a "Video" label).
    listing_headings: headings of site-wide lists (most read, trending, tags): furniture too,
        but their links are not related to the article.
    feed_headings: related headings that open a heading naming where its links come from, a
        site or a section ("More from Politics", "Mehr aus dem Ressort"): in a column beside
        the article such a box is the site's feed, not the article's related box.
    comment_headings: headings of reader comment areas (with a count too: "3 Kommentare").
    news_words: the words for the news itself ("news", "Nachrichten", "breaking news"): a
        tag made of one of them, alone or with a place or a time ("World news today"), is
        the site's label for every page, not a topic.
    topic_labels: the labels of a keywords list written as facets that give a topic
        ("Subject: Justice" among "Day: Friday", "Page Type: Article"): the rest are index
        data.
    summary_headings: headings of a box of highlights above the article ("Key points"): the
        page's own summary, not the article's text.
    author_box_headings: headings of a box about the article's author ("About the author"):
        a biography, not the article.
    counted_words: words that a count next to them makes a furniture line ("12 Comments",
        "Kommentare (3)").
    notice_lines: whole lines of a box that stands where an article would: a placeholder
        ("Loading…"), a login, subscription or members-only prompt, a script notice; digits
        are written "#" ("il vous reste #% de cet article à lire").
    count_words: the word between two numbers of a counter ("2 of 12", "Seite 1 von 3").
    follow_prefixes: what opens a line asking readers to follow someone on a network
        ("Follow", "Folgen Sie").
    prompt_prefixes: what opens a line that addresses the reader instead of telling the news:
        an invitation ("Subscribe to", "Melden Sie sich"), a question about the page ("Was
        this article helpful"), a blog's post footer ("This entry was posted in").
    contributor_notes: what a line says, anywhere in it, that tells who stands behind the
        article rather than telling the news: the reporting and the agencies ("X contributed
        to this report", "Additional reporting by", "Mit Agenturmaterial"), a disclaimer that
        its views are its author's ("The views expressed are those of the author", "gibt
        die Meinung des Autors wieder").
    ago_words: the words around a count of time units that make it a time past ("2 hours
        ago", "vor 2 Stunden"); time_units: those units and their abbreviations.
    read_time_words: the words of a reading-time line ("3 min read", "Lesezeit").

    Bylines and authors:
    byline_prefixes: words that open a byline or dateline ("By", "Updated", "Publié le").
    name_prefixes: the byline prefixes followed by a name ("By", "Von"), not a date.
    author_prefixes: words that a page writes before the author's name ("By", "Text:").
    editor_labels: what a page writes before the name of the editor responsible for it, on a
        line of its own below the text ("责任编辑:", "责编:"): its authors when no byline
        names any.
    byline_word: what renderings write before the authors' names ("By", "Von", "Par"):
        one of the name prefixes, as written at the start of a line.
    name_joins: the words that join two names in a byline ("and", "und", "et").
    author_roles: words of a byline that say what a person does, not who ("Redakteur").
    desk_words: words that make a byline part a desk or an organisation ("Redaktion").
    name_particles: lower-case words that may stand inside a name ("van Gogh", "de la Cruz").
    name_end_words: lower-case words after which a byline goes on with its date ("Von H. H.
        am 17.09.", "Jane Doe on May 3").
    affiliation_words: words after which a byline names the outlet its author writes for
        ("Jane Doe for The Daily Paper", "Ana Gil para El Diario"); not a word that names
        institutes as often ("Institut für Gewässerkunde").
    articles: articles that may open a desk's byline ("von der Redaktion").
    author_path_words: the folder of an author's page in a URL ("/autor/jane-doe/").
    organisation_words: words of organisations: a name with one of them names no person.
    placeholder_names: what a site writes where it knows no author ("Unknown", "No author",
        a CMS account's "admin"): no name.

    Image credits:
    credit_labels: labels that open an image credit line ("Foto:", "Aufmacherbild:").
    caption_labels: credit labels whose text describes the image ("Aufmacherbild: X via Y").
    author_labels: credit labels followed by the photographer or rights holder.
    source_labels: credit labels followed by the agency, stock site or publication.
    video_labels: credit labels that credit a video, not an image ("Video: Jane Doe").
    credit_by_words: the word between a credit label and its author ("Photo by", "Foto von").
    courtesy_labels: what opens a credit's source ("Courtesy of", "Mit freundlicher
        Genehmigung von").
    credit_source_words: words that make a credit part an outlet rather than a person
        ("Images", "Press", "Zeitung").
    credit_role_words: words that say what an image is rather than who made it ("(Archiv)",
        "Getty - Contributor").
    copyright_lines: phrases of a site's copyright line ("All rights reserved").

    Dates:
    months: month names and their abbreviations with their numbers ("mai" -> 5, "dez." ->
        12), the one source of `month_names` (derived: every name in `months`).
    weekdays: weekday names and their abbreviations, Monday first ("mo." -> 1), the source
        of `weekday_names`.
    date_labels: words that a page writes before the article's date ("Erschienen am").
    update_labels: words before the date of a change, not of publication ("Updated").
    ordinal_suffixes: what follows a day's number ("3rd March").
    date_joins: words between the day, the month and the year ("14 de mayo de 2024").
    year_marks: what follows a year written before its month ("2024年5月3日", "2024년 5월
        3일", "2024. május 3.").
    hour_marks: what stands between the hour and the minutes besides ":", "." and "h"
        ("14時30分", "14시 30분").
    clock_words: what a page writes after a time of day ("14:30 Uhr", "14.30 uur"): a zone
        may follow them ("14:30 Uhr MEZ").
    zones: zone abbreviations of this language with their offsets in hours ("MEZ": 1).
    zone_names: names of zones whose offset changes with daylight saving time, with their
        IANA zone ("ET": America/New_York, "heure de Paris": Europe/Paris); an abbreviation
        of three letters or fewer counts only in capitals ("ET", not French "et").

    Language:
    script: the ISO 15924 code of the script the language is written in ("Latn", "Cyrl",
        "Arab"; "Jpan" for Han with kana, "Hani" for Han alone, "Kore" for Hangul): a text's
        language is looked for among the languages of its script.
    stop_words: the commonest words of the language, to tell which language a text is in
        (among the languages of one script; a language alone in its script needs them only
        to confirm a stated language).
    letters: letters that few other languages of its script write (Russian "ы", Vietnamese
        "ơ"): a word that holds one counts as one of its stop words.
    """

    boilerplate_lines: frozenset[str] = frozenset()
    related_headings: frozenset[str] = frozenset()
    link_badges: frozenset[str] = frozenset()
    listing_headings: frozenset[str] = frozenset()
    feed_headings: frozenset[str] = frozenset()
    comment_headings: frozenset[str] = frozenset()
    news_words: frozenset[str] = frozenset()
    topic_labels: frozenset[str] = frozenset()
    summary_headings: frozenset[str] = frozenset()
    author_box_headings: frozenset[str] = frozenset()
    counted_words: frozenset[str] = frozenset()
    notice_lines: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    follow_prefixes: frozenset[str] = frozenset()
    prompt_prefixes: frozenset[str] = frozenset()
    contributor_notes: frozenset[str] = frozenset()
    ago_words: frozenset[str] = frozenset()
    time_units: frozenset[str] = frozenset()
    read_time_words: frozenset[str] = frozenset()

    byline_prefixes: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    author_prefixes: frozenset[str] = frozenset()
    editor_labels: frozenset[str] = frozenset()
    byline_word: str = ""
    name_joins: frozenset[str] = frozenset()
    author_roles: frozenset[str] = frozenset()
    desk_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    name_end_words: frozenset[str] = frozenset()
    affiliation_words: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    author_path_words: frozenset[str] = frozenset()
    organisation_words: frozenset[str] = frozenset()
    placeholder_names: frozenset[str] = frozenset()

    credit_labels: frozenset[str] = frozenset()
    caption_labels: frozenset[str] = frozenset()
    author_labels: frozenset[str] = frozenset()
    source_labels: frozenset[str] = frozenset()
    video_labels: frozenset[str] = frozenset()
    credit_by_words: frozenset[str] = frozenset()
    courtesy_labels: frozenset[str] = frozenset()
    credit_source_words: frozenset[str] = frozenset()
    credit_role_words: frozenset[str] = frozenset()
    copyright_lines: frozenset[str] = frozenset()

    months: tuple[CalendarName, ...] = ()
    weekdays: tuple[CalendarName, ...] = ()
    date_labels: frozenset[str] = frozenset()
    update_labels: frozenset[str] = frozenset()
    ordinal_suffixes: frozenset[str] = frozenset()
    date_joins: frozenset[str] = frozenset()
    year_marks: frozenset[str] = frozenset()
    hour_marks: frozenset[str] = frozenset()
    clock_words: frozenset[str] = frozenset()
    zones: tuple[tuple[str, float], ...] = ()
    zone_names: tuple[tuple[str, str], ...] = ()

    script: str = ""
    stop_words: frozenset[str] = frozenset()
    letters: frozenset[str] = frozenset()

    #: Derived, never written: every name of `months` and of `weekdays`.
    month_names: frozenset[str] = field(init=False, default=frozenset())
    weekday_names: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "month_names", frozenset(month.name for month in self.months))
        object.__setattr__(self, "weekday_names", frozenset(day.name for day in self.weekdays))


def calendar(table: str) -> tuple[CalendarName, ...]:
    """Names of months or weekdays written "january jan. | february feb. | ..." in calendar
    order, each with its abbreviations (written with their dot); "_" stands for the space
    of a name of two words ("tháng_một", "كانون_الثاني")."""
    groups = [group for group in table.replace("\n", "|").split("|") if group.strip()]
    return tuple(
        CalendarName(name.casefold().rstrip(".").replace("_", " "), number, name.endswith("."))
        for number, names in enumerate(groups, start=1)
        for name in names.split()
    )


def words(table: str) -> frozenset[str]:
    """The words of a table written as white-space separated words over any number of lines."""
    return frozenset(table.casefold().split())


def phrases(table: str) -> frozenset[str]:
    """The phrases of a table written as "a | b | c" over any number of lines."""
    return frozenset(
        " ".join(p.casefold().split()) for p in table.replace("\n", " | ").split("|") if p.strip()
    )


def zone_names(table: str) -> tuple[tuple[str, str], ...]:
    """Zone names with their IANA zones, written "et America/New_York | heure de paris
    Europe/Paris" (the zone is the last word of an entry)."""
    entries = (entry.split() for entry in table.replace("\n", "|").split("|") if entry.strip())
    return tuple((" ".join(words[:-1]).casefold(), words[-1]) for words in entries)


def offsets(table: str) -> tuple[tuple[str, float], ...]:
    """Zone abbreviations with their offsets in hours, written "utc 0 | cet 1 | ist 5.5"."""
    pairs = (entry.split() for entry in table.replace("\n", "|").split("|") if entry.strip())
    return tuple((name.casefold(), float(hours)) for name, hours in pairs)
