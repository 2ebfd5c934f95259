"""Credits: finding the credit in a caption or line, and splitting it into its parts."""

from __future__ import annotations

import pytest
from lxml import etree

from newsextract import extract
from newsextract.blocks import segment
from newsextract.creditparts import (
    has_reader_label,
    is_agency_credit,
    is_agency_line,
    is_bracketed_credit,
    parse_credit,
)
from newsextract.credits import credit_in, find_credits
from newsextract.figures import figure_credits, merge_credits, of_other_images
from newsextract.model import ImageCredit
from newsextract.owners import Ownership, ownership
from newsextract.parsing import parse

PROSE = "The council approved the new cycling plan on Thursday evening after a long debate."


@pytest.mark.parametrize(
    ("text", "caption", "author", "source"),
    [
        pytest.param(
            "Aufmacherbild: Businessman drawing a handshake via Shutterstock / Urheberrecht: "
            "Ismagilov",
            "Businessman drawing a handshake",
            "Ismagilov",
            "Shutterstock",
            id="seed",
        ),
        pytest.param("Foto: dpa/Michael Kappeler", None, "Michael Kappeler", "dpa", id="dpa"),
        pytest.param("Foto: Michael Kappeler/dpa", None, "Michael Kappeler", "dpa", id="dpa-last"),
        pytest.param("Bild: picture alliance", None, None, "picture alliance", id="bild"),
        pytest.param("(Jane Doe/Reuters)", None, "Jane Doe", "Reuters", id="parens"),
        pytest.param(
            "Photo: Jane Doe / Getty Images", None, "Jane Doe", "Getty Images", id="getty"
        ),
        pytest.param(
            "Photograph: J. Doe for The Guardian", None, "J. Doe", "The Guardian", id="for"
        ),
        pytest.param("Courtesy of NASA", None, None, "NASA", id="courtesy"),
        pytest.param("© Jane Doe", None, "Jane Doe", None, id="copyright-sign"),
        pytest.param("Image via Unsplash", None, None, "Unsplash", id="via"),
        pytest.param(
            "Crédit photo : Jean Dupont / AFP", None, "Jean Dupont", "AFP", id="fr-credit-photo"
        ),
        pytest.param("Foto: EFE", None, None, "EFE", id="acronym-source"),
        pytest.param("Fot. Jan Kowalski", None, "Jan Kowalski", None, id="pl-fot"),
        pytest.param(
            "Quelle: Statistisches Bundesamt", None, None, "Statistisches Bundesamt", id="quelle"
        ),
        pytest.param("Bildquelle: pixabay", None, None, "pixabay", id="bildquelle"),
        pytest.param("Titelbild: Peter Müller", None, "Peter Müller", None, id="titelbild"),
        pytest.param("Photo by John Smith", None, "John Smith", None, id="photo-by"),
        pytest.param(
            "Anirudh Bhalekar/Deccan Ledger/Getty Images",
            None,
            "Anirudh Bhalekar",
            "Deccan Ledger/Getty Images",
            id="person-then-outlets",
        ),
        pytest.param(
            "Marianne Haddadin | Bloomberg | Getty Images",
            None,
            "Marianne Haddadin",
            "Bloomberg | Getty Images",
            id="pipes-kept-as-written",
        ),
        pytest.param("Photo: Tomas Ybarrola, AP", None, "Tomas Ybarrola", "AP", id="comma"),
        pytest.param("© Miriam Hollweg (KNA)", None, "Miriam Hollweg", "KNA", id="bracket"),
        pytest.param("Photograph: AFP via Getty", None, None, "AFP via Getty", id="agency-via"),
        pytest.param("Credit: Getty - Contributor", None, None, "Getty", id="role-word"),
        pytest.param(
            "Credit: Kvant/The Taiga Herald",
            None,
            None,
            "Kvant/The Taiga Herald",
            id="outlets-only",
        ),
        pytest.param("© Amazon", None, None, "Amazon", id="one-word-is-an-organisation"),
        pytest.param("(Image: © Shutterstock)", None, None, "Shutterstock", id="sign-in-value"),
        pytest.param(
            "(Image credit: Cascade Orbital Corp.)",
            None,
            None,
            "Cascade Orbital Corp.",
            id="organisation-word",
        ),
        pytest.param(
            "Credit...Clara Whitcombe/The New York Times",
            None,
            "Clara Whitcombe",
            "The New York Times",
            id="ellipsis-label",
        ),
        pytest.param("Photo iStock", None, None, "iStock", id="label-without-colon"),
        pytest.param("Image: @mkestrel", None, "@mkestrel", None, id="handle"),
        pytest.param(
            "Photo by Jane Doe /AFP via Getty Images",
            None,
            "Jane Doe",
            "AFP via Getty Images",
            id="photographer-and-outlet",
        ),
        pytest.param("Photo by Jane Doe", None, "Jane Doe", None, id="photographer-alone"),
    ],
)
def test_parse_credit(
    text: str, caption: str | None, author: str | None, source: str | None
) -> None:
    assert parse_credit(text) == ImageCredit(text, caption, author, source, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Foto: dpa/Michael Kappeler", "Foto: dpa/Michael Kappeler", id="whole-line"),
        pytest.param(
            "Demonstranten vor dem Reichstag. Foto: dpa/Michael Kappeler",
            "Foto: dpa/Michael Kappeler",
            id="after-caption",
        ),
        pytest.param("A man walks by. (Jane Doe/Reuters)", "(Jane Doe/Reuters)", id="parens"),
        pytest.param("Sunset over the bay © Jane Doe", "© Jane Doe", id="sign"),
        pytest.param("A plain caption without a credit.", None, id="none"),
        pytest.param("A man walks by (left).", None, id="parens-not-a-credit"),
        pytest.param("© 2015 Example Medien GmbH. Alle Rechte vorbehalten.", None, id="site"),
        pytest.param("Copyright 2019 Example News", None, id="site-copyright-year"),
        pytest.param(
            "\u2018Force has magnified the protests.\u2019 Photograph: AFP via Getty",
            "Photograph: AFP via Getty",
            id="after-a-closing-quote",
        ),
        pytest.param(
            "Le marché du samedi / (C) Mor Diagne", "(C) Mor Diagne", id="slash-and-c-in-brackets"
        ),
        pytest.param(
            "More than 4,000 people are expected (Credit: iStock)",
            "(Credit: iStock)",
            id="labelled-brackets",
        ),
        pytest.param("Der Präsident vor dem Reichstag (Archiv)", None, id="role-word-brackets"),
    ],
)
def test_credit_in(text: str, expected: str | None) -> None:
    assert credit_in(text) == expected


