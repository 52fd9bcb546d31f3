"""Craft and weapon models of issue 11 (ents306), read from the English dev misses and the whole-page dev listing: a
name right before a craft or weapon noun (``craft_nouns.txt``) is the model's name, no organisation."""

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
