"""A publisher's note that a signed text's views are not its own is no part of the story (Portuguese).

The dev page that showed it in the story: UOL (``data/pt/promo_lines.txt``); the same note stands outside the story on
the dev pages of Cricket Australia, MailOnline, Forbes and Israelnachrichten.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_promo
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page

NOTE = "Este texto não reflete, necessariamente, a opinião do UOL"


@pytest.mark.parametrize("line", [NOTE, "Este texto não reflete necessariamente a opinião da Folha."])
def test_a_not_our_opinion_note_is_a_promo_line(line):
    assert is_promo(line)


def test_a_story_sentence_going_on_after_the_note_words_stays():
    assert not is_promo("Este texto não reflete, necessariamente, a opinião do UOL, disse o ministro, que criticou o jornal.")


def test_uol_page_loses_the_note():
    expected, doc = dev_page("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh")
    assert NOTE not in doc.text
    assert expected["body"].split("\n\n")[-1] in doc.text


def test_uol_dump_loses_the_note():
    body, dump = copied_page("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh")
    text = clean_dump(dump).text
    assert NOTE in dump and NOTE not in text
    assert body.split("\n\n")[-1] in text
