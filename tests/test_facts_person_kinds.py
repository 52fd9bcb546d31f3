"""Person kinds of issue 11 (ents298), read from the English dev misses and the whole-page dev listing: names the
small model reads as people that are products, technologies, drugs or pipelines (``product_nouns.txt``)."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import predicted_mentions
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def mentions(text: str) -> set[tuple[str, str]]:
    facts = next(extract_facts_many([(text, None, "en")], FactOptions(kinds=frozenset({"entity"}))))
    return {(text[s:e], label) for s, e, label in predicted_mentions([f for f in facts if isinstance(f, Entity)])}


@pytest.mark.parametrize(
    "text, product",
    [
        # Engadget (dev gold): a sound technology before "technology", "features" and "signals"
        (("That makes sense since it's more widely supported, but it would have been nice to see Dolby's, too. And "
          "speaking of Dolby technology, Microsoft is also highlighting the feature on the One X. It's strange to pay "
          "money to unlock Dolby features, but it's worth it."), "Dolby"),
        (("And speaking of Dolby technology, Microsoft is also highlighting it on the One X. The company's app lets "
          "you pass audio Atmos signals to your receiver. It's strange to pay money to unlock Dolby features."),
         "Atmos"),
        # Shropshire Star (dev gold): a drug before "chemotherapy"
        ("The sisters are hoping to fund either Avastin or Cetuximab chemotherapy, which is available in America.",
         "Cetuximab"),
        # Deadline (dev gold): an aircraft before "flights", and its later bare mention
        ("Southwest Airlines canceled its Max flights through August. Boeing said the Max would fly again.", "Max"),
    ],
)
def test_a_name_before_a_product_noun_is_no_person(text, product):
    assert (product, "PERSON") not in mentions(text)


def test_a_person_before_a_verb_of_the_same_spelling_stays_a_person():
    found = mentions("Federal Reserve chair Jerome Powell signals a pause in rate rises, and Powell features in it.")
    assert ("Jerome Powell", "PERSON") in found


@pytest.mark.parametrize(
    "text, nickname",
    [
        # Evening Standard (dev gold), written for the test in its shape
        ("Yet, the Blues were superior to the visitors and deserved to take home all three points.", "Blues"),
        ("But against Spurs, the club where he made his name, the Chelsea team put on a show.", "Spurs"),
    ],
)
def test_a_team_nickname_is_no_person(text, nickname):
    assert (nickname, "PERSON") not in mentions(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # This Is Colossal (dev gold): a photographer the small model reads as an organisation
        (("Before crops are harvested, Wyoming-based photographer Mitch Rouse captures the immaculately planted "
          "farmland of the western United States."), "Mitch Rouse"),
        # Rivals (dev listing), written for the test in its shape
        ("He joins fellow Jacksonville native and blue-chip quarterback Tramell Jones in the class of 2025.",
         "Tramell Jones"),
    ],
)
def test_a_name_after_a_trade_title_is_a_person(text, person):
    assert (person, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # National Post (dev listing): a lone surname opening a sentence, read as an organisation
        "Trump said earlier Tuesday that he hopes the fight would end soon.",
        # Chicago Tribune (en_real9): the surname before a common-noun team
        "The questionnaire was sent by the Trump transition team to the Department of Energy last week.",
        # USA Today (en_real9), RedState, The Gateway Pundit (dev listing): the surname the model leaves untagged
        "Trump described some FBI officials as scum while denouncing the justice system.",
    ],
)
def test_a_listed_public_figure_alone_is_a_person(text):
    found = mentions(text)
    assert ("Trump", "PERSON") in found and ("Trump", "ORG") not in found


def test_a_public_figure_inside_a_longer_name_keeps_that_name():
    found = mentions("She stayed at Trump Tower in New York before the election.")
    assert ("Trump", "PERSON") not in found


@pytest.mark.parametrize(
    "text, person, body",
    [
        # The Hill (dev listing): the article names the president before his "Administration"
        (
            "Joe Biden spoke on Monday. “I applaud the Biden Administration’s leadership here,” he added.",
            "Biden",
            None,
        ),
        # The Obama White House archive (dev listing): the house keeps its own mention
        ("Barack Obama left office in 2017. Staff of the Obama White House wrote the memo.", "Obama", "White House"),
    ],
)
def test_a_persons_administration_or_white_house_names_the_person(text, person, body):
    found = mentions(text)
    assert (person, "PERSON") in found
    assert not any(name.startswith(person + " ") for name, _ in found)
    assert body is None or (body, "ORG") in found


def test_an_administration_named_after_no_person_stays_whole():
    found = mentions("The Federal Aviation Administration grounded the jets on Friday.")
    assert ("Federal Aviation Administration", "ORG") in found


@pytest.mark.parametrize(
    "text, name",
    [
        # DW (dev page, en_real13): a speaker's name after a quoted clause, with a titled appositive
        (('"One major cause of concern for the Afghan government is the silence of the international community," '
          "Yousuf Rasheed, the executive director of the Free and Fair Election Forum of Afghanistan (FEFA), told DW."),
         "Yousuf Rasheed"),
        # Rest of World (dev page)
        (("“We are starting small, testing our ideas and systems on a small scale,” Mrwan Mohey, the company’s "
          "26-year-old co-founder, told Rest of World."), "Mrwan Mohey"),
    ],
)
def test_a_titled_name_after_a_quoted_clause_is_the_speaker(text, name):
    assert (name, "PERSON") in mentions(text)


def test_a_song_title_in_quotes_stays_no_person():
    # the name must stand after the closing mark, not inside the quotes
    text = "The collection will feature six tracks: “Rainy Days,” “Slow Dancing,” and a bonus track."
    assert not any(label == "PERSON" for _, label in mentions(text))
