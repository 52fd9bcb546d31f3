"""Issue 12: a lone row of figures in a copied story, under its last sentence or between two of its sentences, is a
counter, a stamp or a widget's number the copy picked up, not a table's row (``text._is_stray_figure``: Threatpost's "1048",
Versants' "450 441-5300" closing the story; ``text._without_stray_figures``: Jornal de Negócios' "Lusa 23:01", the Las
Vegas Sun's "Monday, May 22, 2017 | 2 a.m." between paragraphs); a table's rows stay.
"""
from __future__ import annotations

from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

STORY = list(DUMP_STORY)
HEADLINE = "Council passes budget after long night"


def _cleaned(*tail: str) -> str:
    return clean_dump("\n\n".join([HEADLINE, *STORY, *tail]) + "\n").text


def test_lone_figure_under_the_closing_sentence_leaves_the_story():
    text = _cleaned("1048")
    assert "1048" not in text and STORY[-1] in text


def test_phone_number_line_under_the_closing_sentence_leaves_the_story():
    text = _cleaned("450 441-5300")
    assert "441" not in text and STORY[-1] in text


def test_table_rows_closing_the_story_stay():
    rows = ["North | 1,204", "South | 2,310", "East | 3,975"]
    text = _cleaned("\n".join(rows))
    assert "3,975" in text and "1,204" in text


def _cleaned_between(*middle: str) -> str:
    return clean_dump("\n\n".join([HEADLINE, *STORY[:2], *middle, *STORY[2:]]) + "\n").text


def test_date_line_between_two_paragraphs_leaves_the_story():
    text = _cleaned_between("Monday, May 22, 2017 | 2 a.m.")
    assert "2 a.m." not in text and all(paragraph in text for paragraph in STORY)


def test_table_between_two_paragraphs_stays():
    rows = ["Google Maps | 32.7 MB | 17.5 MB (-46%) | 9.6 MB (-71%)", "Gmail | 17.8 MB | 7.6 MB (-57%) | 7.3 MB (-59%)",
            "Kindle | 52.4 MB | 19.1 MB (-64%) | 8.4 MB (-84%)"]
    text = _cleaned_between("\n".join(["Original Size | Previous Patch Size | File-by-File Patch Size", *rows]))
    assert all(row in text for row in rows)
