"""Quote and attribution rules: quote spans, scare quotes, speakers through pronouns and descriptors."""

from __future__ import annotations

import pytest

from extractors.entities import link_entities
from extractors.quotes import extract_attributions, extract_quotes
from tests.facts_helpers import parse, seed_body


def quotes_and_attributions(text: str):
    doc, sentences = parse(text)
    _, linked = link_entities(doc, sentences)
    return extract_quotes(doc, linked, sentences), extract_attributions(doc, linked, sentences)


@pytest.fixture(scope="module")
def seed_facts():
    return quotes_and_attributions(seed_body())


def test_descriptor_speaker_resolves_to_the_named_agency(seed_facts):
    quotes, _ = seed_facts
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("To prepare for a prolonged war in Ukraine")
    assert (quote.speaker, quote.verb) == ("Defense Intelligence Agency", "say")
    assert seed_body()[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "cue, source, claim_start",
    [
        ("said", "a lawmaker", "North Korea has sent more than 13,000"),
        ("according to", "a Defense Intelligence Agency report", "The North delivered the shipments"),
        ("told", "Defense Minister Shin Won-sik", "the North had sent about 6,700 containers"),
        ("according to", "Kang", "The agency said South Korea"),
    ],
)
def test_seed_attributions(seed_facts, cue, source, claim_start):
    _, attributions = seed_facts
    assert any(a.cue == cue and a.source == source and claim_start in a.claim for a in attributions)


def test_pronoun_speaker_is_the_person_last_named_as_subject():
    text = (
        "Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said Sinwar's appointment would not "
        'stop Israel from pursuing him.\n\n"There is only one place for Yahya Sinwar, and it is beside Mohammed '
        'Deif," he told the Saudi state-owned Al-Arabiya television.'
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes] == ["Daniel Hagari"]


def test_quote_split_by_a_speech_tag_gives_two_quotes_with_one_speaker():
    text = (
        '"The sexy sells," added Baker, a member of CNBC\'s Advisor Council. "The upside sells. '
        "But folks don't talk about the downside.\""
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.text for q in quotes] == [
        "The sexy sells,",
        "The upside sells. But folks don't talk about the downside.",
    ]
    assert {q.speaker for q in quotes} == {"Baker"}


def test_scare_quotes_are_not_quotes():
    text = "Baba criticized Ishiba’s “change of stance,” saying the party had called the treaty an “option.”"
    quotes, _ = quotes_and_attributions(text)
    assert quotes == []


def test_passive_tag_names_the_addressee_not_the_speaker():
    text = "During the session, Ishiba was asked, “Do you feel any ethical guilt?” The prime minister admitted that he did."
    quotes, attributions = quotes_and_attributions(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Do you feel any ethical guilt?", None)]
    assert any(a.cue == "admitted" and a.claim == "he did" for a in attributions)


def test_open_quote_runs_on_into_the_next_paragraph():
    text = (
        "“The prime minister’s official trips were indeed to strengthen Malaysia’s economy.\n\n"
        "“Meanwhile, the business delegation paid 73 per cent of the cost,” communications minister Fahmi Fadzil "
        "said."
    )
    quotes, _ = quotes_and_attributions(text)
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Fahmi Fadzil"}
