"""Authors: byline cleaning and the cascade of sources."""

from __future__ import annotations

import json

import pytest

from newsextract import extract
from newsextract.authors import clean_byline, find_authors
from newsextract.evidence import Evidence
from newsextract.writtenbylines import editor_credits, signature, written_byline, written_bylines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Jane Doe", ["Jane Doe"], id="plain"),
        pytest.param("By Jane Doe and John Smith", ["Jane Doe", "John Smith"], id="en-and"),
        pytest.param(
            "Von Katrin Albers und Jens Petersen", ["Katrin Albers", "Jens Petersen"], id="de"
        ),
        pytest.param(
            "Par Claire Dumont et Yann Le Goff", ["Claire Dumont", "Yann Le Goff"], id="fr"
        ),
        pytest.param("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"], id="es"),
        pytest.param("Jane Doe, Staff Writer", ["Jane Doe"], id="role"),
        pytest.param(
            "Jane Doe, Ann Roe, and John Smith", ["Jane Doe", "Ann Roe", "John Smith"], id="oxford"
        ),
        pytest.param("Ana Gil, y Luis Soto", ["Ana Gil", "Luis Soto"], id="comma-y"),
        pytest.param("Von Katrin Albers | 14. Mai 2024", ["Katrin Albers"], id="date-after"),
        pytest.param("Jane Doe | Springfield | 08/01/2014", ["Jane Doe"], id="name-place-date"),
        pytest.param("Jane Doe | John Smith", ["Jane Doe", "John Smith"], id="bar-without-date"),
        pytest.param("Jane Doe (jane@example.org)", ["Jane Doe"], id="email"),
        pytest.param("Post author By Holger Pfannberger", ["Holger Pfannberger"], id="prefixes"),
        pytest.param("vonJonas Kehl", ["Jonas Kehl"], id="glued-prefix"),
        pytest.param("Interview: Greta Wollny", ["Greta Wollny"], id="one-word-label"),
        pytest.param("Nelson Arrieche @narrieched", ["Nelson Arrieche"], id="handle"),
        pytest.param("By Jane Doe Follow @jdoe", ["Jane Doe"], id="follow-handle"),
        pytest.param("Von Jane Doe Folgen", ["Jane Doe"], id="follow-button"),
        pytest.param("Jane Doe @jdoe 9:41AM", ["Jane Doe"], id="handle-then-time"),
        pytest.param(
            'By <a href="/profiles/jane-doe">Jane Doe</a> and John Roe',
            ["Jane Doe", "John Roe"],
            id="markup-in-a-name-field",
        ),
        pytest.param("Jane Doe For The Daily Paper", ["Jane Doe"], id="for-outlet"),
        pytest.param("Ana Gil para EL DIARIO", ["Ana Gil"], id="para-outlet"),
        pytest.param("Bayerisches Landesamt für Umwelt", [], id="institute-is-not-cut"),
        pytest.param("Jane Doe 09:45", ["Jane Doe"], id="clock-time"),
        pytest.param("by Jane Doe Monday, May 13, 2024", ["Jane Doe"], id="weekday-then-date"),
        pytest.param(
            "Jane Doe Associated Press Published 11:30 a.m. ET", ["Jane Doe"], id="agency-label"
        ),
        pytest.param("Von H. H. am 17.09.2015", ["H. H."], id="date-run-on"),
        pytest.param("Jane Doe Foto: John Roe", ["Jane Doe"], id="credit-run-on"),
        pytest.param("Newswire Updated: May 3, 2024", ["Newswire"], id="date-label-run-on"),
        pytest.param("Jane Doe Aktualisiert: 3. Mai 2024", ["Jane Doe"], id="de-date-label-run-on"),
        pytest.param("Publish date:", [], id="a-date-label-alone"),
        pytest.param("Übersetzung Sarah Jung", [], id="translator"),
        pytest.param("in Uncategorized", [], id="category"),
        pytest.param("facebook.com", [], id="site"),
        pytest.param("@ExampleNews", [], id="a-handle-alone"),
        pytest.param("9:14am EST", [], id="a-time-of-day"),
        pytest.param("Follow", [], id="a-follow-button"),
        pytest.param("ABOUT THE AUTHOR Jane Doe", ["Jane Doe"], id="author-box-heading"),
        pytest.param("Über den Autor Jane Doe", ["Jane Doe"], id="author-box-heading-de"),
        pytest.param("Empresa busca reactivar turismo", [], id="headline"),
        pytest.param("Ka3tor", ["Ka3tor"], id="username-with-digits"),
        pytest.param("By Faisal Islam, Economics editor", ["Faisal Islam"], id="role-after-comma"),
        pytest.param(
            "Von Jana Berg, Politische Korrespondentin", ["Jana Berg"], id="de-role-after-comma"
        ),
        pytest.param("von der Redaktion", ["Redaktion"], id="lower-case-article"),
        pytest.param("Автор: Иван Петров", ["Иван Петров"], id="ru-label"),
        pytest.param(
            "Af Trine Holm og Nukâka Lynge-Thomsen",
            ["Trine Holm", "Nukâka Lynge-Thomsen"],
            id="da-og",
        ),
        pytest.param("8h", [], id="relative-time"),
        pytest.param("Jane Doe 12min", ["Jane Doe"], id="relative-time-after-a-name"),
        pytest.param("nora-blackwood", [], id="slug"),
        pytest.param("Foto: Bent Aksel Mortensen", [], id="credit-label-is-no-byline-label"),
        pytest.param("Jane Doe 14.06.2024", ["Jane Doe"], id="date-after-a-name"),
        pytest.param("Jane Doe Fr 14.06.2024", ["Jane Doe"], id="weekday-date-after-a-name"),
        pytest.param("Jane Doe May 14, 2024", ["Jane Doe"], id="month-first-date-after-a-name"),
        pytest.param("Von Jane Doe, Fr 14.06.2024", ["Jane Doe"], id="weekday-date-apart"),
        pytest.param("Autorenseite von Max Muster", ["Max Muster"], id="author-page-link"),
        pytest.param("example.de, Frankfurt, Germany", [], id="outlet-town-country"),
        pytest.param("© Jane Doe Jane Doe", ["Jane Doe"], id="name-twice"),
        pytest.param("Oliver T. T. Kestwick", ["Oliver T. T. Kestwick"], id="initials-twice"),
        pytest.param("example.de, Jane Doe", ["Jane Doe"], id="outlet-then-a-name"),
        pytest.param(
            "Posted on September 21, 2020 by Jane Doe", ["Jane Doe"], id="opens-with-its-date"
        ),
        pytest.param("Publié le 3 mai 2021 par Jean Dupont", ["Jean Dupont"], id="date-then-par"),
        pytest.param("Jane Doe \u2014 Globex", ["Jane Doe"], id="outlet-after-a-dash"),
        pytest.param("Jane Doe - Lisbon", ["Jane Doe"], id="place-after-a-dash"),
        pytest.param(
            "Jane Doe \u2013 John Roe", ["Jane Doe", "John Roe"], id="two-names-by-a-dash"
        ),
        pytest.param("Ela - Max", ["Ela", "Max"], id="first-names-by-a-dash"),
        pytest.param("林晓红、周建国", ["林晓红", "周建国"], id="enumeration-comma"),
        pytest.param("李华\uff0c张伟", ["李华", "张伟"], id="full-width-comma"),
    ],
)
def test_clean_byline(raw: str, expected: list[str]) -> None:
    assert [name.text for name in clean_byline(raw)] == expected


