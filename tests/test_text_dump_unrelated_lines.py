"""Short lines inside a copied story that share none of its words (``text_regions.drop_unrelated_lines``)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import drop_unrelated_lines
from tests.test_clean_text import PARAGRAPH, clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        # teasers for other stories, set between two paragraphs
        ("diezeit_2023-04-28_basketball-euroleague-nach-massenschlagerei__fundus",
         "Pep Guardiola: Guardiola und sein größter Fehler"),
        ("morgunbladid_2025-02-11_salfrihernaur-fyrir-domi-vottar__fundus", "Hentu unglingsstúlku út af heimilinu"),
        # bylines and photo credits copied inside the story
        ("derfreitag_2025-10-19_ehrengast-frankfurter-buchmesse-was__fundus", "Von Lennart Laberenz"),
        ("gitlab_2024_surprising-findings__moz", "Dave Steer"),
        ("npr_2016-12-15_jury-finds-dylann-roof__pl", "Chuck Burton/AP"),
        ("voguede_2024-04-23_kate-moss-vogue-cover__fundus", "Von Philipp Wehsack"),
        # credits repeated under several photos: they share words with one another, not with the story
        ("eonline_2016-12-12_ryan-gosling-fatherhood__pl", "Craig McDean/GQ"),
        ("derfreitag_2025-10-19_ehrengast-frankfurter-buchmesse-was__fundus", "Placeholder image-2"),
        # labels of two words, one of them a content word
        ("ruhrnachrichten_2024-05-03_eisheiligen-2024-wann-sie__fundus", "3 Min Lesezeit"),
        ("nrk_2024-08-05_ol-i-paris-2024__fundus", "Sommer-OL 2024"),
    ],
)
def test_short_line_sharing_no_word_with_the_copied_story_is_dropped(case_id, line):
    body, dump = copied_page(case_id)
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert line in dump.splitlines() and line not in body
    assert line not in paragraphs
    assert sum(paragraph in body for paragraph in paragraphs) >= 5  # the story itself is read


@pytest.mark.parametrize(
    ("case_id", "subheading"),
    [
        ("diezeit_2023-04-28_basketball-euroleague-nach-massenschlagerei__fundus",
         "Disqualifizierende Fouls gegen mehr als 20 Spieler"),
        ("abc_2024-12-02_detenido-policia-por-abusar__fundus", "Retirada de la custodia"),
        ("berlinermorgenpost_2025-09-09_ezb-zinsentscheid-am-donnerstag__fundus",
         "EZB-Zinsentscheid: Einfluss auf Tages- und Festgeld"),
        ("voguede_2024-04-23_kate-moss-vogue-cover__fundus",
         "Die Erfolgsgeschichte von Kate Moss begann am Flughafen von New York"),
        # one-word section headings: nothing to compare
        ("dropbox-tech_async-task-framework__moz", "Glossary"),
        ("engadget_2017_xbox-one-x-review__moz", "Wrap-up"),
        # Turkish capitals: "HELİKOPTER" and "YAPIYOR" are the story's "helikopter" and "yapıyor"
        ("haberturk_2024-07-03_turkiyede-orman-yangnlar-yangnlarda__fundus", "TSK'YA AİT 3 HELİKOPTER GÖREV YAPIYOR"),
    ],
)
def test_subheading_naming_what_its_copied_story_says_stays(case_id, subheading):
    body, dump = copied_page(case_id)
    assert subheading in body
    assert subheading in clean_dump(dump).text.split("\n\n")


def _story(*middle: str) -> list[str]:
    return [f"{PARAGRAPH} Bridge point 0.", *middle, f"{PARAGRAPH} Bridge point 1."]


def test_unrelated_line_goes_and_a_subheading_sharing_a_word_stays():
    teaser = "Celebrity chef opens seaside restaurant"
    subheading = "What the bridge will cost"
    assert drop_unrelated_lines(_story(teaser, subheading)) == _story(subheading)


def test_credits_repeating_one_another_go_together():
    credits = ["Photo: Harbour Images Agency", "Photo: Harbour Images Agency"]
    assert drop_unrelated_lines(_story(credits[0], f"{PARAGRAPH} Bridge point 2.", credits[1])) == [
        f"{PARAGRAPH} Bridge point 0.", f"{PARAGRAPH} Bridge point 2.", f"{PARAGRAPH} Bridge point 1."]


def test_items_of_a_list_a_sentence_introduces_stay():
    """Copied a line each without bullets, a list's items may name things the story does not repeat."""
    items = ["Tolls frozen until autumn", "Cyclists receive separate lanes"]
    lines = _story("In a long interview on Friday, the mayor also said:", *items)
    assert drop_unrelated_lines(lines) == lines


def test_quote_opened_low_stays():
    """A German quote closes with “: speech of the story's, not a line set into it."""
    lines = _story("„Ich werde nicht Netanyahus Boxsack sein“")
    assert drop_unrelated_lines(lines) == lines


def test_unrelated_byline_opening_the_story_goes():
    lines = ["Jane Roeburn", *_story()]
    assert drop_unrelated_lines(lines) == _story()


def test_body_without_prose_and_a_story_in_chinese_are_left_alone():
    labels = ["Celebrity chef opens seaside restaurant", "Weekend weather outlook"]
    assert drop_unrelated_lines(labels) == labels
    chinese = ["今天市议会投票通过了新桥的预算，市长表示工程将在春季开始。", "Lady Gaga Tonight",
               "居民们在会议上提出了许多问题，包括交通和噪音。"]
    assert drop_unrelated_lines(chinese) == chinese
