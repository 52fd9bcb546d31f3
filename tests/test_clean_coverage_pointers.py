"""A pointer to more of the site's coverage ("Hier finden Sie alle unsere Inhalte ...") is a house promotion.

Three German-language dev publishers close a paragraph with one their references leave out: ">> Hier finden Sie
außerdem alle EZB-Termine für 2025 im Überblick" (Berliner Morgenpost), "Die Konflikte in Israel, ... halten an. Hier
finden Sie alle unsere Inhalte zum Krieg im Nahen Osten." (SRF), "Möchtest du mehr über unser Klimaschutzpaket
wissen? Hier findest du alle Infos!" (sebastiankurz.at). ``PROMO_LINE`` (``data/de/promo_lines.txt``) drops them from
HTML pages and text dumps alike; a story sentence saying what one finds somewhere stays. Two English-language dev
publishers point to a series or a hub the same way: "The story is part of a special series that explores energy
issues. For more, visit The Great Energy Challenge." (National Geographic), "To keep up with our coverage of the
pandemic, visit our coronavirus hub. ..." (The Economist), or name what there is more of or the story to read ("For
more on lifestyle, astrology and health from around the world please visit Indiatimes Lifestyle." on Indiatimes, "For
more, read: This Las Vegas Resort Is Installing Amazon Alexa in Every Hotel Room" on Fortune); ``data/en/promo_lines.txt``
drops them, and a press release's closing "For more information, visit ..." stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(("case_id", "pointer", "story"), [
    ("berlinermorgenpost_2025-09-09_ezb-zinsentscheid-am-donnerstag__fundus", "alle EZB-Termine", "EZB"),
    ("srf_2024-04-15_israelische-zuruckhaltung-hat-viel__fundus", "alle unsere Inhalte", "Israel"),
    ("sebastiankurz_2019-07-30_wasserstoff-schluesseltechnologie__hd", "Hier findest du alle Infos", "Wasserstoff"),
    ("natgeo_2015-08-03_office-temperature-gender-bias__pl", "For more, visit The Great Energy Challenge", "women"),
    ("economist_2020-07-06_stimulus-surprising-effects-poor__nwj", "visit our coronavirus hub", "stimulus"),
    ("indiatimes_2024-05_international-hummus-day-recipes__mgh3", "please visit Indiatimes Lifestyle", "tahini"),
])
def test_a_dev_story_drops_its_pointer_to_more_coverage(case_id, pointer, story):
    expected, doc = dev_page(case_id)
    assert pointer not in expected["body"]
    assert story in doc.text
    assert pointer not in doc.text


def test_a_copied_story_drops_its_pointer_to_another_story():
    expected, dump = copied_page("fortune_2016-12-15_alexa-gadgets__pl")
    pointer = "For more, read: This Las Vegas Resort Is Installing Amazon Alexa in Every Hotel Room"
    assert pointer in dump and pointer not in expected
    assert pointer not in clean_dump(dump).text


@pytest.mark.parametrize("line", [
    "Im Tal ist es still. Hier finden Sie Ruhe und seltene Pflanzen, sagt die Wirtin.",
    "Hier finden Sie mehr als 300 Arten von Orchideen, die der Verein seit 1990 gesammelt hat.",
])
def test_a_story_sentence_about_what_one_finds_is_no_pointer(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "For more information, visit www.acme-robotics.com.",
    "Tourists come for more, visit the old harbour and leave by the evening ferry.",
    "She stayed for more than a year, visiting the camps every week.",
])
def test_a_release_or_story_sentence_naming_a_visit_is_no_pointer(line):
    assert not PROMO_LINE.fullmatch(line)
