"""Greek (el): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        σχόλια | σχολιάστε | κοινοποίηση | μοιραστείτε | διαφήμιση | διαβάστε περισσότερα
        εκτύπωση | αντιγραφή συνδέσμου | δείτε το βίντεο | εγγραφείτε στο newsletter
        τα σχόλια είναι κλειστά
        """
    ),
    related_headings=phrases(
        "διαβάστε επίσης | σχετικά άρθρα | σχετικές ειδήσεις | δείτε επίσης | περισσότερα για"
    ),
    listing_headings=phrases("δημοφιλή | πιο δημοφιλή | τελευταίες ειδήσεις | ετικέτες"),
    credit_labels=phrases("φωτογραφία | φωτ | πηγή | εικόνα"),
    byline_word="Γράφει",
    name_prefixes=phrases("γράφει | συντάκτης"),
    byline_prefixes=phrases("γράφει | συντάκτης | δημοσίευση | ενημέρωση | δημοσιεύθηκε"),
    author_labels=phrases("φωτογραφία"),
    source_labels=phrases("πηγή"),
    counted_words=phrases("σχόλια | σχόλιο"),
    comment_headings=phrases("σχόλια | σχόλια αναγνωστών"),
    months=calendar(
        """
        ιανουάριος ιανουαρίου ιαν. | φεβρουάριος φεβρουαρίου φεβ. | μάρτιος μαρτίου μαρ.
        απρίλιος απριλίου απρ. | μάιος μαΐου μαΐ. | ιούνιος ιουνίου ιουν. | ιούλιος ιουλίου ιουλ.
        αύγουστος αυγούστου αυγ. | σεπτέμβριος σεπτεμβρίου σεπ. | οκτώβριος οκτωβρίου οκτ.
        νοέμβριος νοεμβρίου νοε. | δεκέμβριος δεκεμβρίου δεκ.
        """
    ),
    weekdays=calendar("δευτέρα | τρίτη | τετάρτη | πέμπτη | παρασκευή | σάββατο | κυριακή"),
    name_joins=words("και &"),
    author_roles=phrases("δημοσιογράφος | συντάκτης | ανταποκριτής | φωτογράφος | αρθρογράφος"),
    script="Grek",
    stop_words=words(
        """
        και το η ο του της τον την των τα οι τις στο στη στην στον στα στις με σε για από
        που να θα δεν μη μην είναι ήταν ένα μια μία ένας ενός μιας αυτό αυτή αυτός αυτά
        ότι όπως ως αλλά ή επίσης όμως μετά πριν κατά προς έως χωρίς μέσα πάνω όταν αν
        έχει είχε έχουν ακόμη ακόμα πολύ πιο όλα όλοι όλες εκεί εδώ τους τη λόγω
        """
    ),
    date_labels=phrases("δημοσίευση | δημοσιεύθηκε | ενημέρωση | ημερομηνία"),
    author_prefixes=phrases("γράφει | γράφει ο | γράφει η | συντάκτης"),
    update_labels=phrases("ενημέρωση | τελευταία ενημέρωση"),
    notice_lines=phrases("φόρτωση | σύνδεση | μόνο για συνδρομητές | ενεργοποιήστε τη javascript"),
    news_words=phrases("ειδήσεις"),
    summary_headings=phrases("με μια ματιά | εν συντομία | συνοπτικά"),
    count_words=words("από"),
    follow_prefixes=phrases("ακολουθήστε μας | ακολουθήστε"),
    author_box_headings=phrases("για τον συντάκτη | σχετικά με τον συγγραφέα"),
    ago_words=phrases("πριν"),
    time_units=words(
        """
        δευτ δευτερόλεπτα λεπτό λεπτά ώρα ώρες ημέρα ημέρες μέρα μέρες εβδομάδα εβδομάδες μήνα μήνες
        χρόνο χρόνια
        """
    ),
    read_time_words=phrases("χρόνος ανάγνωσης"),
    desk_words=words("σύνταξη"),
)
