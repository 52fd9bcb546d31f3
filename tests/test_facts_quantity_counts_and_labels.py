"""What a number counts when the parse hangs it on an adjective, and numbers that label an item of a sequence (issue 11,
the real12 round). The sentences are from dev pages of the cleaning corpus (National Post, HuffPost, Nature, ONE
Esports, Cricket Australia)."""

from __future__ import annotations

from extractors.facts.quantities import extract_quantities
from tests.facts_helpers import parse


def found(text: str) -> list[tuple[str, float, float | None, str | None]]:
    doc, sentences = parse(text)
    return [(q.text, round(q.value, 6), q.value_max, q.unit) for q in extract_quantities(doc, sentences, "USD")]


def test_a_number_hung_on_an_adjective_counts_the_noun_the_adjective_describes():
    """ "three or four loud explosions" (National Post) was no quantity, the parser hanging "three" on "loud"; "the
    20-largest financial institutions" (HuffPost) counted "largest" and "an 18,000-strong student body" (Nature)
    counted "student"."""
    assert found("“I heard three or four loud explosions in a row,” he said.") == [
        ("three or four loud explosions", 3, 4, "explosions")
    ]
    assert found("The average leverage of the 20-largest financial institutions in the U.S. rose.")[0] == (
        "20-largest financial institutions", 20, None, "institutions"
    )
    assert found("DonNTU went from an 18,000-strong student body in 2013.") == [
        ("18,000-strong student body", 18000, None, "student body")
    ]


def test_a_number_hung_on_a_predicate_adjective_keeps_its_own_unit():
    assert found("The new engine is about 10 times louder.") == [("about 10 times", 10, None, "times")]
    assert found("Their current 650-strong staff includes many.") == [("650-strong staff", 650, None, "staff")]


def test_a_number_after_day_or_game_names_an_item_of_the_sequence():
    """ "in game four of the semifinals" (ONE Esports) was 4 semifinals and "one of those day five grubbers" (Cricket
    Australia) 5 grubbers (``data/en/sequence_nouns.txt``)."""
    assert found("They overcame JD Gaming in game four of the semifinals, setting up the same matchup.") == []
    assert found("He had been done cold by one of those day five grubbers the MCG was once infamous for.") == []


def test_a_number_after_a_determined_day_opens_a_count():
    assert found("The day four soldiers were killed, the town mourned.") == [("four soldiers", 4, None, "soldiers")]
    assert found("Later that day four men were arrested.") == [("four men", 4, None, "men")]
    assert found("Every day 500 people cross the border.") == [("500 people", 500, None, "people")]


def test_quarters_of_a_whole_spelled_apart_are_a_share_not_a_count_of_quarters():
    """ "nearly three quarters of Americans" (n+1) was 3 quarters; the hyphened share ("three-quarters of health
    costs", The Economist) was already none."""
    assert found("Today nearly three quarters of Americans with full-time jobs follow a non-standard schedule.") == []
    assert found("Three quarters of the staff agreed.") == []


def test_quarters_of_an_activity_count_quarters():
    assert found("It points to a rebound following two quarters of contraction.") == [("two quarters", 2, None, "quarters")]
    assert found("The fund lost three quarters of a million dollars.") == [
        ("three quarters of a million dollars", 750000, None, "USD")
    ]
