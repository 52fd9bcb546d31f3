"""Place mentions (issue 11, places294): the spans and labels of GPE and LOC mentions on real sentences."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def places_of(text: str) -> dict[str, list[str]]:
    """Place entities (GPE, LOC) by normalized name -> their mentions' texts."""
    doc, sentences = parse(text)
    found: dict[str, list[str]] = {}
    for entity in extract_entities(doc, sentences):
        if entity.label in {"GPE", "LOC"}:
            spans = entity.spans or [entity]
            found[entity.normalized] = [text[s.start : s.end] for s in spans]
    return found


@pytest.mark.parametrize(
    "text, place",
    [
        # Khaama Press (dev gold "Farah"), the model's PERSON before the division word
        (
            (
                "Over 100 school girls have been poisoned in western Farah province of Afghanistan during the school "
                "hours."
            ),
            "Farah",
        ),
        # The Namibian (dev gold "Northern Cape")
        (
            (
                "The pipeline will run from Namibia to Boegoebaai in South Africa’s Northern Cape province, where a "
                "port is planned."
            ),
            "Northern Cape",
        ),
    ],
)
def test_a_lower_case_province_stays_outside_the_place_name(text, place):
    places = places_of(text)
    assert place in places
    assert all(mention == place for mention in places[place])
    assert not any(name.endswith("province") for name in places)


def test_a_lower_case_region_still_names_the_region():
    text = "Russian drones struck the Kyiv region overnight, the regional governor said on Telegram."
    assert "Kyiv region" in places_of(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # ABC News Australia (dev gold "Los Angeles"), the model's EVENT
        (
            (
                "Jon Sieben - who won gold in butterfly in the 1984 Los Angeles Olympics - doesn't believe it will "
                "affect swimmers."
            ),
            ["Los Angeles"],
        ),
        # The Japan News (dev gold "Japan", "U.S."), the model's LAW
        (
            (
                "Reporters asked whether his long-held determination to revise the Japan-U.S. Status of Forces "
                "Agreement was weakening."
            ),
            ["JP", "US"],
        ),
    ],
)
def test_a_place_inside_an_event_or_law_name_is_a_mention_of_the_place(text, places):
    found = places_of(text)
    for place in places:
        assert place in found


def test_an_event_name_without_a_known_place_adds_no_place():
    text = "The Affordable Care Act was passed by Congress after a long fight over the Medicaid expansion."
    assert places_of(text) == {}


def test_a_name_ending_in_olympics_is_an_event_whose_place_is_a_mention():
    # ABC News Australia (dev gold "London" GPE, no organisation): the model reads "the London Olympics" as an ORG
    text = "Swimming has been under the spotlight since the disappointing team performance at the London Olympics."
    doc, sentences = parse(text)
    entities = extract_entities(doc, sentences)
    assert not any(e.label == "ORG" for e in entities)
    assert "London" in places_of(text)


def test_an_academic_degree_after_a_name_is_no_place():
    # Medical News Today (dev gold: no entity on "Ph.D."), which the model tags GPE
    text = (
        "The scientists were led by Michael Shadlen, Ph.D., of Columbia University's Mortimer B. Zuckerman Mind "
        "Brain Behavior Institute in New York City."
    )
    doc, sentences = parse(text)
    assert not any(e.text in {"Ph.D.", "PhD"} for e in extract_entities(doc, sentences))


def _labels(text: str) -> set[tuple[str, str]]:
    doc, sentences = parse(text)
    return {
        (text[s.start : s.end], entity.label)
        for entity in extract_entities(doc, sentences)
        for s in (entity.spans or [entity])
    }


@pytest.mark.parametrize(
    "text",
    [
        # The Intercept (dev page and en_real11): the institution run read "Bank" as a bank's name
        "Then there is “Area C”: the largest swath of the West Bank.",
        # Daily Maverick (dev page): the same, beside Gaza
        "The legislation has forced UNRWA to suspend operations in Gaza and the West Bank.",
    ],
)
def test_the_west_bank_is_a_place_not_a_bank(text):
    found = _labels(text)
    assert ("West Bank", "GPE") in found
    assert ("West Bank", "ORG") not in found