@pytest.mark.parametrize(
    ("raw", "person"),
    [
        pytest.param("Jane Doe", True, id="person"),
        pytest.param("Redaktion", False, id="desk"),
        pytest.param("dpa", False, id="agency"),
        pytest.param("Example Media GmbH", False, id="company"),
        pytest.param("UNTERNEHMEN", False, id="shouted-word"),
    ],
)
def test_people_and_organisations(raw: str, person: bool) -> None:
    assert [name.person for name in clean_byline(raw)] == [person]


@pytest.mark.parametrize(
    ("raw", "structured", "expected"),
    [
        pytest.param("Will Hartigan", True, ["Will Hartigan"], id="name-field-starting-with-will"),
        pytest.param("May Li", True, ["May Li"], id="name-field-starting-with-may"),
        pytest.param("in Uncategorized", True, [], id="lower-case-stop-word"),
        pytest.param(
            "The Associated Press", True, ["The Associated Press"], id="article-of-a-name"
        ),
        pytest.param("DER SPIEGEL", True, ["DER SPIEGEL"], id="shouted-article-of-a-name"),
        pytest.param("In Berlin", False, [], id="byline-starting-with-a-stop-word"),
    ],
)
def test_a_stop_word_opens_a_name_only_in_a_name_field(
    raw: str, structured: bool, expected: list[str]
) -> None:
    assert [name.text for name in clean_byline(raw, structured=structured)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Jane Doe 2 hours ago", ["Jane Doe"], id="en-ago"),
        pytest.param("Ana Lima y Luis Soto Hace 3 horas", ["Ana Lima", "Luis Soto"], id="es-hace"),
        pytest.param("Jane Doe Lesezeit: 4 Minuten", ["Jane Doe"], id="de-reading-time"),
        pytest.param("Ana Maria de Souza", ["Ana Maria de Souza"], id="a-particle-is-no-time"),
    ],
)
def test_a_name_ends_before_a_relative_or_reading_time(raw: str, expected: list[str]) -> None:
    assert [name.text for name in clean_byline(raw)] == expected


