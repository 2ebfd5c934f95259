"""Romanian (ro): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        comentarii | adaugă un comentariu | distribuie | publicitate | citește mai mult
        printează | copiază linkul | vezi video | abonează-te la newsletter
        comentariile sunt închise
        """
    ),
    related_headings=phrases(
        "citește și | articole similare | articole asemănătoare | știri similare"
    ),
    listing_headings=phrases("cele mai citite | ultimele știri | etichete"),
    credit_labels=phrases("foto | fotografie | sursa | sursă | imagine"),
    byline_word="Autor:",
    name_prefixes=phrases("autor"),
    byline_prefixes=phrases("autor | actualizat | publicat"),
    author_labels=phrases("fotograf"),
    source_labels=phrases("sursa | sursă"),
    counted_words=phrases("comentarii | comentariu"),
    comment_headings=phrases("comentarii"),
    months=calendar(
        """
        ianuarie ian. | februarie feb. | martie mar. | aprilie apr. | mai | iunie iun.
        iulie iul. | august aug. | septembrie sept. | octombrie oct. | noiembrie nov.
        decembrie dec.
        """
    ),
    weekdays=calendar("luni | marți | miercuri | joi | vineri | sâmbătă | duminică"),
    name_joins=words("și &"),
    author_roles=phrases("jurnalist | jurnalistă | redactor | corespondent | fotograf | reporter"),
    script="Latn",
    stop_words=words(
        """
        și în de la a cu pe că nu din o un se care este sunt au fost pentru ca dar sau
        ce sa să ale lui ei lor acest această aceste către după fără până prin când
        unde foarte doar și-a s-a a-și fi va vor poate avea are dintre despre asupra
        """
    ),
    letters=words("ă ș ț ţ"),
    date_labels=phrases("publicat | actualizat | data"),
    author_prefixes=phrases("autor | scris de"),
    update_labels=phrases("actualizat | actualizare"),
    notice_lines=phrases("se încarcă | autentificare | conectează-te | doar pentru abonați"),
    news_words=phrases("știri | stiri"),
    summary_headings=phrases("pe scurt | pe scurt despre"),
    count_words=words("din"),
    follow_prefixes=phrases("urmărește-ne pe | urmăriți-ne pe"),
    author_box_headings=phrases("despre autor"),
    ago_words=phrases("acum"),
    time_units=words(
        "sec secunde min minut minute oră ore zi zile săptămână săptămâni lună luni an ani"
    ),
    read_time_words=phrases("timp de citire"),
    desk_words=words("redacția"),
)
