"""A name right after a lower-case title word is a person even when the model reads it as an organisation (issue 11,
roles4): "SeaWatch captain Carola Rackete" (Verfassungsblog), "said executive director Nicola Corzine" (SF
Chronicle); an institution's name after a title word stays an organisation."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def entities_of(text: str) -> dict[str, tuple[str, str | None]]:
    doc, sentences = parse(text)
    return {e.normalized: (e.label, e.role) for e in extract_entities(doc, sentences)}


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("After the release of SeaWatch captain Carola Rackete, Italy’s far-right minister spoke.", "Carola Rackete",
         "captain"),
        ("“We welcome everyone from all backgrounds,” said executive director Nicola Corzine.", "Nicola Corzine",
         "executive director"),
    ],
)
def test_a_name_after_a_lower_case_title_is_its_holder(text, name, role):
    assert entities_of(text)[name] == ("PERSON", role)


def test_an_institution_after_a_title_word_stays_an_organisation():
    assert entities_of("Shares fell after the chairman Lloyds Bank appointed resigned.")["Lloyds Bank"][0] == "ORG"