def test_structured_fields_may_be_lower_case() -> None:
    assert [name.text for name in clean_byline("rifat khandker", structured=True)] == [
        "rifat khandker"
    ]
    assert clean_byline("rifat khandker") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("By Jane Doe", "Jane Doe", id="by"),
        pytest.param("Blog-Beitrag von Jane Doe", "Jane Doe", id="later-prefix"),
        pytest.param("Auteur : Yawovi Adzomada", "Yawovi Adzomada", id="spaced-colon"),
        pytest.param("Text: Wolfdieter Brenneke", "Wolfdieter Brenneke", id="text-label"),
        pytest.param("By the way, the council met on Tuesday.", None, id="prose"),
        pytest.param("Updated 14 May 2024", None, id="dateline"),
        pytest.param(
            "Veröffentlicht am 3. Mai 2021 von Jane Doe", "Jane Doe", id="opens-with-its-date"
        ),
        pytest.param(
            "Am 3. Mai 2021 von der Polizei festgenommen", None, id="a-sentence-with-a-date"
        ),
        pytest.param("作者\uff1a王小明", "王小明", id="label-colon-han"),
        pytest.param(
            "\uff08记者\uff1a李华、张伟\uff09", "李华、张伟", id="label-colon-in-brackets"
        ),
        pytest.param("記者\uff1a山田太郎", "山田太郎", id="label-colon-kana-kanji"),
        pytest.param("作者认为这个问题很重要", None, id="a-label-word-in-a-sentence"),
        pytest.param("بقلم محمد علي", "محمد علي", id="ar-prefix-caseless-name"),
        pytest.param("كتب الرئيس في رسالته أن الحكومة ستواصل العمل", None, id="ar-sentence"),
    ],
)
def test_written_byline(line: str, expected: str | None) -> None:
    assert written_byline(line) == expected


def test_editor_credits() -> None:
    lines = [
        "\uff08责编\uff1a林晓红、周建国\uff09",
        "\u3010责任编辑:陈思远 \u3011",
        "编辑部",
        "责任编辑认为",
    ]
    assert list(editor_credits(lines)) == ["林晓红、周建国", "陈思远"]


