"""Role shapes learnt from the en_real9 role batch (issue 11: what the earlier batches still missed): a plural noun
in apposition to a list of names is each one's title ("X and Y, the show's executive producers")."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def people(text: str) -> dict[str, str | None]:
    doc, sentences = parse(text)
    return {e.normalized: e.role for e in extract_entities(doc, sentences) if e.label == "PERSON"}


@pytest.mark.parametrize(
    "text, names, role",
    [
        # n+1: "Carleton Cuse and Damon Lindelof, the show's executive producers, use rotating sets of flashback"
        (
            "Maria Keller and Tom Baxter, the series' executive producers, use flashbacks to explain motives.",
            ("Maria Keller", "Tom Baxter"),
            "executive producers",
        ),
        # The New Yorker: "I followed two materials scientists, Tony Manzara and Doug Johnson, as they tromped"
        (
            "On a cold morning I followed two soil scientists, Anna Berg and Lewis Hale, as they walked down a hill.",
            ("Anna Berg", "Lewis Hale"),
            "soil scientists",
        ),
    ],
)
def test_a_plural_appositive_to_a_list_of_names_is_each_ones_title(text, names, role):
    found = people(text)
    assert [found.get(name) for name in names] == [role] * len(names)


@pytest.mark.parametrize(
    "text, plural",
    [
        # GQ: "an amalgam of men I grew up surrounded by—grandfathers, uncles, teachers, Jackie Mason, Alan King, ...
        # men in black socks": the plural stands apart from the names
        ("He is an amalgam of men I grew up with, teachers, uncles, Jackie Mason, Alan King, Woody Allen, men in socks.",
         "men"),
        # a relation is no title: "two friends"; Shropshire Star: "taken from hospital by his parents, Brett and Naghmeh"
        ("I met two old friends, Anna Berg and Lewis Hale, at the station.", "old friends"),
        ("The boy was taken from hospital by his parents, Mark Doyle and Helen Doyle, to a clinic in Prague.", "parents"),
        # Architectural Digest: "created for Joann and Paul Delaney, these seemingly arcane reference points": no noun
        # for people
        ("The house Jan Showers built for Joann Blake and Paul Delaney, these arcane reference points, is grand.",
         "arcane reference points"),
        # 9News: "one of Epstein's victims, Virginia Giuffre, filed a lawsuit": one name is no list
        ("In 2009, one of the ring's victims, Virginia Moss, filed a lawsuit.", "victims"),
    ],
)
def test_a_plural_apart_from_the_list_a_relation_or_no_person_noun_gives_no_title(text, plural):
    assert plural not in people(text).values()

