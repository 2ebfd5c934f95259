"""Polish (pl): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        komentarze | 0 komentarzy | udostępnij | reklama | czytaj więcej
        komentarze są wyłączone | komentarze zostały wyłączone | odtwórz wideo
        """
    ),
    related_headings=phrases("czytaj także | polecamy | zobacz także"),
    listing_headings=phrases("najczęściej czytane"),
    credit_labels=phrases("fot | foto | zdjęcie | źródło"),
    byline_word="Autor:",
    name_prefixes=phrases("autor"),
    byline_prefixes=phrases("autor | opublikowano | aktualizacja"),
    source_labels=phrases("źródło"),
    counted_words=phrases("komentarze | komentarzy"),
    comment_headings=phrases("komentarze"),
    months=calendar(
        """
        styczeń stycznia sty. | luty lutego lut. | marzec marca mar. | kwiecień kwietnia kwi.
        maj maja | czerwiec czerwca cze. | lipiec lipca lip. | sierpień sierpnia sie.
        wrzesień września wrz. | październik października paź. | listopad listopada lis.
        grudzień grudnia gru.
        """
    ),
    weekdays=calendar(
        """
        poniedziałek pon. | wtorek wt. | środa śr. | czwartek czw. | piątek pt. | sobota sob.
        niedziela niedz. nd.
        """
    ),
    name_joins=words("i oraz &"),
    affiliation_words=words("dla"),
    author_roles=phrases(
        """
        dziennikarz | dziennikarka | redaktor | redaktorka | korespondent | fotograf
        """
    ),
    script="Latn",
    stop_words=words(
        """
        i w na z do nie się że to jest o jak po od za przez ale co dla jego tak są być już
        tym
        """
    ),
    letters=words("ą ę ł ń ś ź ż"),
    date_labels=phrases(
        """
        opublikowano | data | aktualizacja
        """
    ),
    author_prefixes=phrases(
        """
        autor | autorka | tekst
        """
    ),
    update_labels=phrases(
        """
        aktualizacja | zaktualizowano
        """
    ),
    notice_lines=phrases(
        """
        ładowanie | wczytywanie | proszę czekać | zaloguj się | logowanie
        tylko dla subskrybentów | treść dostępna dla subskrybentów | włącz javascript
        zostało ci # darmowych artykułów
        """
    ),
    news_words=phrases("wiadomości | najnowsze wiadomości"),
    summary_headings=phrases(
        """
        w skrócie | najważniejsze informacje | najważniejsze
        """
    ),
    count_words=words("z"),
    follow_prefixes=phrases(
        """
        obserwuj | obserwuj nas na
        """
    ),
    author_box_headings=phrases("o autorze | o autorce"),
    ago_words=phrases("temu"),
    time_units=words(
        """
        sek sekunda sekundy sekund min minuta minuty minut godz godzina godziny godzin
        dzień dni tydzień tygodnie miesiąc miesiące rok lata lat
        """
    ),
    read_time_words=phrases("czas czytania"),
    desk_words=words("redakcja"),
)
