"""Role shapes learnt from the en_real5 role batch (issue 11): a rank abbreviation whose full stop the tokenizer
splits off ("Lt" ".", "Sgt" ".") still ends or opens a title, a rank with no office before it stays the role, a
family word right before a name is no role, and a name the model missed or read as an organisation is a person when a
title stands in apposition to it."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def people(text: str) -> dict[str, str | None]:
    doc, sentences = parse(text)
    return {e.normalized: e.role for e in extract_entities(doc, sentences) if e.label == "PERSON"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (("“To create despondency,” Pakistani military spokesperson Lt. Gen. Ahmed Sharif Chaudhry had said."),
         "Ahmed Sharif Chaudhry", "military spokesperson"),  # Times of India; National Post writes the same title
        ("The officers worked with ex-Sgt. Ronald Watts, who is tied to at least 230 exonerations.",
         "Ronald Watts", "ex-Sgt."),  # Chicago Sun-Times
        ("In Ohio, says State Patrol Capt. Mike Crispen, it's already in the curriculum.", "Mike Crispen", "Capt."),  # NPR
    ],
)
def test_a_rank_abbreviation_split_from_its_full_stop_is_read_as_one_title_word(text, name, role):
    found = people(text)
    assert found[name] == role
    assert not {"Sgt", "ex-Sgt", "Lt", "Capt"} & set(found)  # the split abbreviation is no person of its own


def test_a_rank_with_no_office_before_it_stays_the_role():
    # Chicago Sun-Times: "former" before the rank is no office, so the rank is not cut from the role
    text = "Officers were accused of misconduct in a unit led by former Sgt. Ronald Watts."
    assert people(text)["Ronald Watts"] == "former Sgt."


@pytest.mark.parametrize(
    "text, name",
    [
        ("The couple, who welcomed daughter Daisy Dove in August, purchased the home.", "Daisy Dove"),  # Daily Mail
        ("He was previously married to Madonna and split from second wife Robin Wright in 2010.", "Robin Wright"),  # OK!
    ],
)
def test_a_family_word_right_before_a_name_is_no_role(text, name):
    assert people(text)[name] is None



@pytest.mark.parametrize(
    "text, name, role",
    [
        (("Sacha Deshmukh, Amnesty International UK’s chief executive, said: “The widespread violence and hate crimes "
          "we’ve witnessed are utterly unacceptable.”"), "Sacha Deshmukh", "chief executive"),  # Mirror (model: ORG)
        (("Tiffany Lynch, acting national chairwoman of the Police Federation of England and Wales, told Times Radio: "
          "“What we’re seeing is unprecedented.”"), "Tiffany Lynch", "acting national chairwoman"),  # Mirror (ORG)
        ("Waqar Noor, the region’s interior minister, says authorities have declared an emergency in local hospitals.",
         "Waqar Noor", "interior minister"),  # National Post (untagged)
    ],
)
def test_a_name_with_a_title_in_apposition_is_a_person_whatever_the_model_read(text, name, role):
    assert people(text).get(name, "no person") == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        (("It looks like many of our suggestions (and yours, according to Director of Product Management Joe Ambeault) "
          "made it in."), "Joe Ambeault", "Director of Product Management"),  # Engadget
        (("The decision came just months after Nigerian Minister of Mines and Steel Development Olamilekan Adegbite "
          "said he had turned down a bid."), "Olamilekan Adegbite", "Minister of Mines and Steel Development"),  # Fox Business
    ],
)
def test_a_name_the_model_ran_into_a_capitalised_of_title_is_its_holder(text, name, role):
    assert people(text).get(name, "no person") == role
