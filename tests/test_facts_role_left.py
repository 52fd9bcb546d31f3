"""Role shapes learnt from the en_real9 role batch (issue 11: what the earlier batches still missed): a plural noun
in apposition to a list of names is each one's title ("X and Y, the show's executive producers"), and a
title keeps a lower-case "for <field>" phrase as it keeps "of <field>" ("senior vice-president for global public
policy")."""

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


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Tech Monitor: "This, said the firm's senior vice-president for global public policy David Zapolsky, would"
        ("This, said the firm's senior vice-president for global public policy Dana Holt, would help.", "Dana Holt",
         "senior vice-president for global public policy"),
        # Daily Post: "Chris Stockport, executive director for primary and community care, said:"
        ("Maria Keller, executive director for primary and community care, said the wards were quiet.",
         "Maria Keller", "executive director for primary and community care"),
    ],
)
def test_a_title_keeps_its_lower_case_for_field(text, name, role):
    assert people(text)[name] == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Chicago Sun-Times: "said Joshua Tepfer, another attorney for exonerees": the people served, no field
        ("“The city hides its findings,” said Joshua Tepfer, another attorney for exonerees.", "Joshua Tepfer",
         "attorney"),
        # the words before the name end in a title of their own: the name is the party leader's
        ("A spokesman for party leader Keir Starmer said the plan was dead.", "Keir Starmer", "party leader"),
    ],
)
def test_a_for_phrase_naming_people_or_ending_in_a_title_is_no_field(text, name, role):
    assert people(text)[name] == role
