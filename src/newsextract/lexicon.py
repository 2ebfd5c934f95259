"""Per-language word tables: one frozen `Lexicon` per language code, merged into `ALL`.

Lines are compared after `normalise_line` (case-folded, outer punctuation and dashes removed,
white space collapsed), so the tables hold plain lower-case phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsextract.parsing import collapse_spaces
from newsextract.patterns import NETWORK_NAMES


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The phrases of one language that mark boilerplate lines.

    boilerplate_lines: whole lines that are page furniture (comment prompts, location
        prompts, share and print labels, ad markers).
    related_headings: headings of boxes of links to articles related to this one.
    listing_headings: headings of site-wide lists (most read, trending, tags): furniture too,
        but their links are not related to the article.
    credit_labels: labels that open an image credit line ("Foto:", "Aufmacherbild:").
    byline_prefixes: words that open a byline or dateline ("By", "Updated", "Publié le").
    name_prefixes: the byline prefixes followed by a name ("By", "Von"), not a date.
    month_names: month names and their usual abbreviations, lower-case.
    caption_labels: credit labels whose text describes the image ("Aufmacherbild: X via Y").
    author_labels: credit labels followed by the photographer or rights holder.
    source_labels: credit labels followed by the agency, stock site or publication.
    counted_words: words that a count next to them makes a furniture line ("12 Comments",
        "Kommentare (3)").
    comment_headings: headings of reader comment areas (with a count too: "3 Kommentare").
    months: month names and abbreviations with their numbers ("mai" -> 5), for dates.
    name_joins: the words that join two names in a byline ("and", "und", "et").
    author_roles: words of a byline that say what a person does, not who ("Redakteur").
    stop_words: the commonest words of the language, to tell which language a text is in.
    date_labels: words that a page writes before the article's date ("Erschienen am").
    author_prefixes: words that a page writes before the author's name ("By", "Text:").
    update_labels: words before the date of a change, not of publication ("Updated").
    notice_lines: whole lines of a box that stands where an article would: a placeholder
        ("Loading…"), a login, subscription or members-only prompt, a script notice; digits
        are written "#" ("il vous reste #% de cet article à lire").
    summary_headings: headings of a box of highlights above the article ("Key points"): the
        page's own summary, not the article's text.
    count_words: the word between two numbers of a counter ("2 of 12", "Seite 1 von 3").
    follow_prefixes: what opens a line asking readers to follow someone on a network
        ("Follow", "Folgen Sie").
    author_box_headings: headings of a box about the article's author ("About the author"):
        a biography, not the article.
    ago_words: the words around a count of time units that make it a time past ("2 hours
        ago", "vor 2 Stunden"); time_units: those units and their abbreviations.
    read_time_words: the words of a reading-time line ("3 min read", "Lesezeit").
    prompt_prefixes: what opens a line that addresses the reader instead of telling the news:
        an invitation ("Subscribe to", "Melden Sie sich"), a question about the page ("Was
        this article helpful"), a blog's post footer ("This entry was posted in").
    byline_word: what renderings write before the authors' names ("By", "Von", "Par"):
        one of the name prefixes, as written at the start of a line.
    """

    boilerplate_lines: frozenset[str]
    related_headings: frozenset[str]
    credit_labels: frozenset[str]
    listing_headings: frozenset[str] = frozenset()
    byline_prefixes: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    month_names: frozenset[str] = frozenset()
    caption_labels: frozenset[str] = frozenset()
    author_labels: frozenset[str] = frozenset()
    source_labels: frozenset[str] = frozenset()
    counted_words: frozenset[str] = frozenset()
    comment_headings: frozenset[str] = frozenset()
    months: tuple[tuple[str, int], ...] = ()
    name_joins: frozenset[str] = frozenset()
    author_roles: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    date_labels: frozenset[str] = frozenset()
    author_prefixes: frozenset[str] = frozenset()
    update_labels: frozenset[str] = frozenset()
    notice_lines: frozenset[str] = frozenset()
    summary_headings: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    follow_prefixes: frozenset[str] = frozenset()
    author_box_headings: frozenset[str] = frozenset()
    ago_words: frozenset[str] = frozenset()
    time_units: frozenset[str] = frozenset()
    read_time_words: frozenset[str] = frozenset()
    prompt_prefixes: frozenset[str] = frozenset()
    byline_word: str = ""


def _months(table: str) -> tuple[tuple[str, int], ...]:
    """Month names written "january jan | february feb | ..." in calendar order."""
    groups = [group for group in table.replace("\n", "|").split("|") if group.strip()]
    return tuple(
        (name.casefold(), number)
        for number, names in enumerate(groups, start=1)
        for name in names.split()
    )


def _words(table: str) -> frozenset[str]:
    return frozenset(table.casefold().split())


def _phrases(table: str) -> frozenset[str]:
    """The phrases of a table written as "a | b | c" over any number of lines."""
    return frozenset(
        " ".join(p.casefold().split()) for p in table.replace("\n", " | ").split("|") if p.strip()
    )


