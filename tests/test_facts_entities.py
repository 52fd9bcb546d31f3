"""Entity rules on real sentences: merging, roles, ISO codes and the small model's known misses."""

from __future__ import annotations

import pytest

from extractors.entities import extract_entities
from tests.facts_helpers import parse, seed_body


@pytest.fixture(scope="module")
def seed_entities():
    doc, sentences = parse(seed_body())
    return {e.normalized: e for e in extract_entities(doc, sentences)}


def test_countries_and_demonyms_normalize_to_iso_codes(seed_entities):
    for code in ("KP", "RU", "UA", "KR", "US"):
        assert seed_entities[code].label == "GPE"
    # "North Korean", "North Korea's" and "N. Korea"-style forms merge into one KP entity
    assert seed_entities["KP"].mentions >= 5


def test_demonym_merges_into_the_country_it_names(seed_entities):
    assert seed_entities["RU"].mentions >= 8  # "Russia" and "Russian"
    assert not any(e.label == "NORP" and e.text == "Russian" for e in seed_entities.values())


def test_multiword_agency_is_one_org(seed_entities):
    agency = seed_entities["Defense Intelligence Agency"]
    assert agency.label == "ORG"
    assert "Defense" not in seed_entities  # the "Defense" of "Defense Minister" is part of a role


@pytest.mark.parametrize(
    "name, role",
    [
        ("Kang Dae-sik", "Rep."),
        ("Shin Won-sik", "Defense Minister"),
        ("Kim Jong-un", "leader"),
        ("Vladimir Putin", "President"),
    ],
)
def test_stated_roles_attach_without_nationality(seed_entities, name, role):
    assert seed_entities[name].label == "PERSON"
    assert seed_entities[name].role == role


def test_surname_alone_merges_into_the_person(seed_entities):
    assert seed_entities["Kang Dae-sik"].mentions == 2  # "according to Kang"
    assert "Kang" not in seed_entities


def test_port_name_is_a_place(seed_entities):
    assert seed_entities["Najin"].label == "GPE"


def test_dateline_agency_is_an_org(seed_entities):
    assert seed_entities["Yonhap"].label == "ORG"


def test_short_forms_of_countries_are_found():
    doc, sentences = parse(
        "N. Korea sent over 13,000 containers suspected of carrying arms to Russia: lawmaker"
    )
    codes = {e.normalized for e in extract_entities(doc, sentences)}
    assert {"KP", "RU"} <= codes


def test_acronym_merges_with_the_full_name():
    text = (
        "Prime Minister Shigeru Ishiba said he would continue to discuss certain issues within his Liberal "
        "Democratic Party. Opposition party chiefs questioned Ishiba, who is also the president of the LDP."
    )
    doc, sentences = parse(text)
    entities = extract_entities(doc, sentences)
    party = [e for e in entities if e.normalized == "Liberal Democratic Party"]
    assert len(party) == 1 and party[0].mentions == 2
    ishiba = next(e for e in entities if e.normalized == "Shigeru Ishiba")
    assert ishiba.role == "Prime Minister"


def test_appositive_title_is_a_role():
    text = (
        '"The killing of Haniyeh already brought negotiations back to the drawing board," Lina Khatib, '
        "an expert on the conflict at U.K. think-tank Chatham House, told the AP in an interview."
    )
    doc, sentences = parse(text)
    khatib = next(e for e in extract_entities(doc, sentences) if e.normalized == "Lina Khatib")
    assert khatib.role == "expert"


def test_first_mention_gives_offsets_and_sentence():
    body = seed_body()
    doc, sentences = parse(body)
    ukraine = next(e for e in extract_entities(doc, sentences) if e.normalized == "UA")
    assert body[ukraine.start : ukraine.end] == "Ukraine"
    spacy_index = next(i for i, s in enumerate(doc.sents) if s.start_char <= ukraine.start < s.end_char)
    assert ukraine.sentence == spacy_index == 2
