"""What the en_real5 draw takes: group words and later mentions (``benchmarks.entity_cues``)."""

from __future__ import annotations

import pytest

from benchmarks.entity_cues import has_group_word, later_mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "Many Tunisians accuse the country's political Islamists of having been slow to respond.",
        "Some Democrats were not satisfied with the process of choosing a nominee.",
        "Kurdish fighters held the town of Kobane against the assault for months.",
    ],
)
def test_a_sentence_with_a_demonym_faith_or_party_word_is_a_group_word_sentence(sentence):
    assert has_group_word(sentence)


def test_a_name_like_word_that_only_starts_like_a_group_is_no_group_word():
    assert not has_group_word("Brian Polesworth met Ryan Turkson at the Americana festival in the town.")


@pytest.mark.parametrize(
    "body, short",
    [
        (  # a surname alone after the full name
            ("Then two weeks ago, Trump added Roslyn Layton to his advisory team, too. Layton likewise advocated "
            "against the network neutrality rules."),
            "Layton likewise",
        ),
        (  # an acronym after its expanded name
            ("The decree rests on a decision of the National Security and Defense Council. Two versions were "
            "published on the NSDC website in February."),
            "NSDC website",
        ),
        (  # a lower-case head after the capitalised name, which is no mention
            ("Pakistan's Ministry of Foreign Affairs says Islamabad has informed the council. The ministry says in a "
            "statement that the council was told."),
            "The ministry says",
        ),
    ],
)
def test_a_later_mention_passage_runs_from_the_full_name_to_its_short_form(body, short):
    passages = list(later_mentions(body))
    assert len(passages) == 1 and passages[0] == body and short in passages[0]


def test_a_full_name_repeated_in_full_is_no_later_mention():
    body = "Roslyn Layton joined the team in May of that year. Roslyn Layton advocated against the rules then."
    assert list(later_mentions(body)) == []
