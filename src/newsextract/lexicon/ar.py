"""Arabic (ar): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        تعليقات | التعليقات | أضف تعليق | شارك | مشاركة | إعلان | اقرأ المزيد | طباعة
        نسخ الرابط | شاهد الفيديو | اشترك | اشترك في النشرة البريدية | التعليقات مغلقة
        """
    ),
    related_headings=phrases(
        "اقرأ أيضا | اقرأ أيضاً | أخبار ذات صلة | مواضيع ذات صلة | مقالات ذات صلة | قد يهمك"
    ),
    listing_headings=phrases("الأكثر قراءة | الأكثر مشاهدة | آخر الأخبار | الوسوم"),
    credit_labels=phrases("صورة | الصورة | تصوير | المصدر | مصدر الصورة"),
    byline_word="بقلم",
    name_prefixes=phrases("بقلم | كتب | كتبت"),
    byline_prefixes=phrases("بقلم | كتب | كتبت | نشر في | تاريخ النشر | آخر تحديث | تحديث"),
    author_labels=phrases("تصوير"),
    source_labels=phrases("المصدر | مصدر الصورة"),
    counted_words=phrases("تعليق | تعليقات"),
    comment_headings=phrases("التعليقات | تعليقات القراء"),
    months=calendar(
        """
        يناير كانون_الثاني | فبراير شباط | مارس آذار | أبريل إبريل نيسان | مايو أيار
        يونيو حزيران | يوليو تموز | أغسطس آب | سبتمبر أيلول | أكتوبر تشرين_الأول
        نوفمبر تشرين_الثاني | ديسمبر كانون_الأول
        """
    ),
    weekdays=calendar("الاثنين الإثنين | الثلاثاء | الأربعاء | الخميس | الجمعة | السبت | الأحد"),
    name_joins=words("و &"),
    author_roles=phrases("مراسل | مراسلة | محرر | صحفي | صحفية | كاتب | مصور"),
    script="Arab",
    stop_words=words(
        """
        في من على إلى الى أن ان عن مع هذا هذه التي الذي الذين كان كانت قد لا ما هو هي و أو
        ثم كما بعد قبل بين حتى إن لم لن عند كل أي ذلك تلك هناك أيضا أيضاً وقال وفي ومن
        أنه انه إنه وهو وهي التى لكن غير خلال حيث منذ فقط يكون تكون ضد نحو عليه عليها
        فيه فيها منه منها له لها وقد ولا وأن كل لدى
        """
    ),
    date_labels=phrases("تاريخ النشر | نشر في | آخر تحديث | تحديث | التاريخ"),
    author_prefixes=phrases("بقلم | كتب | كتبت | الكاتب"),
    update_labels=phrases("آخر تحديث | تحديث | تم التحديث"),
    notice_lines=phrases(
        "جار التحميل | جاري التحميل | تسجيل الدخول | للمشتركين فقط | يرجى تفعيل جافا سكريبت"
    ),
    news_words=phrases("أخبار | عاجل"),
    summary_headings=phrases("باختصار | أبرز النقاط | ملخص"),
    count_words=words("من"),
    follow_prefixes=phrases("تابعونا على | تابعنا على | تابعوا"),
    author_box_headings=phrases("عن الكاتب | نبذة عن الكاتب"),
    ago_words=phrases("منذ"),
    time_units=words("ثانية ثوان دقيقة دقائق ساعة ساعات يوم أيام أسبوع أسابيع شهر أشهر سنة سنوات"),
    read_time_words=phrases("مدة القراءة | وقت القراءة"),
    desk_words=words("التحرير"),
)
