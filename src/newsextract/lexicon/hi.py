"""Hindi (hi): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        टिप्पणियां | टिप्पणियाँ | टिप्पणी करें | शेयर करें | शेयर | विज्ञापन | और पढ़ें
        आगे पढ़ें | प्रिंट | लिंक कॉपी करें | वीडियो देखें | सब्सक्राइब करें
        """
    ),
    related_headings=phrases(
        """
        यह भी पढ़ें | ये भी पढ़ें | संबंधित खबरें | संबंधित ख़बरें | और खबरें
        """
    ),
    listing_headings=phrases("सबसे ज्यादा पढ़ी गई | लोकप्रिय | ताज़ा खबरें | ताजा खबरें | टैग"),
    credit_labels=phrases("फोटो | फ़ोटो | तस्वीर | चित्र | स्रोत"),
    byline_word="लेखक:",
    name_prefixes=phrases("लेखक | द्वारा"),
    byline_prefixes=phrases("लेखक | द्वारा | प्रकाशित | अपडेटेड | अपडेट"),
    author_labels=phrases("फोटो"),
    source_labels=phrases("स्रोत"),
    counted_words=phrases("टिप्पणियां | टिप्पणी"),
    comment_headings=phrases("टिप्पणियां | टिप्पणियाँ"),
    months=calendar(
        """
        जनवरी | फरवरी फ़रवरी | मार्च | अप्रैल | मई | जून | जुलाई | अगस्त | सितंबर सितम्बर
        अक्टूबर अक्तूबर | नवंबर नवम्बर | दिसंबर दिसम्बर
        """
    ),
    weekdays=calendar(
        """
        सोमवार | मंगलवार | बुधवार | गुरुवार बृहस्पतिवार | शुक्रवार | शनिवार | रविवार
        """
    ),
    name_joins=words("और &"),
    author_roles=phrases("संवाददाता | पत्रकार | संपादक | रिपोर्टर"),
    script="Deva",
    stop_words=words(
        """
        के का की है में और को से पर भी एक यह कि ने हैं था थे थी लिए नहीं तो ही या इस उस
        वह वे जो कर किया गया गई हो होने होता होती रहा रही रहे साथ बाद तक अपने अपनी कहा
        जा सकता सकते इसके उनके उन्होंने इसी कुछ सभी अब जब तरह वाले वाली दिया
        """
    ),
    date_labels=phrases("प्रकाशित | अपडेटेड | अपडेट | तारीख"),
    author_prefixes=phrases("लेखक | द्वारा"),
    update_labels=phrases("अपडेटेड | अपडेट"),
    notice_lines=phrases("लोड हो रहा है | लॉग इन करें | केवल सब्सक्राइबर्स के लिए"),
    news_words=phrases("समाचार | खबरें | ख़बरें"),
    summary_headings=phrases("मुख्य बातें | खास बातें"),
    count_words=words("में"),
    follow_prefixes=phrases("हमें फॉलो करें | फॉलो करें"),
    author_box_headings=phrases("लेखक के बारे में"),
    ago_words=phrases("पहले"),
    time_units=words("सेकंड मिनट घंटे घंटा दिन सप्ताह हफ्ते महीने महीना साल वर्ष"),
    read_time_words=phrases("पढ़ने का समय"),
    desk_words=words("डेस्क"),
)