def test_a_later_prefix_is_read_as_a_phrase_only_when_asked() -> None:
    assert written_byline("Blog Beitrag von Jane Doe", phrases_only=True) == "Jane Doe"
    assert written_byline("Painting by Jane Doe") == "Jane Doe"
    assert written_byline("Painting by Jane Doe", phrases_only=True) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Jane Doe | 05.04.2025", ["Jane Doe"], id="name-then-date"),
        pytest.param("12.03.2024 | 09:45 Uhr | Jane Doe", ["Jane Doe"], id="date-time-name"),
        pytest.param("3 March 2024 · Ana Lima", ["Ana Lima"], id="date-then-name"),
        pytest.param("12.03.2024 | 1:10 p.m. | Jane Doe", ["Jane Doe"], id="time-with-dots"),
        pytest.param("04.02.2024 | Politik | Jane Doe", [], id="a-section-between"),
        pytest.param("04.02.2024 | PAID CONTENT", [], id="a-label-in-capitals"),
        pytest.param("12.03.2024 | 09:45 Uhr", [], id="no-name"),
        pytest.param("2024 | Jane Doe", [], id="a-year-is-no-date"),
        pytest.param("04.02.2024 | jane doe", [], id="lower-case"),
    ],
)
def test_a_name_next_to_a_date_without_a_prefix(line: str, expected: list[str]) -> None:
    assert list(written_bylines([line])) == expected


PERSON = {"@type": "Person", "name": "Jane Doe"}


@pytest.mark.parametrize(
    ("json_ld", "meta", "lines", "expected"),
    [
        pytest.param(
            [{"author": PERSON}], {"author": "John Smith"}, (), ("Jane Doe",), id="json-ld-first"
        ),
        pytest.param(
            [{"author": [PERSON, {"@type": "Person", "name": "Ann Lee"}]}],
            {},
            (),
            ("Jane Doe", "Ann Lee"),
            id="json-ld-list",
        ),
        pytest.param(
            [{"author": {"@id": "#p"}}, {"@id": "#p", "@type": "Person", "name": "Jane Doe"}],
            {},
            (),
            ("Jane Doe",),
            id="json-ld-graph-reference",
        ),
        pytest.param(
            [{"author": {"@type": "Organization", "name": "Example News"}}],
            {},
            ("By Jane Doe",),
            ("Jane Doe",),
            id="organisation-yields-to-a-person",
        ),
        pytest.param([], {"author": "Redaktion"}, (), ("Redaktion",), id="organisation-alone"),
        pytest.param([], {"author": "https://example.org/jane"}, (), (), id="meta-url"),
        pytest.param(
            [],
            {"twitter:label1": "Written by", "twitter:data1": "Jane Doe"},
            (),
            ("Jane Doe",),
            id="twitter-label",
        ),
        pytest.param(
            [], {}, ("Von Katrin Albers | 3. März 2024",), ("Katrin Albers",), id="byline"
        ),
        pytest.param([], {}, ("Autor:", "Uwe Pahlke"), ("Uwe Pahlke",), id="label-line"),
        pytest.param(
            [
                {
                    "author": [
                        {"@type": "Person", "givenName": "Eva Lucia", "familyName": "Stadlmayr"},
                        {"@type": "Person", "givenName": "Ben", "familyName": "Kreindl"},
                    ]
                }
            ],
            {},
            (),
            ("Eva Lucia Stadlmayr", "Ben Kreindl"),
            id="json-ld-given-and-family-names",
        ),
        pytest.param(
            [{"author": [PERSON, [{"@type": "Person", "name": "Ann Lee"}]]}],
            {},
            (),
            ("Jane Doe", "Ann Lee"),
            id="json-ld-nested-list",
        ),
        pytest.param(
            [{"author": {"@type": "Person", "name": ["Jane Doe", "Ann Lee"]}}],
            {},
            (),
            ("Jane Doe", "Ann Lee"),
            id="json-ld-list-of-names",
        ),
        pytest.param(
            [{"author": {"@type": "NewsMediaOrganization", "name": "Example Desk"}}],
            {},
            ("By Jane Doe",),
            ("Jane Doe",),
            id="organisation-kind-yields-to-a-person",
        ),
        pytest.param(
            [{"author": {"@type": "Person", "name": "chet-wyler"}}],
            {"author": "Chet Wyler"},
            (),
            ("Chet Wyler",),
            id="slug-is-no-name",
        ),
        pytest.param(
            [], {}, ("Nurselin Aktas | 05.04.2025 - 14:20",), ("Nurselin Aktas",), id="name-date"
        ),
        pytest.param(
            [{"author": {"@type": "Organization", "name": "Kanal Zwei NEWS"}}],
            {"author": "Kanal Zwei NEWS"},
            ("Von Rob Stoicanu",),
            ("Rob Stoicanu",),
            id="json-ld-organisation-in-the-meta",
        ),
        pytest.param(
            [{"publisher": {"@type": "Organization", "name": "Kanal Zwei NEWS"}}],
            {"author": "Kanal Zwei NEWS"},
            ("Von Rob Stoicanu",),
            ("Rob Stoicanu",),
            id="json-ld-publisher-in-the-meta",
        ),
        pytest.param([], {}, ("Nurselin Aktas | the council",), (), id="name-before-no-date"),
        pytest.param([], {}, ("Council | 5 May 2024",), (), id="one-word-before-a-date"),
    ],
)
def test_find_authors(
    json_ld: list[dict[str, object]],
    meta: dict[str, str],
    lines: tuple[str, ...],
    expected: tuple[str, ...],
) -> None:
    evidence = Evidence(json_ld=tuple(json_ld), meta=meta, byline_lines=lines)
    assert find_authors(evidence) == expected


