"""Credits: finding the credit in a caption or line, and splitting it into its parts."""

from __future__ import annotations

import pytest

from newsextract.blocks import segment
from newsextract.credits import credit_in, find_credits, merge_credits, parse_credit
from newsextract.model import ImageCredit
from newsextract.parsing import parse


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
            "Sanjeev Verma/Hindustan Times/Getty Images",
            None,
            "Sanjeev Verma",
            "Hindustan Times/Getty Images",
            id="person-then-outlets",
        ),
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


def test_figure_credit_gets_the_figure_image() -> None:
    html = (
        '<body><figure><img src="/img/x.jpg"><figcaption>Vor dem Reichstag. '
        "Foto: dpa/Michael Kappeler</figcaption></figure></body>"
    )
    assert _credits(html) == (
        ImageCredit(
            "Foto: dpa/Michael Kappeler",
            None,
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


def test_merge_keeps_the_first_of_each_text() -> None:
    first = ImageCredit("Foto: dpa", source="dpa")
    again = ImageCredit("foto:  DPA", source="x")
    other = ImageCredit("© Jane Doe", author="Jane Doe")
    assert merge_credits([first], [again, other]) == (first, other)
