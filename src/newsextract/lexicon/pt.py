"""Portuguese (pt): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words, zone_names

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 comentários | comentários | compartilhar | compartilhe | deixe um comentário
        imprimir | leia mais | publicidade | os comentários estão fechados
        comentários fechados | assistir vídeo | ampliar imagem
        """
    ),
    related_headings=phrases(
        """
        leia também | notícias relacionadas | posts relacionados | relacionadas | veja também
        você pode gostar
        """
    ),
    listing_headings=phrases("mais lidas"),
    credit_labels=phrases("crédito | fonte | foto | imagem"),
    byline_word="Por",
    name_prefixes=phrases("por"),
    byline_prefixes=phrases("atualizado | autor | autora | por | publicado"),
    author_labels=phrases("fotógrafo"),
    source_labels=phrases("fonte"),
    counted_words=phrases("comentários | comentário"),
    comment_headings=phrases("comentários"),
    months=calendar(
        """
        janeiro jan. | fevereiro fev. | março mar. | abril abr. | maio mai. | junho jun.
        julho jul. | agosto ago. | setembro set. | outubro out. | novembro nov. | dezembro dez.
        """
    ),
    weekdays=calendar(
        """
        segunda-feira segunda seg. | terça-feira terça ter. | quarta-feira quarta qua.
        quinta-feira quinta qui. | sexta-feira sexta sex. | sábado sáb. | domingo dom.
        """
    ),
    name_joins=words("e &"),
    author_roles=phrases(
        """
        jornalista | repórter | redator | redatora | correspondente | fotógrafo
        """
    ),
    script="Latn",
    stop_words=words(
        """
        o a os as de do da dos das e em que um uma para com não por se mais no na ao como
        mas foi é
        """
    ),
    date_labels=phrases(
        """
        publicado | data | atualizado
        """
    ),
    author_prefixes=phrases(
        """
        por | autor | autora | escrito por
        """
    ),
    update_labels=phrases(
        """
        atualizado | atualização
        """
    ),
    notice_lines=phrases(
        """
        carregando | a carregar | aguarde | entrar | iniciar sessão | faça login
        exclusivo para assinantes | conteúdo exclusivo para assinantes | já sou assinante
        ative o javascript | javascript está desativado | restam # artigos gratuitos
        """
    ),
    topic_labels=phrases("assunto | assuntos | tema | temas"),
    news_words=phrases("notícias | últimas notícias"),
    summary_headings=phrases(
        """
        em resumo | pontos-chave | resumo | destaques
        """
    ),
    count_words=words("de"),
    follow_prefixes=phrases(
        """
        siga | siga-nos no | siga-nos em
        """
    ),
    author_box_headings=phrases("sobre o autor | sobre a autora"),
    ago_words=phrases("há"),
    time_units=words(
        """
        seg segundo segundos min minuto minutos h hora horas dia dias semana semanas mês
        meses ano anos
        """
    ),
    read_time_words=phrases("leitura | tempo de leitura | de leitura"),
    name_particles=words("da das de do dos"),
    affiliation_words=words("para"),
    placeholder_names=phrases("desconhecido | autor desconhecido"),
    date_joins=words("de"),
    copyright_lines=phrases("todos os direitos reservados"),
    clock_words=words("h horas hs"),
    zone_names=zone_names("horário de brasília America/Sao_Paulo | hora de lisboa Europe/Lisbon"),
)
