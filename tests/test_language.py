"""Language: the stated language checked against the text's stop words."""

from __future__ import annotations

import pytest

from newsextract.language import decide_language, detect_language

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
        pytest.param("ja", GERMAN, "ja", id="no-profile-trust-the-page"),
        pytest.param("en", "Short text.", "en", id="too-short-to-tell"),
        pytest.param(None, "", None, id="nothing"),
    ],
)
def test_decide_language(stated: str | None, text: str, expected: str | None) -> None:
    assert decide_language(stated, text) == expected


def test_detect_language() -> None:
    assert detect_language(GERMAN) == "de"
    assert detect_language("12 34 56") is None
