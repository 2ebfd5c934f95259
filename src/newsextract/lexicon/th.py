"""Thai (th): every word of the language that newsextract reads (schema.py).

Thai writes no spaces between words: its language is told by its script.
"""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        ความคิดเห็น | แสดงความคิดเห็น | แชร์ | โฆษณา | อ่านต่อ | อ่านเพิ่มเติม | พิมพ์
        คัดลอกลิงก์ | ดูวิดีโอ | สมัครรับข่าวสาร
        """
    ),
    related_headings=phrases("ข่าวที่เกี่ยวข้อง | บทความที่เกี่ยวข้อง | อ่านเพิ่มเติม | ข่าวแนะนำ"),
    listing_headings=phrases("ข่าวยอดนิยม | ยอดนิยม | ข่าวล่าสุด | แท็ก"),
    credit_labels=phrases("ภาพ | ภาพจาก | รูปภาพ | ที่มา | เครดิตภาพ"),
    byline_word="โดย",
    name_prefixes=phrases("โดย"),
    byline_prefixes=phrases("โดย | เผยแพร่ | อัปเดต | ผู้เขียน"),
    author_labels=phrases("ภาพ"),
    source_labels=phrases("ที่มา | ภาพจาก"),
    counted_words=phrases("ความคิดเห็น"),
    comment_headings=phrases("ความคิดเห็น"),
    months=calendar(
        """
        มกราคม ม.ค. | กุมภาพันธ์ ก.พ. | มีนาคม มี.ค. | เมษายน เม.ย. | พฤษภาคม พ.ค.
        มิถุนายน มิ.ย. | กรกฎาคม ก.ค. | สิงหาคม ส.ค. | กันยายน ก.ย. | ตุลาคม ต.ค.
        พฤศจิกายน พ.ย. | ธันวาคม ธ.ค.
        """
    ),
    weekdays=calendar(
        """
        วันจันทร์ | วันอังคาร | วันพุธ | วันพฤหัสบดี | วันศุกร์ | วันเสาร์ | วันอาทิตย์
        """
    ),
    name_joins=words("และ &"),
    author_roles=phrases("ผู้สื่อข่าว | นักข่าว | บรรณาธิการ | ช่างภาพ"),
    script="Thai",
    stop_words=words(
        """
        และ ที่ ของ ใน เป็น ได้ ให้ มี ไม่ การ ว่า จะ กับ จาก นี้ ไป มา แต่ หรือ โดย ซึ่ง
        ความ ก็ เมื่อ ยัง อยู่ ต้อง แล้ว คือ เพื่อ ถึง ทำ อย่าง กว่า ทั้ง ด้วย นั้น เขา
        """
    ),
    date_labels=phrases("เผยแพร่ | อัปเดต | วันที่"),
    author_prefixes=phrases("โดย | ผู้เขียน"),
    update_labels=phrases("อัปเดต | แก้ไขล่าสุด"),
    notice_lines=phrases("กำลังโหลด | เข้าสู่ระบบ | สำหรับสมาชิกเท่านั้น"),
    news_words=phrases("ข่าว"),
    summary_headings=phrases("สรุป | ประเด็นสำคัญ"),
    count_words=words("จาก"),
    follow_prefixes=phrases("ติดตาม | ติดตามเรา"),
    author_box_headings=phrases("เกี่ยวกับผู้เขียน"),
    ago_words=phrases("ที่แล้ว | ที่ผ่านมา"),
    time_units=words("วินาที นาที ชั่วโมง ชม. วัน สัปดาห์ เดือน ปี"),
    read_time_words=phrases("เวลาอ่าน"),
    desk_words=words("กองบรรณาธิการ"),
)
