"""Two lone furniture lines of the unlabelled vocabulary pool (``docs/vocabulary_sources.md``, vocab215): the Press
Trust of India's "PTI" under a picture is a credit line like the other agencies' names (``data/en/credit_lines.txt``;
News18's pool page, The Times of India's dev page), and Google+'s share button "Google+" is a widget line
(``data/en/widget_lines.txt``; six pool publishers, FAZ's dev page among 19 dev publishers). No dev reference keeps
either line.
"""
from __future__ import annotations

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


def test_the_press_trust_of_india_alone_is_a_credit_line():
    assert widgets.is_credit_line("PTI")


def test_a_sentence_naming_pti_is_no_credit_line():
    assert not widgets.is_credit_line("PTI reported the figures on Monday.")


def test_a_lone_google_plus_button_is_a_widget_line():
    assert widgets.is_widget_line("Google+")


def test_a_sentence_about_google_plus_stays():
    assert not widgets.is_widget_line("Google+ closed its doors to consumers in April 2019, the company said.")


def _lines(case_id: str) -> tuple[list[str], str, list[str]]:
    body, dump = copied_page(case_id)
    return body.splitlines(), dump, [line.strip() for line in clean_dump(dump).text.splitlines()]


def test_copied_times_of_india_story_loses_its_agency_credit():
    body, dump, lines = _lines("indiatimes_2022-08-14_why-august-15-independence-day__mcm")
    assert "PTI" in dump.split() and "PTI" not in body
    assert "PTI" not in lines


def test_copied_faz_story_loses_its_google_plus_button():
    body, dump, lines = _lines("faz_2017-11-25_bmw-batteriezelle-kompetenzzentrum__r4j")
    assert "Google+" in dump and "Google+" not in body
    assert "Google+" not in lines
