"""French (fr): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words, zone_names

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
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
        à découvrir | en savoir plus
        """
    ),
    related_headings=phrases(
        """
        a lire aussi | articles liés | articles similaires | lire aussi | lire la suite
        la rédaction vous conseille | la rédaction vous recommande | nos recommandations
        sur le même sujet | sur le même thème | voir aussi | vous aimerez aussi
        à lire aussi | à voir aussi | à lire également | vous aimerez aussi
        """
    ),
    link_badges=phrases("abonnés | audio | direct | podcast | premium | vidéo"),
    listing_headings=phrases(
        """
        dans l'actualité | dans la même rubrique | les plus commentés | les plus lus
        les plus partagés | les plus populaires | plus d'actualités | derniers articles
        articles récents
        """
    ),
    credit_labels=phrases(
        """
        crédit | crédit image | crédit photo | crédits | crédits photo | crédits photos
        illustration | image | photo | photo de | source
        """
    ),
    byline_word="Par",
    name_prefixes=phrases("par"),
    byline_prefixes=phrases(
        """
        auteur | autrice | mis à jour | mis à jour le | modifié le | par | publié | publié le
        texte
        """
    ),
    author_labels=phrases("photo de | photographe"),
    source_labels=phrases("source"),
    counted_words=phrases("commentaires | commentaire | réactions | réaction | partages"),
    comment_headings=phrases("commentaires | réactions | vos commentaires | vos réactions"),
    months=calendar(
        """
        janvier janv. | février févr. fév. | mars | avril avr. | mai | juin | juillet juil.
        août | septembre sept. | octobre oct. | novembre nov. | décembre déc.
        """
    ),
    weekdays=calendar(
        """
        lundi lun. | mardi mar. | mercredi mer. | jeudi jeu. | vendredi ven. | samedi sam.
        dimanche dim.
        """
    ),
    name_joins=words("et &"),
    author_roles=phrases(
        """
        journaliste | rédacteur | rédactrice | correspondant | correspondante
        envoyé spécial | envoyée spéciale | photographe
        """
    ),
    script="Latn",
    stop_words=words(
        """
        le la les de des du et à un une est en que qui dans pour pas sur au par il elle ce
        se plus avec sont ont aux ne son
        """
    ),
    date_labels=phrases(
        """
        publié | publié le | mis en ligne | mise en ligne | mis à jour | mise à jour | date | créé
        dernière modification
        """
    ),
    author_prefixes=phrases(
        """
        par | auteur | autrice | texte | écrit par | publié par
        """
    ),
    update_labels=phrases(
        """
        mis à jour | mise à jour | mis à jour le | modifié | modifié le | actualisé
        """
    ),
    notice_lines=phrases(
        """
        chargement | chargement en cours | veuillez patienter | se connecter | connexion
        connectez-vous | réservé aux abonnés | article réservé aux abonnés
        cet article est réservé aux abonnés | déjà abonné | veuillez activer javascript
        javascript est désactivé | note de l'éditeur | il vous reste #% de cet article à lire
        il vous reste # articles gratuits
        """
    ),
    topic_labels=phrases("sujet | sujets | thème | thèmes | mot-clé | mots-clés"),
    news_words=phrases("actualités | actualité | infos"),
    summary_headings=phrases(
        """
        l'essentiel | en bref | à retenir | ce qu'il faut retenir | en résumé | les points clés
        """
    ),
    count_words=words("sur de"),
    follow_prefixes=phrases(
        """
        suivez | suivez-nous sur | suivre
        """
    ),
    author_box_headings=phrases(
        "à propos de l'auteur | à propos de l'autrice | l'auteur | l'autrice"
    ),
    ago_words=phrases("il y a"),
    time_units=words(
        """
        s sec seconde secondes min minute minutes h heure heures j jour jours semaine
        semaines mois an ans
        """
    ),
    read_time_words=phrases("temps de lecture | lecture"),
    prompt_prefixes=phrases(
        """
        abonnez-vous | inscrivez-vous | ne manquez pas | cet article vous a-t-il été utile
        cette entrée a été publiée | classé dans
        dites-nous | partagez votre avis | donnez votre avis
        traduit par | traduit de l'anglais par | traduit de l’anglais par
        """
    ),
    contributor_notes=phrases(
        """
        n'engagent que leur auteur | n'engagent que son auteur | n'engage que son auteur
        n’engagent que leur auteur | n’engagent que son auteur | n’engage que son auteur
        n'engagent que leurs auteurs | n’engagent que leurs auteurs
        """
    ),
    desk_words=words("rédaction"),
    placeholder_names=phrases("inconnu | auteur inconnu"),
    name_particles=words("de des du la le"),
    name_end_words=words("le"),
    affiliation_words=words("pour"),
    articles=words("la le les"),
    author_path_words=words("auteur auteurs"),
    organisation_words=words("sa sas"),
    credit_by_words=words("de par"),
    credit_source_words=words("presse"),
    copyright_lines=phrases("tous droits réservés"),
    zone_names=zone_names("heure de paris Europe/Paris | heure française Europe/Paris"),
)