def test_a_credit_box_is_a_credit_whatever_it_says() -> None:
    assert credit_in("Jane Doe", credit_box=True) == "Jane Doe"
    assert credit_in("Jane Doe") is None


def _credits(html: str) -> tuple[ImageCredit, ...]:
    root = parse(html)
    assert root is not None
    segments = segment(root)
    return find_credits(segments.blocks, segments.elements, base_url="https://example.org/a/")


class _AskedOwner(Ownership):
    """An ownership that records the tags of the elements it is asked about."""

    def owns(self, element: etree._Element) -> bool:
        _ASKED.append(str(element.tag))
        return super().owns(element)


_ASKED: list[str] = []


def test_whose_credit_it_is_is_asked_of_a_credit_not_met_before() -> None:
    root = parse(
        '<body><figure><img src="/img/x.jpg"><figcaption>Foto: Jane Doe</figcaption></figure>'
        '<figure><img src="/img/y.jpg"><figcaption>Foto: Jane Doe</figcaption></figure>'
        "<p>Photo:</p></body>"
    )
    assert root is not None
    segments = segment(root)
    _ASKED.clear()
    credits = find_credits(
        segments.blocks, segments.elements, base_url="https://example.org/a/", owner=_AskedOwner()
    )
    assert [credit.text for credit in credits] == ["Foto: Jane Doe"]
    assert _ASKED == ["figcaption"]  # not the repeat's caption, not the bare label's line


def test_figure_credit_gets_the_figure_image_and_caption() -> None:
    html = (
        '<body><figure><img src="/img/x.jpg"><figcaption>Vor dem Reichstag. '
        "Foto: dpa/Michael Kappeler</figcaption></figure></body>"
    )
    assert _credits(html) == (
        ImageCredit(
            "Foto: dpa/Michael Kappeler",
            "Vor dem Reichstag.",
            "Michael Kappeler",
            "dpa",
            "https://example.org/img/x.jpg",
        ),
    )


