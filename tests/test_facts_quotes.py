"""Quote and attribution rules: quote spans, scare quotes, speakers through pronouns and descriptors."""

from __future__ import annotations

import pytest

from extractors.facts.attributions import extract_attributions
from extractors.facts.entities import link_entities
from extractors.facts.quotes import extract_quotes
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


# Daily Mail, 2024-04-27 (corpus page dailymail_2024-04-27_dollar-bill): straight single quotes, British style.
DAILY_MAIL = (
    "'It's very rare that the Federal Reserve would mess up an order, and then it reaches circulation,' Chad "
    "Hawk, vice president of PMG, a paper money grading company in Florida told Fox.\n\n"
    "Only nine of these pairs have been matched, leaving millions of rare $1 bills out there.\n\n"
    "'You can find outlets where people are collecting the data, so you can see if notes are out there already.\n\n"
    "'If someone's already reported this number, you might be able to pair up with someone looking for this "
    "number. They may be willing to pay a big premium for that,' he said."
)


def test_straight_single_quotes_are_quotes_and_apostrophes_stay_inside():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert [q.text[:22] for q in quotes] == ["It's very rare that th", "You can find outlets w", "If someone's already r"]
    assert quotes[0].text.endswith("reaches circulation,")


def test_speaker_named_first_after_the_quote_beats_a_noun_of_its_appositives():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert (quotes[0].speaker, quotes[0].verb) == ("Chad Hawk", "tell")


def test_straight_single_quote_runs_on_when_the_next_paragraph_opens_with_one():
    quotes, _ = quotes_and_attributions(DAILY_MAIL)
    assert quotes[1].text.endswith("out there already.")
    assert quotes[1].speaker is not None and quotes[1].speaker == quotes[2].speaker  # one speech over two paragraphs


def test_apostrophes_and_scare_quotes_are_not_straight_quoted_speech():
    text = (
        "Fans of rock 'n' roll packed the players' bar on Sunday, and the club's 'family' plan, "
        "which the owners called 'a success,' sold out."
    )
    quotes, _ = quotes_and_attributions(text)
    assert quotes == []


def test_claim_before_a_mid_sentence_speech_tag_is_attributed():
    # Reuters, 2023-04-25 (corpus page reuters_2023-04-25_nepal-proof-flydubai-plane)
    text = (
        "The plane continued on its journey after determining that the engine was within normal operation "
        "parameters, a spokesperson for flydubai said, and the aircraft landed normally in Dubai just after "
        "midnight local time."
    )
    _, attributions = quotes_and_attributions(text)
    assert [(a.source, a.cue) for a in attributions] == [("a spokesperson", "said")]
    assert attributions[0].claim == (
        "The plane continued on its journey after determining that the engine was within normal operation parameters"
    )


def test_an_indefinite_spokesperson_is_nobody_named_before():
    # Fox News, 2023-04-26 (corpus page foxnews_2023-04-26_house-china-committee-demands)
    text = (
        "Gallagher and his colleagues listed several specific questions in their initial February letter. "
        "Mike Gallagher said the committee was \"disappointed\" by the briefing.\n\n"
        "The FBI told Fox News Digital that it received the letter.\n\n"
        "\"The FBI takes very seriously any actions by a foreign power to operate illegally on U.S. soil to "
        "intimidate or threaten people living here,\" a bureau spokesperson said."
    )
    quotes, _ = quotes_and_attributions(text)
    assert [q.speaker for q in quotes if q.text.startswith("The FBI")] == ["a bureau spokesperson"]