@pytest.mark.parametrize(
    ("byline", "url", "expected"),
    [
        pytest.param(
            "By Laura Kemp, KBN News",
            "https://www.kbn.example/news/a",
            ("Laura Kemp",),
            id="outlet-with-the-hosts-acronym",
        ),
        pytest.param(
            "von David Brandt, MDR THÜRINGEN",
            "https://www.mdr.example/a",
            ("David Brandt",),
            id="shouted-outlet",
        ),
        pytest.param(
            "By Laura Kemp, KBN News",
            "https://www.other.example/a",
            ("Laura Kemp", "KBN News"),
            id="another-outlet-is-kept",
        ),
    ],
)
def test_the_outlet_is_no_author(byline: str, url: str, expected: tuple[str, ...]) -> None:
    assert find_authors(Evidence(byline_lines=(byline,), url=url)) == expected


def test_the_sites_name_is_no_author() -> None:
    evidence = Evidence(
        meta={"author": "Shifts & Pay"},
        byline_lines=("By Luis de la Vega",),
        url="https://www.shiftsnpay.example.com/a",
    )
    authors = find_authors(evidence)
    assert authors == ("Luis de la Vega",)


P1 = "The city council approved the new cycling plan on Thursday evening after two years of debate."
P2 = "Under the plan, the ring road gets protected lanes in both directions from next spring on."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param(
            '<p class="info">Story: <a href="/author/jane-doe/">Jane Doe</a></p>',
            ("Jane Doe",),
            id="link-to-an-author-page",
        ),
        pytest.param(
            '<footer class="site-footer"><span itemprop="author">Ann Lee</span></footer>',
            ("Ann Lee",),
            id="author-markup-in-a-pruned-footer",
        ),
        pytest.param(
            '<section class="comments"><span itemprop="author">Troll</span></section>',
            (),
            id="no-commenter",
        ),
        pytest.param(
            '<p class="info"><a href="/author/janedoe/">Latest Posts</a></p>',
            (),
            id="a-link-to-an-author-page-that-names-nobody",
        ),
        pytest.param(
            '<div itemprop="author"><span>Author</span><span>Andreas Kalt</span></div>',
            ("Andreas Kalt",),
            id="label-in-an-element-of-its-own",
        ),
        pytest.param(
            '<div class="author-box"><a href="/author/heiko-sauer/">SHOW ALL ARTICLES OF</a>'
            '<a href="/author/heiko-sauer/">Heiko Sauer</a></div>',
            ("Heiko Sauer",),
            id="a-link-label-in-capitals-is-no-name",
        ),
        pytest.param(
            '<p class="byline"><span itemprop="author">Jane Doe</span> '
            '<span itemprop="author">8h</span></p>'
            '<p class="tags"><a rel="tag" href="/tag/cycling/">Cycling</a></p>',
            ("Jane Doe",),
            id="no-relative-time-and-no-tag-link",
        ),
        pytest.param(
            '<div class="byline"><span class="author">Jane Doe</span><span>Fr</span>'
            "<span>14.06.2024</span></div>",
            ("Jane Doe",),
            id="a-weekday-and-date-after-the-name",
        ),
    ],
)
def test_authors_from_the_page(markup: str, expected: tuple[str, ...]) -> None:
    page = (
        f"<html><body><article><h1>Council approves the plan</h1>{markup}"
        f"<p>{P1}</p><p>{P2}</p></article></body></html>"
    )
    assert extract(page).authors == expected