def test_credit_span_inside_a_caption_is_read_whole() -> None:
    html = (
        '<body><figure><img src="x.jpg"><figcaption>Storm clouds. '
        '<span class="credit">Jane Doe / Getty Images</span></figcaption></figure></body>'
    )
    credits = _credits(html)
    assert [(c.text, c.author, c.source) for c in credits] == [
        ("Jane Doe / Getty Images", "Jane Doe", "Getty Images")
    ]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Foto: dpa/Michael Kappeler", True, id="credit-line"),
        pytest.param("Foto: Das Bild zeigt den Reichstag. " * 10, False, id="too-long"),
        pytest.param("The photo shows a man.", False, id="prose"),
        pytest.param("© 2015 Example Medien GmbH", False, id="site-copyright"),
    ],
)
def test_body_lines_are_credits_only_whole(line: str, found: bool) -> None:
    assert bool(_credits(f"<body><p>{line}</p></body>")) is found


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            '<p class="more"><a href="https://deals.example.org/">Photo Booth Deals</a></p>',
            id="a-link-named-like-a-credit",
        ),
        pytest.param(
            '<footer class="site"><div><p class="footer-copyright">Get this delivered to your '
            "inbox, and more about our products.</p></div></footer>",
            id="page-footer-credit-box",
        ),
        pytest.param(
            "<p><em>Copyright: Project Syndicate, 2024</em></p>", id="the-texts-copyright"
        ),
        pytest.param('<div><span class="loading">Video Loading</span></div>', id="player-state"),
    ],
)
def test_lines_that_are_no_image_credits(html: str) -> None:
    assert _credits(f"<body><article><p>{PROSE}</p>{html}</article></body>") == ()


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        pytest.param("A crowd on the beach (AP Photo)", "(AP Photo)", id="label-after-agency"),
        pytest.param("A crowd on the beach (Saturday)", None, id="a-day-in-brackets"),
        pytest.param(
            "\u6d77\u5cb8\u306e\u898b\u7269\u5ba2\uff08\u5c71\u7530\u592a\u90ce\u64ae\u5f71\uff09",
            "\uff08\u5c71\u7530\u592a\u90ce\u64ae\u5f71\uff09",
            id="ja-photographed-by-after-the-name",
        ),
        pytest.param(
            "\u97d3\u56fd\u306e\u56fd\u65d7\uff1d\uff21\uff30",
            "\uff21\uff30",
            id="ja-agency-after-full-width-equals",
        ),
        pytest.param("\u97d3\u56fd\u306e\u56fd\u65d7\uff1d\uff11\uff15\u65e5", None, id="ja-date"),
    ],
)
def test_credits_written_after_the_caption(caption: str, credit: str | None) -> None:
    assert credit_in(caption) == credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Jane Doe (dpa/picture alliance via Getty)", True, id="agencies"),
        pytest.param("Jane Doe (AP)", True, id="agency"),
        pytest.param("Town hall (2019)", False, id="not-a-person"),
        pytest.param("Jane Doe (left)", False, id="not-a-source"),
    ],
)
def test_is_bracketed_credit(text: str, expected: bool) -> None:
    assert is_bracketed_credit(text) is expected


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("© Example", False, id="the-sites-name"),
        pytest.param("© Broadcaster | example.org", False, id="the-sites-host"),
        pytest.param("© Jane Doe", True, id="a-person"),
        pytest.param("© Jane Doe / Example Images", True, id="an-outlet"),
        pytest.param("Quelle: example.org", False, id="source-the-sites-host"),
        pytest.param("Source: E.X.A.M.P.L.E.", False, id="source-the-sites-name-dotted"),
        pytest.param("Foto: Example", False, id="photo-the-sites-name"),
        pytest.param("Quelle: Example/Jane Doe", True, id="source-the-site-and-a-person"),
        pytest.param("Quelle: Examples", True, id="source-another-name"),
        pytest.param("Example", False, id="no-label-no-credit"),
    ],
)
def test_a_copyright_line_naming_the_site_is_no_image_credit(line: str, found: bool) -> None:
    assert bool(_credits(f"<body><article><p>{PROSE}</p><p>{line}</p></article></body>")) is found


