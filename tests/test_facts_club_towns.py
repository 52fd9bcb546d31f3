"""A town-named club (``club_suffixes.txt``: "Manchester City") is the club only in a sports story (ents273,
issue 11): a sentence naming it holds a sports noun (``sport_words.txt``); elsewhere "X City" stays the town."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import predicted_mentions
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def mentions(text: str) -> set[tuple[str, str]]:
    facts = next(extract_facts_many([(text, None, "en")], FactOptions(kinds=frozenset({"entity"}))))
    return {(text[s:e], label) for s, e, label in predicted_mentions([f for f in facts if isinstance(f, Entity)])}


@pytest.mark.parametrize(
    "text, town",
    [
        (  # the shape of a Washington Post weather story (dev page)
            "Storms could reach as far south as Kansas City by Friday evening, forecasters said.",
            "Kansas City",
        ),
        (  # the shape of NPR's truck stop (dev page)
            "The truck stop sits in a small town about a half-hour from Kansas City, near the highway.",
            "Kansas City",
        ),
        (  # the shape of Record Online's notice (dev page, en_real7)
            "Anyone who visited the library on Main Street in New City on Friday may have been exposed.",
            "New City",
        ),
    ],
)
def test_a_town_named_like_a_club_stays_a_place_outside_a_sports_story(text, town):
    found = mentions(text)
    assert (town, "ORG") not in found
    assert any(name == town for name, _ in found)


@pytest.mark.parametrize(
    "text, club",
    [
        (  # the shape of The Sun's dev gold page: the cue is in another sentence naming the club
            (
                "Rebecca Cooke is the long-term partner of Manchester City midfielder Phil Foden. "
                "Speaking to Manchester City at the time of the birth of his son, Phil said he was there."
            ),
            "Manchester City",
        ),
        (  # the shape of NFL.com's power rankings (dev page)
            "New England forced three Kansas City turnovers and briefly made it a competitive game late.",
            "Kansas City",
        ),
    ],
)
def test_a_town_named_club_in_a_sports_story_is_the_club(text, club):
    found = mentions(text)
    assert (club, "ORG") in found
    assert not any(name == club and label != "ORG" for name, label in found)
