"""Units and tallies the issue #11 rules read: spelled-out SI units, units of several words, glued inches and pence,
pounds in a sum of money, cents named with their currency, the size of a crowd, vote tallies, hyphenated ranges in
words, and ranking bands that count nothing. Sentences are our own wording."""

from __future__ import annotations

import pytest

from extractors.facts import FactOptions, extract_facts
from extractors.facts.quantities import extract_quantities
from extractors.facts.units import site_dollar
from extractors.records import Quantity
from tests.facts_helpers import parse


def found(text: str) -> list[tuple[float, float | None, str | None]]:
    doc, sentences = parse(text)
    return [(round(q.value, 6), q.value_max, q.unit) for q in extract_quantities(doc, sentences, "USD")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The offshore wind farm will produce 800 megawatts.", 800, "MW"),
        ("The country used 12 terawatt hours of power last winter.", 12, "TWh"),
        ("Patients were given 20 milligrams a day.", 20, "mg"),
        ("The firm plans a 3-nanometre chip.", 3, "nm"),
        ("Adults need 10 micrograms of vitamin D a day.", 10, "µg"),
    ],
)
def test_spelled_out_power_dose_and_length_units_are_written_as_symbols(text, value, unit):
    assert (value, None, unit) in found(text)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Methane levels reached 1,900 parts per billion.", 1900, "ppb"),
        ("A typical home uses 4,000 kilowatt-hours a year.", 4000, "kWh"),
    ],
)
def test_a_unit_named_in_several_words_is_read_as_one(text, value, unit):
    assert found(text) == [(value, None, unit)]


def test_inches_glued_to_the_number_are_inches_and_a_spaced_in_stays_a_preposition():
    assert found("The goalkeeper is 6ft 5in.") == [(6, None, "feet"), (5, None, "in")]
    assert all(unit != "in" for _, _, unit in found("He scored 3 in the first half."))


def test_pence_with_thousands_commas_are_sterling_but_a_resolution_is_not():
    assert found("The shares ended the day at 2,310p.") == [(23.1, None, "GBP")]
    assert found("The game runs at 1,440p on the new console.") == []


def test_a_percentage_change_and_the_price_it_reached_are_two_values():
    assert found("Shares fell 3.1pc to 2,310p.") == [(3.1, None, "%"), (23.1, None, "GBP")]


def test_pounds_in_a_sum_of_money_are_sterling_and_pounds_of_goods_a_weight():
    assert found("He now faces a bill of 3 million pounds.") == [(3e6, None, "GBP")]
    assert found("Officers seized 2 million pounds of cannabis.") == [(2e6, None, "lb")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The Australian dollar fell to 63 US cents.", 0.63, "USD"),
        ("Diesel rose by 12 euro cents a litre.", 0.12, "EUR"),
    ],
)
def test_cents_named_with_their_currency_are_that_currency(text, value, unit):
    assert (value, None, unit) in found(text)


def test_a_bare_number_after_a_crowd_of_counts_the_crowd():
    assert found("An attendance of 52,000 saw the derby.") == [(52000, None, "attendance")]


def test_the_other_side_of_a_vote_tally_counts_the_same_noun():
    assert found("MPs backed the plan by 320 votes to 198.") == [(320, None, "votes"), (198, None, "votes")]


def test_a_range_in_words_hyphenated_before_a_time_unit_is_a_range_and_one_to_one_is_not():
    assert found("Builders warn of a two-to-four-week delay.") == [(2, 4, "weeks")]
    assert found("The leaders held one-to-one talks.") == []


def test_a_band_of_a_ranking_counts_nothing():
    assert found("The song entered the top 40 of the charts.") == []


def test_a_further_or_another_number_counts_what_the_count_before_it_counts():
    assert found("The council hired 40 wardens in May and a further 25 in June.") == [
        (40, None, "wardens"),
        (25, None, "wardens"),
    ]
    assert found("The box office sold 300 tickets on Monday and another 120 on Tuesday.") == [
        (300, None, "tickets"),
        (120, None, "tickets"),
    ]