ENGLISH: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 comments | add a comment | advertisement | advertising | back to top
        be the first to comment | cancel reply | close | comment | comments | continue reading
        copy link | e-mail | email | email this | enter your location | view my complete profile
        javascript is disabled | join the discussion | leave a comment | leave a reply
        load comments | log in to comment | newsletter | no comments | or
        please enable javascript | post a comment | print | print recipe | read more
        scroll to continue with content | share | share on facebook | share on twitter
        share this | share this article | share this story | show comments | sign up
        sign up for our newsletter | skip to content | skip to main content | sponsored
        sponsored content | subscribe | subscribe to our newsletter
        this article is more than 1 year old | tweet | use current location | use my location
        view comments | x | you must be logged in to post a comment | comments are closed
        comments are closed for this article | commenting is closed
        comments for this article are closed | play video | watch video | play | up next
        now playing | replay | we apologize, but this video has failed to load | advert
        this video is no longer available | zoom | enlarge image | view gallery | open gallery
        share this page
        """
    ),
    related_headings=_phrases(
        """
        also read | don't miss | editor's picks | further information | further reading
        keep reading | more about | more from | more in | more on this | more on this story
        more stories | read more | read next | recommended | related | related articles
        related content | related news | related post | related posts | related reading
        related stories | see also | you may also like | you may be interested in
        you might also like | explore further | more stories | you might be interested in
        """
    ),
    listing_headings=_phrases(
        """
        latest news | latest stories | more news | most popular | most read | popular
        recommended for you | related topics | tagged | tags | top news | top stories | topics
        trending | trending news | trending now | latest articles | recent posts
        recent articles | new articles
        """
    ),
    credit_labels=_phrases(
        """
        courtesy | cover image | cover photo | credit | credits | featured image | graphic
        header image | hero image | illustration | image | image by | image credit
        image source | images | lead image | lead photo | main image | main image credit
        main photo | photo | photo by | photo credit | photo illustration | photograph
        photograph by | photos | picture | picture by | source | top image | video
        """
    ),
    byline_word="By",
    name_prefixes=_phrases("by"),
    byline_prefixes=_phrases(
        """
        by | first published | last updated | posted | posted by | posted on | published
        published on | reviewed by | story by | text by | updated | words by | written by
        """
    ),
    month_names=_phrases(
        """
        apr | april | aug | august | dec | december | feb | february | jan | january | jul
        july | jun | june | mar | march | may | nov | november | oct | october | sep | sept
        september
        """
    ),
    caption_labels=_phrases("top image | header image | featured image"),
    author_labels=_phrases("photographer | photo by | photograph by | image by | picture by"),
    source_labels=_phrases("source | image source | courtesy | courtesy of"),
    counted_words=_phrases("comments | replies | reactions | responses | shares"),
    comment_headings=_phrases("comments | reader comments | readers' comments | your comments"),
    months=_months(
        """
        january jan | february feb | march mar | april apr | may | june jun | july jul
        august aug | september sep sept | october oct | november nov | december dec
        """
    ),
    name_joins=_words("and &"),
    author_roles=_phrases(
        """
        translation | translated by | staff writer | staff reporter | senior writer | reporter
        correspondent | editor
        contributor | contributing writer | columnist | photographer | phd | md | special to
        """
    ),
    stop_words=_words(
        """
        the of and to in is that it for on was with as are be this by at from have has not
        but they his her an which their were been we you will would there
        """
    ),
    date_labels=_phrases(
        """
        published | posted | posted on | updated | last updated | last edited | date
        created | released
        """
    ),
    author_prefixes=_phrases(
        """
        by | written by | words by | text by | story by | reporting by | author | posted by
        post author
        """
    ),
    update_labels=_phrases(
        """
        updated | last updated | last modified | modified | edited | last edited
        """
    ),
    notice_lines=_phrases(
        """
        loading | page loading | please wait | sign in | log in | login | sign in to continue
        log in to continue | log in to continue reading | sign in to continue reading
        subscribe to continue reading | subscribe to read | subscribe to read more
        this content is for subscribers only | this article is for subscribers only
        members only | for members only | this content is for members only
        please enable javascript | javascript is disabled | please turn on javascript
        please turn on javascript to use this feature
        you need to enable javascript to run this app | this page requires javascript
        publisher's note | create an account | already a subscriber | already have an account
        you have # free articles left | you have # free articles remaining
        you have read # of # free articles | # free articles left
        """
    ),
    summary_headings=_phrases(
        """
        story highlights | highlights | key points | key takeaways | at a glance | in brief
        the essentials | what you need to know
        """
    ),
    count_words=_words("of"),
    follow_prefixes=_phrases(
        """
        follow | follow us on | follow me on
        """
    ),
    author_box_headings=_phrases(
        """
        about the author | about the authors | about the writer | about the reporter
        author bio | more about the author
        """
    ),
    ago_words=_phrases("ago"),
    time_units=_words(
        """
        sec secs second seconds min mins minute minutes hr hrs hour hours day days wk
        wks week weeks mo mos month months yr yrs year years
        """
    ),
    read_time_words=_phrases("read | reading time"),
    prompt_prefixes=_phrases(
        """
        subscribe to | subscribe now | sign up for | sign up to | never miss | don't miss out
        join us on | get the latest | was this article helpful
        did you find this article helpful | was this helpful | this entry was posted
        this entry was filed | posted in | filed under | bookmark the permalink
        let us know | tell us what you think | share your thoughts | share your experience
        """
    ),
)

GERMAN: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 kommentare | antwort abbrechen | antworten | anzeige | artikel drucken
        artikel teilen | auf facebook teilen | bitte aktivieren sie javascript
        deinen standort verwenden | diskutieren sie mit | drucken | e-mail | kommentar verfassen
        kommentare anzeigen | hinterlasse einen kommentar | link kopieren
        meinen standort verwenden | weiter | weitere artikel | geben sie ihren standort ein
        gib deinen standort ein | jetzt abonnieren | jetzt anmelden | jetzt kommentieren
        keine kommentare | kommentar | kommentar schreiben | kommentare | kommentieren
        mehr lesen | meinungen zu diesem beitrag | nach oben | newsletter
        newsletter abonnieren | oder | rezept drucken | schließen | schreibe einen kommentar
        standort verwenden | teilen | weiterlesen | werbung | zum inhalt springen
        zum newsletter anmelden | die kommentarfunktion ist für diesen artikel geschlossen
        die kommentarfunktion wurde geschlossen | kommentare sind geschlossen
        kommentare geschlossen | zur merkliste hinzufügen | merken | auf whatsapp teilen
        video abspielen | bild vergrößern | galerie öffnen | empfohlener redaktioneller inhalt
        externer inhalt
        """
    ),
    related_headings=_phrases(
        """
        auch interessant | auch lesenswert | das könnte dich auch interessieren
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
        weitere pressemitteilungen
        """
    ),
    listing_headings=_phrases(
        """
        beliebte artikel | in den schlagzeilen | kommende events | mehr themen | meist gelesen
        meist kommentiert | meistgelesen | meistkommentiert | schlagworte | themen | top-artikel
        weitere meldungen | weitere nachrichten | neueste artikel | neueste beiträge
        aktuelle artikel | neue artikel | neue beiträge
        """
    ),
    credit_labels=_phrases(
        """
        abbildung | artikelbild | aufmacherbild | beitragsbild | bild | bild von | bilder
        bildnachweis | bildquelle | bildrechte | copyright | foto | foto von | fotograf
        fotos | fotos von | grafik | headerbild | illustration | quelle | titelbild
        urheberrecht | vorschaubild
        """
    ),
    byline_word="Von",
    name_prefixes=_phrases("von"),
    byline_prefixes=_phrases(
        """
        aktualisiert | aktualisiert am | autor | autorin | erschienen am | geschrieben von
        stand | text | veröffentlicht | veröffentlicht am | von | zuletzt aktualisiert
        """
    ),
    month_names=_phrases(
        """
        april | august | dezember | februar | januar | juli | juni | jänner | mai | märz
        november | oktober | september
        """
    ),
    caption_labels=_phrases(
        """
        aufmacherbild | titelbild | beitragsbild | headerbild | artikelbild | vorschaubild
        """
    ),
    author_labels=_phrases(
        """
        urheberrecht | fotograf | fotografin | foto von | fotos von | bild von
        """
    ),
    source_labels=_phrases("quelle | bildquelle"),
    counted_words=_phrases("antworten | kommentare | kommentar | reaktionen"),
    comment_headings=_phrases(
        """
        kommentare | leserkommentare | meinungen zu diesem beitrag | reaktionen
        """
    ),
    months=_months(
        """
        januar jänner jan | februar feb | märz mär | april apr | mai | juni jun | juli jul
        august aug | september sep sept | oktober okt | november nov | dezember dez
        """
    ),
    name_joins=_words("und &"),
    author_roles=_phrases(
        """
        redakteur | redakteurin | korrespondent | korrespondentin | autor | autorin
        übersetzung | übersetzt von
        reporter | reporterin | volontär | volontärin | fotograf | fotografin
        chefredakteur | freier autor | freie autorin
        """
    ),
    stop_words=_words(
        """
        der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als
        auch es an werden aus er hat dass sie nach wird bei einer um noch wie einem über
        """
    ),
    date_labels=_phrases(
        """
        veröffentlicht | erschienen | publiziert | erstellt | datum | aktualisiert
        zuletzt aktualisiert | geändert | stand | gepostet | zuletzt am
        """
    ),
    author_prefixes=_phrases(
        """
        von | autor | autorin | text | beitrag von | ein beitrag von | artikel von
        verfasst von | geschrieben von | erstellt von
        """
    ),
    update_labels=_phrases(
        """
        aktualisiert | zuletzt aktualisiert | aktualisiert am | geändert | zuletzt geändert | stand
        """
    ),
    notice_lines=_phrases(
        """
        wird geladen | lädt | seite wird geladen | bitte warten | anmelden | einloggen
        jetzt anmelden und weiterlesen | jetzt einloggen | bitte melden sie sich an
        nur für abonnenten | exklusiv für abonnenten | weiterlesen mit abo
        bitte aktivieren sie javascript | javascript ist deaktiviert | hinweis des verlags
        sie sind bereits abonnent | sie haben # von # kostenlosen artikeln gelesen
        noch # kostenlose artikel
        """
    ),
    summary_headings=_phrases(
        """
        das wichtigste in kürze | auf einen blick | in kürze | kurz gesagt
        das wichtigste zusammengefasst | zusammenfassung
        """
    ),
    count_words=_words("von aus"),
    follow_prefixes=_phrases(
        """
        folgen sie | folge | folgt uns auf | folgen sie uns auf
        """
    ),
    author_box_headings=_phrases(
        "über den autor | über die autorin | über die autoren | zum autor | zur autorin"
    ),
    ago_words=_phrases("vor"),
    time_units=_words(
        """
        sek sekunde sekunden min minute minuten std stunde stunden tag tagen tage woche
        wochen monat monaten jahr jahren
        """
    ),
    read_time_words=_phrases("lesezeit | lesedauer"),
    prompt_prefixes=_phrases(
        """
        abonnieren sie | jetzt abonnieren | melden sie sich | registrieren sie sich
        bitte registrieren sie sich | verpassen sie keine | war der artikel nützlich
        war dieser artikel hilfreich | war dieser beitrag hilfreich
        hat ihnen der artikel gefallen | hat ihnen dieser artikel gefallen
        möchten sie den artikel teilen | dieser eintrag wurde veröffentlicht
        dieser beitrag wurde veröffentlicht | abgelegt unter
        bitte teilen sie uns | teilen sie uns | schreiben sie uns
        """
    ),
)

