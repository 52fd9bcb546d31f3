"""How a number's value is read, apart from any publisher's wording (values198, issue 11): spelled numbers joined
by "and", ranges and digit groups. Sentences are our own, written for the test, or dev probe excerpts."""

from __future__ import annotations

import pytest

from extractors.facts.quantities import extract_quantities
from tests.facts_helpers import parse


def readings(text: str) -> list[tuple[str, float, float | None]]:
    doc, sentences = parse(text)
    return [(q.text, q.value, q.value_max) for q in extract_quantities(doc, sentences, "USD")]


@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real16 (dev probe, GQ): "the California sun rose and set a thousand and one times on Larry World"
        ("The sun rose and set a thousand and one times on Larry World.", "a thousand and one times", 1001),
        ("The army had two thousand and fifty soldiers.", "two thousand and fifty soldiers", 2050),
        ("The bill costs three million and two hundred thousand dollars.",
         "three million and two hundred thousand dollars", 3_200_000),
        ("They built one hundred and twenty-five thousand homes.",
         "one hundred and twenty-five thousand homes", 125_000),
    ],
)
def test_and_joins_a_smaller_spelled_number_to_the_scale_word_before_it(text, shown, value):
    assert readings(text) == [(shown, value, None)]


def test_and_between_two_numbers_of_the_same_scale_is_a_range():
    assert readings("Between one hundred and two hundred people came.") == [
        ("one hundred and two hundred people", 100, 200)
    ]


@pytest.mark.parametrize(
    "text, shown, low, high",
    [
        # real21 (dev probe, Chartbook): "The overall strength of the armed forces comes to 200-250,000 troops."
        ("The armed forces come to 200-250,000 troops.", "200-250,000 troops", 200_000, 250_000),
        ("Police said 20-25,000 people marched.", "20-25,000 people", 20_000, 25_000),
    ],
)
def test_a_dash_range_shares_the_thousands_written_only_on_its_high_end(text, shown, low, high):
    assert readings(text) == [(shown, low, high)]


def test_a_dash_range_keeps_a_low_end_larger_than_the_high_ends_first_group():
    assert readings("Tickets sold for 500-1,000 dollars.") == [("500-1,000 dollars", 500, 1000)]


def test_a_range_dash_glued_to_its_high_end_is_no_minus_sign():
    # real17 (dev probe, Animal World): "They can live 10 -15 years or more in nature."
    assert readings("The turtles can live 10 -15 years in the wild.") == [("10 -15 years", 10, 15)]


def test_a_minus_sign_after_a_word_stays_a_minus_sign():
    assert readings("Growth fell from 3% to -2% last year.") == [("3%", 3, None), ("-2%", -2, None)]




@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real8 (dev probe, The White House): "levy a .07% fee on the biggest banks"
        ("They would levy a .07% fee on the biggest banks.", ".07%", 0.07),
        ("Rates rose .5 per cent in May.", ".5 per cent", 0.5),
        # real26 (dev probe, Search Engine Land): "final scores within .5 points of other submissions"
        ("Review is required for final scores within .5 points of other entries.", ".5 points", 0.5),
    ],
)
def test_a_decimal_without_its_leading_zero_is_read_before_a_per_cent_or_a_point(text, shown, value):
    assert readings(text) == [(shown, value, None)]


def test_a_decimal_without_its_leading_zero_before_a_noun_stays_unread():
    assert readings("He carried a .45 pistol.") == []


@pytest.mark.parametrize(
    "text, shown, unit",
    [
        # Deadline (dev facts gold): "the stock has plunged 12% and ... lost 24$ from its market cap"
        ("The stock lost 24$ from its market cap.", "24$", "USD"),
        ("A ticket costs 100 € at the door.", "100 €", "EUR"),
    ],
)
def test_a_currency_sign_after_the_number_is_its_currency(text, shown, unit):
    doc, sentences = parse(text)
    assert [(q.text, q.unit) for q in extract_quantities(doc, sentences, "USD")] == [(shown, unit)]


def test_a_sign_glued_to_the_next_number_is_that_numbers():
    doc, sentences = parse("He paid with 5 $10 bills.")
    assert all(q.text != "5 $" for q in extract_quantities(doc, sentences, "USD"))


def test_a_minus_sign_after_an_opening_bracket_stays_a_minus_sign():
    # real29 (dev probe, Astral Codex Ten): "healthy lifestyle (-30% cancer risk) and lack of family history (-5%)"
    assert readings("They adjust for a healthy lifestyle (-30% cancer risk) and no family history (-5%).") == [
        ("-30%", -30, None),
        ("-5%", -5, None),
    ]


def test_a_number_after_a_caret_is_an_exponent():
    # real29 (dev probe, Astral Codex Ten): "to get a stupendously low probability of 1/5*10^25"
    assert readings("It multiplies across twenty stages to get a probability of 1/5*10^25.") == [
        ("twenty stages", 20, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # real4 (dev probe, The New Yorker): "When quantum computing was first proposed, in the nineteen-eighties"
        "When quantum computing was first proposed, in the nineteen-eighties, it was a curiosity.",
        "The song was popular in the nineteen sixties.",
    ],
)
def test_a_spelled_century_before_a_decade_word_is_no_count(text):
    assert readings(text) == []


