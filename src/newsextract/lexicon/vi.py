"""Vietnamese (vi): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        bình luận | gửi bình luận | chia sẻ | quảng cáo | xem thêm | đọc thêm | in bài viết
        sao chép liên kết | xem video | đăng ký nhận tin | theo dõi
        """
    ),
    related_headings=phrases(
        "tin liên quan | bài liên quan | tin cùng chuyên mục | có thể bạn quan tâm | đọc thêm"
    ),
    listing_headings=phrases("đọc nhiều | đọc nhiều nhất | tin mới nhất | tin nổi bật | từ khóa"),
    credit_labels=phrases("ảnh | hình | nguồn | ảnh minh họa"),
    byline_word="Tác giả:",
    name_prefixes=phrases("tác giả"),
    byline_prefixes=phrases("tác giả | cập nhật | đăng lúc | ngày đăng"),
    author_labels=phrases("ảnh"),
    source_labels=phrases("nguồn"),
    counted_words=phrases("bình luận"),
    comment_headings=phrases("bình luận | ý kiến bạn đọc"),
    months=calendar(
        """
        tháng_một tháng_1 | tháng_hai tháng_2 | tháng_ba tháng_3 | tháng_tư tháng_4
        tháng_năm tháng_5 | tháng_sáu tháng_6 | tháng_bảy tháng_7 | tháng_tám tháng_8
        tháng_chín tháng_9 | tháng_mười tháng_10 | tháng_mười_một tháng_11
        tháng_mười_hai tháng_12
        """
    ),
    weekdays=calendar("thứ_hai | thứ_ba | thứ_tư | thứ_năm | thứ_sáu | thứ_bảy | chủ_nhật"),
    date_joins=words("năm"),
    name_joins=words("và &"),
    author_roles=phrases("phóng viên | biên tập viên | nhà báo | cộng tác viên"),
    script="Latn",
    stop_words=words(
        """
        và của là các những được trong có không người một này đã đến với để khi từ
        như cũng về tại sẽ đang ra làm vào nhiều nhưng còn thì hơn trên sau nên lại
        đó mà họ chúng tôi bị vì nếu rằng năm ngày nay cùng nhất
        """
    ),
    letters=words(
        """
        ă đ ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ
        ỵ ỷ ỹ
        """
    ),
    date_labels=phrases("ngày đăng | cập nhật | đăng lúc"),
    author_prefixes=phrases("tác giả | bài và ảnh"),
    update_labels=phrases("cập nhật"),
    notice_lines=phrases("đang tải | đăng nhập | dành cho thành viên"),
    news_words=phrases("tin tức"),
    summary_headings=phrases("tóm tắt | điểm chính"),
    count_words=words("trên"),
    follow_prefixes=phrases("theo dõi chúng tôi"),
    author_box_headings=phrases("về tác giả"),
    ago_words=phrases("trước"),
    time_units=words("giây phút giờ ngày tuần tháng năm"),
    read_time_words=phrases("thời gian đọc"),
    desk_words=words("nhóm phóng viên"),
)
