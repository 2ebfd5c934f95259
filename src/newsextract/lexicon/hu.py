"""Hungarian (hu): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        hozzászólások | hozzászólok | megosztás | hirdetés | tovább olvasom | bővebben
        nyomtatás | link másolása | videó lejátszása | feliratkozás hírlevélre
        a hozzászólások le vannak zárva
        """
    ),
    related_headings=phrases(
        "kapcsolódó cikkek | ajánlott cikkek | ezek is érdekelhetik | olvasta már"
    ),
    listing_headings=phrases("legolvasottabb | legfrissebb | címkék"),
    credit_labels=phrases("fotó | kép | forrás | illusztráció"),
    byline_word="Szerző:",
    name_prefixes=phrases("szerző"),
    byline_prefixes=phrases("szerző | frissítve | közzétéve | megjelent"),
    author_labels=phrases("fotós"),
    source_labels=phrases("forrás"),
    counted_words=phrases("hozzászólás | hozzászólások | komment"),
    comment_headings=phrases("hozzászólások | kommentek"),
    months=calendar(
        """
        január jan. | február febr. | március márc. | április ápr. | május máj. | június jún.
        július júl. | augusztus aug. | szeptember szept. | október okt. | november nov.
        december dec.
        """
    ),
    weekdays=calendar("hétfő | kedd | szerda | csütörtök | péntek | szombat | vasárnap"),
    name_joins=words("és &"),
    author_roles=phrases("újságíró | szerkesztő | tudósító | fotós | riporter"),
    script="Latn",
    stop_words=words(
        """
        a az és hogy nem is egy de ez azt van volt már csak még ha mint el ki be fel
        le sem vagy kell lesz lett pedig mert így úgy ezt azt ami amely amit akkor
        után szerint között alatt miatt óta közül nagyon minden több most egyik mások
        vannak voltak lehet majd mondta szerinte
        """
    ),
    letters=words("ő ű"),
    date_labels=phrases("közzétéve | frissítve | megjelent | dátum"),
    author_prefixes=phrases("szerző | írta"),
    update_labels=phrases("frissítve | módosítva"),
    notice_lines=phrases(
        "betöltés | bejelentkezés | csak előfizetőknek | engedélyezze a javascriptet"
    ),
    news_words=phrases("hírek"),
    summary_headings=phrases("röviden | a legfontosabb"),
    count_words=words("/"),
    follow_prefixes=phrases("kövessen minket | kövess minket"),
    author_box_headings=phrases("a szerzőről"),
    ago_words=phrases("ezelőtt | óta"),
    time_units=words("mp másodperc perc perce óra órája nap napja hét hete hónap hónapja év éve"),
    read_time_words=phrases("olvasási idő"),
    desk_words=words("szerkesztőség"),
    year_marks=words("."),
)
