"""ents381 (issue 11, stop 63): organisation and person boundaries the ``en_real23`` batch and dev pages showed."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def mentions_of(text: str) -> list[tuple[str, str]]:
    """(mention text, entity label) of every mention, in text order."""
    doc, sentences = parse(text)
    found = [(s.start, text[s.start : s.end], e.label) for e in extract_entities(doc, sentences) for s in e.spans]
    return [(form, label) for _, form, label in sorted(found)]


@pytest.mark.parametrize(
    "text, name",
    [
        # Recode (en_real23): the parser reads "startup" as a verb, the model "Diamanti" as a person
        (
            "Data storage startup Diamanti exited stealth and announced that it has raised a $12.5 million round.",
            "Diamanti",
        ),
        # Rest of World (dev page): the same misreading, "Phantom Space" a person
        (
            (
                "Jim Cantrell, who worked at SpaceX in its earliest days and is now CEO of launch startup Phantom "
                "Space, told reporters."
            ),
            "Phantom Space",
        ),
    ],
)
def test_a_name_after_a_trade_noun_read_as_a_verb_is_an_organisation(text, name):
    assert (name, "ORG") in mentions_of(text)


def test_a_real_verb_before_a_name_makes_no_company():
    found = mentions_of("Critics brand Smith a liar, and they firm Jones up as the favourite.")
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize(
    "text, name",
    [
        # Daily Maverick (en_real23)
        (
            (
                "“I assume the court will avoid any determination,” Dr Atilla Kisla, the international justice "
                "cluster lead for the Southern Africa Litigation Centre, told reporters."
            ),
            "Atilla Kisla",
        ),
        # The Economist (dev page)
        (
            (
                "Letitia James, New York’s public advocate, partly blames the “broken windows” theory of policing "
                "for Mr Garner’s death."
            ),
            "Garner",
        ),
        # Lesotho Times (dev page)
        ("Chief Hlajoane’s office, which is currently under construction, is reportedly being built by Mr Pin.", "Pin"),
    ],
)
def test_an_untagged_name_after_a_courtesy_title_is_a_person(text, name):
    assert (name, "PERSON") in mentions_of(text)


def test_a_courtesy_title_before_a_title_case_run_makes_no_person():
    found = mentions_of("Critics panned Mr Smith Goes To Washington when it opened.")
    assert ("Smith", "PERSON") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Aeon (dev page)
        "But then as now, the embryos of scientists are not the embryos of the public, or the Church.",
        # Conservative HQ (dev page, en_real23)
        "They use the tactic of funding “ministers” who cherry-pick faith language to divide the Church’s morality.",
    ],
)
def test_a_capitalised_church_alone_is_no_name(text):
    assert not any(form == "Church" for form, _ in mentions_of(text))


def test_a_church_with_its_name_stays_a_name():
    found = mentions_of("The Catholic Church and the Church of England issued a joint statement.")
    assert any(form in {"Catholic Church", "Church of England"} for form, _ in found), found


@pytest.mark.parametrize(
    "text, name",
    [
        # CGTN (dev page)
        ("In terms of alcohol manufacturers, Moutai is now bigger than AB InBev, Diageo and Heineken combined.", "Diageo"),
        # San Francisco Chronicle (dev page)
        ("Other corporate sponsors include Wilson Sonsini, KPMG and Thomson Reuters.", "Wilson Sonsini"),
        # Recode (en_real23)
        (
            (
                "Capital One, Fifth Third, PNC, TD Bank, Wells Fargo and Safeguard Scientifics put $30 million of "
                "Series E funding into the startup Transactis."
            ),
            "Safeguard Scientifics",
        ),
    ],
)
def test_a_name_read_as_a_person_in_a_list_of_companies_is_a_company(text, name):
    found = mentions_of(text)
    assert (name, "ORG") in found and (name, "PERSON") not in found, found


@pytest.mark.parametrize(
    "text, name",
    [
        # ABC News (dev page): a possessive in the list owns a person
        (
            (
                "Saban, Meyer and Ohio State's Jim Tressel recently participated in a conference call with NFL "
                "commissioner Roger Goodell."
            ),
            "Jim Tressel",
        ),
        # ABC News (dev page): the model's one span over two coaches counts as one member
        (
            (
                "If Meyer, Saban and Tressel truly want to be advocates for their players, they need to champion "
                "sanctions."
            ),
            "Tressel",
        ),
    ],
)
def test_a_person_in_a_list_with_one_organisation_or_a_possessive_stays_a_person(text, name):
    assert (name, "ORG") not in mentions_of(text)