def _graph(author: object) -> str:
    """A JSON-LD graph as SEO plugins write it: the article's author a reference to a
    Person elsewhere in the graph."""
    graph = [
        {"@type": "Article", "headline": "Council approves the plan", "author": author},
        {"@type": "Person", "@id": "https://example.org/#/schema/person/1", "name": "Ann Lee"},
        {"@type": "Person", "@id": "https://example.org/#/schema/person/2", "name": "Bo Ek"},
    ]
    data = json.dumps({"@context": "https://schema.org", "@graph": graph})
    return f'<script type="application/ld+json">{data}</script>'


@pytest.mark.parametrize(
    ("author", "byline", "expected"),
    [
        pytest.param(
            {"@id": "https://example.org/#/schema/person/1"}, "", ("Ann Lee",), id="reference"
        ),
        pytest.param(
            [
                {"@id": "https://example.org/#/schema/person/1"},
                {"@id": "https://example.org/#/schema/person/2"},
            ],
            "",
            ("Ann Lee", "Bo Ek"),
            id="references",
        ),
        pytest.param(
            {"@id": "https://example.org/#/schema/person/9"}, "", (), id="dangling-reference"
        ),
        # the plugin records who posted the page; the byline the page shows says who wrote it
        pytest.param(
            {"@id": "https://example.org/#/schema/person/1"},
            "<p>By Jane Doe</p>",
            ("Jane Doe",),
            id="a-written-byline-overrides",
        ),
    ],
)
def test_an_author_referred_to_in_the_json_ld_graph(
    author: object, byline: str, expected: tuple[str, ...]
) -> None:
    page = (
        f"<html><head>{_graph(author)}</head><body><article><h1>Council approves the plan</h1>"
        f"{byline}<p>{P1}</p><p>{P2}</p></article></body></html>"
    )
    assert extract(page).authors == expected


@pytest.mark.parametrize(
    "value", ["Unknown", "admin", "Administrator", "No Author", "Unbekannt", "Nachrichten", "News"]
)
def test_a_placeholder_names_nobody(value: str) -> None:
    assert clean_byline(value) == []
    assert clean_byline(value, structured=True) == []


def test_a_placeholder_word_inside_a_name_is_kept() -> None:
    assert [name.text for name in clean_byline("By Ada Unknownson")] == ["Ada Unknownson"]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("STADTBLATT-Korrespondentin Mara Lenz", "Mara Lenz"),
        ("Landfunk-Online-Experte Tim Brack", "Tim Brack"),
        ("Anna-Lena Berg", "Anna-Lena Berg"),  # a double name, not an outlet's role
        ("Jean-Luc Marchand", "Jean-Luc Marchand"),
    ],
)
def test_an_outlets_role_before_a_name_is_dropped(byline: str, name: str) -> None:
    assert [found.text for found in clean_byline(byline)] == [name]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Lena Hartwig", ["Lena Hartwig"]),
        ("Jane A. Doe", ["Jane A. Doe"]),
        ("WEITERE INFOS", []),  # a label in capitals
        ("Mary Ann Lee Smith", []),  # longer than a signature
        ("Jane Doe\nJohn Smith", []),
        ("The council meets again in May.", []),
    ],
)
def test_a_signature_is_a_short_name_alone(paragraph: str, names: list[str]) -> None:
    assert list(signature(paragraph)) == names


def test_a_signature_names_the_author_only_when_nothing_else_does() -> None:
    body = "".join(f"<p>{part} The board met on Friday to decide it.</p>" for part in "ABC")
    article = f"<article><h1>Seeds</h1>{body}<p><b>Lena Hartwig</b></p></article>"
    signed = f"<html><body>{article}</body></html>"
    assert extract(signed).authors == ("Lena Hartwig",)
    meta = '<head><meta name="author" content="Nora Quill"></head>'
    stated = signed.replace("<body>", f"{meta}<body>")
    assert extract(stated).authors == ("Nora Quill",)