def test_a_ticker_before_a_per_cent_sign_is_no_makers_initials():
    # real33 (dev probe, The Motley Fool): "Amazon.com (AMZN 3.60%) and Activision Blizzard (ATVI 0.34%) have emerged
    # as early leaders"; the parser tags "%" NN, as it tags "aircraft" in "an ATR 72 aircraft", which stays a model
    assert readings("Amazon.com (AMZN 3.60%) and Activision Blizzard (ATVI 0.34%) have emerged as early leaders.") == [
        ("3.60%", 3.6, None),
        ("0.34%", 0.34, None),
    ]
    assert readings("It crashed on approach, an ATR 72 aircraft operated by Yeti Airlines.") == []


@pytest.mark.parametrize(
    "text",
    [
        # real29 and real33 (dev probes, Astral Codex Ten): "find 90%+ odds that Lineage B was the first one in
        # humans", "he ended up “90%+” convinced it was false"
        "The studies find 90%+ odds that the first lineage came first.",
        "He ended up “90%+” convinced it was false.",
    ],
)
def test_a_plus_glued_after_a_per_cent_sign_is_the_share_or_more(text):
    doc, sentences = parse(text)
    assert [(q.text, q.value, q.unit, q.qualifier) for q in extract_quantities(doc, sentences, "USD")] == [
        ("90%", 90, "%", "at_least")
    ]


@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real36 (dev probe, Billboard): "as he started focusing on his experiences as a then-28-year-old"
        ("He wrote about his life as a then-28-year-old.", "28-year-old", 28),
        ("The now-45-year-old singer left the band.", "45-year-old", 45),
    ],
)
def test_an_adverb_hyphened_onto_an_age_leaves_the_age_read(text, shown, value):
    doc, sentences = parse(text)
    assert [(q.text, q.value, q.unit) for q in extract_quantities(doc, sentences, "USD")] == [(shown, value, "year old")]


def test_an_adverb_hyphened_onto_a_number_that_is_no_age_stays_one_token():
    doc, _ = parse("The then-2020 plans were dropped.")
    assert "then-2020" in [token.text for token in doc]


@pytest.mark.parametrize(
    "text, expected",
    [
        # South Florida Sun Sentinel (corpus dev page, dev probe real37): "16-" was one token no reading took
        ("Under current law, 16- and 17-year-olds are prohibited from working after 11 p.m.",
         [("16-", 16, None, "year old"), ("17-year-olds", 17, None, "year old")]),
        # Sporting News (corpus dev page): "one-" was one token, and a word with a hyphen was taken for a name
        ("What kind of treatment would they get as a one- or two-loss team in the ACC?",
         [("one- or two-loss", 1, 2, "loss")]),
    ],
)
def test_a_number_whose_hyphen_hangs_for_the_next_compound_is_read(text, expected):
    doc, sentences = parse(text)
    assert [(q.text, q.value, q.value_max, q.unit) for q in extract_quantities(doc, sentences, "USD")] == expected


def test_a_hanging_hyphen_on_a_word_that_is_no_number_reads_nothing():
    doc, sentences = parse("Prices in the pre- and post-war era were set by the state.")
    assert extract_quantities(doc, sentences, "USD") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # PC Gamer (corpus dev page, dev probe real39): "25/$30" was one token no reading took
        ("Expect to pay £25/$30", [("£25", 25, "GBP"), ("$30", 30, "USD")]),
        # as GSMArena writes it spaced ("$499 / €549 / INR 52,999", dev probe real20), glued
        ("The phone is priced at $499/€549 for the base model.", [("$499", 499, "USD"), ("€549", 549, "EUR")]),
        ("The deluxe edition is €20/$22/£18.", [("€20", 20, "EUR"), ("$22", 22, "USD"), ("£18", 18, "GBP")]),
    ],
)
def test_prices_in_two_currencies_glued_by_a_slash_are_each_read(text, expected):
    doc, sentences = parse(text)
    assert [(q.text, q.value, q.unit) for q in extract_quantities(doc, sentences, "USD")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # glued, "million-$10" was one token and the range read as $5; spaced it was read right
        ("The company expects to raise $5 million-$10 million from the sale.",
         ("$5 million-$10 million", 5e6, 1e7, "USD")),
        # the scale after a glued pair of prices belongs to both ends, as it does spaced ("$5 - $10 million")
        ("The studio raised $5-$10 million.", ("$5-$10 million", 5e6, 1e7, "USD")),
        ("The studio raised $5–$10 million.", ("$5–$10 million", 5e6, 1e7, "USD")),
        # GQ (corpus dev page): a price range glued by a hyphen, read as before
        ("It usually costs around $275-$350, depending on where you live.", ("around $275-$350", 275, 350, "USD")),
    ],
)
def test_a_range_of_prices_glued_by_a_dash_keeps_its_scale(text, expected):
    doc, sentences = parse(text)
    assert [(q.text, q.value, q.value_max, q.unit) for q in extract_quantities(doc, sentences, "USD")] == [expected]


def test_a_slash_before_no_currency_sign_stays_as_it_was():
    doc, sentences = parse("The score was 25/30 and the rent is $25/hour.")
    assert "25/30" in [token.text for token in doc]
    assert [(q.text, q.value, q.unit) for q in extract_quantities(doc, sentences, "USD")] == [("$25", 25, "USD")]
