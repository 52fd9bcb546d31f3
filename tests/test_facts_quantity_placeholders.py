"""Units read from whole English dev articles (issue 11): a hyphened percentage, a number whose noun only names it
as a number ("figure", "threshold"), a bare number that restates the count before it, a number hyphened to an
attribute ("one-sided") or to a kind ("one-way", "one-party", "five-star"), a spelled number restating a count, a number a dash sets beside "the number of" some nouns, and amounts offered as a choice ("$15 or $20"). The sentences are from dev pages of the
cleaning corpus (Politico, Lesotho Times, Pew Research, The New Republic, The Political Insider, Vox, Las Vegas Sun,
Deadspin, GQ, Roots of Progress, CNA, Mother Jones, HuffPost, Segment, Substack, The New Yorker, n+1, Rest of World, Startup Grind,
247Sports, MIT News, The Atlantic)."""

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


def test_a_bare_number_restating_the_count_before_it_counts_the_same_things():
    """A bare number that restates the sentence's count, of a size with it, counts what that count counts (The
    Political Insider, Vox, Las Vegas Sun dev pages); before this it was dropped as a number that counts nothing."""
    assert found(
        "Another person voted for Ron Paul, but overall, Texas gave Trump 36 electoral votes, pushing him to 304 "
        "votes, well over the 270 needed."
    )[-1] == ("270", 270, "votes")
    assert found(
        "Jones previously took issue with Trump's claims that he had saved 1,100 Carrier jobs, calling the real "
        "number closer to 730 and accusing the president-elect of lying."
    )[-1] == ("730", 730, "carrier jobs")
    assert found(
        "Industry lobbying group the Nuclear Energy Institute puts the current figure at 78,590 metric tons, whereas "
        "Yucca Mountain can store only about 70,000 under the current cap."
    )[-1] == ("about 70,000", 70000, "tons")


def test_a_bare_number_far_from_the_count_before_it_or_after_a_share_stays_out():
    """Of another size, or after a percentage, money or an age, the bare number restates nothing."""
    assert found("The firm hired 12 engineers and moved to 4,500 in the spring.") == [("12 engineers", 12, "engineers")]
    assert found("Turnout was 62 percent, well over the 50 needed.") == [("62 percent", 62, "%")]


def test_a_number_hyphened_to_an_attribute_or_after_zero_counts_nothing():
    """ "one-sided" (Deadspin), "four-wheeled" (GQ), "three-dimensional" (Roots of Progress, labelled none in real5)
    and "zero-" idioms (Roots of Progress, LeadDev) describe a thing; a noun after the hyphen still counts."""
    assert found("The Nats scored Turner in a one-sided deal in which they fleeced the Padres.") == []
    assert found("This is when they finally take the plunge, shirk that four-wheeled cage, and buy a motorcycle.") == []
    assert found("It would be self-published, with a cover featuring garish three-dimensional lettering.") == []
    assert found("With academic funding being largely a zero-sum game, researchers responded.") == []
    assert found("They opened a 500-bed hospital.") == [("500-bed", 500, "bed")]


def test_a_number_hyphened_to_way_or_party_names_a_kind_and_counts_nothing():
    """ "a one-way video call" (HuffPost), "a seven-way handshake" (Segment), "one-party government" (HuffPost) and
    "the one-party state" (Substack) were counted as 1 way, 7 ways and 1 party (``data/en/kind_compounds.txt``)."""
    assert found("It was always in the form of a one-way video call, to allow a look at my surroundings.") == []
    assert found("Anytime you have to do a seven-way handshake for a protocol, re-think the tech you use.") == []
    assert found("Singapore is ruled by what's essentially one-party government.") == []
    assert found("It is characterized by a clash within the one-party state of different interests.") == []
    assert found("The city added 40 party buses.") == [("40 party buses", 40, "party buses")]


def test_a_number_hyphened_to_star_is_a_rating_and_counts_no_stars():
    """ "five-star athlete Drew Sanders" and "four-star recruits" (247Sports, real34), "a five-star scale" (MIT News) and
    "a retired four-star Marine Corps general" (The Atlantic) rate or rank; they were read as 5 and 4 "star"
    (``data/en/kind_compounds.txt``). Stars written as a plural count stay read."""
    assert found("Scott is listed as the lead recruiter for five-star athlete Drew Sanders.") == []
    assert found("Allen is a retired four-star Marine Corps general who served in Iraq.") == []
    assert found("Users rate products on, say, a five-star scale.") == []
    assert found("The hotel is rated 4.5 stars.") == [("4.5 stars", 4.5, "stars")]


def test_a_spelled_number_with_a_qualifier_or_as_a_range_restates_the_count_before_it():
    """ "Johnson around twenty" after "sixty patents" (The New Yorker) and "thirty-one or thirty-three" after
    "thirty-two pages" (n+1) count what that count counts, as digits do; a number word alone is a rank or pronoun
    ("from Ace to ten", Atlas Obscura)."""
    assert ("around twenty", 20, "patents") in found(
        "Field holds more than sixty patents; Johnson around twenty; Manzara around twelve."
    )
    assert ("thirty-one or thirty-three", 31, "pages") in found(
        "When Dickens produced The Pickwick Papers in thirty-two page installments, it wasn't because he preferred "
        "thirty-two pages to thirty-one or thirty-three, but because that's how many pages the machine could impress."
    )
    assert found("The deck holds 10 pip cards running from Ace to ten.") == [("10 pip cards", 10, "pip cards")]


def test_a_number_a_dash_sets_beside_the_number_of_some_nouns_counts_them():
    """ "the small number of countries — just a dozen to date —" (Rest of World) and "a record number of job
    openings—a whopping 5.6 million" (Startup Grind) give how many there are; both numbers were dropped as bare. A dash
    after any other noun phrase sets no count beside it."""
    assert found(
        "By 2027 Oman will join the small number of countries — just a dozen to date — that can launch objects."
    ) == [("a dozen", 12, "countries")]
    assert found("Right now, the U.S. has a record number of job openings—a whopping 5.6 million.") == [
        ("5.6 million", 5600000, "openings")
    ]
    assert found("The team lost its best players — just a dozen remain.") == []


def test_amounts_with_the_currency_written_again_after_or_are_two_choices():
    """ "S$5,000 or S$5,500" (CNA, dev) and "$15 or $20" (Mother Jones, dev) name two amounts, as the real2 label of
    "$50, $75 or $100" (Fox Business) has them; a range in words or with one scale for both stays a range."""
    assert found("While S$5,000 or S$5,500 is the minimum salary for entry-level jobs, it goes up for older ones.") == [
        ("S$5,000", 5000, "SGD"),
        ("S$5,500", 5500, "SGD"),
    ]
    assert found("He enters drawings for company gift cards. For $15 or $20.") == [("$15", 15, "USD"), ("$20", 20, "USD")]
    doc, sentences = parse("They negotiate with four or five buyers and may pay £3 or £4m.")
    assert [(q.value, q.value_max) for q in extract_quantities(doc, sentences, "USD")] == [(4, 5), (3e6, 4e6)]