@pytest.mark.parametrize(
    ("raw", "expected", "people"),
    [
        # an organisation's imprint: its town and country name nobody
        ("Nordstadt Medien GmbH, Kiel, Deutschland", ["Nordstadt Medien GmbH"], [False]),
        ("EXAMPLEPOST, Frankfurt a. M., Germany", ["EXAMPLEPOST"], [False]),
        (
            "Tessa Marlow, Ledgerline Ltd, Leeds, UK",
            ["Tessa Marlow", "Ledgerline Ltd", "UK"],
            [True, False, False],
        ),
        # a person after the outlet is kept, and a second organisation
        ("Example Media GmbH, Jane Doe", ["Example Media GmbH", "Jane Doe"], [False, True]),
        ("alpha GmbH, beta GmbH", ["alpha GmbH", "beta GmbH"], [False, False]),
        # a list of full names, then the place
        ("Jane Doe, John Smith, Germany", ["Jane Doe", "John Smith"], [True, True]),
        # after one name, a second word may be a second person: both are kept
        ("Jane Doe, Ann", ["Jane Doe", "Ann"], [True, True]),
    ],
)
def test_an_outlets_address_names_nobody(raw: str, expected: list[str], people: list[bool]) -> None:
    names = clean_byline(raw, structured=True)
    assert [name.text for name in names] == expected
    assert [name.person for name in names] == people


def test_an_institutions_seat_names_nobody() -> None:
    # a name with a word in lower case that no person's name has is an institution's
    names = clean_byline("Jane Doe, Landesamt für Statistik, Neustadt (D)")
    assert [name.text for name in names] == ["Jane Doe"]
    names = clean_byline("Maria dos Santos, Jane Doe")  # a particle: a person's name
    assert [name.text for name in names] == ["Maria dos Santos", "Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an institution's name goes on after its "and" with a word no person's name is
        ("Landesamt für Umwelt und Geologie", ["Landesamt für Umwelt und Geologie"]),
        ("Ministry of Transport and Infrastructure", ["Ministry of Transport and Infrastructure"]),
        # two people, and an institution then a person, stay apart
        ("Jane Doe und John Roe", ["Jane Doe", "John Roe"]),
        ("Landesamt für Statistik und Jane Doe", ["Landesamt für Statistik", "Jane Doe"]),
        # after a part that gave no name, the word is not joined to an earlier name
        ("Landesamt für Umwelt - Hafen y Geologie", ["Landesamt für Umwelt"]),
    ],
)
def test_an_institutions_name_with_and(raw: str, expected: list[str]) -> None:
    assert [name.text for name in clean_byline(raw, structured=True)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a phrase in a name field: its first word in lower case, a later one capitalised
        ("deine Reiseblogger", []),
        ("your Editors", []),
        # a name in lower case is all so
        ("jane doe", ["jane doe"]),
        ("Anna van der Berg", ["Anna van der Berg"]),
    ],
)
def test_a_name_fields_phrase_is_no_name(raw: str, expected: list[str]) -> None:
    assert [name.text for name in clean_byline(raw, structured=True)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("© Jane Doe", ["Jane Doe"]),  # the author's own copyright in an author box
        ("© 2019 Jane Doe", ["Jane Doe"]),  # and its year
        ("Copyright Example Ltd - all rights reserved", ["Example Ltd"]),
        ("Example GmbH & Co. KG", ["Example GmbH"]),  # the legal form cut off at "&"
    ],
)
def test_a_copyright_mark_and_a_legal_form_are_no_names(raw: str, expected: list[str]) -> None:
    assert [name.text for name in clean_byline(raw, structured=True)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("die Einfuhr von Kupfer um 3 % gestiegen;", None),  # a sentence's "von"
        ("the import by Northwind rose by 3 %", None),
        ("Reportage von Jane Doe", "Jane Doe"),  # a capital before the prefix
        ("von Jane Doe", "Jane Doe"),  # the prefix opens the line
    ],
)
def test_a_prefix_inside_a_sentence_is_no_byline(line: str, expected: str | None) -> None:
    assert written_byline(line) == expected
