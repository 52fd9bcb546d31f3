"""Quantities read wrong on whole English dev pages outside the ``real8`` publishers (issue 11, ``python -m
benchmarks.quantity_page_listing``): a bare "$" priced in the dollar of a country named once while the article's own
state was merged under a longer name (Daily Mail, Gothamist, Variety) or was named in passing on a US site
(TechCrunch, The New Yorker, The Motley Fool), and a population figure read as metres or not at all (The Economist,
HuffPost). The texts are shortened from those pages."""

from __future__ import annotations

from extractors.facts import extract_facts
from extractors.facts.quantities import extract_quantities
from extractors.records import Quantity
from tests.facts_helpers import parse


def amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, round(q.value, 6), q.unit) for q in extract_facts(text, None) if isinstance(q, Quantity)]


def found(text: str) -> list[tuple[str, float, str | None]]:
    doc, sentences = parse(text)
    return [(q.text, round(q.value, 6), q.unit) for q in extract_quantities(doc, sentences, "USD")]


def test_a_state_merged_under_a_longer_name_still_prices_the_bare_dollar():
    """Daily Mail: "California" was linked with a later "Southern California", a name no "$" place list holds, so the
    one "Canada" of the article won and every Montecito price came out in Canadian dollars."""
    text = (
        "Katy Perry and Orlando Bloom snapped up a villa in Montecito, California for $14.2 million.\n\n"
        "The couple moved to Southern California last year, and the producer, who was born in Canada, bought a home "
        "in Montecito too."
    )
    assert amounts(text) == [("$14.2 million", 14200000, "USD")]


def test_a_canadian_place_named_alone_still_prices_in_canadian_dollars():
    """The merged-name reading adds places; it takes none away: a Toronto article stays in CAD."""
    assert amounts("The Toronto council approved $5 million for the new shelter.") == [("$5 million", 5000000, "CAD")]


def test_a_dollar_country_named_in_passing_does_not_price_the_bare_dollar():
    """TechCrunch (dev): one "Singapore" in a story about India priced the startup's valuation in Singapore dollars."""
    text = (
        "Pine Labs has received approval from a Singapore court to shift its base to India.\n\n"
        "The Indian startup is preparing to list in India, where Indian investors are keen on fintech firms.\n\n"
        "It is valued at over $5 billion."
    )
    assert [unit for _, _, unit in amounts(text)] == ["USD"]


def test_a_dollar_country_needs_most_of_the_places_named_to_price_the_bare_dollar():
    """The New Yorker (dev): one "Toronto" and one "Canadian" beside the U.S., China and Russia priced the U.S.
    government's research spending in Canadian dollars."""
    text = (
        "The researchers met in Toronto, and a Canadian company later built a machine.\n\n"
        "Labs in China and Russia joined the race.\n\n"
        "The U.S. government was spending about sixty million dollars a year on the research."
    )
    assert [unit for _, _, unit in amounts(text)] == ["USD"]


def test_a_company_named_after_a_dollar_country_counts_as_one_mention_of_it():
    """The Motley Fool (dev): "Taiwan Semiconductor" named again and again in a stock list mostly about China
    priced every figure of the list in Taiwan dollars."""
    text = (
        "Taiwan Semiconductor makes chips. Taiwan Semiconductor sells them to Apple, and Taiwan Semiconductor "
        "expects Taiwan Semiconductor to grow.\n\n"
        "China is the big market: sales in China rose, and China may buy more.\n\n"
        "Net sales climbed 35% to $857 million in the period."
    )
    assert [unit for _, _, unit in amounts(text) if unit != "%"] == ["USD"]


def test_a_population_figure_counts_people():
    """HuffPost: "a population of 6 million" and "of around 7.5 million" were left out as bare numbers."""
    assert found("To date, Singapore, with a population of 6 million, has had about 3,700 people infected.") == [
        ("6 million", 6000000, "people"),
        ("about 3,700 people", 3700, "people"),
    ]
    assert found("Compare that to Washington, which has a population of around 7.5 million.") == [
        ("around 7.5 million", 7500000, "people")
    ]


def test_a_glued_m_after_population_is_a_million_not_a_metre():
    """The Economist: "(population 2.5m)" was 2.5 metres."""
    assert found("In Brooklyn (population 2.5m), the district attorney made his name.") == [("2.5m", 2500000, "people")]


def test_a_population_figure_with_its_own_noun_keeps_it():
    """The noun written after the figure still names what is counted."""
    assert found("The region has a population of 120,000 residents.") == [("120,000 residents", 120000, "residents")]


def test_an_age_band_after_population_is_no_head_count():
    """Under a thousand the number after "population" bounds ages, as "over 65" does: no count of people."""
    assert found("The population 65 and older grew fast, while the population over 65 is growing.") == []
