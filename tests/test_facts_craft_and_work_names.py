"""Craft models and screen works of issue 11 (ents306), read from the English dev misses and the whole-page dev
listing: a name right before a craft or weapon noun (``craft_nouns.txt``) is the model's name, and a name right after
a screen-work noun (``work_nouns.txt``) is the work's title, no organisation or person."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import predicted_mentions
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def mentions(text: str) -> set[tuple[str, str]]:
    facts = next(extract_facts_many([(text, None, "en")], FactOptions(kinds=frozenset({"entity"}))))
    return {(text[s:e], label) for s, e, label in predicted_mentions([f for f in facts if isinstance(f, Entity)])}


@pytest.mark.parametrize(
    "text, model",
    [
        # Global News (dev gold): a missile, with modifiers between, and its later mention after "the"
        (("Russia used the powerful hypersonic Oreshnik ballistic missile during a mass drone and missile attack on "
          "Kyiv on Sunday. The Oreshnik, which is capable of carrying nuclear warheads, struck the city."), "Oreshnik"),
        # Nikkei Asia (dev gold): satellites, one of them after a hyphened modifier
        (("Information from the first Michibiki quasi-zenith satellite launched in September 2010 is already in "
          "use. With the network of four Michibiki satellites, Japan will have a system."), "Michibiki"),
        # This Is Colossal (dev gold): a helicopter's make and model number
        ("Rouse said he developed a system that incorporates a Bell 407 helicopter, with a gimbal.", "Bell 407"),
    ],
)
def test_a_name_before_a_craft_noun_is_no_organisation(text, model):
    assert not {m for m in mentions(text) if m[0] == model and m[1] in {"ORG", "PERSON"}}


def test_a_group_named_bare_elsewhere_keeps_its_label():
    found = mentions("Hamas said on Monday that it fired Hamas missiles at the city. Hamas leaders met on Tuesday.")
    assert ("Hamas", "ORG") in found


def test_a_maker_before_a_noun_of_another_noun_keeps_its_label():
    found = mentions("Images from Maxar satellite imagery show the damage, Maxar Technologies said on Tuesday.")
    assert ("Maxar Technologies", "ORG") in found


@pytest.mark.parametrize(
    "text, work",
    [
        # EdSurge (dev gold): a show after "the television show", and its later mention
        (("Hannah and I discovered our shared love for the television show The Good Place during the first week. "
          "Kant showed up both in our class content and in The Good Place TV show."), "The Good Place"),
        # Us Weekly (dev gold): a show after "his show," closing the sentence, and its earlier mentions
        (("The songstress shared a photo of the Chicago Fire actor, 35. “His [Chicago Fire] costars tell him that "
          "they miss her. I support him on his show, Chicago Fire.”"), "Chicago Fire"),
        # Medical Daily (dev listing)
        ("Most of us have sat through a screening of the film Titanic, once, twice, or perhaps more times.", "Titanic"),
    ],
)
def test_a_name_after_a_screen_work_noun_is_no_organisation(text, work):
    assert not {m for m in mentions(text) if m[0] == work and m[1] in {"ORG", "PERSON", "FAC"}}


def test_a_character_after_a_comma_and_a_clause_subject_keep_their_labels():
    found = mentions("Since the cast is not out for the upcoming movie, Kramer, played by Tobin Bell, may not appear.")
    assert ("Kramer", "PERSON") in found
    assert ("KISS", "ORG") in mentions("It's just gonna be the bombastic show KISS has always been famed for.")