@pytest.mark.parametrize(
    "text, bridge",
    [
        # Gothamist (dev page, en_real11) and the Evening Standard (dev gold), both read as ORG by the model
        (
            (
                "In 2006, workers fixing the Brooklyn Bridge stumbled into a vault stocked with boxes of high-calorie "
                "crackers and water barrels that could be reused as toilets."
            ),
            "Brooklyn Bridge",
        ),
        ("This wasn’t the battle of Stamford Bridge eight years ago, but it came close.", "Stamford Bridge"),
    ],
)
def test_a_name_ending_in_bridge_is_a_facility(text, bridge):
    found = _labels(text)
    assert (bridge, "FAC") in found
    assert (bridge, "ORG") not in found


@pytest.mark.parametrize(
    "text, name",
    [
        # Al Jazeera (dev page, en_real11) and The Washington Post (dev page): read as persons
        ("At the heart of the Remal neighbourhood is al-Shifa Hospital – the largest medical facility in Gaza.", "Remal"),
        (
            (
                "By the end of the century, a large part of the Dorchester neighborhood, which on its own would be "
                "the fourth-largest city in Massachusetts, could be underwater."
            ),
            "Dorchester",
        ),
        # Fox News (dev gold: LOC "Chinatown"), which the model left untagged
        (
            (
                "Two men were charged with operating an undisclosed Chinese government police station in Manhattan's "
                "Chinatown neighborhood."
            ),
            "Chinatown",
        ),
    ],
)
def test_a_name_before_neighbourhood_is_a_locality(text, name):
    found = _labels(text)
    assert (name, "LOC") in found
    assert (name, "PERSON") not in found


def test_a_borough_before_neighbourhood_stays_the_borough():
    # The Economist (dev page): "a Brooklyn neighbourhood" is a neighbourhood in Brooklyn, which stays a GPE
    text = "In Crown Heights, a Brooklyn neighbourhood where kosher pizzerias compete, the mood is tense."
    assert ("Brooklyn", "GPE") in _labels(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # RNA News (dev page, en_real13)
        ("Kigali: Four outstanding young people have won Commonwealth Youth Awards for innovative projects.",
         "Commonwealth Youth Awards"),
        # BroadwayWorld (dev page)
        ("Past winners include recipients of the Henry Hewes Design Award and the Obie.", "Henry Hewes Design Award"),
        # Gizmodo (dev page)
        ("The finalists of the Comedy Pet Photo Awards were announced on Tuesday.", "Comedy Pet Photo Awards"),
    ],
)
def test_an_award_is_no_organisation(text, name):
    doc, sentences = parse(text)
    names = [e.text for e in extract_entities(doc, sentences) if e.label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}]
    assert not any(n.endswith(("Award", "Awards")) for n in names), names


@pytest.mark.parametrize(
    "text, place",
    [
        # The Washington Post (dev page, en_real13): untagged by the model
        ("They studied a barrier like the one across the River Thames in London.", "River Thames"),
        # The Free Beacon (dev page): read as a product
        (("Oh, and the time a CNN reporter described Mount Rushmore as \"a monument of two slave owners and on land "
          "wrestled away from Native Americans.\""), "Mount Rushmore"),
    ],
)
def test_a_mount_or_river_before_its_name_is_a_natural_place(text, place):
    assert (place, "LOC") in _labels(text)


def test_a_mount_or_river_inside_another_name_is_left_alone():
    text = "Charles River Ventures invested, and Mount Sinai Hospital agreed."
    assert not any(label == "LOC" for _, label in _labels(text))


@pytest.mark.parametrize(
    "text, hotel",
    [
        # Townhall (dev page, en_real13)
        (("Nellie Ohr met with British spy Christopher Steele at the Mayflower Hotel in Washington D.C. Steele did "
          "much of the research for the dossier."), "Mayflower Hotel"),
        # Grazia (dev page)
        (("The Palace Hotel acted as ground zero for the weekend, hosting a number of fabulous gatherings including "
          "welcome cocktails on the Friday night."), "Palace Hotel"),
    ],
)
def test_a_named_hotel_is_a_facility(text, hotel):
    assert (hotel, "FAC") in _labels(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # The Intercept (dev page and en_real21): read as ORG, PERSON, FAC, LOC and WORK_OF_ART there
        ("In total, some 90,000 people live in unrecognized Bedouin communities.", "Bedouin"),
        ("In the Negev, the historical land of the Bedouins dating back centuries, Israel announced plans.", "Bedouins"),
        # Rest of World (dev page)
        ("Bedouin women from a nearby village looked on.", "Bedouin"),
    ],
)
def test_bedouin_is_a_people(text, word):
    assert (word, "NORP") in _labels(text)


