"""Tests for newsextract.lines: furniture lines, related headings, credits and datelines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import datelines, lines
from newsextract.blockfurniture import is_furniture_heading
from newsextract.datelines import (
    MAX_DATELINE_CHARS,
    has_digit,
    is_dateline,
    is_time_line,
    role_byline,
    unglued,
)
from newsextract.lexicon import ALL, CONTRIBUTOR_NOTE_KEYS, phrase_count
from newsextract.lines import (
    MAX_PHRASE_CHARS,
    is_boilerplate_line,
    is_box_heading,
    is_counter_line,
    is_credit_line,
    is_follow_line,
    is_furniture_line,
    is_listing_heading,
    is_media_line,
    is_notice_line,
    is_prompt_line,
    is_related_heading,
    is_share_line,
    is_summary_heading,
    normalise_line,
    strip_outer_junk,
)
from newsextract.patterns import MARKS, has_placeholder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Read more", "read more", id="lower"),
        pytest.param("  Read \n\t MORE  ", "read more", id="spaces"),
        pytest.param("» Read more «", "read more", id="guillemets"),
        pytest.param("— Share —", "share", id="dashes"),
        pytest.param("Lesen Sie auch:", "lesen sie auch", id="colon"),
        pytest.param("...Weiterlesen!!!", "weiterlesen", id="dots-and-bangs"),
        pytest.param("__x__", "x", id="underscores"),
        pytest.param("Don't miss", "don't miss", id="inner-apostrophe"),
        pytest.param("ÄHNLICHE Artikel", "ähnliche artikel", id="umlaut"),
        pytest.param("0 Kommentare", "0 kommentare", id="digit"),
        pytest.param("İlgili Haberler", "ilgili haberler", id="turkish-dotted-capital"),
        pytest.param("और पढ़ें:", "और पढ़ें", id="hindi-final-vowel-sign"),
        pytest.param("แชร์ »", "แชร์", id="thai-final-mark"),
        pytest.param("***", "", id="only-punctuation"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalise_line(text: str, expected: str) -> None:
    assert normalise_line(text) == expected


#: What strip_outer_junk does, as the regular expression it replaced (slow: it tries the
#: end anchor at every position of the line).
_OUTER_JUNK_RE = re.compile(rf"^[\W_]+|(?:_|[^\w{MARKS}])+$")


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab1_ .,-—»«:!?\u093f\u0e48\u0301\u00e9\u4e2d\u2160\u00bd"),
        max_size=12,
    )
)
def test_strip_outer_junk_is_the_regex(line: str) -> None:
    assert strip_outer_junk(line) == _OUTER_JUNK_RE.sub("", line)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Advertisement", id="en-ad"),
        pytest.param("ADVERTISEMENT", id="en-ad-upper"),
        pytest.param("Share this article", id="en-share"),
        pytest.param("Leave a reply", id="en-reply"),
        pytest.param("— Anzeige —", id="de-anzeige"),
        pytest.param("0 Kommentare", id="de-comments"),
        pytest.param("Zum Inhalt springen", id="de-skip"),
        pytest.param("Schließen", id="de-close-eszett"),
        pytest.param("Lire la suite", id="fr-read-more"),
        pytest.param("Publicité", id="fr-ad"),
        pytest.param("Compartir", id="es-share"),
        pytest.param("Condividi", id="it-share"),
        pytest.param("Lees meer", id="nl-read-more"),
        pytest.param("Article continues below", id="en-continues"),
        pytest.param("End of Article", id="en-end"),
        pytest.param("FOLLOW US ON SOCIAL MEDIA", id="en-follow-social"),
        pytest.param("Mostrar comentarios", id="es-comments"),
        pytest.param("Annonsørinnhold", id="no-sponsored"),
        pytest.param("[PR]", id="ja-ad-label"),
        pytest.param("(Noch keine Bewertungen)", id="de-no-ratings"),
    ],
)
def test_boilerplate_lines(text: str) -> None:
    assert is_boilerplate_line(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Advertisement revenue fell sharply this year.", id="starts-like-one"),
        pytest.param("The council will print the plan.", id="contains-one"),
        pytest.param("Share " + "x" * MAX_PHRASE_CHARS, id="too-long"),
        pytest.param("", id="empty"),
    ],
)
def test_not_boilerplate_lines(text: str) -> None:
    assert not is_boilerplate_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Comments (0)", True, id="en-count-after"),
        pytest.param("3 Comments", True, id="en-count-before"),
        pytest.param("Kommentare (12)", True, id="de-count"),
        pytest.param("12 commentaires", True, id="fr-count"),
        pytest.param("Soyez le premier à commenter", True, id="fr-first-comment"),
        pytest.param("Deinen Standort verwenden", True, id="de-location"),
        pytest.param("Copier le lien", True, id="fr-copy-link"),
        pytest.param("Chapter 12", False, id="count-of-another-word"),
        pytest.param("12 Apostel", False, id="count-before-another-word"),
        pytest.param("By", True, id="en-byline-label-alone"),
        pytest.param("Von:", True, id="de-byline-label-alone"),
        pytest.param("Written by", True, id="en-written-by-alone"),
        pytest.param("Last Modified:", True, id="en-date-label-alone"),
        pytest.param("Release Date:", True, id="en-release-date-alone"),
        pytest.param(
            "Follow The Daily Paper on Twitter and Instagram @dailypaper and on Facebook"
            " @dailypaperpage or send us a message on WhatsApp.",
            True,
            id="en-long-follow-invitation",
        ),
        pytest.param(
            "Follow the money, the investigators said, and you will find the accounts.",
            False,
            id="follow-in-prose",
        ),
        pytest.param("Caption", True, id="en-caption-label"),
        pytest.param("Bild anzeigen", True, id="de-show-image"),
        pytest.param("This slideshow requires JavaScript.", True, id="en-slideshow-notice"),
        pytest.param("By the river", False, id="by-in-a-line"),
        pytest.param(
            "Warning: Creating default object from empty value in /www/wp-includes/classes.php"
            " on line 407",
            True,
            id="php-warning",
        ),
        pytest.param(
            "Deprecated: preg_replace(): The /e modifier is deprecated, use"
            " preg_replace_callback instead in /www/wp-includes/formatting.php on line 82",
            True,
            id="php-deprecated-longer-than-a-credit",
        ),
        pytest.param(
            "Warning: the flood may reach the houses in town on line roads, officials said.",
            False,
            id="warning-in-prose",
        ),
        pytest.param("Jane Roe contributed reporting from Hong Kong.", True, id="en-contributed"),
        pytest.param("The AP's John Doe contributed to this report.", True, id="en-this-report"),
        pytest.param("Additional reporting by Jane Roe", True, id="en-additional"),
        pytest.param("Mit Agenturmaterial.", True, id="de-agency-material"),
        pytest.param("Weitere Quellen • AP", True, id="de-further-sources"),
        pytest.param("She said the report was the work of many.", False, id="report-in-prose"),
        pytest.param("Rezept drucken Auf Pinterest merken", True, id="de-print-and-pin"),
        pytest.param("Save to Pinterest", True, id="en-save-to-pinterest"),
        pytest.param(
            "Bei diesem Beitrag handelt es sich um eine Pressemitteilung.", True, id="de-post-kind"
        ),
        pytest.param("Über den Autor", True, id="de-author-box-label"),
        pytest.param("About the author", True, id="en-author-box-label"),
        pytest.param("About the author's new book", False, id="about-the-author-in-a-line"),
        pytest.param("kim.jiho@example.kr", True, id="an-e-mail-address-alone"),
        pytest.param(
            "Write to kim.jiho@example.kr for the forms.", False, id="an-address-in-a-line"
        ),
        pytest.param("(END)", True, id="en-wire-end"),
        pytest.param("™ & © 2013 Example News, Inc. All rights reserved.", True, id="tm-and-c"),
        pytest.param("All rights reserved.", True, id="en-copyright-phrase-alone"),
        pytest.param("Alle Rechte vorbehalten.", True, id="de-copyright-phrase-alone"),
        pytest.param("阅读下一篇\uff1a", True, id="zh-read-next"),
    ],
)
def test_furniture_lines(text: str, expected: bool) -> None:
    assert is_furniture_line(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Unsere Redaktion empfiehlt", id="de-recommends"),
        pytest.param("Read more", id="en-read-more"),
        pytest.param("À lire aussi", id="fr-a-lire-aussi"),
        pytest.param("A LIRE AUSSI :", id="fr-upper"),
        pytest.param("Lesen Sie auch:", id="de-colon"),
        pytest.param("Related Articles", id="en-related"),
        pytest.param("You may also like", id="en-like"),
        pytest.param("Mehr zu Klima und Konsum", id="topic-suffix-de"),
        pytest.param("More from Politics", id="topic-suffix-en"),
        pytest.param("Mehr zum Thema: Verkehr in der Stadt", id="topic-suffix-colon"),
        pytest.param("Leggi anche", id="it-read-also"),
        pytest.param("Lesen Sie mehr zum Thema", id="de-read-more-on"),
        pytest.param("関連企業・業界", id="ja-related-companies"),
        pytest.param("More:", id="en-more-label"),
    ],
)
def test_related_headings(text: str) -> None:
    assert is_related_heading(text)
    assert is_box_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meistgelesen", id="de-most-read"),
        pytest.param("Lo más leído", id="es-most-read"),
        pytest.param("Les plus lus", id="fr-most-read"),
        pytest.param("Trending", id="en-trending"),
        pytest.param("Schlagworte", id="de-tags"),
        pytest.param("Häufig gelesen", id="de-often-read"),
        pytest.param("Recommended Videos", id="en-recommended-videos"),
    ],
)
def test_listing_headings_are_box_headings_but_not_related(text: str) -> None:
    assert is_listing_heading(text)
    assert is_box_heading(text)
    assert not is_related_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Related to this, the court said the ruling was final.", id="related-to-this"),
        pytest.param("Mehr zu Klima und Konsum in der Stadt und auf dem Land", id="topic-too-long"),
        pytest.param("The council votes", id="ordinary"),
        pytest.param("See also: the appendix of the report below", id="see-also-long"),
        pytest.param("Read more " * 12, id="too-long"),
        pytest.param("Popular anger in the north", id="popular-as-adjective"),
        pytest.param("More than a decade of delays", id="more-than"),
        pytest.param("", id="empty"),
    ],
)
def test_not_related_headings(text: str) -> None:
    assert not is_related_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Aufmacherbild: Apple / Urheberrecht: Ismagilov", id="de-aufmacherbild"),
        pytest.param("Foto: dpa/Michael Kappeler", id="de-foto"),
        pytest.param("Fotos: Anna Weber", id="de-fotos"),
        pytest.param("Bildquelle: picture alliance", id="de-bildquelle"),
        pytest.param("(crédito: Reuters)", id="es-credito-parenthesis"),
        pytest.param("Crédit photo : AFP", id="fr-credit-photo"),
        pytest.param("Photograph by Jane Doe", id="en-photograph-by"),
        pytest.param("Photo: Jane Doe/AP", id="en-photo-colon"),
        pytest.param("Image credit: NASA", id="en-image-credit"),
        pytest.param("© Reuters", id="copyright-sign"),
        pytest.param("(c) AP", id="copyright-c"),
        pytest.param("Copyright 2020 Example Media", id="copyright-word"),
        pytest.param("Фото: Сергей Смирнов", id="ru-foto"),
        pytest.param("फोटो: अमित कुमार", id="hi-label-with-vowel-signs"),
        pytest.param("摄影\uff1a李华", id="zh-full-width-colon"),
    ],
)
def test_credit_lines(text: str) -> None:
    assert is_credit_line(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Photo by the lake", id="photo-by-the-lake"),
        pytest.param("Photos of the event were shared widely.", id="photos-of"),
        pytest.param("The photo: a long exposure of the bridge", id="the-photo"),
        pytest.param("Graphic content warning: violence", id="graphic-content"),
        pytest.param("Copyrighted material was removed.", id="copyrighted"),
        pytest.param("Reuters reported on Monday.", id="plain"),
    ],
)
def test_not_credit_lines(text: str) -> None:
    assert not is_credit_line(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Updated Nov. 19, 2019 8:21 am ET", id="en-updated"),
        pytest.param("Nov 19, 2019 at 9:24 pm ET - 2 min read", id="en-date-first"),
        pytest.param("Published on 12.03.2021", id="en-published-numeric"),
        pytest.param("By Jane Doe", id="en-by"),
        pytest.param("BY JANE DOE", id="en-by-upper"),
        pytest.param("Von Peter Müller", id="de-von"),
        pytest.param("Stand: 19.11.2019", id="de-stand"),
        pytest.param("Text: Peter Müller", id="de-text-label"),
        pytest.param("19. November 2019", id="de-date"),
        pytest.param("Montag, 3. März 2021", id="de-weekday-date"),
        pytest.param("Thursday 19 November 2019", id="en-weekday-date"),
        pytest.param("Aktualisiert am 3. März 2021, 10:15 Uhr", id="de-aktualisiert"),
        pytest.param("Publié le 3 mars 2021 à 10h00", id="fr-publie"),
        pytest.param("Par Marie Dupont", id="fr-par"),
        pytest.param("Por Juan Pérez", id="es-por"),
        pytest.param("2021-03-12 10:15", id="iso"),
        pytest.param("2025-03-29T11:36:01Z", id="iso-stamp"),
        pytest.param("21:00Jane Roe", id="time-run-into-a-live-post-byline"),
        pytest.param("2025年1月13日 20時01分", id="ja-date"),
        pytest.param("2025년 1월 13일 오전 10:00", id="ko-date"),
        pytest.param("Uppdaterad 15.59 | Publicerad 14.14", id="sv-dotted-times"),
        # abbreviations of every language, as the dates read them (issue 12: "Dez. 2023")
        pytest.param("Dez. 2023", id="abbreviation-dot"),
        pytest.param("26 Okt 2018", id="abbreviation-after-day"),
        pytest.param("Okt 13, 2022 | Umwelt & Klima", id="abbreviation-before-day"),
        pytest.param("Aggiornato il 3 ott 2021", id="abbreviation-it"),
        # weekdays are not counted as other words of the line
        pytest.param("Donnerstag, 3. März 2022, Umwelt und Klima", id="weekday-de"),
        pytest.param("Sa. 3. Mai 2020 | Sport und Freizeit", id="weekday-abbreviation-de"),
        # an author prefix of more than one word opens a byline as "By" does
        pytest.param("Ein Beitrag von Jonas Ahlgren", id="de-ein-beitrag-von"),
        pytest.param("Story by Jane Doe", id="en-story-by"),
        # a name in a script without capitals after a name prefix
        pytest.param("بقلم محمد علي", id="ar-name-prefix"),
        pytest.param("by 山田太郎", id="han-name-after-by"),
    ],
)
def test_datelines(text: str) -> None:
    assert is_dateline(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("By the time the 2019 season ended, the team had won.", id="by-the-time"),
        pytest.param("In 2019 the company grew.", id="year-without-month"),
        pytest.param(
            "Von der Leyen kündigte am Montag an, dass die Kommission handelt.", id="von-der"
        ),
        pytest.param("by jane doe", id="by-lower-case-name"),
        pytest.param("Posted by admin", id="posted-by-without-date"),
        pytest.param(
            "In March 2019, after years of debate, the council of the city finally agreed.",
            id="long-sentence-with-date",
        ),
        pytest.param("Updated " + "x" * MAX_DATELINE_CHARS + " 2019", id="too-long"),
        pytest.param("The company was founded in March 2015.", id="sentence-with-month-year"),
        pytest.param(
            "The meeting on 12.03.2021 was attended by more than two hundred residents.",
            id="sentence-with-numeric-date",
        ),
        pytest.param(
            "Updated figures show that 2019 was a record year for exports.", id="updated-figures"
        ),
        pytest.param(
            "Published in 2019, the report found that most cities lack safe bike lanes.",
            id="published-in",
        ),
        pytest.param("", id="empty"),
        # a word spelled as a month's abbreviation, apart from any number: a name, "ago"
        pytest.param("Klein, Nicole 1992; Ott, Verena 1993", id="surname-ott"),
        pytest.param("Published 1 day ago", id="relative"),
        pytest.param("So kamen sie im Mai 2020", id="so-is-no-sunday"),
        pytest.param("Updated 3.5 million times", id="updated-a-figure"),
        pytest.param("Der Preis stieg auf 15.59 Euro", id="dotted-figure-without-label"),
        pytest.param("Ein Beitrag von der Stadtverwaltung", id="author-phrase-lower-case"),
        pytest.param("(Reporting by Jane Doe; Editing by Tom Roe)", id="closing-report-note"),
        # a sentence that opens with a name prefix's word ("wrote"), in a caseless script
        pytest.param("كتب الرئيس في رسالته أن الحكومة ستواصل العمل", id="ar-sentence"),
    ],
)
def test_not_datelines(text: str) -> None:
    assert not is_dateline(text)


@pytest.mark.parametrize(
    ("line", "link_chars", "expected"),
    [
        pytest.param("ByJane Doe", 8, "By Jane Doe", id="by-title-case"),
        pytest.param("byJane Doe", 8, "by Jane Doe", id="by-lower-case"),
        pytest.param("ByK.L. Bruck", 10, "By K.L. Bruck", id="initials"),
        pytest.param("VonJonas Kehl", 10, "Von Jonas Kehl", id="von"),
        pytest.param("ParÉmile Roux", 11, "Par Émile Roux", id="non-ascii-capital"),
        # the name must be the line's link text: a headline or dek is no byline
        pytest.param("DoorDash Reports Record Earnings", 0, None, id="not-a-link"),
        pytest.param("ByJane Doe, Staff Writer", 8, None, id="more-than-the-link"),
        # an acronym or a word that merely starts like a prefix
        pytest.param("DIY Kit", 7, None, id="all-capitals"),
        pytest.param("AfD behauptet", 13, None, id="one-word-with-a-capital"),
        pytest.param("Bypass Road", 11, None, id="small-letter-after-prefix"),
        pytest.param("By Jane Doe", 8, None, id="already-apart"),
    ],
)
def test_a_prefix_glued_to_a_linked_name_is_set_apart(
    line: str, link_chars: int, expected: str | None
) -> None:
    assert unglued(line, link_chars) == (line if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loaded: 0%", True),
        ("VIDEO4:4204:42", True),
        ("0:00 / 3:12", True),
        ("1:02:03", True),
        ("Inflation rose to 3% in May.", False),
        ("Play Video", False),  # a phrase of the tables, not a player's figures
        ("Kick-off at 20:45 in the old stadium on Saturday", False),
    ],
)
def test_media_lines(text: str, expected: bool) -> None:
    assert is_media_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 of 12", True),
        ("Photo 2 of 8", True),
        ("Bild 1 von 5", True),
        ("Seite 2 von 3", True),
        ("\uff081/3\u30da\u30fc\u30b8\uff09", True),
        ("2/12", True),
        ("1 - 5 of 36", True),
        ("Showing 1\u201310 of 45 results", True),
        ("24 hours of news", False),
        ("Score 2 - 1 of the final", False),
        ("Two of the three ministers resigned on 4 May", False),
    ],
)
def test_counter_lines(text: str, expected: bool) -> None:
    assert is_counter_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FacebookE-MailZur Merkliste hinzufügen", True),
        ("Facebook | X | WhatsApp", True),
        ("Facebook Twitter Email", True),
        ("Facebook is a company", False),
        ("WhatsApp", False),
        ("Facebook and Twitter were down for an hour", False),
        ("Bild anzeigen Bild schließen", True),
        ("Artikel teilen Link kopieren", True),
        ("Artikel teilen mit Freunden", False),
    ],
)
def test_share_lines(text: str, expected: bool) -> None:
    assert is_share_line(text) is expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "ab", "x"]), max_size=8))
def test_phrase_count_is_the_fewest_phrases(words: list[str]) -> None:
    """Phrases "a", "b", "a b", "a b c": the fewest runs the words are, 0 when they are none."""
    phrases = {"a", "b", "a b", "a b c"}
    count = phrase_count(words, phrases.__contains__, 3)

    def fewest(rest: list[str]) -> float:  # by brute force: every first phrase tried
        if not rest:
            return 0
        tries = [1 + fewest(rest[n:]) for n in (1, 2, 3) if " ".join(rest[:n]) in phrases]
        return min(tries, default=float("inf"))

    best = fewest(words)
    assert count == (0 if best == float("inf") else best)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Follow Jane Doe on X.", True),
        ("Folgen Sie uns auf Instagram", True),
        ("Suivez-nous sur Facebook", True),
        ("Folgst du schon der Zeitung auf Whatsapp?", True),
        ("Follow the money", False),
        ("Follow-up talks are due on Facebook's data deal", False),
    ],
)
def test_follow_lines(text: str, expected: bool) -> None:
    assert is_follow_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il vous reste 62% de cet article à lire.", True),
        ("Il vous reste 5% de cet article à lire", True),
        ("Please turn on JavaScript to use this feature.", True),
        ("Loading…", True),
        ("This content is for members only.", True),
        ("The loading of ships resumed on Monday.", False),
        ("Player wird geladen", True),
        ("Cargando siguiente contenido...", True),
        ("Der Player wird geladen, sobald der Strom wieder da ist.", False),
    ],
)
def test_notice_lines(text: str, expected: bool) -> None:
    assert is_notice_line(text) is expected
    assert is_furniture_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Story highlights", True),
        ("Das Wichtigste in Kürze", True),
        ("L'essentiel", True),
        ("Highlights of the season", False),
    ],
)
def test_summary_headings(text: str, expected: bool) -> None:
    assert is_summary_heading(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
        "Comments are closed.",
        "Les commentaires sont fermés.",
        "We apologize, but this video has failed to load.",
    ],
)
def test_closed_comments_and_player_errors_are_furniture(text: str) -> None:
    assert is_furniture_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 mins ago11:48", True),
        ("1 HR ago 2 mins read", True),
        ("Lesezeit: 1 Min.", True),
        ("vor 2 Stunden", True),
        ("Il y a 3 heures", True),
        ("5 minutos de lectura", True),
        ("15 Min", False),  # a recipe's time, not a time past
        ("He was there 2 days ago.", False),
        ("Published 2 hours ago", True),  # a date label, then a time past
        ("Last updated 21 hours ago", True),
        ("Updated 2 hours ago, the council said", False),
    ],
)
def test_time_lines(text: str, expected: bool) -> None:
    assert is_time_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subscribe to email updates", True),
        ("War der Artikel nützlich?", True),
        ("Dieser Eintrag wurde veröffentlicht in News von Max.", True),
        ("This entry was posted in News and tagged x.", True),
        ("Abonnez-vous à notre lettre d'information", True),
        ("Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie das Rezept probiert haben.", True),
        ("Let us know what you think in the comments.", True),
        ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns mit einer Spende.", True),
        ("Got a story? Get in touch with our news team by emailing us.", True),
        ("Have a tip? The reporter may be reached at the newsroom.", True),
        ("For more stories like this, check our news page.", True),
        ("Like this story? Share it with a friend!", True),
        ("We respect your privacy", True),
        ("Werden Sie Mitglied und erhalten Sie exklusive Angebote!", True),
        ("Puede escribirnos a la redacción o seguirnos en las redes.", True),
        ("Mitglied werden konnte nur, wer im Ort wohnte.", False),
        (
            "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis"
            " keine Verbindung zu diesem Netzwerk her.",
            True,
        ),
        ("Subscribers to the service rose by a third.", False),
        ("Posting in the forum has been slow since March.", False),
        ("Have a story to tell, the mayor said, and people listen.", False),
        ("For more than a decade the ferry ran every hour.", False),
    ],
)
def test_prompt_lines(text: str, expected: bool) -> None:
    assert is_prompt_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("%d Bloggern gefällt das:", True, id="printf-count"),
        pytest.param("%s likes this.", True, id="printf-string"),
        pytest.param("Posted by %1$s", True, id="printf-positional"),
        pytest.param("{{ comments.count }} comments", True, id="mustache"),
        pytest.param("{{count}} Kommentare", True, id="mustache-tight"),
        pytest.param("Prices rose by 5% in March", False, id="percent"),
        pytest.param("Gained 100%dB", False, id="percent-before-letter"),
        pytest.param("https://example.org/a%20search", False, id="url-escape"),
        pytest.param("The set {{1}, {2}} has two members", False, id="braces-not-a-name"),
    ],
)
def test_template_placeholders(text: str, expected: bool) -> None:
    """A line with a template's unfilled placeholder is furniture, in any language."""
    assert has_placeholder(text) is expected
    assert is_furniture_line(text) or not expected


