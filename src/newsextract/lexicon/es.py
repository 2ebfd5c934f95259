"""Spanish (es): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words, zone_names

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 comentarios | comentarios | compartir | deja un comentario | imprimir | leer más
        publicidad | los comentarios están cerrados | comentarios cerrados | reproducir vídeo
        ampliar imagen | mostrar comentarios | ver comentarios
        """
    ),
    related_headings=phrases(
        """
        lea también | leer más | noticias relacionadas | relacionados | te puede interesar
        te puede interesar | también te puede interesar | contenido relacionado
        más información | para saber más | le puede interesar | nota relacionada
        puedes ver | también puede leer | lea aquí
        """
    ),
    listing_headings=phrases(
        """
        lo más leído | más leídas | últimas noticias | artículos recientes | archivado en
        """
    ),
    credit_labels=phrases("crédito | foto | fotografía | fuente | imagen"),
    byline_word="Por",
    name_prefixes=phrases("por"),
    byline_prefixes=phrases("actualizado | autor | autora | por | publicado"),
    author_labels=phrases("fotógrafo"),
    source_labels=phrases("fuente"),
    counted_words=phrases("comentarios | comentario"),
    comment_headings=phrases("comentarios"),
    months=calendar(
        """
        enero ene. | febrero feb. | marzo mar. | abril abr. | mayo may. | junio jun. | julio jul.
        agosto ago. | septiembre sep. sept. setiembre | octubre oct. | noviembre nov.
        diciembre dic.
        """
    ),
    weekdays=calendar(
        """
        lunes lun. | martes mar. | miércoles mié. | jueves jue. | viernes vie. | sábado sáb.
        domingo dom.
        """
    ),
    name_joins=words("y &"),
    author_roles=phrases("periodista | redactor | redactora | corresponsal | fotógrafo"),
    script="Latn",
    stop_words=words(
        """
        el la los las de del y en que a un una es por con para se no su al lo como más pero
        sus le ha
        """
    ),
    date_labels=phrases(
        """
        publicado | fecha | actualizado
        """
    ),
    author_prefixes=phrases(
        """
        por | autor | autora | escrito por
        """
    ),
    update_labels=phrases(
        """
        actualizado | actualización
        """
    ),
    notice_lines=phrases(
        """
        cargando | cargando siguiente contenido | por favor espere | iniciar sesión
        inicia sesión | regístrate
        solo para suscriptores | contenido exclusivo para suscriptores | ya soy suscriptor
        activa javascript | javascript está desactivado | nota del editor
        te quedan # artículos gratis
        """
    ),
    topic_labels=phrases("tema | temas | etiqueta | etiquetas"),
    news_words=phrases("noticias | última hora | actualidad"),
    summary_headings=phrases(
        """
        claves | lo más importante | en resumen | en breve | puntos clave
        """
    ),
    count_words=words("de"),
    follow_prefixes=phrases(
        """
        sigue a | síguenos en | sigue
        """
    ),
    author_box_headings=phrases(
        "sobre la firma | sobre el autor | sobre la autora | acerca del autor"
    ),
    ago_words=phrases("hace"),
    time_units=words(
        """
        seg segundo segundos min minuto minutos h hora horas día días semana semanas mes
        meses año años
        """
    ),
    read_time_words=phrases("lectura | tiempo de lectura | de lectura"),
    prompt_prefixes=phrases(
        """
        suscríbete | regístrate | únete a | no te pierdas | esta entrada fue publicada
        te ha resultado útil este artículo
        cuéntanos | danos tu opinión | déjanos tu opinión | para comentar | hazte miembro
        puede escribirnos | puedes escribirnos | escríbenos
        traducido por | traducido del inglés por | traducción del inglés
        """
    ),
    contributor_notes=phrases(
        "son responsabilidad exclusiva de su autor | son responsabilidad exclusiva de sus autores"
    ),
    desk_words=words("redacción"),
    placeholder_names=phrases("desconocido | autor desconocido | sin autor"),
    name_particles=words("de del la las los y"),
    name_end_words=words("el"),
    affiliation_words=words("para"),
    articles=words("el la"),
    date_joins=words("de"),
    copyright_lines=phrases("todos los derechos reservados"),
    clock_words=words("h horas hs hrs"),
    zone_names=zone_names("hora peninsular Europe/Madrid | hora de madrid Europe/Madrid"),
)
