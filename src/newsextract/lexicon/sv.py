"""Swedish (sv): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        kommentarer | skriv en kommentar | dela | dela artikeln | annons | reklam | läs mer
        skriv ut | kopiera länk | spela upp video | prenumerera på nyhetsbrevet
        kommentarsfältet är stängt
        """
    ),
    related_headings=phrases("läs också | läs även | relaterade artiklar | mer om ämnet"),
    listing_headings=phrases("mest läst | senaste nytt | ämnen"),
    credit_labels=phrases("foto | bild | källa | illustration"),
    byline_word="Av",
    name_prefixes=phrases("av"),
    byline_prefixes=phrases("av | författare | uppdaterad | publicerad"),
    author_labels=phrases("fotograf"),
    source_labels=phrases("källa"),
    counted_words=phrases("kommentarer | kommentar"),
    comment_headings=phrases("kommentarer"),
    months=calendar(
        """
        januari | februari | mars | april | maj | juni | juli | augusti | september
        oktober | november | december
        """
    ),
    weekdays=calendar("måndag | tisdag | onsdag | torsdag | fredag | lördag | söndag"),
    name_joins=words("och &"),
    affiliation_words=words("för"),
    author_roles=phrases("journalist | redaktör | korrespondent | fotograf | reporter | reporter"),
    script="Latn",
    stop_words=words(
        """
        och i att det är en som på av för med till den har de inte om ett hon men
        var jag vi sig från också så kan ska efter blev blir vara nu när där ut upp mot
        eller hade än mycket själv vad några någon mig dem oss deras sin sina bara över
        under vid denna detta dessa om alla andra mer mellan därför enligt säger sa
        """
    ),
    date_labels=phrases("publicerad | uppdaterad | datum"),
    author_prefixes=phrases("av | författare | skriven av"),
    update_labels=phrases("uppdaterad | senast uppdaterad"),
    notice_lines=phrases("laddar | logga in | endast för prenumeranter | aktivera javascript"),
    news_words=phrases("nyheter | senaste nytt"),
    summary_headings=phrases("i korthet | kortfattat"),
    count_words=words("av"),
    follow_prefixes=phrases("följ oss på | följ"),
    author_box_headings=phrases("om författaren | om skribenten"),
    ago_words=phrases("sedan"),
    time_units=words(
        "sek sekunder min minut minuter timme timmar dag dagar vecka veckor månad månader år"
    ),
    read_time_words=phrases("lästid"),
    desk_words=words("redaktionen"),
)