def test_has_digit_is_isdigit_on_every_code_point() -> None:
    differ = [hex(code) for code in range(0x110000) if has_digit(chr(code)) != chr(code).isdigit()]
    assert differ == []


#: What the quick tests stand for: the date pattern without its lookahead, and the first
#: camel-case join as the empty pattern finds it.
_NUMERIC_DATE_AS_WRITTEN = re.compile(
    datelines._NUMERIC_DATE_RE.pattern.removeprefix("(?=\\d)(?:").removesuffix(")")
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("0129:.-/T 年월x²"), max_size=16))
def test_the_numeric_date_pattern_finds_what_it_finds_without_its_lookahead(text: str) -> None:
    found = datelines._NUMERIC_DATE_RE.search(text)
    written = _NUMERIC_DATE_AS_WRITTEN.search(text)
    assert (found and found.span()) == (written and written.span())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aäßZÄÉx -1"), max_size=12))
def test_the_camel_pair_is_the_first_camel_case_join(text: str) -> None:
    pair = lines._CAMEL_PAIR_RE.search(text)
    join = lines._CAMEL_JOIN_RE.search(text)
    assert (pair and pair.start()) == (join and join.start())


@pytest.mark.parametrize("note", sorted(ALL.contributor_notes | ALL.editor_labels))
def test_every_contributor_note_holds_a_key_of_the_quick_test(note: str) -> None:
    assert any(key in note for key in CONTRIBUTOR_NOTE_KEYS)
    assert is_furniture_line(f"Jane Doe {note} Berlin.")


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("March 2, 2021 at 09:15 AM | categories: Gardening, Tools | View Comments", True),
        ("Posted 12.05.2023 \u2022 Reisen \u2022 3 Kommentare", True),
        ("Updated 3 May 2021 | 4 min read | Share", True),
        ("Posted 12.05.2023 \u00b7 Reisen", True),
        # no date among the fields; a field that is a sentence; fields apart by dashes
        ("Gardening | Tools | View Comments", False),
        ("March 2, 2021 | The council said the park will open again in the spring.", False),
        ("March 2, 2021 - categories: Gardening - View Comments", False),
    ],
)
def test_a_posts_line_of_facts_apart_by_bars(line: str, meta: bool) -> None:
    assert datelines.is_meta_line(line) is meta