def test_merge_keeps_the_first_of_each_text() -> None:
    first = ImageCredit("Foto: dpa", source="dpa")
    again = ImageCredit("foto:  DPA", source="x")
    other = ImageCredit("© Jane Doe", author="Jane Doe")
    assert merge_credits([first], [again, other]) == (first, other)


def test_merge_keeps_a_credit_that_only_begins_like_a_later_one() -> None:
    first = ImageCredit("Foto: Jane Doe 1", image_url="a.jpg")
    later = ImageCredit("Foto: Jane Doe 10", image_url="a.jpg")
    assert merge_credits([first, later]) == (first, later)


@pytest.mark.parametrize(
    ("earlier_url", "later_url", "merged"),
    [
        pytest.param(None, "b.jpg", ["Photo by Jane Doe / AP"], id="earlier-of-no-image"),
        pytest.param("b.jpg", "b.jpg", ["Photo by Jane Doe / AP"], id="same-image"),
        pytest.param(
            "a.jpg", "b.jpg", ["Photo by Jane Doe", "Photo by Jane Doe / AP"], id="other-image"
        ),
    ],
)
def test_merge_lets_a_whole_credit_take_the_place_of_its_part(
    earlier_url: str | None, later_url: str, merged: list[str]
) -> None:
    part = ImageCredit("Photo by Jane Doe", caption="A harbour", image_url=earlier_url)
    whole = ImageCredit("Photo by Jane Doe / AP", image_url=later_url)
    found = merge_credits([part], [whole])
    assert [credit.text for credit in found] == merged
    assert found[-1].image_url == later_url


@pytest.mark.parametrize(
    ("caption", "name", "author"),
    [
        pytest.param('<span class="caption">Storm clouds.</span> ', "Jane Doe", "Jane Doe"),
        pytest.param("", "jdoe", "jdoe", id="a-handle-in-a-box-named-credit"),
    ],
)
def test_a_credit_span_continued_after_a_separator_is_read_whole(
    caption: str, name: str, author: str
) -> None:
    html = (
        '<body><figure><picture><source srcset="x.webp"><img src="x.jpg"></picture>'
        f'<figcaption>{caption}<span class="credit">Photo by {name}</span> /<span '
        'class="agency">AFP via Getty Images</span></figcaption></figure></body>'
    )
    found = merge_credits(_credits(html))
    assert [(c.text, c.author, c.source, c.image_url) for c in found] == [
        (
            f"Photo by {name} /AFP via Getty Images",
            author,
            "AFP via Getty Images",
            "https://example.org/a/x.jpg",
        )
    ]