FRENCH: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 commentaire | 0 commentaires | abonnez-vous | ajouter un commentaire
        aller au contenu | aucun commentaire | commentaire | commentaires | copier le lien
        e-mail | entrez votre localisation | envoyer par e-mail | fermer
        inscrivez-vous à notre newsletter | soyez le premier à commenter
        afficher mon profil complet | utiliser ma position actuelle | imprimer
        laisser un commentaire | lire la suite | ou | partager | partager sur facebook
        partager sur twitter | publicité | retour en haut | réagir | réagir à cet article
        s'abonner | utiliser ma position | les commentaires sont fermés
        les commentaires sont clos | commentaires fermés | lire la vidéo | agrandir l'image
        """
    ),
    related_headings=_phrases(
        """
        a lire aussi | articles liés | articles similaires | lire aussi | lire la suite
        la rédaction vous conseille | la rédaction vous recommande | nos recommandations
        sur le même sujet | sur le même thème | voir aussi | vous aimerez aussi | à découvrir
        à lire aussi | à voir aussi | à lire également | vous aimerez aussi
        """
    ),
    listing_headings=_phrases(
        """
        dans l'actualité | dans la même rubrique | les plus commentés | les plus lus
        les plus partagés | les plus populaires | plus d'actualités | derniers articles
        articles récents
        """
    ),
    credit_labels=_phrases(
        """
        crédit | crédit image | crédit photo | crédits | crédits photo | crédits photos
        illustration | image | photo | photo de | source
        """
    ),
    byline_word="Par",
    name_prefixes=_phrases("par"),
    byline_prefixes=_phrases(
        """
        mis à jour | mis à jour le | modifié le | par | publié | publié le | texte
        """
    ),
    month_names=_phrases(
        """
        août | avril | décembre | février | janvier | juillet | juin | mai | mars | novembre
        octobre | septembre
        """
    ),
    author_labels=_phrases("photo de | photographe"),
    source_labels=_phrases("source"),
    counted_words=_phrases("commentaires | commentaire | réactions | réaction | partages"),
    comment_headings=_phrases("commentaires | réactions | vos commentaires | vos réactions"),
    months=_months(
        """
        janvier janv | février févr fév | mars | avril avr | mai | juin | juillet juil
        août | septembre sept | octobre oct | novembre nov | décembre déc
        """
    ),
    name_joins=_words("et &"),
    author_roles=_phrases(
        """
        journaliste | rédacteur | rédactrice | correspondant | correspondante
        envoyé spécial | envoyée spéciale | photographe
        """
    ),
    stop_words=_words(
        """
        le la les de des du et à un une est en que qui dans pour pas sur au par il elle ce
        se plus avec sont ont aux ne son
        """
    ),
    date_labels=_phrases(
        """
        publié | publié le | mis en ligne | mise en ligne | mis à jour | mise à jour | date | créé
        dernière modification
        """
    ),
    author_prefixes=_phrases(
        """
        par | auteur | autrice | texte | écrit par | publié par
        """
    ),
    update_labels=_phrases(
        """
        mis à jour | mise à jour | mis à jour le | modifié | modifié le | actualisé
        """
    ),
    notice_lines=_phrases(
        """
        chargement | chargement en cours | veuillez patienter | se connecter | connexion
        connectez-vous | réservé aux abonnés | article réservé aux abonnés
        cet article est réservé aux abonnés | déjà abonné | veuillez activer javascript
        javascript est désactivé | note de l'éditeur | il vous reste #% de cet article à lire
        il vous reste # articles gratuits
        """
    ),
    summary_headings=_phrases(
        """
        l'essentiel | en bref | à retenir | ce qu'il faut retenir | en résumé | les points clés
        """
    ),
    count_words=_words("sur de"),
    follow_prefixes=_phrases(
        """
        suivez | suivez-nous sur | suivre
        """
    ),
    author_box_headings=_phrases(
        "à propos de l'auteur | à propos de l'autrice | l'auteur | l'autrice"
    ),
    ago_words=_phrases("il y a"),
    time_units=_words(
        """
        s sec seconde secondes min minute minutes h heure heures j jour jours semaine
        semaines mois an ans
        """
    ),
    read_time_words=_phrases("temps de lecture | lecture"),
    prompt_prefixes=_phrases(
        """
        abonnez-vous | inscrivez-vous | ne manquez pas | cet article vous a-t-il été utile
        cette entrée a été publiée | classé dans
        dites-nous | partagez votre avis | donnez votre avis
        """
    ),
)

SPANISH: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 comentarios | comentarios | compartir | deja un comentario | imprimir | leer más
        publicidad | los comentarios están cerrados | comentarios cerrados | reproducir vídeo
        ampliar imagen
        """
    ),
    related_headings=_phrases(
        """
        lea también | leer más | noticias relacionadas | relacionados | te puede interesar
        te puede interesar | también te puede interesar | contenido relacionado
        """
    ),
    listing_headings=_phrases(
        """
        lo más leído | más leídas | últimas noticias | artículos recientes
        """
    ),
    credit_labels=_phrases("crédito | foto | fotografía | fuente | imagen"),
    byline_word="Por",
    name_prefixes=_phrases("por"),
    byline_prefixes=_phrases("actualizado | por | publicado"),
    month_names=_phrases(
        """
        abril | agosto | diciembre | enero | febrero | julio | junio | marzo | mayo
        noviembre | octubre | septiembre
        """
    ),
    author_labels=_phrases("fotógrafo"),
    source_labels=_phrases("fuente"),
    counted_words=_phrases("comentarios | comentario"),
    comment_headings=_phrases("comentarios"),
    months=_months(
        """
        enero ene | febrero feb | marzo mar | abril abr | mayo may | junio jun | julio jul
        agosto ago | septiembre sep sept setiembre | octubre oct | noviembre nov
        diciembre dic
        """
    ),
    name_joins=_words("y &"),
    author_roles=_phrases("periodista | redactor | redactora | corresponsal | fotógrafo"),
    stop_words=_words(
        """
        el la los las de del y en que a un una es por con para se no su al lo como más pero
        sus le ha
        """
    ),
    date_labels=_phrases(
        """
        publicado | fecha | actualizado
        """
    ),
    author_prefixes=_phrases(
        """
        por | autor | autora | escrito por
        """
    ),
    update_labels=_phrases(
        """
        actualizado | actualización
        """
    ),
    notice_lines=_phrases(
        """
        cargando | por favor espere | iniciar sesión | inicia sesión | regístrate
        solo para suscriptores | contenido exclusivo para suscriptores | ya soy suscriptor
        activa javascript | javascript está desactivado | nota del editor
        te quedan # artículos gratis
        """
    ),
    summary_headings=_phrases(
        """
        claves | lo más importante | en resumen | en breve | puntos clave
        """
    ),
    count_words=_words("de"),
    follow_prefixes=_phrases(
        """
        sigue a | síguenos en | sigue
        """
    ),
    author_box_headings=_phrases(
        "sobre la firma | sobre el autor | sobre la autora | acerca del autor"
    ),
    ago_words=_phrases("hace"),
    time_units=_words(
        """
        seg segundo segundos min minuto minutos h hora horas día días semana semanas mes
        meses año años
        """
    ),
    read_time_words=_phrases("lectura | tiempo de lectura | de lectura"),
    prompt_prefixes=_phrases(
        """
        suscríbete | regístrate | únete a | no te pierdas | esta entrada fue publicada
        te ha resultado útil este artículo
        cuéntanos | danos tu opinión | déjanos tu opinión
        """
    ),
)

