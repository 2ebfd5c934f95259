"""Dutch (nl): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 reacties | advertentie | delen | lees meer | reacties | reageer
        reacties zijn gesloten | reageren is gesloten | video afspelen
        """
    ),
    related_headings=phrases("gerelateerde artikelen | lees ook | meer over dit onderwerp"),
    listing_headings=phrases("meest gelezen"),
    credit_labels=phrases("beeld | bron | foto"),
    byline_word="Door",
    name_prefixes=phrases("door"),
    byline_prefixes=phrases("auteur | bijgewerkt | door | gepubliceerd"),
    author_labels=phrases("fotograaf"),
    source_labels=phrases("bron"),
    counted_words=phrases("reacties | reactie"),
    comment_headings=phrases("reacties"),
    months=calendar(
        """
        januari jan. | februari feb. | maart mrt. | april apr. | mei | juni jun. | juli jul.
        augustus aug. | september sep. sept. | oktober okt. | november nov. | december dec.
        """
    ),
    weekdays=calendar(
        """
        maandag ma. | dinsdag di. | woensdag wo. | donderdag do. | vrijdag vr. | zaterdag za.
        zondag zo.
        """
    ),
    name_joins=words("en &"),
    author_roles=phrases("redacteur | verslaggever | correspondent | fotograaf"),
    script="Latn",
    stop_words=words(
        """
        de het een en van in is dat op te zijn met voor niet aan er als om ook maar bij ze
        door naar dan wordt
        """
    ),
    date_labels=phrases(
        """
        gepubliceerd | datum | bijgewerkt
        """
    ),
    author_prefixes=phrases(
        """
        door | auteur | tekst
        """
    ),
    update_labels=phrases(
        """
        bijgewerkt | gewijzigd
        """
    ),
    notice_lines=phrases(
        """
        laden | bezig met laden | even geduld | inloggen | log in | aanmelden
        alleen voor abonnees | al abonnee | schakel javascript in | javascript is uitgeschakeld
        je hebt nog # gratis artikelen
        """
    ),
    topic_labels=phrases("onderwerp | onderwerpen | trefwoord | trefwoorden"),
    news_words=phrases("nieuws | laatste nieuws"),
    summary_headings=phrases(
        """
        in het kort | kort samengevat | de belangrijkste punten
        """
    ),
    count_words=words("van"),
    follow_prefixes=phrases(
        """
        volg | volg ons op
        """
    ),
    author_box_headings=phrases("over de auteur | over de schrijver"),
    ago_words=phrases("geleden"),
    time_units=words(
        """
        sec seconde seconden min minuut minuten uur dag dagen week weken maand maanden
        jaar
        """
    ),
    read_time_words=phrases("leestijd"),
    desk_words=words("redactie"),
    placeholder_names=phrases("onbekend | auteur onbekend"),
    name_particles=words("van ten ter de den der"),
    name_end_words=words("op"),
    affiliation_words=words("voor"),
    clock_words=words("uur"),
)
