"""Role shapes learnt from the en_real11 role batch (issue 11, roles384: wire, government and US political copy): a
word that opens a police rank keeps the rank ("Detective Lt."), a title the model's PERSON span began inside keeps
the title words before the span ("Detective Sergeant"), and a capitalised "HEAD of the Name" title before a name
stays whole ("former Speaker of the House")."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from extractors.facts.roles import prefer_office
from tests.facts_helpers import parse


def people(text: str) -> dict[str, str | None]:
    doc, sentences = parse(text)
    return {e.normalized: e.role for e in extract_entities(doc, sentences) if e.label == "PERSON"}


def test_a_rank_opener_keeps_the_rank_after_it():
    # MLive: "Ann Arbor Police Department Detective Lt. Robert Pfannes said"; The Namibian: "Detective Sergeant"
    assert prefer_office("Detective Lt.", None) == "Detective Lt."
    assert prefer_office("Detective Sergeant", None) == "Detective Sergeant"
    # a functional title still wins over a rank: "Commandant Major General X"
    assert prefer_office("Commandant Major General", None) == "Commandant"
    assert prefer_office("Detective Lt.", "spokesman") == "Detective Lt."


def test_a_police_rank_before_a_name_is_one_role():
    # MLive (dev): the model ends its organisation before "Detective" here
    found = people(
        "The man is described as being in his 20s, about 5 feet 11 inches tall and 200 pounds, Ann Arbor Police "
        "Department Detective Lt. Robert Pfannes said."
    )
    assert found.get("Robert Pfannes") == "Detective Lt."


def test_a_title_the_model_split_keeps_its_words_before_the_span():
    # The Namibian: "Detective Sergeant Raphael Letota of the Swakopmund Police said the body was found"
    found = people("Detective Sergeant Raphael Letota of the Swakopmund Police said the body was found on Monday.")
    assert found.get("Raphael Letota") == "Detective Sergeant"


@pytest.mark.parametrize(
    "text, name, role",
    [
        # RedState: "in an interview with former Speaker of the House Newt Gingrich"
        ("Laura Hale spoke on Wednesday night in an interview with former Speaker of the House Newt Gingrich.",
         "Newt Gingrich", "former Speaker of the House"),
        # Good: "when former Speaker of the House Newt Gingrich went on an anti-Muslim rant"
        ("It was plain last night at the convention when former Speaker of the House Newt Gingrich went on a rant.",
         "Newt Gingrich", "former Speaker of the House"),
        ("Secretary of the Treasury Steven Mnuchin said on Monday that the deal was done.",
         "Steven Mnuchin", "Secretary of the Treasury"),
    ],
)
def test_a_capitalised_title_of_the_name_before_a_name_stays_whole(text, name, role):
    assert people(text).get(name) == role