def test_merge_drops_a_credit_contained_in_an_earlier_one() -> None:
    visible = ImageCredit("Foto: Ole Brinkhaus", author="Ole Brinkhaus")
    from_json_ld = ImageCredit("Ole Brinkhaus", author="Ole Brinkhaus")
    assert merge_credits([visible], [from_json_ld]) == (visible,)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<figure><img src="x.jpg"><figcaption><span>Photo: Nabil Azzouzi</span> The '
            "scooters were parked on the pavement all summer long.</figcaption></figure>",
            ["Photo: Nabil Azzouzi"],
            id="credit-element-inside-a-caption",
        ),
        pytest.param(
            '<figure><img src="x.jpg"><figcaption><span class="image-and-copyright">Image '
            'copyright</span></figcaption></figure><figure><img src="y.jpg"><figcaption>'
            '<span class="copyright">EPA</span></figcaption></figure>',
            ["EPA"],
            id="bare-label-is-no-credit",
        ),
        pytest.param(
            '<figure><img src="x.jpg"><span class="caption">© Gareth Tolley Gareth Tolley'
            "</span></figure>",
            ["© Gareth Tolley"],
            id="credit-written-twice",
        ),
        pytest.param(
            '<figure><img src="x.jpg"><div class="imageEmbedCredit">Jane Doe | Getty Images'
            "</div></figure>",
            ["Jane Doe | Getty Images"],
            id="camel-case-credit-class",
        ),
        pytest.param(
            "<p>The core stage after the installation of its four engines. (credit: NASA/Reid "
            "Castille)</p>",
            ["(credit: NASA/Reid Castille)"],
            id="labelled-brackets-ending-a-body-line",
        ),
        pytest.param(
            "<p>© Ben Farrowby/\u200bAFP/\u200bGetty Images</p>",
            ["© Ben Farrowby/AFP/Getty Images"],
            id="zero-width-spaces",
        ),
        pytest.param(
            '<figure><img src="x.jpg"><figcaption><span class="caption">Crowds on the '
            'quay</span><span class="credit"> (<div class="camera">Image:</div>Jane Doe/PA)'
            "</span></figcaption></figure>",
            ["Jane Doe/PA"],
            id="bracket-left-alone-by-a-label-box",
        ),
    ],
)
def test_credits_found_in_blocks(html: str, expected: list[str]) -> None:
    assert [credit.text for credit in _credits(f"<body>{html}</body>")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REUTERS/Kevin Lamarque", True),
        ("Kevin Lamarque/Reuters", True),
        ("Eoin Hartery/PA Images via Getty Images", True),
        ("AP/AFP/Jane Doe", True),
        ("and/or", False),
        ("Paris/Berlin", False),
        ("The storm hit the coast on Tuesday night/AP", False),  # a sentence is no name
        ("Reuters", False),  # one part: a word, not a credit's form
        # a role word in a person's place ("what the image is": a handout, a pool photo)
        ("HANDOUT/EPA", True),
        ("Pool/Reuters", True),
        ("Uncredited/Reuters/EPA", True),
        ("Handout/Pool", False),  # role words alone name no source
    ],
)
def test_is_agency_credit(text: str, expected: bool) -> None:
    assert is_agency_credit(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe/dpa", True),
        ("REUTERS/Jane Doe", True),
        ("Jane Doe/PA via Getty Images", True),
        ("The Associated Press", True),
        ("(dpa)", True),
        ("CDU/CSU", False),  # two acronyms, no source the vocabulary names
        ("Associated Press reporters were there", False),
        ("The red/green coalition", False),
    ],
)
def test_agency_credit_alone_on_a_line(text: str, expected: bool) -> None:
    """A credit line of the text in an agency's form, told from a party's or a word pair's
    slash."""
    assert is_agency_line(text) is expected


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("The president at the White House. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
        ("Boats in the harbour | Jane Doe/AP", "Jane Doe/AP"),
        ("The president speaks. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
        ("He said so. Then he left.", None),
    ],
)
def test_credit_in_finds_an_agency_credit_after_the_caption(text: str, credit: str | None) -> None:
    assert credit_in(text) == credit


@pytest.mark.parametrize(
    ("text", "author", "source"),
    [
        ("Image source, ESA/Hubble", None, "ESA/Hubble"),
        ("Image source, Getty Images", None, "Getty Images"),
        ("Photo by, Jane Doe", "Jane Doe", None),
    ],
)
def test_a_screen_readers_label_is_a_label(
    text: str, author: str | None, source: str | None
) -> None:
    credit = parse_credit(text)
    assert (credit.author, credit.source) == (author, source)
    assert has_reader_label(text)


def test_a_page_footers_copyright_is_no_image_credit() -> None:
    html = (
        "<body><article><p>Text.</p><p>Photo: Jane Doe</p></article>"
        "<footer><p>© Example Media GmbH &amp; Co. KG</p></footer></body>"
    )
    assert [credit.text for credit in _credits(html)] == ["Photo: Jane Doe"]


def test_a_licensing_link_is_no_part_of_a_credit() -> None:
    html = (
        '<body><figure><img src="x.jpg"><figcaption>Foto: Jane Doe/Reuters '
        '<a href="https://agency.example/licensing/1">Purchase Licensing Rights</a>'
        "</figcaption></figure></body>"
    )
    assert [credit.text for credit in _credits(html)] == ["Foto: Jane Doe/Reuters"]


def _figure_credits(html: str) -> tuple[ImageCredit, ...]:
    root = parse(html)
    assert root is not None
    return figure_credits(root.iter("img"), (), base_url="https://example.org/a/")


