"""How the unit of a number is read, apart from any publisher's wording (values202, issue 11): glued unit symbols and
inch marks, time spans after "in", the period of a rate, label words and year-like numbers before a unit. Sentences
are our own, written for the test, or dev probe excerpts."""

from __future__ import annotations

import pytest

from extractors.facts.quantities import extract_quantities
from tests.facts_helpers import parse


def readings(text: str) -> list[tuple[str, float, str | None]]:
    doc, sentences = parse(text)
    return [(q.text, q.value, q.unit) for q in extract_quantities(doc, sentences, "USD")]


@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real17 (dev probe, GSMArena): "100W wired charging, 30W wireless charging"
        ("The phone has 100W wired charging.", "100W", 100),
        # real26 (dev probe, The Inventory): "Corsair CX 550W 80+ Bronze Semi-Modular PSU"
        ("The kit ships with a 550W power supply.", "550W", 550),
    ],
)
def test_a_glued_capital_unit_symbol_is_read_as_its_unit(text, shown, value):
    assert (shown, value, "W") in readings(text)


@pytest.mark.parametrize("text", ["The 5G network covers the town.", "The film is shown in 3D tonight."])
def test_a_glued_capital_letter_that_is_no_unit_symbol_is_left_alone(text):
    assert readings(text) == []


@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real27 (dev probe, inessential): "parsing a local copy of ... the Daring Fireball Atom feed ... happens in
        # 0.009 seconds"
        ("Parsing the feed happens in 0.009 seconds.", "0.009 seconds", 0.009),
        ("The page loads in 0.8 seconds.", "0.8 seconds", 0.8),
    ],
)
def test_less_than_one_time_unit_after_in_is_a_time_measured(text, shown, value):
    assert readings(text) == [(shown, value, "seconds")]


def test_whole_time_units_after_in_stay_a_forward_offset():
    assert readings("The train arrives in 2 minutes.") == []


def test_the_period_of_a_rate_after_every_is_not_what_a_number_counts():
    # real7 (dev probe, Segment): "we've pushed 750 billion messages through NSQ, and we're adding around 150,000
    # more every second"
    found = readings("We have pushed 750 billion messages, and we are adding around 150,000 more every second.")
    assert ("around 150,000 more", 150_000, "messages") in found
    assert all(unit != "second" for _, _, unit in found)


@pytest.mark.parametrize(
    "text, shown, value",
    [
        # real25 (dev probe, The Inventory): "Save $150 off this 50\" 4K television right now at Dell"
        ('Save $150 off this 50" 4K television today.', '50"', 50),
        # real26 (dev probe, The Inventory): "Dell's U2412M 24\" UltraSharp monitor"
        ('Dell\'s U2412M 24" UltraSharp monitor is cheap.', '24"', 24),
        # real17 (dev probe, Animal World): "These angels can grow up to 4″ (10 cm) and in the wild."
        ("These angels can grow up to 4″ (10 cm).", "up to 4″", 4),
    ],
)
def test_an_inch_mark_glued_to_a_number_is_inches(text, shown, value):
    assert (shown, value, "in") in readings(text)


@pytest.mark.parametrize(
    "text", ['She said "we need 50" and left.', 'He said "we will win. We need 50" and left.', 'We need 50" he said.']
)
def test_a_quote_mark_closing_a_quotation_after_a_number_is_no_inch_mark(text):
    assert all(unit != "in" for _, _, unit in readings(text))


def test_a_label_word_ending_a_hyphened_compound_labels_no_number():
    # real6 (dev probe, GigaOM): "The entry-level 11.6-inch MacBook Air, without upgrades, costs $999."
    assert ("11.6-inch", 11.6, "in") in readings("The entry-level 11.6-inch MacBook Air costs $999.")
    assert ("3-day", 3, "days") in readings("They held a high-level 3-day summit.")


def test_a_label_word_alone_still_labels_the_number_after_it():
    assert readings("The city moved to level 3 restrictions.") == []


@pytest.mark.parametrize(
    "text, shown, value, unit",
    [
        # real20 (dev probe, Blister): "Stated Weight per Ski: 2030 grams"
        ("Stated Weight per Ski: 2030 grams", "2030 grams", 2030, "g"),
        ("The bag weighs 1999 kg.", "1999 kg", 1999, "kg"),
    ],
)
def test_a_year_like_number_before_a_measure_unit_is_a_measure(text, shown, value, unit):
    assert readings(text) == [(shown, value, unit)]


def test_a_year_before_a_noun_stays_a_year():
    assert readings("By 2030 emissions fall.") == []


@pytest.mark.parametrize(
    "text, shown, value, unit",
    [
        # real32 (dev probe, Smashing Magazine): "During those 700ms, the browser is continuously receiving chunks"
        ("During those 700ms, the browser kept receiving chunks.", "700ms", 700, "ms"),
        # real (dev probe, Joseph Gentle's blog): "and that takes 330µs."
        ("Each pass of the loop takes 330µs.", "330µs", 330, "µs"),
        ("Each pass of the loop takes 330μs.", "330μs", 330, "µs"),  # the Greek mu for the micro sign
    ],
)
def test_a_short_time_glued_to_its_number_is_read(text, shown, value, unit):
    assert readings(text) == [(shown, value, unit)]


def test_a_title_after_a_number_is_no_millisecond():
    assert readings("The panel of 5 Ms Jones chaired was late.") == []
