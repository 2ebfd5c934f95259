"""Czech (cs): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        komentáře | diskuse | vstoupit do diskuse | sdílet | reklama | číst dál | číst více
        tisk | vytisknout | kopírovat odkaz | přehrát video | odebírat newsletter
        diskuse je uzavřena | článek
        """
    ),
    related_headings=phrases(
        "mohlo by vás zajímat | související články | čtěte také | přečtěte si také | související"
    ),
    listing_headings=phrases("nejčtenější | nejnovější zprávy | štítky | témata"),
    credit_labels=phrases("foto | fotografie | zdroj | ilustrační foto | snímek"),
    byline_word="Autor:",
    name_prefixes=phrases("autor | autorka"),
    byline_prefixes=phrases("autor | autorka | aktualizováno | publikováno"),
    author_labels=phrases("fotograf"),
    source_labels=phrases("zdroj"),
    counted_words=phrases("komentáře | komentářů | příspěvků"),
    comment_headings=phrases("komentáře | diskuse"),
    months=calendar(
        """
        leden ledna | únor února | březen března | duben dubna | květen května
        červen června | červenec července | srpen srpna | září | říjen října
        listopad listopadu | prosinec prosince
        """
    ),
    weekdays=calendar("pondělí | úterý | středa | čtvrtek | pátek | sobota | neděle"),
    # "a" (and) is left out: a preposition in Spanish, Portuguese and Italian ("Reacción de
    # JOH a las acusaciones" is no two names).
    name_joins=words("&"),
    author_roles=phrases(
        "redaktor | redaktorka | zpravodaj | zpravodajka | novinář | novinářka | fotograf"
    ),
    script="Latn",
    stop_words=words(
        """
        a se na je že v ve s z ze do o k ke i to by jako pro by jsou jsem jsme jste být byl
        byla bylo byli není ale tak už jen také který která které kterou kteří když podle
        po při od za před mezi jeho její jejich tento tato toto tuto tím této více může
        nebo ani aby než však bude budou má mají jsem řekl uvedl
        """
    ),
    letters=words("ě ř ů"),
    date_labels=phrases("publikováno | aktualizováno | datum"),
    author_prefixes=phrases("autor | autorka | text"),
    update_labels=phrases("aktualizováno | aktualizace"),
    notice_lines=phrases("načítání | přihlásit se | pouze pro předplatitele | zapněte javascript"),
    news_words=phrases("zprávy | aktuální zprávy"),
    summary_headings=phrases("ve zkratce | stručně | hlavní body"),
    count_words=words("z ze"),
    follow_prefixes=phrases("sledujte nás | sledujte"),
    author_box_headings=phrases("o autorovi | o autorce"),
    ago_words=phrases("před"),
    time_units=words(
        """
        s sekund min minut minutami h hod hodin hodinou hodinami den dny dnem dny týden týdny měsíc
        měsíci rok roky lety
        """
    ),
    read_time_words=phrases("doba čtení"),
    desk_words=words("redakce"),
    clock_words=words("hod."),
    # středoevropský (letní) čas
    zones=offsets("seč 1 | selč 2"),
)