ITALIAN: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 commenti | commenti | condividi | lascia un commento | pubblicità | stampa
        i commenti sono chiusi | commenti chiusi | guarda il video | ingrandisci
        """
    ),
    related_headings=_phrases("articoli correlati | leggi anche | potrebbe interessarti"),
    listing_headings=_phrases("i più letti"),
    credit_labels=_phrases("credito | fonte | foto | immagine"),
    byline_word="Di",
    name_prefixes=_phrases("di"),
    byline_prefixes=_phrases("aggiornato | di | pubblicato"),
    month_names=_phrases(
        """
        agosto | aprile | dicembre | febbraio | gennaio | giugno | luglio | maggio | marzo
        novembre | ottobre | settembre
        """
    ),
    author_labels=_phrases("fotografo"),
    source_labels=_phrases("fonte"),
    counted_words=_phrases("commenti | commento"),
    comment_headings=_phrases("commenti"),
    months=_months(
        """
        gennaio gen | febbraio feb | marzo mar | aprile apr | maggio mag | giugno giu
        luglio lug | agosto ago | settembre set | ottobre ott | novembre nov | dicembre dic
        """
    ),
    name_joins=_words("e &"),
    author_roles=_phrases("giornalista | redattore | redattrice | corrispondente | fotografo"),
    stop_words=_words(
        """
        il lo la i gli le di del della e che in un una per non con si da al è sono anche
        come ma più alla dei nel
        """
    ),
    date_labels=_phrases(
        """
        pubblicato | data | aggiornato
        """
    ),
    author_prefixes=_phrases(
        """
        di | autore | autrice | scritto da
        """
    ),
    update_labels=_phrases(
        """
        aggiornato | aggiornamento
        """
    ),
    notice_lines=_phrases(
        """
        caricamento | caricamento in corso | attendere prego | accedi | registrati
        riservato agli abbonati | contenuto riservato agli abbonati | sei già abbonato
        attiva javascript | javascript è disattivato | ti restano # articoli gratuiti
        """
    ),
    summary_headings=_phrases(
        """
        in breve | punti chiave | in sintesi | i punti principali
        """
    ),
    count_words=_words("di"),
    follow_prefixes=_phrases(
        """
        segui | seguici su
        """
    ),
    author_box_headings=_phrases("l'autore | sull'autore | chi è l'autore"),
    ago_words=_phrases("fa"),
    time_units=_words(
        """
        sec secondo secondi min minuto minuti ora ore giorno giorni settimana settimane
        mese mesi anno anni
        """
    ),
    read_time_words=_phrases("lettura | tempo di lettura | di lettura"),
)

PORTUGUESE: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 comentários | comentários | compartilhar | compartilhe | deixe um comentário
        imprimir | leia mais | publicidade | os comentários estão fechados
        comentários fechados | assistir vídeo | ampliar imagem
        """
    ),
    related_headings=_phrases(
        """
        leia também | notícias relacionadas | posts relacionados | relacionadas | veja também
        você pode gostar
        """
    ),
    listing_headings=_phrases("mais lidas"),
    credit_labels=_phrases("crédito | fonte | foto | imagem"),
    byline_word="Por",
    name_prefixes=_phrases("por"),
    byline_prefixes=_phrases("atualizado | por | publicado"),
    month_names=_phrases(
        """
        abril | agosto | dezembro | fevereiro | janeiro | julho | junho | maio | março
        novembro | outubro | setembro
        """
    ),
    author_labels=_phrases("fotógrafo"),
    source_labels=_phrases("fonte"),
    counted_words=_phrases("comentários | comentário"),
    comment_headings=_phrases("comentários"),
    months=_months(
        """
        janeiro jan | fevereiro fev | março mar | abril abr | maio mai | junho jun
        julho jul | agosto ago | setembro set | outubro out | novembro nov | dezembro dez
        """
    ),
    name_joins=_words("e &"),
    author_roles=_phrases(
        """
        jornalista | repórter | redator | redatora | correspondente | fotógrafo
        """
    ),
    stop_words=_words(
        """
        o a os as de do da dos das e em que um uma para com não por se mais no na ao como
        mas foi é
        """
    ),
    date_labels=_phrases(
        """
        publicado | data | atualizado
        """
    ),
    author_prefixes=_phrases(
        """
        por | autor | autora | escrito por
        """
    ),
    update_labels=_phrases(
        """
        atualizado | atualização
        """
    ),
    notice_lines=_phrases(
        """
        carregando | a carregar | aguarde | entrar | iniciar sessão | faça login
        exclusivo para assinantes | conteúdo exclusivo para assinantes | já sou assinante
        ative o javascript | javascript está desativado | restam # artigos gratuitos
        """
    ),
    summary_headings=_phrases(
        """
        em resumo | pontos-chave | resumo | destaques
        """
    ),
    count_words=_words("de"),
    follow_prefixes=_phrases(
        """
        siga | siga-nos no | siga-nos em
        """
    ),
    author_box_headings=_phrases("sobre o autor | sobre a autora"),
    ago_words=_phrases("há"),
    time_units=_words(
        """
        seg segundo segundos min minuto minutos h hora horas dia dias semana semanas mês
        meses ano anos
        """
    ),
    read_time_words=_phrases("leitura | tempo de leitura | de leitura"),
)

