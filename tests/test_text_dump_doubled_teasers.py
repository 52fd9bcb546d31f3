"""Issue 12, dumps73 (German dev dump precision): a teaser card set in a story's region, copied as its headline
printed twice or three times in a row (the picture's alternative text, the headline, the link), goes; a subheading
printed once and a short line or a sentence printed twice stay (``extractors.clean.rail_twins.doubled_teasers``)."""
from __future__ import annotations

import pytest

from extractors.clean.rail_twins import doubled_teasers
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "teaser", "kept"),
    [
        ("hamburgerabendblatt_2020-05-15_mangos-papayas-teurer__pl", "Corona in Hamburg – die Bilanz des Bürgermeisters",
         "Am Großmarkt wurden Hygienemaßnahmen noch einmal verschärft"),
        ("br_2024-04-22_evangelische-kirche-landeskirche-will__fundus",
         "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten",
         "In Coburg hat die Landessynode der evangelischen Kirche in Bayern begonnen."),
    ],
)
def test_headline_printed_twice_in_a_row_in_the_story_is_a_teaser_card(case_id, teaser, kept):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert teaser not in body and teaser not in text
    assert kept in body and kept in text


def test_short_line_or_sentence_printed_twice_is_no_teaser():
    teaser = "Corona-Lockerungen: Das ist ab Mittwoch wieder erlaubt"
    lines = ["Etlaq", "Etlaq", "The launch was delayed twice.", "The launch was delayed twice.", teaser, teaser]
    assert doubled_teasers(lines, 0, len(lines)) == frozenset({4, 5})
    assert doubled_teasers(lines, 5, len(lines)) == frozenset({5})


def test_subheading_printed_once_is_no_teaser():
    lines = ["Am Großmarkt wurden Hygienemaßnahmen noch einmal verschärft", "Zweiter Absatz des Berichts"]
    assert doubled_teasers(lines, 0, len(lines)) == frozenset()


def test_headline_printed_again_under_its_kicker_is_a_teaser_card():
    headline = "Grüne kritisieren Aufstellung des Landeshaushalts"
    lines = ["Die Kontrolle sei bei dem Verfahren nicht mehr möglich, kritisierte Meister.", f"Audio {headline}",
             headline, "Sachsen-Anhalts Grüne haben das Verfahren zur Aufstellung des Haushalts kritisiert."]
    assert doubled_teasers(lines, 0, len(lines)) == frozenset({1, 2})


def test_line_under_a_longer_run_of_words_it_closes_is_no_teaser():
    """Five words or more before the repeated line are a sentence or a heading of their own, no kicker."""
    line = "Kultur in Sachsen-Anhalt bekommt mehr Geld"
    lines = [f"Im laufenden Jahr sagte die Ministerin im Landtag {line}", line]
    assert doubled_teasers(lines, 0, len(lines)) == frozenset()
