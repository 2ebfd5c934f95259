"""What in a byline names no person: an organisation, a desk or an agency; an outlet or an
institution and the parts after it that are its address ("Example Media GmbH, Kiel,
Germany") or its legal form ("& Co. KG"). authors.py asks it of each part of a byline split
at its joins.
"""

from __future__ import annotations

import re
from typing import Final

from newsextract.lexicon import ALL
from newsextract.patterns import CREDIT_SOURCES
from newsextract.writtenbylines import MIN_NAME_WORDS

#: A domain name as a byline's part ("stadtschau.de").
DOTTED_RE: Final = re.compile(r"^[a-z0-9_-]{2,}\.[a-z0-9._-]{2,}$")


def is_person(name: str) -> bool:
    """True unless the name reads as an organisation, a desk or an agency."""
    lowered = name.casefold()
    words = lowered.replace("-", " ").split()
    if lowered in CREDIT_SOURCES or any(word in ALL.desk_words for word in words):
        return False
    if any(word.strip(".,") in ALL.organisation_words for word in words):
        return False
    letters = name.replace(" ", "")
    # "AFP", "UNTERNEHMEN": an acronym or a shouted word is not a person's name
    return not (letters.isalpha() and letters.isupper() and (len(letters) <= 6 or " " not in name))


def names_an_outlet(part: str) -> bool:
    """True for a part of a byline that names an outlet or an institution, not a person: a
    domain ("stadtschau.de"), an organisation ("Example Media GmbH"), an acronym
    ("EXAMPLE"), a name with a word in lower case that no person's name has ("Landesamt
    für Statistik", "Ministry of Health"; a particle is a name's: "Maria dos Santos")."""
    part = part.strip()
    words = part.split()
    return bool(part) and (
        DOTTED_RE.fullmatch(part) is not None
        or not is_person(part)
        or (
            len(words) > MIN_NAME_WORDS
            and words[0][:1].isupper()
            and any(
                word.isalpha() and word.islower() and word not in ALL.name_particles
                for word in words
            )
        )
    )


def legal_form(part: str) -> bool:
    """True for a part of a byline made of an organisation's words alone ("Co. KG", "Ltd"):
    the legal form of the name before it, cut off at its "&"."""
    words = [word.casefold().strip(".,") for word in part.split()]
    return bool(words) and all(word in ALL.organisation_words for word in words)


def full_name(part: str) -> bool:
    """True for a part of a byline written as a person's full name: two words or more, each
    capitalised ("Jane Doe"; not "Frankfurt a. M." or "Kiel")."""
    words = part.split()
    return len(words) >= MIN_NAME_WORDS and all(word[:1].isupper() for word in words)
