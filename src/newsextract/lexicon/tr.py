"""Turkish (tr): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        yorumlar | yorum yap | yorum yaz | paylaş | reklam | devamını oku | abone ol
        yorumlar kapatılmıştır | videoyu izle | yazdır | bağlantıyı kopyala | haber bülteni
        bültenimize abone olun
        """
    ),
    related_headings=phrases(
        """
        ilgili haberler | ilgili haber | bunlar da ilginizi çekebilir | benzer haberler
        daha fazla haber
        """
    ),
    listing_headings=phrases("en çok okunanlar | çok okunanlar | son dakika | etiketler"),
    credit_labels=phrases("fotoğraf | foto | görsel | kaynak"),
    byline_word="Yazar:",
    name_prefixes=phrases("yazar | muhabir"),
    byline_prefixes=phrases(
        "yazar | muhabir | güncelleme | güncellenme | yayınlanma | yayın tarihi"
    ),
    author_labels=phrases("fotoğraf"),
    source_labels=phrases("kaynak"),
    counted_words=phrases("yorum | yorumlar"),
    comment_headings=phrases("yorumlar | okur yorumları"),
    months=calendar(
        """
        ocak oca. | şubat şub. | mart mar. | nisan nis. | mayıs may. | haziran haz.
        temmuz tem. | ağustos ağu. | eylül eyl. | ekim eki. | kasım kas. | aralık ara.
        """
    ),
    weekdays=calendar("pazartesi pzt. | salı | çarşamba | perşembe | cuma | cumartesi | pazar"),
    name_joins=words("ve &"),
    author_roles=phrases("muhabir | editör | yazar | gazeteci | foto muhabiri"),
    script="Latn",
    stop_words=words(
        """
        ve bir bu da de için ile olarak daha çok en gibi olan o ne ama ancak sonra kadar
        ise her şu veya ya mi mı mu mü değil var yok ki diye üzere göre ilk iki yeni
        tarafından içinde arasında ayrıca olduğu olduğunu edildi etti eden yapılan oldu
        bin yılında sen biz siz onlar bunu buna bunun şey şimdi hem hiç çünkü eğer
        artık bile diğer tüm bütün aynı nasıl neden hangi zaman belirtti söyledi dedi
        """
    ),
    letters=words("ı ğ ş"),
    date_labels=phrases("yayınlanma | yayın tarihi | güncelleme | güncellenme | tarih"),
    author_prefixes=phrases("yazar | muhabir | haber"),
    update_labels=phrases("güncelleme | güncellenme"),
    notice_lines=phrases(
        """
        yükleniyor | lütfen bekleyin | giriş yap | üye ol | sadece abonelere özel
        javascript'i etkinleştirin
        """
    ),
    news_words=phrases("haber | haberler | son dakika"),
    summary_headings=phrases("özet | öne çıkanlar | kısaca"),
    count_words=words("/"),
    follow_prefixes=phrases("takip et | bizi takip edin"),
    author_box_headings=phrases("yazar hakkında"),
    ago_words=phrases("önce"),
    time_units=words("sn saniye dk dakika saat sa gün hafta ay yıl"),
    read_time_words=phrases("okuma süresi"),
    desk_words=words("haber merkezi"),
    # Türkiye saati ile
    zones=offsets("tsi 3"),
)
