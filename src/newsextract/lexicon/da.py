"""Danish (da): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        kommentarer | skriv en kommentar | del | del artiklen | annonce | reklame | læs mere
        print | kopier link | afspil video | tilmeld dig nyhedsbrevet | kommentarer er lukket
        """
    ),
    related_headings=phrases(
        "læs også | relaterede artikler | mere om emnet | du vil måske også kunne lide"
    ),
    listing_headings=phrases("mest læste | seneste nyt | emner"),
    credit_labels=phrases("foto | billede | kilde | illustration"),
    byline_word="Af",
    name_prefixes=phrases("af"),
    byline_prefixes=phrases("af | forfatter | opdateret | publiceret | udgivet"),
    author_labels=phrases("fotograf"),
    source_labels=phrases("kilde"),
    counted_words=phrases("kommentarer | kommentar"),
    comment_headings=phrases("kommentarer"),
    months=calendar(
        """
        januar | februar | marts | april | maj | juni | juli | august | september
        oktober | november | december
        """
    ),
    weekdays=calendar("mandag | tirsdag | onsdag | torsdag | fredag | lørdag | søndag"),
    name_joins=words("og &"),
    affiliation_words=words("for"),
    author_roles=phrases("journalist | redaktør | korrespondent | fotograf | reporter"),
    script="Latn",
    stop_words=words(
        """
        og i at det er en til på af med for den de som ikke har der var hun jeg vi et
        sig fra også men om kan så skal efter blev bliver være nu når hvor ud op mod da
        eller havde end meget selv hvad nogle nogen mig dem os deres sin sine kun over
        under ved denne dette disse bare hvis alle andre mere mellem derfor
        """
    ),
    date_labels=phrases("publiceret | opdateret | udgivet | dato"),
    author_prefixes=phrases("af | forfatter | skrevet af"),
    update_labels=phrases("opdateret | sidst opdateret"),
    notice_lines=phrases("indlæser | log ind | kun for abonnenter | aktivér javascript"),
    news_words=phrases("nyheder"),
    summary_headings=phrases("kort fortalt | det vigtigste"),
    count_words=words("af"),
    follow_prefixes=phrases("følg os på | følg"),
    author_box_headings=phrases("om forfatteren | om skribenten"),
    ago_words=phrases("siden"),
    time_units=words(
        "sek sekunder min minut minutter time timer dag dage uge uger måned måneder år"
    ),
    read_time_words=phrases("læsetid"),
    desk_words=words("redaktionen"),
)
