"""Italian (it): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 commenti | commenti | condividi | lascia un commento | pubblicità | stampa
        i commenti sono chiusi | commenti chiusi | guarda il video | ingrandisci
        """
    ),
    related_headings=phrases("articoli correlati | leggi anche | potrebbe interessarti"),
    listing_headings=phrases("i più letti"),
    credit_labels=phrases("credito | fonte | foto | immagine"),
    byline_word="Di",
    name_prefixes=phrases("di"),
    byline_prefixes=phrases("aggiornato | autore | autrice | di | pubblicato"),
    author_labels=phrases("fotografo"),
    source_labels=phrases("fonte"),
    counted_words=phrases("commenti | commento"),
    comment_headings=phrases("commenti"),
    months=calendar(
        """
        gennaio gen. | febbraio feb. | marzo mar. | aprile apr. | maggio mag. | giugno giu.
        luglio lug. | agosto ago. | settembre set. | ottobre ott. | novembre nov. | dicembre dic.
        """
    ),
    weekdays=calendar(
        """
        lunedì lun. | martedì mar. | mercoledì mer. | giovedì gio. | venerdì ven. | sabato sab.
        domenica dom.
        """
    ),
    name_joins=words("e &"),
    author_roles=phrases("giornalista | redattore | redattrice | corrispondente | fotografo"),
    script="Latn",
    stop_words=words(
        """
        il lo la i gli le di del della e che in un una per non con si da al è sono anche
        come ma più alla dei nel
        """
    ),
    date_labels=phrases(
        """
        pubblicato | data | aggiornato
        """
    ),
    author_prefixes=phrases(
        """
        di | autore | autrice | scritto da
        """
    ),
    update_labels=phrases(
        """
        aggiornato | aggiornamento
        """
    ),
    notice_lines=phrases(
        """
        caricamento | caricamento in corso | attendere prego | accedi | registrati
        riservato agli abbonati | contenuto riservato agli abbonati | sei già abbonato
        attiva javascript | javascript è disattivato | ti restano # articoli gratuiti
        """
    ),
    topic_labels=phrases("argomento | argomenti | tema | temi"),
    news_words=phrases("notizie | ultime notizie | ultima ora"),
    summary_headings=phrases(
        """
        in breve | punti chiave | in sintesi | i punti principali
        """
    ),
    count_words=words("di"),
    follow_prefixes=phrases(
        """
        segui | seguici su
        """
    ),
    author_box_headings=phrases("l'autore | sull'autore | chi è l'autore"),
    ago_words=phrases("fa"),
    time_units=words(
        """
        sec secondo secondi min minuto minuti ora ore giorno giorni settimana settimane
        mese mesi anno anni
        """
    ),
    read_time_words=phrases("lettura | tempo di lettura | di lettura"),
    desk_words=words("redazione"),
    placeholder_names=phrases("sconosciuto | autore sconosciuto"),
    name_particles=words("di da della del"),
    name_end_words=words("il"),
    affiliation_words=words("per"),
    author_path_words=words("autore"),
    organisation_words=words("spa"),
    copyright_lines=phrases("riproduzione riservata | tutti i diritti riservati"),
)
