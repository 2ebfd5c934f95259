"""Finnish (fi): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        kommentit | kommentoi | jaa | jaa artikkeli | mainos | lue lisää | tulosta
        kopioi linkki | katso video | tilaa uutiskirje | kommentointi on suljettu
        """
    ),
    related_headings=phrases("lue myös | aiheeseen liittyvät | aiheesta lisää | suosittelemme"),
    listing_headings=phrases("luetuimmat | uusimmat | tuoreimmat | aiheet"),
    credit_labels=phrases("kuva | kuvat | lähde | kuvitus"),
    byline_word="Teksti:",
    name_prefixes=phrases("teksti | toimittaja"),
    byline_prefixes=phrases("teksti | toimittaja | päivitetty | julkaistu"),
    author_labels=phrases("kuvaaja"),
    source_labels=phrases("lähde"),
    counted_words=phrases("kommenttia | kommentit | kommentti"),
    comment_headings=phrases("kommentit"),
    months=calendar(
        """
        tammikuu tammikuuta | helmikuu helmikuuta | maaliskuu maaliskuuta | huhtikuu huhtikuuta
        toukokuu toukokuuta | kesäkuu kesäkuuta | heinäkuu heinäkuuta | elokuu elokuuta
        syyskuu syyskuuta | lokakuu lokakuuta | marraskuu marraskuuta | joulukuu joulukuuta
        """
    ),
    weekdays=calendar(
        "maanantai | tiistai | keskiviikko | torstai | perjantai | lauantai | sunnuntai"
    ),
    name_joins=words("ja &"),
    author_roles=phrases("toimittaja | kirjeenvaihtaja | kuvaaja | päätoimittaja"),
    script="Latn",
    stop_words=words(
        """
        ja on ei se että oli ovat kun mutta myös hän he tai jo vain nyt niin sen kuin mukaan
        olla ollut joka jotka mitä mikä tämä tämän nämä siitä sitä sekä vielä koska
        kanssa noin vuonna jälkeen ennen aikana yli alle sanoo kertoo sanoi kertoi
        hänen heidän minä me te mukana voi voivat pitää täytyy kaikki muut
        """
    ),
    date_labels=phrases("julkaistu | päivitetty | päivämäärä"),
    author_prefixes=phrases("teksti | toimittaja | kirjoittaja"),
    update_labels=phrases("päivitetty"),
    notice_lines=phrases("ladataan | kirjaudu sisään | vain tilaajille | ota javascript käyttöön"),
    news_words=phrases("uutiset"),
    summary_headings=phrases("lyhyesti | tiivistelmä"),
    count_words=words("/"),
    follow_prefixes=phrases("seuraa meitä | seuraa"),
    author_box_headings=phrases("kirjoittajasta"),
    ago_words=phrases("sitten"),
    time_units=words("s sek sekuntia min minuuttia t tuntia päivää viikkoa kuukautta vuotta"),
    read_time_words=phrases("lukuaika"),
    desk_words=words("toimitus"),
)
