"""Norwegian (no, Bokmål): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        kommentarer | skriv en kommentar | del | del artikkelen | annonse | reklame | les mer
        skriv ut | kopier lenke | spill av video | meld deg på nyhetsbrevet
        kommentarfeltet er stengt | annonsørinnhold
        """
    ),
    related_headings=phrases("les også | relaterte artikler | mer om saken | mer om"),
    listing_headings=phrases("mest lest | siste nytt | emner"),
    credit_labels=phrases("foto | bilde | kilde | illustrasjon | video"),
    video_labels=phrases("video"),
    byline_word="Av",
    name_prefixes=phrases("av"),
    byline_prefixes=phrases("av | forfatter | oppdatert | publisert"),
    author_labels=phrases("fotograf"),
    source_labels=phrases("kilde"),
    counted_words=phrases("kommentarer | kommentar"),
    comment_headings=phrases("kommentarer"),
    months=calendar(
        """
        januar | februar | mars | april | mai | juni | juli | august | september
        oktober | november | desember
        """
    ),
    weekdays=calendar("mandag | tirsdag | onsdag | torsdag | fredag | lørdag | søndag"),
    name_joins=words("og &"),
    affiliation_words=words("for"),
    author_roles=phrases(
        "journalist | redaktør | korrespondent | fotograf | reporter | kommentator"
    ),
    script="Latn",
    stop_words=words(
        """
        og i å det er en til på av med for den de som ikke har der var hun jeg vi et
        seg fra også men om kan så skal etter ble blir være nå når hvor ut opp mot da
        eller hadde enn mye selv hva noen meg dem oss deres sin sine bare over under ved
        denne dette disse hvis alle andre mer mellom derfor ikkje sier sa
        """
    ),
    date_labels=phrases("publisert | oppdatert | dato"),
    author_prefixes=phrases("av | forfatter | skrevet av"),
    update_labels=phrases("oppdatert | sist oppdatert"),
    notice_lines=phrases("laster | logg inn | kun for abonnenter | aktiver javascript"),
    news_words=phrases("nyheter | siste nytt"),
    summary_headings=phrases("kort fortalt | kort oppsummert"),
    count_words=words("av"),
    follow_prefixes=phrases("følg oss på | følg"),
    author_box_headings=phrases("om forfatteren | om skribenten"),
    ago_words=phrases("siden"),
    time_units=words(
        "sek sekunder min minutt minutter time timer dag dager uke uker måned måneder år"
    ),
    read_time_words=phrases("lesetid"),
    desk_words=words("redaksjonen"),
)
