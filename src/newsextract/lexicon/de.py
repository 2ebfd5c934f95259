"""German (de): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words, zone_names

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 kommentare | antwort abbrechen | antworten | anzeige | artikel drucken
        artikel teilen | auf facebook teilen | bitte aktivieren sie javascript
        deinen standort verwenden | diskutieren sie mit | drucken | e-mail | kommentar verfassen
        kommentare anzeigen | hinterlasse einen kommentar | link kopieren
        meinen standort verwenden | weiter | weitere artikel | geben sie ihren standort ein
        gib deinen standort ein | jetzt abonnieren | jetzt anmelden | jetzt kommentieren
        keine kommentare | kommentar | kommentar schreiben | kommentare | kommentieren
        mehr lesen | mehr erfahren | meinungen zu diesem beitrag | nach oben | newsletter
        deine meinung zählt | ihre meinung zählt
        newsletter abonnieren | oder | rezept drucken | schließen | schreibe einen kommentar
        standort verwenden | teilen | weiterlesen | werbung | zum inhalt springen
        zum newsletter anmelden | die kommentarfunktion ist für diesen artikel geschlossen
        die kommentarfunktion wurde geschlossen | kommentare sind geschlossen
        kommentare geschlossen | zur merkliste hinzufügen | merken | auf whatsapp teilen
        bei pinterest speichern | auf pinterest speichern | auf pinterest merken
        bild anzeigen | noch keine bewertungen
        vollbild | vollbildmodus
        video abspielen | bild vergrößern | galerie öffnen | empfohlener redaktioneller inhalt
        bild schließen | galerie schließen
        externer inhalt
        """
    ),
    related_headings=phrases(
        """
        auch interessant | auch lesenswert | das könnte dich auch interessieren
        lesen sie mehr zum thema
        das könnte ihnen auch gefallen | das könnte sie auch interessieren | empfehlungen
        diese artikel könnten dich auch interessieren
        diese artikel könnten dich ebenfalls interessieren
        diese artikel könnten sie auch interessieren
        diese artikel könnten sie ebenfalls interessieren | lesen sie auch
        lesen sie auch die folgenden beiträge | lies auch | mehr aus | mehr dazu | mehr zu
        mehr zum thema | noch mehr infos für dich | quellenangaben | relevante beiträge
        siehe auch | unsere redaktion empfiehlt | verwandte artikel | verwandte themen
        weitere artikel | weitere beiträge | weitere beiträge aus der kolumne
        weitere informationen | weiterlesen | zum weiterlesen | ähnliche artikel
        ähnliche beiträge | ähnliche themen | schon gelesen | mehr von | entdecke weitere
        entdecken sie weitere | das könnte dich interessieren | passend zum thema
        zum selben thema | zum gleichen thema | sehen sie auch
        passend zum artikel
        weitere pressemitteilungen
        """
    ),
    link_badges=phrases("abo | audio | exklusiv | plus | podcast | premium | video"),
    feed_headings=phrases("mehr aus"),
    listing_headings=phrases(
        """
        beliebte artikel | in den schlagzeilen | kommende events | mehr themen | meist gelesen
        häufig gelesen
        meist kommentiert | meistgelesen | meistkommentiert | schlagworte | themen | top-artikel
        weitere meldungen | weitere nachrichten | neueste artikel | neueste beiträge
        aktuelle artikel | neue artikel | neue beiträge
        """
    ),
    credit_labels=phrases(
        """
        abbildung | artikelbild | aufmacherbild | beitragsbild | bild | bild von | bilder
        bildnachweis | bildquelle | bildrechte | copyright | foto | foto von | fotograf
        fotos | fotos von | grafik | headerbild | illustration | quelle | titelbild
        urheberrecht | video | vorschaubild
        """
    ),
    video_labels=phrases("video"),
    byline_word="Von",
    name_prefixes=phrases("von"),
    byline_prefixes=phrases(
        """
        aktualisiert | aktualisiert am | autor | autorin | erschienen am | erstellt am
        geschrieben am | geschrieben von | publiziert am | stand | text | veröffentlicht
        veröffentlicht am | von | zuletzt aktualisiert
        """
    ),
    caption_labels=phrases(
        """
        aufmacherbild | titelbild | beitragsbild | headerbild | artikelbild | vorschaubild
        """
    ),
    author_labels=phrases(
        """
        urheberrecht | fotograf | fotografin | foto von | fotos von | bild von
        """
    ),
    source_labels=phrases("quelle | bildquelle"),
    counted_words=phrases("antworten | kommentare | kommentar | reaktionen"),
    comment_headings=phrases(
        """
        kommentare | leserkommentare | meinungen zu diesem beitrag | reaktionen
        """
    ),
    months=calendar(
        """
        januar jänner jan. | februar feb. | märz mär. | april apr. | mai | juni jun. | juli jul.
        august aug. | september sep. sept. | oktober okt. | november nov. | dezember dez.
        """
    ),
    weekdays=calendar(
        """
        montag mo. | dienstag di. | mittwoch mi. | donnerstag do. | freitag fr.
        samstag sonnabend sa. | sonntag so.
        """
    ),
    name_joins=words("und &"),
    author_roles=phrases(
        """
        redakteur | redakteurin | korrespondent | korrespondentin | autor | autorin
        übersetzung | übersetzt von
        reporter | reporterin | volontär | volontärin | fotograf | fotografin
        chefredakteur | freier autor | freie autorin | experte | expertin
        """
    ),
    script="Latn",
    stop_words=words(
        """
        der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als
        auch es an werden aus er hat dass sie nach wird bei einer um noch wie einem über
        """
    ),
    date_labels=phrases(
        """
        veröffentlicht | erschienen | publiziert | erstellt | datum | aktualisiert
        zuletzt aktualisiert | geändert | stand | gepostet | zuletzt am
        """
    ),
    author_prefixes=phrases(
        """
        von | autor | autorin | text | beitrag von | ein beitrag von | artikel von
        verfasst von | geschrieben von | erstellt von | autorenseite von | alle artikel von
        """
    ),
    update_labels=phrases(
        """
        aktualisiert | zuletzt aktualisiert | aktualisiert am | geändert | zuletzt geändert | stand
        """
    ),
    notice_lines=phrases(
        """
        wird geladen | lädt | seite wird geladen | player wird geladen | video wird geladen
        bitte warten | anmelden | einloggen
        jetzt anmelden und weiterlesen | jetzt einloggen | bitte melden sie sich an
        nur für abonnenten | exklusiv für abonnenten | weiterlesen mit abo
        bitte aktivieren sie javascript | javascript ist deaktiviert | hinweis des verlags
        sie sind bereits abonnent | sie haben # von # kostenlosen artikeln gelesen
        noch # kostenlose artikel
        """
    ),
    topic_labels=phrases(
        "thema | themen | schlagwort | schlagworte | schlagwörter | stichwort | stichworte"
    ),
    news_words=phrases(
        """
        nachrichten | aktuelle nachrichten | nachrichten heute | eilmeldung
        aktuelles | meldungen
        """
    ),
    summary_headings=phrases(
        """
        das wichtigste in kürze | auf einen blick | in kürze | kurz gesagt
        das wichtigste zusammengefasst | zusammenfassung
        """
    ),
    count_words=words("von aus"),
    follow_prefixes=phrases(
        """
        folgen | folgen sie | folge | folgt uns auf | folgen sie uns auf | folgst du
        """
    ),
    author_box_headings=phrases(
        """
        über den autor | über die autorin | über die autoren | zum autor | zur autorin
        der autor | die autorin | die autoren | die autorinnen
        """
    ),
    ago_words=phrases("vor"),
    time_units=words(
        """
        sek sekunde sekunden min minute minuten std stunde stunden tag tagen tage woche
        wochen monat monaten jahr jahren
        """
    ),
    read_time_words=phrases("lesezeit | lesedauer"),
    prompt_prefixes=phrases(
        """
        abonnieren sie | jetzt abonnieren | melden sie sich | registrieren sie sich
        bitte registrieren sie sich | verpassen sie keine | war der artikel nützlich
        war dieser artikel hilfreich | war dieser beitrag hilfreich
        hat ihnen der artikel gefallen | hat ihnen dieser artikel gefallen
        möchten sie den artikel teilen | dieser eintrag wurde veröffentlicht
        dieser beitrag wurde veröffentlicht | abgelegt unter
        bitte teilen sie uns | teilen sie uns | schreiben sie uns | teile deine | schreib uns
        schreibe uns | gefällt dir unser | gefällt ihnen unser | kennst du schon unseren
        kennt ihr schon unseren | kennen sie schon unseren | anzeige enthält
        dieser beitrag enthält werbung | dieser beitrag enthält affiliate
        dieser beitrag enthält affiliate-links
        wir respektieren deine privatsphäre | wir respektieren ihre privatsphäre
        werden sie mitglied | werde mitglied
        werbung dieser beitrag enthält
        bei diesem beitrag handelt es sich | bei diesem artikel handelt es sich
        bei diesem text handelt es sich
        aus dem englischen von | aus dem englischen übersetzt von | aus dem amerikanischen von
        aus dem französischen von | aus dem spanischen von | übersetzt von | übersetzung aus dem
        """
    ),
    contributor_notes=phrases(
        """
        mit agenturmaterial | mit material von | mit material der | weitere quellen
        die meinung des autors wieder | die meinung der autorin wieder
        die meinung der autoren wieder | die meinung des verfassers wieder
        die meinung der verfasserin wieder
        """
    ),
    desk_words=words("redaktion agenturen"),
    placeholder_names=phrases("unbekannt | autor unbekannt | kein autor"),
    name_particles=words("von vom zu zur der"),
    name_end_words=words("am um"),
    articles=words("der die das"),
    author_path_words=words("autor autoren autorin redakteur redakteurin"),
    organisation_words=words("ag gmbh institut kg universität verlag"),
    credit_by_words=words("von"),
    courtesy_labels=phrases("mit freundlicher genehmigung | mit freundlicher genehmigung von"),
    credit_source_words=words("presse agentur archiv magazin zeitung"),
    credit_role_words=phrases("archiv | archivbild | symbolbild | symbolfoto"),
    copyright_lines=phrases("alle rechte vorbehalten"),
    # Mitteleuropäische (Sommer-)Zeit
    zones=offsets("mez 1 | mesz 2"),
    clock_words=words("uhr"),
    zone_names=zone_names("deutscher zeit Europe/Berlin"),
)
