"""Indonesian (id): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        komentar | tulis komentar | bagikan | iklan | baca selengkapnya | cetak | salin tautan
        tonton video | berlangganan | berlangganan newsletter | komentar ditutup
        """
    ),
    related_headings=phrases(
        "baca juga | berita terkait | artikel terkait | berita lainnya | rekomendasi"
    ),
    listing_headings=phrases("terpopuler | paling banyak dibaca | berita terkini | terbaru | tag"),
    credit_labels=phrases("foto | gambar | sumber | ilustrasi"),
    byline_word="Oleh",
    name_prefixes=phrases("oleh | penulis | reporter"),
    byline_prefixes=phrases("oleh | penulis | reporter | diperbarui | diterbitkan"),
    author_labels=phrases("fotografer"),
    source_labels=phrases("sumber"),
    counted_words=phrases("komentar"),
    comment_headings=phrases("komentar"),
    months=calendar(
        """
        januari jan. | februari feb. | maret mar. | april apr. | mei | juni jun. | juli jul.
        agustus agu. ags. | september sep. | oktober okt. | november nov. | desember des.
        """
    ),
    weekdays=calendar("senin | selasa | rabu | kamis | jumat | sabtu | minggu"),
    name_joins=words("dan &"),
    author_roles=phrases(
        "wartawan | jurnalis | reporter | editor | penyunting | kontributor | fotografer"
    ),
    script="Latn",
    stop_words=words(
        """
        yang di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh
        karena atau bisa sudah telah saat kami kita mereka ia dia tersebut menjadi lebih
        bahwa sebagai secara hingga masih namun serta tak agar para bagi sejak antara
        setelah sebelum hanya jika seperti banyak harus belum kepada lain sangat
        """
    ),
    date_labels=phrases("diterbitkan | diperbarui | tanggal"),
    author_prefixes=phrases("oleh | penulis | reporter"),
    update_labels=phrases("diperbarui"),
    notice_lines=phrases(
        "memuat | silakan tunggu | masuk | khusus pelanggan | aktifkan javascript"
    ),
    news_words=phrases("berita | berita terkini"),
    summary_headings=phrases("ringkasan | poin penting"),
    count_words=words("dari"),
    follow_prefixes=phrases("ikuti kami di | ikuti"),
    author_box_headings=phrases("tentang penulis"),
    ago_words=phrases("lalu"),
    time_units=words("detik menit jam hari minggu bulan tahun"),
    read_time_words=phrases("waktu baca"),
    desk_words=words("redaksi"),
    # Waktu Indonesia Barat, Tengah, Timur
    zones=offsets("wib 7 | wita 8 | wit 9"),
)