DUTCH: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        0 reacties | advertentie | delen | lees meer | reacties | reageer
        reacties zijn gesloten | reageren is gesloten | video afspelen
        """
    ),
    related_headings=_phrases("gerelateerde artikelen | lees ook | meer over dit onderwerp"),
    listing_headings=_phrases("meest gelezen"),
    credit_labels=_phrases("beeld | bron | foto"),
    byline_word="Door",
    name_prefixes=_phrases("door"),
    byline_prefixes=_phrases("bijgewerkt | door | gepubliceerd"),
    month_names=_phrases(
        """
        april | augustus | december | februari | januari | juli | juni | maart | mei
        november | oktober | september
        """
    ),
    author_labels=_phrases("fotograaf"),
    source_labels=_phrases("bron"),
    counted_words=_phrases("reacties | reactie"),
    comment_headings=_phrases("reacties"),
    months=_months(
        """
        januari jan | februari feb | maart mrt | april apr | mei | juni jun | juli jul
        augustus aug | september sep sept | oktober okt | november nov | december dec
        """
    ),
    name_joins=_words("en &"),
    author_roles=_phrases("redacteur | verslaggever | correspondent | fotograaf"),
    stop_words=_words(
        """
        de het een en van in is dat op te zijn met voor niet aan er als om ook maar bij ze
        door naar dan wordt
        """
    ),
    date_labels=_phrases(
        """
        gepubliceerd | datum | bijgewerkt
        """
    ),
    author_prefixes=_phrases(
        """
        door | auteur | tekst
        """
    ),
    update_labels=_phrases(
        """
        bijgewerkt | gewijzigd
        """
    ),
    notice_lines=_phrases(
        """
        laden | bezig met laden | even geduld | inloggen | log in | aanmelden
        alleen voor abonnees | al abonnee | schakel javascript in | javascript is uitgeschakeld
        je hebt nog # gratis artikelen
        """
    ),
    summary_headings=_phrases(
        """
        in het kort | kort samengevat | de belangrijkste punten
        """
    ),
    count_words=_words("van"),
    follow_prefixes=_phrases(
        """
        volg | volg ons op
        """
    ),
    author_box_headings=_phrases("over de auteur | over de schrijver"),
    ago_words=_phrases("geleden"),
    time_units=_words(
        """
        sec seconde seconden min minuut minuten uur dag dagen week weken maand maanden
        jaar
        """
    ),
    read_time_words=_phrases("leestijd"),
)

POLISH: Final = Lexicon(
    boilerplate_lines=_phrases(
        """
        komentarze | 0 komentarzy | udostępnij | reklama | czytaj więcej
        komentarze są wyłączone | komentarze zostały wyłączone | odtwórz wideo
        """
    ),
    related_headings=_phrases("czytaj także | polecamy | zobacz także"),
    listing_headings=_phrases("najczęściej czytane"),
    credit_labels=_phrases("fot | foto | zdjęcie | źródło"),
    byline_word="Autor:",
    name_prefixes=_phrases("autor"),
    byline_prefixes=_phrases("autor | opublikowano | aktualizacja"),
    month_names=_phrases(
        """
        stycznia | lutego | marca | kwietnia | maja | czerwca | lipca | sierpnia | września
        października | listopada | grudnia | styczeń | luty | marzec | kwiecień | maj
        czerwiec | lipiec | sierpień | wrzesień | październik | listopad | grudzień
        """
    ),
    source_labels=_phrases("źródło"),
    counted_words=_phrases("komentarze | komentarzy"),
    comment_headings=_phrases("komentarze"),
    months=_months(
        """
        styczeń stycznia sty | luty lutego lut | marzec marca mar | kwiecień kwietnia kwi
        maj maja | czerwiec czerwca cze | lipiec lipca lip | sierpień sierpnia sie
        wrzesień września wrz | październik października paź | listopad listopada lis
        grudzień grudnia gru
        """
    ),
    name_joins=_words("i oraz &"),
    author_roles=_phrases(
        """
        dziennikarz | dziennikarka | redaktor | redaktorka | korespondent | fotograf
        """
    ),
    stop_words=_words(
        """
        i w na z do nie się że to jest o jak po od za przez ale co dla jego tak są być już
        tym
        """
    ),
    date_labels=_phrases(
        """
        opublikowano | data | aktualizacja
        """
    ),
    author_prefixes=_phrases(
        """
        autor | autorka | tekst
        """
    ),
    update_labels=_phrases(
        """
        aktualizacja | zaktualizowano
        """
    ),
    notice_lines=_phrases(
        """
        ładowanie | wczytywanie | proszę czekać | zaloguj się | logowanie
        tylko dla subskrybentów | treść dostępna dla subskrybentów | włącz javascript
        zostało ci # darmowych artykułów
        """
    ),
    summary_headings=_phrases(
        """
        w skrócie | najważniejsze informacje | najważniejsze
        """
    ),
    count_words=_words("z"),
    follow_prefixes=_phrases(
        """
        obserwuj | obserwuj nas na
        """
    ),
    author_box_headings=_phrases("o autorze | o autorce"),
    ago_words=_phrases("temu"),
    time_units=_words(
        """
        sek sekunda sekundy sekund min minuta minuty minut godz godzina godziny godzin
        dzień dni tydzień tygodnie miesiąc miesiące rok lata lat
        """
    ),
    read_time_words=_phrases("czas czytania"),
)

LEXICONS: Final[dict[str, Lexicon]] = {
    "en": ENGLISH,
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "nl": DUTCH,
    "pl": POLISH,
}

#: Every language at once: pages mix languages in their furniture, so matching uses all.
ALL: Final = Lexicon(
    boilerplate_lines=frozenset().union(*(lx.boilerplate_lines for lx in LEXICONS.values())),
    related_headings=frozenset().union(*(lx.related_headings for lx in LEXICONS.values())),
    listing_headings=frozenset().union(*(lx.listing_headings for lx in LEXICONS.values())),
    credit_labels=frozenset().union(*(lx.credit_labels for lx in LEXICONS.values())),
    byline_prefixes=frozenset().union(*(lx.byline_prefixes for lx in LEXICONS.values())),
    name_prefixes=frozenset().union(*(lx.name_prefixes for lx in LEXICONS.values())),
    month_names=frozenset().union(*(lx.month_names for lx in LEXICONS.values())),
    caption_labels=frozenset().union(*(lx.caption_labels for lx in LEXICONS.values())),
    author_labels=frozenset().union(*(lx.author_labels for lx in LEXICONS.values())),
    source_labels=frozenset().union(*(lx.source_labels for lx in LEXICONS.values())),
    counted_words=frozenset().union(*(lx.counted_words for lx in LEXICONS.values())),
    comment_headings=frozenset().union(*(lx.comment_headings for lx in LEXICONS.values())),
    months=tuple(pair for lx in LEXICONS.values() for pair in lx.months),
    name_joins=frozenset().union(*(lx.name_joins for lx in LEXICONS.values())),
    author_roles=frozenset().union(*(lx.author_roles for lx in LEXICONS.values())),
    date_labels=frozenset().union(*(lx.date_labels for lx in LEXICONS.values())),
    author_prefixes=frozenset().union(*(lx.author_prefixes for lx in LEXICONS.values())),
    update_labels=frozenset().union(*(lx.update_labels for lx in LEXICONS.values())),
    notice_lines=frozenset().union(*(lx.notice_lines for lx in LEXICONS.values())),
    summary_headings=frozenset().union(*(lx.summary_headings for lx in LEXICONS.values())),
    count_words=frozenset().union(*(lx.count_words for lx in LEXICONS.values())),
    follow_prefixes=frozenset().union(*(lx.follow_prefixes for lx in LEXICONS.values())),
    author_box_headings=frozenset().union(*(lx.author_box_headings for lx in LEXICONS.values())),
    ago_words=frozenset().union(*(lx.ago_words for lx in LEXICONS.values())),
    time_units=frozenset().union(*(lx.time_units for lx in LEXICONS.values())),
    read_time_words=frozenset().union(*(lx.read_time_words for lx in LEXICONS.values())),
    prompt_prefixes=frozenset().union(*(lx.prompt_prefixes for lx in LEXICONS.values())),
)

#: Agencies, stock sites and archives that images are credited to, lower-case. A credit part
#: naming one of them is the credit's source, not its author.
CREDIT_SOURCES: Final = _phrases(
    """
    aa | abaca | abacapress | action press | adobe stock | afp | alamy | ansa | ap | apa
    associated press | belga | bestimage | bloomberg | ddp | depositphotos | dpa | dpa-zentralbild
    efe | epa | epd | flickr | getty | getty images | hans lucas | imago | imago images
    istock | istockphoto | keystone | kna | laif | mauritius images | maxppp | nasa | pa
    pa images | pa wire | pexels | photononstop | picture alliance | picture-alliance
    pixabay | reuters | shutterstock | sipa | ssp | sz photo | tass | ullstein bild
    unsplash | wikimedia | wikimedia commons | xinhua | zuma | zuma press
    """
)

#: Words of organisations: a credit part with one of them names no person.
ORGANISATION_WORDS: Final = frozenset(
    [
        "ag",
        "agency",
        "airlines",
        "aerospace",
        "association",
        "blog",
        "bureau",
        "co",
        "company",
        "corp",
        "corporation",
        "foundation",
        "gmbh",
        "group",
        "holding",
        "inc",
        "industries",
        "institut",
        "institute",
        "labs",
        "llc",
        "ltd",
        "motors",
        "museum",
        "plc",
        "robotics",
        "sa",
        "sas",
        "spa",
        "systems",
        "technologies",
        "team",
        "university",
        "universität",
        "verlag",
    ]
)

#: Words that say what an image is rather than who made it ("(Archiv)", "Getty - Contributor").
CREDIT_ROLE_WORDS: Final = _phrases(
    """
    archiv | archive | archives | archivbild | contributor | file | file photo | handout
    pool | staff | stringer | symbolbild | symbolfoto
    """
)

_OUTER_JUNK_RE: Final = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE_RE: Final = re.compile(r"\s+")
_CREDIT_LABEL_RE: Final = re.compile(
    r"^\W{0,2}([^\W\d_][\w .'-]{0,24}?)\s*(?:\(cc?\)\s*)?(?::|\.{3}|…|\.(?=\s))", re.I
)
_CREDIT_BY_RE: Final = re.compile(r"^\W{0,2}([^\W\d_]+(?: [^\W\d_]+)?) (?=[A-Z\u00c0-\u00de])")
_CREDIT_MARK_RE: Final = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)


_WORD_RE: Final = re.compile(r"[^\W\d_]+")
#: A count and a word, either way round: "12 comments", "kommentare (3)" (normalised lines).
_COUNT_RE: Final = re.compile(r"^\d+\s+([^\W\d_]+)$|^([^\W\d_]+)\s*\(?\d+$")
_FIRST_WORD_RE: Final = re.compile(r"\W{0,2}([^\W\d_]+)")
#: The first words of the box headings and credit labels: a line that starts otherwise is
#: neither, which most lines settle with one set look-up.
_BOX_FIRST_WORDS: Final = frozenset(
    phrase.split(" ")[0] for phrase in ALL.related_headings | ALL.listing_headings
)
_CREDIT_FIRST_WORDS: Final = frozenset(phrase.split(" ")[0] for phrase in ALL.credit_labels)
_NUMERIC_DATE_RE: Final = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
_LABEL_RE: Final = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s*:")
_YEAR_RE: Final = re.compile(r"(?:19|20)\d{2}\b")
_DIGITS_RE: Final = re.compile(r"\d+")
#: What a media player writes: time codes ("4:42", "1:02:03") and percentages ("0%").
_MEDIA_FIGURE_RE: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s?%")
#: A line that addresses the reader is a sentence or two; its opening phrase has at most
#: this many words.
MAX_PROMPT_LINE_CHARS: Final = 250
MAX_PROMPT_PREFIX_WORDS: Final = 6
#: What may stick to a word of a line ("gefallen?"): stripped before phrases are compared.
_WORD_PUNCTUATION: Final = ".,;:!?¿¡\"'«»()[]…"
_PROMPT_FIRST_WORDS: Final = frozenset(phrase.split(" ")[0] for phrase in ALL.prompt_prefixes)
#: What a share bar's first label can be: a network's name or a furniture phrase's first word.
_SHARE_FIRST_WORDS: Final = NETWORK_NAMES | frozenset(
    phrase.split(" ")[0] for phrase in ALL.boilerplate_lines
)
#: A line of relative and reading times is short; its words are time units and the words
#: around them in any known language.
MAX_TIME_LINE_CHARS: Final = 60
_TIME_LINE_WORDS: Final = frozenset(
    word
    for phrase in ALL.ago_words | ALL.time_units | ALL.read_time_words
    for word in phrase.split()
)
_TIME_MARK_WORDS: Final = frozenset(
    word for phrase in ALL.ago_words | ALL.read_time_words for word in phrase.split()
)
#: A player's line is short and has at most this many words besides its figures.
MAX_MEDIA_LINE_CHARS: Final = 40
MAX_MEDIA_WORDS: Final = 2
#: A counter: up to two words, a number, a slash or a count word, a number, a word.
MAX_COUNTER_CHARS: Final = 40
_COUNTER_RE: Final = re.compile(
    r"^\W*(?:[^\W\d_]+\W+){0,2}\d{1,4}\s*(?:[/\uff0f]|"
    + "|".join(sorted(ALL.count_words))
    + r")\s*\d{1,4}\s*(?:[^\W\d_]{1,12})?\W*$",
    re.I,
)
#: Where a share bar's labels are set apart, or run together (a lower-case letter right
#: before an upper-case one: "FacebookE-Mail").
_SHARE_SEPARATOR_RE: Final = re.compile(r"\s*[|·•/]\s*")
_CAMEL_JOIN_RE: Final = re.compile(r"(?<=[a-zäöüßéèàç])(?=[A-ZÄÖÜÉ])")
#: A dateline has few words besides the date ("Nov 19, 2019 at 9:24 pm ET - 2 min read");
#: fewer still when the date is only a month and a year ("Mai 2020", "Stand: März 2021").
MAX_DATELINE_WORDS: Final = 6
MAX_MONTH_DATELINE_WORDS: Final = 3
#: Credit lines are short; a longer line that opens with "Photo:" is prose.
MAX_CREDIT_LINE_CHARS: Final = 250
#: No furniture line or box heading of the tables is longer than this (with its topic).
MAX_PHRASE_CHARS: Final = 100
#: A related heading may name its topic after the phrase ("More from Politics").
MAX_RELATED_TOPIC_WORDS: Final = 4
_MAX_HEADING_WORDS: Final = 7
#: A dateline or byline is short; a longer line that starts with "By" is prose.
MAX_DATELINE_CHARS: Final = 120
#: Longest byline prefix, in words ("zuletzt aktualisiert am").
_MAX_PREFIX_WORDS: Final = 3


def is_dateline(text: str) -> bool:
    """True for a short line that gives the article's date or author ("Updated Nov. 19")."""
    if len(text) > MAX_DATELINE_CHARS:
        return False
    words = _WORD_RE.findall(text)
    lowered = [word.casefold() for word in words]
    for size in range(min(_MAX_PREFIX_WORDS, len(words)), 0, -1):
        if " ".join(lowered[:size]) in ALL.byline_prefixes:
            if lowered[0] in ALL.name_prefixes:
                return len(words) > size and words[size][0].isupper()
            return _names_a_date(text, lowered) or _LABEL_RE.match(text) is not None
    other_words = sum(1 for word in lowered if word not in ALL.month_names)
    if _NUMERIC_DATE_RE.search(text):
        return other_words <= MAX_DATELINE_WORDS
    has_month = other_words < len(lowered)
    return has_month and other_words <= MAX_MONTH_DATELINE_WORDS and bool(_YEAR_RE.search(text))


