"""A note that the story is a translation, under it, is a note on where it first ran, not story.

Two German dev publishers keep one their references leave out: "Aus dem Englischen von Jan Doolan" under a Project
Syndicate column (Die Presse) and "Von »Spektrum der Wissenschaft« übersetzte und bearbeitete Fassung des Artikels
»...« aus »Quanta Magazine« ..." (Spektrum). ``PROMO_LINE`` (``data/de/promo_lines.txt``) drops them from HTML pages
and text dumps alike; a story sentence about a translation stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("diepresse_2025-06-05_nennen-wir-ihn-doch__fundus", "Aus dem Englischen von", "Realität"),
    ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl", "übersetzte und bearbeitete Fassung", "Rafflesia"),
])
def test_a_dev_story_drops_its_translation_note(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text


def test_a_story_sentence_about_a_translation_is_no_note():
    line = "Die übersetzte Fassung des Romans erschien 1987 und wurde von der Kritik gefeiert."
    assert not PROMO_LINE.fullmatch(line)
