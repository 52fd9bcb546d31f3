"""Issue 12: a lone row of figures closing a copied story right under its last sentence is a counter or a widget's
number the copy picked up (Threatpost's "1048" under its closing quote, Versants' "450 441-5300" under the paragraph
giving that number), not a table's last row (``text._is_stray_figure``); a table's rows closing the story stay.
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