@pytest.mark.parametrize(
    ("line", "name"),
    [
        pytest.param("김철수 기자", "김철수", id="ko-name-then-role"),
        pytest.param("김철수 기자 kim@example.kr", "김철수", id="ko-with-e-mail"),
        pytest.param("[서울신문 김철수 기자]", "김철수", id="ko-outlet-in-brackets"),
        pytest.param("山田 太郎 記者", "山田 太郎", id="ja-name-then-role"),
        pytest.param("Jane Doe Editor", None, id="capitalised-name"),
        pytest.param("오늘 서울 날씨 기자", None, id="too-many-words"),
        pytest.param("기자", None, id="a-role-alone"),
    ],
)
def test_role_bylines(line: str, name: str | None) -> None:
    assert role_byline(line) == name
    assert is_dateline(line) is (name is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # notices and prompts run together, each a sentence or a label in brackets
        (
            "\uff3b有料会員限定\uff3d この記事は有料会員限定です。"
            "続きを読むには会員登録が必要です。",
            True,
        ),
        ("For members only. Log in to continue.", True),
        ("Wird geladen\u2026 Bitte warten.", True),
        # one part of news is enough to keep the line
        ("Log in to continue. The office said it would publish the figures online.", False),
        ("この記事は会員限定です。市は来月から運行を始める。", False),
        # a notice alone is read as a whole line (is_notice_line); one part is no run
        ("Caricamento in corso", True),
    ],
)
def test_a_run_of_notices_is_furniture(text: str, expected: bool) -> None:
    assert is_furniture_line(text) is expected


@pytest.mark.parametrize(
    ("heading", "furniture"),
    [
        ("* * *", True),
        ("\u223c \u223c \u223c", True),
        ("---", True),
        ("Part 2", False),
        ("§ 3", False),
    ],
)
def test_an_ornament_set_as_a_heading_is_furniture(heading: str, furniture: bool) -> None:
    assert is_furniture_heading(heading) is furniture