def _names_a_date(text: str, words: list[str]) -> bool:
    """A day, a time or a month: a year alone is not a dateline ("Published in 2019 by …")."""
    return bool(_NUMERIC_DATE_RE.search(text) or any(word in ALL.month_names for word in words))


def normalise_line(text: str) -> str:
    """Case-fold, collapse white space and strip punctuation and dashes at both ends."""
    line = collapse_spaces(text.casefold())
    if line and (not line[0].isalnum() or not line[-1].isalnum()):
        return _OUTER_JUNK_RE.sub("", line)
    return line


def is_furniture_line(text: str) -> bool:
    """True for a line that is page furniture: a prompt or label, a box heading, a notice, a
    player's or a counter's figures, a share bar, a dateline or an image credit (one call,
    one normalisation)."""
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return False
    line = normalise_line(text)
    if len(text) <= MAX_PHRASE_CHARS and _is_short_furniture(text, line):
        return True
    if len(text) <= MAX_PROMPT_LINE_CHARS and _is_prompt(line):
        return True
    return is_dateline(text) or is_credit_line(text)


def _is_short_furniture(text: str, line: str) -> bool:
    """The checks of is_furniture_line for a line of at most MAX_PHRASE_CHARS."""
    if line in ALL.boilerplate_lines or _box_kind(line) is not None:
        return True
    counted = _COUNT_RE.match(line)
    if counted is not None and (counted.group(1) or counted.group(2)) in ALL.counted_words:
        return True
    if _is_notice(line) or _is_follow(line) or _is_share(text):
        return True
    if not any(character.isdigit() for character in text):
        return False
    return is_media_line(text) or is_counter_line(text) or is_time_line(text)