def labels_of(text: str) -> dict[str, str]:
    """Every mention's text -> its entity's label."""
    doc, sentences = parse(text)
    return {
        text[s.start : s.end]: entity.label
        for entity in extract_entities(doc, sentences)
        for s in (entity.spans or [entity])
    }


@pytest.mark.parametrize(
    "text, place",
    [
        # National Post (untagged; en_real25's "Pampore"), India Times (an organisation), Daily Post (a person)
        ("It was still night and Yasin rushed to southern Wuyan village in Pampore area, where it occurred.", "Pampore"),
        ("A baby was found crying near the Kaimur hills in the Sihawal area.", "Sihawal"),
        ("Police are currently experiencing a little bit of heightened activity in the Wrexham area.", "Wrexham"),
        # India Times (a person before "border"), Al Jazeera (a person before "crossing")
        ("The traffic police said Jhatikara border is open only for two-wheeler traffic.", "Jhatikara"),
        ("It is the only crossing into Israel through Beit Hanoon, also known as the Erez crossing.", "Erez"),
    ],
)
def test_a_name_before_area_border_or_crossing_is_a_place_outside_the_tail(text, place):
    labels = labels_of(text)
    assert labels.get(place) == "GPE", labels
    assert not any(name.endswith(("area", "border", "crossing")) for name in labels)


def test_a_person_named_elsewhere_keeps_the_person_before_border():
    labels = labels_of("Donald Trump spoke on Monday. The Trump border wall is costly.")
    assert labels.get("Trump") == "PERSON", labels


@pytest.mark.parametrize(
    "text, state",
    [
        # The Hill: the tokenizer cuts the period of "W.Va." off before the bracket
        ("Sen. Joe Manchin (D-W.Va.), a frequent critic of the administration, voted no.", "W.Va."),
        # Las Vegas Sun, PolitiFact: the abbreviation's period ends the tag without a comma
        ("U.S. Rep. John Shimkus, R-Ill. and chairman of the Energy and Commerce Committee, said so.", "Ill."),
        ("The bullets never hit his father, Sen. Robert F. Kennedy, D-N.Y. He insists on it.", "N.Y."),
        # Sun Sentinel: a semicolon closes a tag in a list of lawmakers
        ("Susan Valdes, D-Tampa; and Angie Nixon, D-Jacksonville.", "Tampa"),
    ],
)
def test_the_state_of_a_party_tag_closed_by_its_own_period_or_a_semicolon_is_a_place(text, state):
    assert labels_of(text).get(state) == "GPE"


@pytest.mark.parametrize(
    "text, region",
    [
        # DW (en_real4 labels it LOC), Vox: read as GPE by the model
        ("Abdul Rashid Dustom, a warlord who enjoys support in Northern Afghanistan, threatened it.", "Northern Afghanistan"),
        ("Set in 1983 in Northern Italy, the film is less about coming out.", "Northern Italy"),
    ],
)
def test_a_compass_adjective_before_a_country_makes_a_region(text, region):
    assert labels_of(text).get(region) == "LOC"


def test_a_listed_compass_state_stays_a_place_with_government():
    labels = labels_of("These days, he coaches in Western Australia, and she lives in Northern Ireland.")
    assert labels.get("Western Australia") == "GPE" and labels.get("Northern Ireland") == "GPE", labels


def test_crossing_as_a_verb_makes_no_place():
    # Vulture (en_real2): the shows' characters cross over; "crossing" is the verb, not a border crossing
    labels = labels_of("When we started to go there with Arrow8 and Flash9 crossing over, it was rewarding.")
    assert labels.get("Flash9") != "GPE", labels