def test_a_time_unit_after_next_or_last_is_a_date_not_the_unit_of_the_number_before():
    assert all(unit != "years" for _, _, unit in found("The bridge turns 150 next year."))
    assert found("Prices rose for five straight days.") == [(5, None, "days")]


def test_a_golf_score_against_par_is_no_count():
    assert found("He carded a 4-under 68 on Friday.") == []


def test_a_noun_with_another_number_before_it_is_counted_by_that_number_alone():
    assert found("India were bowled out for 187 in 39.2 overs.") == [(39.2, None, "overs")]
    assert found("Officials expect 20,000 to 25,000 visitors.") == [(20000, 25000, "visitors")]


def test_nights_are_a_time_unit_a_stay_is_counted_in():
    assert found("The couple stayed four nights at the resort.") == [(4, None, "nights")]


def test_pounds_a_money_verb_takes_are_sterling_scaled_or_not_and_other_pounds_a_weight():
    assert found("The club paid 90,000 pounds a week to the winger.") == [(90000, None, "GBP")]
    assert found("The parcel weighed 12 pounds.") == [(12, None, "lb")]


def money(text: str) -> list[tuple[float, str | None]]:
    facts = extract_facts(text, None, FactOptions(kinds=frozenset({"quantity"})))
    return [(round(q.value, 6), q.unit) for q in facts if isinstance(q, Quantity)]


def test_cents_are_euro_cents_where_the_article_names_the_euro_area_and_the_dollars_elsewhere():
    assert money("Diesel in Galway now costs 179.9c a litre.") == [(1.799, "EUR")]
    assert money("The Irish government will cut excise by 15 cents.") == [(0.15, "EUR")]
    assert money("Diesel in Brisbane, Australia, now costs 199.9c a litre.") == [(1.999, "AUD")]
    assert money("A stamp in Ohio rose 5 cents.") == [(0.05, "USD")]


def test_a_glued_c_without_a_rate_after_it_is_no_money():
    assert money("It hit 41c in Adelaide, Australia, on Sunday.") == []


def test_a_bare_number_after_minus_is_degrees():
    assert found("Overnight it could feel like minus 25 in Winnipeg.") == [(-25, None, "degrees")]


def test_a_family_of_n_counts_the_family():
    assert found("A family of six was evacuated.") == [(6, None, "family")]


def test_a_person_noun_that_is_a_bare_number_gives_an_age_and_anyone_over_n_bounds_an_age():
    assert found("The girl was 14 when she joined the club.") == [(14, None, "year old")]
    assert found("Anyone over 60 can apply.") == [(60, None, "year old")]
    assert found("The score was 14 at the break.") == []


def test_the_first_of_two_dimensions_takes_the_unit_written_after_the_second():
    assert found("The panel shows 3,840 by 2,160 pixels.") == [(3840, None, "pixels"), (2160, None, "pixels")]
    assert found("Sales should grow 20 by 2030.") == []


def test_a_house_number_before_a_street_name_is_no_count():
    assert found("We met at 45 Hudson plaza on Friday.") == []
    assert found("The fund bought 12 Main Street properties.") == [(12, None, "main street properties")]


@pytest.mark.parametrize(
    "url, code",
    [
        ("https://www.cbc.ca/news/x", "CAD"),
        ("https://globalnews.ca/news/1/x/", "CAD"),
        ("https://www.abc.net.au/news/x", "AUD"),
        ("https://www.stuff.co.nz/x", "NZD"),
        ("https://o.canada.com/travel/x", "CAD"),  # a publisher's host on a generic domain, subdomains included
        ("https://ottawacitizen.com/public-service/x", "CAD"),
        ("https://www.notcanada.com/x", None),  # a suffix matches whole labels only
        ("https://www.cnbc.com/x", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_the_site_dollar_comes_from_the_longest_listed_suffix_of_the_host(url, code):
    assert site_dollar(url) == code
