"""Units read from whole dev articles of the real8 publishers (issue 11): a hyphened percentage and a number whose noun
only names it as a number ("figure", "threshold"). The sentences are from the English dev pages of the cleaning corpus
(Politico, Lesotho Times, Pew Research, The New Republic)."""

from __future__ import annotations

from extractors.facts.quantities import extract_quantities
from tests.facts_helpers import parse


def found(text: str) -> list[tuple[str, float, str | None]]:
    doc, sentences = parse(text)
    return [(q.text, round(q.value, 6), q.unit) for q in extract_quantities(doc, sentences, "USD")]


def test_a_hyphened_percentage_is_in_percent_like_any_other():
    """ "a 52-percent majority" was given the unit "percent" while "27 percent" beside it was "%"; a warehouse query
    on "%" missed it."""
    assert found(
        "Asked whether the Trump campaign has deployed Pence in the most effective way possible, a 52-percent majority "
        "of GOP insiders said it has, and another 27 percent said Pence had been somewhat effective."
    ) == [("52-percent", 52, "%"), ("27 percent", 27, "%")]
    assert found("Villagers also allege he receives a permanent three-percent quota for every load of crusher material.") == [
        ("three-percent", 3, "%")
    ]


def test_a_figure_counts_what_the_count_before_it_in_the_sentence_counts():
    """Pew Research: the 3.5 million are parents, as the 4 million they are compared with."""
    assert found(
        "For example, the government estimates that more than 4 million parents of U.S. citizen children or legal "
        "permanent residents could apply for relief compared with our 3.5 million figure."
    )[-1] == ("3.5 million figure", 3500000, "parents")


def test_a_threshold_takes_the_unit_its_value_had_earlier_in_the_article():
    """The New Republic: "the 3.6 threshold" is the 3.6 degrees the article is about, not a count of thresholds; the
    same value earlier in the article wins over the count just before it."""
    text = (
        "By the 1990s, 3.6 degrees gained traction in the scientific community. "
        "NASA climatologist Gavin Schmidt likened the 3.6 threshold to a speed limit."
    )
    assert found(text)[-1] == ("3.6 threshold", 3.6, "degrees")


def test_a_placeholder_with_nothing_before_it_keeps_its_noun():
    """With no earlier value and no count before it in the sentence there is nothing to carry."""
    assert found("Officials called the 3.6 threshold arbitrary.") == [("3.6 threshold", 3.6, "threshold")]
