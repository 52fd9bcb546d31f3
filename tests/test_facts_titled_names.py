"""A name right after a title word is a person even when the model reads it as an organisation or leaves it untagged
(issue 11, roles4): "SeaWatch captain Carola Rackete" (Verfassungsblog), "said executive director Nicola Corzine" (SF
Chronicle), "Frankfurt Mayor Uwe Becker" (Politico), "Party Chair Dyana Limon-Mercado" (KUT); an institution's name
after a title word stays an organisation."""

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


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("They presented their demands to Frankfurt Mayor Uwe Becker, including a call for assemblies.", "Uwe Becker",
         "Mayor"),
        ("Travis County Democratic Party Chair Dyana Limon-Mercado said the vote was close.", "Dyana Limon-Mercado",
         "Chair"),
    ],
)
def test_an_untagged_name_after_a_capitalised_title_is_its_holder(text, name, role):
    assert entities_of(text)[name] == ("PERSON", role)


def test_only_the_name_after_a_title_run_is_taken_and_a_long_run_is_none():
    from extractors.facts.name_spans import untagged_titled_spans

    doc, _ = parse("HackerRank Chief Operating Officer Grady Burnett met Mayor Anna Lee Ruth Bloom today.")
    assert [doc[b:e].text for b, e, _ in untagged_titled_spans(doc, [])] == ["Grady Burnett"]