def is_boilerplate_line(text: str) -> bool:
    """True for a whole line that is page furniture in any known language."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.boilerplate_lines


def is_notice_line(text: str) -> bool:
    """True for a whole line of a box that stands where an article would ("Loading…",
    "Please log in", "Il vous reste 62% de cet article à lire") in any known language."""
    return len(text) <= MAX_PHRASE_CHARS and _is_notice(normalise_line(text))


def _is_notice(line: str) -> bool:
    if line in ALL.notice_lines:
        return True
    return any(c.isdigit() for c in line) and _DIGITS_RE.sub("#", line) in ALL.notice_lines


def is_summary_heading(text: str) -> bool:
    """True for the heading of a box of highlights ("Key points", "Das Wichtigste in Kürze")."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.summary_headings


def is_author_box_heading(text: str) -> bool:
    """True for the heading of a box about the author ("About the author", "Sobre la firma")."""
    return len(text) <= MAX_PHRASE_CHARS and normalise_line(text) in ALL.author_box_headings


def is_prompt_line(text: str) -> bool:
    """True for a line that addresses the reader: an invitation, a question about the page or
    a blog's post footer ("Subscribe to our newsletter for …", "War der Artikel nützlich?",
    "This entry was posted in News")."""
    return len(text) <= MAX_PROMPT_LINE_CHARS and _is_prompt(normalise_line(text))


