"""Language: the stated language checked against the text's stop words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.language import (
    MIN_SCRIPT_LETTERS,
    MIN_SCRIPT_SHARE,
    decide_language,
    detect_language,
    script_of,
)
from newsextract.lexicon import LEXICONS

GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, dass die Altstadt ab Juni für Autos gesperrt "
    "wird. Die Händler sind gespalten, und die Anwohner fragen sich, wie es mit dem Verkehr "
    "in der Stadt weitergehen soll. Auch die Polizei ist nicht begeistert von dem Plan."
)
FRENCH = (
    "Le conseil municipal a voté mardi la fermeture de la vieille ville aux voitures. Les "
    "commerçants sont partagés et les riverains se demandent comment la circulation sera "
    "organisée dans le centre. Pour la police, ce plan n'est pas une bonne idée."
)


@pytest.mark.parametrize(
    ("stated", "text", "expected"),
    [
        pytest.param("de", GERMAN, "de", id="agrees"),
        pytest.param("en", GERMAN, "de", id="wrongly-stated"),
        pytest.param(None, FRENCH, "fr", id="unstated"),
        pytest.param("sr", GERMAN, "sr", id="no-profile-trust-the-page"),
        pytest.param("ja", GERMAN, "de", id="stated-in-another-script"),
        pytest.param("en", "Short text.", "en", id="too-short-to-tell"),
        pytest.param(None, "", None, id="nothing"),
    ],
)
def test_decide_language(stated: str | None, text: str, expected: str | None) -> None:
    assert decide_language(stated, text) == expected


def test_detect_language() -> None:
    assert detect_language(GERMAN) == "de"
    assert detect_language("12 34 56") is None


#: A few sentences of news in each language of the lexicon, written for these tests.
TEXTS: dict[str, str] = {
    "ar": "قال وزير الخارجية إن المفاوضات مع الجانب الآخر ما زالت مستمرة، وإن الحكومة لن "
    "تتراجع عن مطالبها في هذه المرحلة.",
    "cs": "Vláda ve středu schválila návrh zákona, který má zjednodušit stavební řízení. Podle "
    "ministra je to jen první krok a další změny budou následovat, až se k nim vyjádří i obce.",
    "da": "Regeringen har i dag fremlagt et forslag om, at der skal bygges flere boliger i de "
    "store byer. Det er ikke første gang, at man har forsøgt, men nu skal det ske, siger "
    "ministeren, og hun vil have en aftale på plads inden sommerferien.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, dass die Altstadt ab Juni für Autos "
    "gesperrt wird. Die Händler sind gespalten, und die Anwohner fragen sich, wie es weitergeht.",
    "el": "Η κυβέρνηση ανακοίνωσε ότι τα νέα μέτρα για την ενέργεια θα ισχύσουν από τον "
    "επόμενο μήνα, ενώ η αντιπολίτευση ζητά να συζητηθούν στη Βουλή.",
    "en": "The city council voted on Tuesday to close the old town to cars from June. Shop "
    "owners are divided, and residents wonder how the traffic will be handled in the centre.",
    "es": "El ayuntamiento aprobó el martes el cierre del casco antiguo a los coches a partir "
    "de junio. Los comerciantes están divididos y los vecinos se preguntan qué pasará con el "
    "tráfico en el centro de la ciudad.",
    "fi": "Hallitus kertoi tiistaina, että uusi laki tulee voimaan ensi vuonna. Ministerin "
    "mukaan se on vain ensimmäinen askel, mutta opposition mielestä muutos ei riitä, koska "
    "kunnat eivät ole vielä saaneet rahaa, jota niille on luvattu jo kauan.",
    "fr": "Le conseil municipal a voté mardi la fermeture de la vieille ville aux voitures. Les "
    "commerçants sont partagés et les riverains se demandent comment la circulation sera "
    "organisée dans le centre.",
    "he": "שר האוצר אמר היום כי התקציב החדש יוגש לכנסת בשבוע הבא, וכי הממשלה לא תעלה את "
    "המסים בשנה הקרובה.",
    "hi": "सरकार ने मंगलवार को कहा कि नई योजना अगले महीने से लागू होगी और इससे किसानों को सीधा लाभ मिलेगा।",
    "hu": "A kormány kedden bejelentette, hogy az új törvény jövőre lép hatályba. A miniszter "
    "szerint ez csak az első lépés, de az ellenzék úgy látja, hogy ez nem elég, mert a "
    "településeknek még mindig nincs pénzük.",
    "id": "Pemerintah mengumumkan bahwa harga bahan bakar akan naik mulai bulan depan. Menurut "
    "menteri, kebijakan ini diambil untuk menjaga anggaran negara, tetapi banyak warga yang "
    "khawatir karena harga kebutuhan pokok juga sudah naik sejak awal tahun.",
    "it": "Il consiglio comunale ha deciso martedì di chiudere il centro storico alle auto da "
    "giugno. I commercianti sono divisi e gli abitanti si chiedono come sarà gestito il "
    "traffico per chi lavora in città.",
    "ja": "政府は火曜日、新しい経済対策を発表した。物価の上昇が続く中で、家計を支えるための"
    "給付金を来月から支給する方針だ。",
    "ko": "정부는 화요일 새로운 경제 대책을 발표했다. 물가 상승이 계속되는 가운데 가계를 "
    "지원하기 위한 지원금을 다음 달부터 지급할 방침이다.",
    "nl": "De gemeenteraad heeft dinsdag besloten dat de binnenstad vanaf juni voor auto's "
    "wordt afgesloten. De winkeliers zijn verdeeld en de bewoners vragen zich af hoe het met "
    "het verkeer in het centrum zal gaan.",
    "no": "Regjeringen har i dag lagt fram et forslag om at det skal bygges flere boliger i de "
    "store byene. Det er ikke første gang man har forsøkt å få det til, men nå må det skje, "
    "sier statsråden, og hun vil ha en avtale på plass før sommeren.",
    "pl": "Rada miasta zdecydowała we wtorek, że stare miasto zostanie zamknięte dla "
    "samochodów od czerwca. Kupcy są podzieleni, a mieszkańcy pytają, jak będzie wyglądał ruch "
    "w centrum i co to dla nich oznacza.",
    "pt": "A câmara municipal aprovou na terça-feira o encerramento do centro histórico aos "
    "carros a partir de junho. Os comerciantes estão divididos e os moradores perguntam como "
    "será organizado o trânsito no centro da cidade.",
    "ro": "Guvernul a anunțat marți că noua lege va intra în vigoare de anul viitor. Potrivit "
    "ministrului, acesta este doar primul pas, dar opoziția spune că schimbarea nu este "
    "suficientă pentru că primăriile nu au primit încă banii care le-au fost promiși.",
    "ru": "Правительство во вторник объявило, что новый закон вступит в силу уже в следующем "
    "году. По словам министра, это только первый шаг, но в оппозиции считают, что этого "
    "недостаточно, так как у регионов до сих пор нет денег.",
    "sv": "Regeringen har i dag lagt fram ett förslag om att det ska byggas fler bostäder i de "
    "stora städerna. Det är inte första gången man försöker, men nu måste det ske, säger "
    "ministern, och hon vill ha en överenskommelse innan sommaren.",
    "th": "รัฐบาลประกาศว่ามาตรการใหม่จะเริ่มใช้ในเดือนหน้า เพื่อช่วยเหลือประชาชนที่ได้รับผลกระทบจากราคาสินค้าที่สูงขึ้น",
    "tr": "Hükümet salı günü yeni yasanın gelecek yıl yürürlüğe gireceğini açıkladı. Bakana "
    "göre bu sadece ilk adım, ancak muhalefet bunun yeterli olmadığını ve belediyelerin hâlâ "
    "para beklediğini söyledi.",
    "uk": "Уряд у вівторок оголосив, що новий закон набуде чинності вже наступного року. За "
    "словами міністра, це лише перший крок, але в опозиції вважають, що цього недостатньо, "
    "адже громади досі не отримали грошей, які їм пообіцяли.",
    "vi": "Chính phủ cho biết chính sách mới sẽ có hiệu lực từ tháng sau. Theo bộ trưởng, "
    "đây là bước đầu tiên để hỗ trợ người dân, nhưng nhiều người vẫn lo ngại vì giá cả đã "
    "tăng từ đầu năm.",
    "zh": "政府周二宣布，新的经济措施将从下个月开始实施，以帮助受到物价上涨影响的家庭。",
}


def test_every_language_of_the_lexicon_has_a_text() -> None:
    assert sorted(TEXTS) == sorted(LEXICONS)


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_text_without_declaration_is_told_its_language(code: str) -> None:
    assert detect_language(TEXTS[code]) == code


@pytest.mark.parametrize(
    ("stated", "code", "expected"),
    [
        pytest.param("en", "ja", "ja", id="japanese-text-stated-english"),
        pytest.param("zh", "ja", "ja", id="kana-is-japanese"),
        pytest.param("ru", "uk", "uk", id="ukrainian-stated-russian"),
        pytest.param("da", "no", "da", id="a-close-language-stated-is-trusted"),
        pytest.param("sr", "ru", "sr", id="cyrillic-language-without-profile"),
        pytest.param("nb", "no", "nb", id="bokmal-tag-kept"),
    ],
)
def test_decide_language_by_script_and_words(stated: str, code: str, expected: str) -> None:
    assert decide_language(stated, TEXTS[code]) == expected


@pytest.mark.parametrize(
    ("text", "script"),
    [
        pytest.param(TEXTS["ja"], "Jpan", id="kana-and-han"),
        pytest.param(TEXTS["zh"], "Hani", id="han-alone"),
        pytest.param("爱 逝去的爱 讨不回来 ai shi qu de ai tao bu hui lai", "Hani", id="pinyin"),
        pytest.param(TEXTS["de"] + " (Путин)", "Latn", id="a-quoted-name"),
        pytest.param("Apple が新しい iPhone 16 Pro を発表した。", "Jpan", id="brand-names"),
        pytest.param("এমপির ভাইকে নিজ বাড়ির সামনেই। আজ শনিবার।", None, id="bengali-not-deva"),
        pytest.param("OK", None, id="too-short"),
    ],
)
def test_script_of(text: str, script: str | None) -> None:
    assert script_of(text) == script


_LATIN = "abcdeéèàäöüßçñøłœđ ABCÉÄÖ"
_NO_SCRIPT_OF_THE_LEXICON = "აბგঝম"  # Georgian, Bengali letters


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LATIN + _NO_SCRIPT_OF_THE_LEXICON + " .,;:!?0123456789-\n", max_size=120))
def test_script_of_a_text_in_latin_and_no_other_script_of_the_lexicon(text: str) -> None:
    """A text with letters of no script the lexicon knows but Latin, accents or not, is Latin
    when its Latin letters are enough letters and enough of its letters; else it has none."""
    latin = sum(char.isalpha() and char in _LATIN for char in text)
    letters = sum(char.isalpha() for char in text)
    enough = latin >= MIN_SCRIPT_LETTERS and latin >= MIN_SCRIPT_SHARE * letters
    assert script_of(text) == ("Latn" if enough else None)