@pytest.mark.parametrize(
    ("figure", "text", "caption"),
    [
        pytest.param(
            '<img src="x.jpg"><figcaption>A dock.</figcaption><footer>Jane Doe/AP</footer>',
            "Jane Doe/AP",
            "A dock.",
            id="footer",
        ),
        pytest.param(
            '<img src="x.jpg" data-credit="Jane Doe/AP"><figcaption>A dock.</figcaption>',
            "Jane Doe/AP",
            "A dock.",
            id="data-attribute",
        ),
        pytest.param(
            '<img src="x.jpg" data-source="https://cdn.example/x.jpg">',
            None,
            None,
            id="data-attribute-url",
        ),
        pytest.param(
            '<img src="x.jpg"><figcaption><div class="image-credit-box">A dock. '
            '<span class="image__author">Jane Doe / AP</span></div></figcaption>',
            "Jane Doe / AP",
            "A dock.",
            id="innermost-credit-box",
        ),
        pytest.param(
            '<img src="x.jpg"><span class="copyright" title="Jane Doe/AP"></span>',
            "Jane Doe/AP",
            None,
            id="title-attribute",
        ),
        pytest.param(
            '<img src="x.jpg"><figcaption>A dock | Jane Doe/AP</figcaption>',
            "Jane Doe/AP",
            "A dock",
            id="caption-bar",
        ),
        pytest.param(
            '<img src="x.jpg"><figcaption><span class="copyright">Copyright</span> '
            '<span class="image-credit">Jane Doe/AP</span></figcaption>',
            "Jane Doe/AP",
            None,
            id="bare-label-box",
        ),
        pytest.param(
            '<img src="x.jpg"><figcaption><span>Image:</span> <span>Jane Doe has agreed a deal '
            "to become the manager of the club</span></figcaption>",
            None,
            None,
            id="caption-behind-label",
        ),
        pytest.param(
            '<div class="media"><div class="wrap"><picture><source srcset="x.webp">'
            '<source srcset="x.avif"><source srcset="y.jpg"><img src="x.jpg"></picture></div>'
            '</div><figcaption>A dock.<span class="media-author">EFE</span></figcaption>',
            "EFE",
            "A dock.",
            id="image-nested-in-sources",
        ),
    ],
)
def test_figure_credits(figure: str, text: str | None, caption: str | None) -> None:
    credits = _figure_credits(f"<body><figure>{figure}</figure></body>")
    assert [(c.text, c.caption) for c in credits] == ([(text, caption)] if text else [])
    assert all(c.image_url == "https://example.org/a/x.jpg" for c in credits)


def test_figure_credits_fill_the_caption_and_keep_page_order() -> None:
    root = parse(
        '<body><figure><img src="1.jpg"><footer>Jane Doe/AP</footer></figure>'
        '<figure><img src="2.jpg"><figcaption>A dock. Foto: dpa</figcaption></figure></body>'
    )
    assert root is not None
    found = (ImageCredit("Foto: dpa", source="dpa", image_url="https://example.org/a/2.jpg"),)
    credits = figure_credits(root.iter("img"), found, base_url="https://example.org/a/")
    assert [(c.text, c.caption) for c in credits] == [
        ("Jane Doe/AP", None),
        ("Foto: dpa", "A dock."),
    ]


def test_figure_credits_leave_out_the_figures_of_other_articles_images() -> None:
    page = "https://example.org/news/bridge-opens.html"
    root = parse(
        '<body><figure><img src="own.jpg"><footer>Jane Doe/AP</footer></figure>'
        '<div class="card"><figure><a href="/news/other-story.html"><img src="card.jpg"></a>'
        "<footer>John Roe/dpa</footer></figure>"
        '<h4><a href="/news/other-story.html">Another story</a></h4></div></body>'
    )
    assert root is not None
    owner = ownership(urls=(page,), base_url=page)
    credits = figure_credits(root.iter("img"), (), base_url=page, owner=owner)
    assert [(c.text, c.image_url) for c in credits] == [
        ("Jane Doe/AP", "https://example.org/news/own.jpg")
    ]


@pytest.mark.parametrize(
    ("html", "text", "caption"),
    [
        pytest.param(
            '<div class="media"><div><img src="x.jpg"></div><span>A dock at night.</span>'
            "<span>Jane Doe/AP</span></div>",
            "Jane Doe/AP",
            "A dock at night.",
            id="caption-and-credit-lines",
        ),
        pytest.param(
            '<div><img src="x.jpg"><p>A dock at night. <span>Foto: Jane Doe</span></p></div>',
            "Foto: Jane Doe",
            "A dock at night.",
            id="credit-span",
        ),
        pytest.param(
            '<div><img src="x.jpg"><img src="y.jpg"><p>Foto: Jane Doe</p></div>',
            None,
            None,
            id="two-images",
        ),
        pytest.param(
            '<div><img src="x.jpg"><p>Copyright</p></div>',
            None,
            None,
            id="bare-label",
        ),
    ],
)
def test_a_box_around_one_image_is_its_figure(
    html: str, text: str | None, caption: str | None
) -> None:
    root = parse(f"<body><main>{html}<p>{'Words of the article. ' * 40}</p></main></body>")
    assert root is not None
    images = [image for image in root.iter("img") if image.get("src") == "x.jpg"]
    credits = figure_credits(images, (), base_url="https://example.org/a/")
    assert [(c.text, c.caption) for c in credits] == ([(text, caption)] if text else [])