def _is_prompt(line: str) -> bool:
    words = [word.strip(_WORD_PUNCTUATION) for word in line.split(" ", MAX_PROMPT_PREFIX_WORDS)]
    if words[0] not in _PROMPT_FIRST_WORDS:  # most lines: one set look-up
        return False
    return any(
        " ".join(words[:size]) in ALL.prompt_prefixes
        for size in range(1, min(MAX_PROMPT_PREFIX_WORDS, len(words)) + 1)
    )


def is_time_line(text: str) -> bool:
    """True for a line of relative times and reading times only ("21 mins ago 11:48",
    "1 HR ago · 2 mins read", "Lesezeit: 1 Min.", "il y a 3 heures")."""
    if len(text) > MAX_TIME_LINE_CHARS or not any(c.isdigit() for c in text):
        return False
    words = _WORD_RE.findall(text.casefold())
    return (
        bool(words)
        and all(word in _TIME_LINE_WORDS for word in words)
        and any(word in _TIME_MARK_WORDS for word in words)  # "ago", "read": not "15 Min"
    )


def is_media_line(text: str) -> bool:
    """True for a line of a media player: time codes or a percentage and at most a word or
    two ("Loaded: 0%", "VIDEO4:4204:42", "0:00 / 3:12")."""
    if len(text) > MAX_MEDIA_LINE_CHARS or not _MEDIA_FIGURE_RE.search(text):
        return False
    rest = _MEDIA_FIGURE_RE.sub(" ", text)
    return not any(c.isdigit() for c in rest) and len(_WORD_RE.findall(rest)) <= MAX_MEDIA_WORDS


def is_counter_line(text: str) -> bool:
    """True for a counter of pictures or pages: "3 of 12", "Bild 1 von 5", "(1/3ページ)"."""
    return len(text) <= MAX_COUNTER_CHARS and _COUNTER_RE.match(text) is not None


def is_share_line(text: str) -> bool:
    """True for a share bar's labels run together ("FacebookE-MailZur Merkliste hinzufügen",
    "Facebook | X | WhatsApp"): every piece a network's name or a furniture phrase."""
    return len(text) <= MAX_PHRASE_CHARS and _is_share(text)


def _is_share(text: str) -> bool:
    first = normalise_line(_CAMEL_JOIN_RE.split(text, maxsplit=1)[0]).split(" ", 1)[0]
    if first not in _SHARE_FIRST_WORDS:  # most lines: one set look-up
        return False
    pieces = [piece for piece in _SHARE_SEPARATOR_RE.split(text) if piece.strip()]
    if len(pieces) == 1:
        pieces = _CAMEL_JOIN_RE.split(pieces[0])
        if len(pieces) == 1:
            pieces = pieces[0].split()
    return len(pieces) > 1 and all(_is_share_piece(piece) for piece in pieces)


def _is_share_piece(piece: str) -> bool:
    line = normalise_line(piece)
    if line in NETWORK_NAMES or line in ALL.boilerplate_lines:
        return True
    parts = _CAMEL_JOIN_RE.split(piece)
    return len(parts) > 1 and all(normalise_line(part) in NETWORK_NAMES for part in parts)


def is_follow_line(text: str) -> bool:
    """True for a line that asks readers to follow someone on a network ("Follow Jane Doe on
    X.", "Folgen Sie uns auf Instagram")."""
    return len(text) <= MAX_PHRASE_CHARS and _is_follow(normalise_line(text))


def _is_follow(line: str) -> bool:
    words = line.split()
    if len(words) < 2 or words[-1] not in NETWORK_NAMES:
        return False
    return any(
        " ".join(words[:size]) in ALL.follow_prefixes
        for size in range(1, min(_MAX_PREFIX_WORDS, len(words) - 1) + 1)
    )


def is_comment_heading(text: str) -> bool:
    """True for the heading of a reader comment area ("Kommentare", "3 Comments")."""
    if len(text) > MAX_PHRASE_CHARS:
        return False
    line = normalise_line(text)
    if line in ALL.comment_headings:
        return True
    counted = _COUNT_RE.match(line)
    return counted is not None and (counted.group(1) or counted.group(2)) in ALL.comment_headings


def is_related_heading(text: str) -> bool:
    """True for the heading of a box of links to related articles ("Mehr zum Thema: X")."""
    return box_heading_kind(text) == "related"


def is_listing_heading(text: str) -> bool:
    """True for the heading of a site-wide list ("Meistgelesen", "Trending", "Tags")."""
    return box_heading_kind(text) == "listing"


def is_box_heading(text: str) -> bool:
    """True for the heading of any box of links: related articles or a site-wide list."""
    return box_heading_kind(text) is not None


def box_heading_kind(text: str) -> str | None:
    """ "related" or "listing" for the heading of such a box of links, else None."""
    if len(text) > MAX_PHRASE_CHARS:
        return None
    return _box_kind(normalise_line(text))


def _box_kind(line: str) -> str | None:
    words = line.split(" ")
    if words[0].rstrip(":") not in _BOX_FIRST_WORDS:  # most lines: one set look-up
        return None
    for kind, table in (("related", ALL.related_headings), ("listing", ALL.listing_headings)):
        if _heading_in(line, words, table):
            return kind
    return None


def _heading_in(line: str, words: list[str], table: frozenset[str]) -> bool:
    if line in table:
        return True
    labelled = ":" in line  # "Mehr zum Thema: Verkehr", "Related Roundup: Laptops"
    for size in range(min(_MAX_HEADING_WORDS, len(words) - 1), 0, -1):
        phrase = " ".join(words[:size])
        if phrase.rstrip(":") in table and (labelled or size > 1):
            return len(words) - size <= MAX_RELATED_TOPIC_WORDS
    return False


def is_credit_line(text: str) -> bool:
    """True for a short line that opens with an image credit label or a copyright sign."""
    if _CREDIT_MARK_RE.match(text):
        return True
    first = _FIRST_WORD_RE.match(text)
    if first is None or first.group(1).casefold() not in _CREDIT_FIRST_WORDS:
        return False
    for pattern in (_CREDIT_LABEL_RE, _CREDIT_BY_RE):
        match = pattern.match(text)
        if match is not None and normalise_line(match.group(1)) in ALL.credit_labels:
            return True
    return False
