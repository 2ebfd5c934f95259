"""Hebrew (he): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        תגובות | הוסף תגובה | הוספת תגובה | שתף | שיתוף | פרסומת | קרא עוד | הדפסה
        העתק קישור | צפו בווידאו | הירשמו לניוזלטר | התגובות נסגרו
        """
    ),
    related_headings=phrases(
        "כתבות נוספות | עוד בנושא | כתבות קשורות | אולי יעניין אותך | מומלצים"
    ),
    listing_headings=phrases("הכי נקראים | הנקראים ביותר | מבזקים | תגיות"),
    credit_labels=phrases("צילום | צילומים | קרדיט | מקור | באדיבות"),
    byline_word="מאת",
    name_prefixes=phrases("מאת"),
    byline_prefixes=phrases("מאת | פורסם | עודכן | פורסם לראשונה"),
    author_labels=phrases("צילום"),
    source_labels=phrases("מקור"),
    counted_words=phrases("תגובות | תגובה"),
    comment_headings=phrases("תגובות | תגובות הגולשים"),
    months=calendar(
        """
        ינואר | פברואר | מרץ מרס | אפריל | מאי | יוני | יולי | אוגוסט | ספטמבר | אוקטובר
        נובמבר | דצמבר
        """
    ),
    weekdays=calendar("יום_שני | יום_שלישי | יום_רביעי | יום_חמישי | יום_שישי | שבת | יום_ראשון"),
    name_joins=words("ו &"),
    author_roles=phrases("כתב | כתבת | עורך | עורכת | צלם | פרשן"),
    script="Hebr",
    stop_words=words(
        """
        של את על עם לא זה זו כי גם אם או הוא היא הם הן אני אנחנו אתה יש אין היה הייתה היו
        כל מה מי אבל רק עוד כמו אחרי לפני בין אל כך כבר שם פה מאוד יותר אחד אחת לו לה להם
        בו בה זאת אלה אותו אותה שלו שלה שלהם כדי בלי עד אצל ולא וגם כאשר אשר לכן
        """
    ),
    date_labels=phrases("פורסם | עודכן | תאריך"),
    author_prefixes=phrases("מאת | כתב | כתבה"),
    update_labels=phrases("עודכן | עדכון אחרון"),
    notice_lines=phrases("טוען | התחברות | למנויים בלבד | יש להפעיל javascript"),
    news_words=phrases("חדשות"),
    summary_headings=phrases("בקצרה | עיקרי הדברים"),
    count_words=words("מתוך"),
    follow_prefixes=phrases("עקבו אחרינו"),
    author_box_headings=phrases("על הכותב | על הכותבת"),
    ago_words=phrases("לפני"),
    time_units=words("שניות דקה דקות שעה שעות יום ימים שבוע שבועות חודש חודשים שנה שנים"),
    read_time_words=phrases("זמן קריאה | דקות קריאה"),
    desk_words=words("המערכת"),
)