def test_a_metadata_credit_of_an_image_credited_on_the_page_is_left_out() -> None:
    found = (ImageCredit("Photo: Jane Doe/AFP", image_url="https://e.org/img/wall.jpg?w=800"),)
    stated = (
        ImageCredit("STR", image_url="https://e.org/img/wall.jpg?w=1600"),
        ImageCredit("Tom Hale", image_url="https://e.org/img/ferry.jpg"),
        ImageCredit("AP"),
    )
    assert of_other_images(stated, found) == stated[1:]


@pytest.mark.parametrize(
    ("alt", "text", "caption"),
    [
        pytest.param(
            "Volunteers on the dunes. (Photo: Jane Roe / Coast Trust)",
            "Photo: Jane Roe / Coast Trust",
            "Volunteers on the dunes.",
            id="labelled-credit-ends-the-alt-text",
        ),
        pytest.param("(Foto: Jane Roe)", "Foto: Jane Roe", None, id="credit-alone"),
        pytest.param("The mayor (left) and her deputy", None, None, id="a-bracket-in-prose"),
        pytest.param("The old harbour (1931)", None, None, id="a-year-in-brackets"),
    ],
)
def test_an_images_alt_text_may_end_with_its_credit(
    alt: str, text: str | None, caption: str | None
) -> None:
    credits = _figure_credits(
        f'<body><p>Text of the article.</p><img src="/a.jpg" alt="{alt}"></body>'
    )
    assert [(credit.text, credit.caption) for credit in credits] == (
        [] if text is None else [(text, caption)]
    )


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        ("<span>The harbour at dawn.</span> <cite>Jane Doe/Reuters</cite>", ["Jane Doe/Reuters"]),
        ("The harbour at dawn. <cite>Jane Doe/Reuters</cite>", ["Jane Doe/Reuters"]),
        ("<cite>cityphoto - stock.example.com</cite>", ["cityphoto - stock.example.com"]),
        # a title cited in the caption's sentence is no credit
        ("A scene from <cite>The Tempest</cite> on the new stage", []),
    ],
)
def test_a_cite_set_apart_in_a_figcaption_credits_the_image(
    caption: str, credits: list[str]
) -> None:
    body = "<p>The harbour reopened on Monday after a winter of dredging work.</p>" * 3
    figure = (
        f'<figure><img src="https://example.org/a.jpg"><figcaption>{caption}</figcaption></figure>'
    )
    page = f"<html><body><article><h1>Harbour</h1>{body}{figure}{body}</article></body></html>"
    assert [credit.text for credit in extract(page).image_credits] == credits


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # a gallery's counter before the credit is no part of it
        ("Bild 1 von 4 © Jane Doe / Example", ("© Jane Doe / Example", "Jane Doe", "Example")),
        ("Image 2 of 5 Photo: Jane Doe/AFP", ("Photo: Jane Doe/AFP", "Jane Doe", "AFP")),
        ("3/12 Foto: dpa", ("Foto: dpa", None, "dpa")),
        # a copyright notice around the source: its mark, its year, "All rights reserved"
        (
            "Jane Doe/Copyright 2026 Example Agency. All rights reserved.",
            (
                "Jane Doe/Copyright 2026 Example Agency. All rights reserved.",
                "Jane Doe",
                "Example Agency",
            ),
        ),
        ("© 2019 Example Agency", ("© 2019 Example Agency", None, "Example Agency")),
        ("1 of 2", ("1 of 2", None, "1 of 2")),  # a counter alone stays as it is
    ],
)
def test_a_counter_and_a_notice_around_a_credit(
    text: str, credit: tuple[str, str | None, str | None]
) -> None:
    parsed = parse_credit(text)
    assert (parsed.text, parsed.author, parsed.source) == credit
