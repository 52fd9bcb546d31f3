"""Issue 12: a house notice on reproducing its stories closes a story copied as text (dumps78,
``data/en/disclaimer_lines.txt``: UrduPoint, the Nikkei).

The case is a dev page of the repo corpus rendered as a select-all copy: the line is in the copy and not in the
page's reference, and the cleaned text leaves it out while still reading the story.
"""
from __future__ import annotations

from extractors.clean.text_regions import DISCLAIMER
from tests.test_clean_text import clean_dump, copied_page


def test_reproduction_notice_under_a_copied_story_goes():
    body, dump = copied_page("urdupoint-ur_2024-05-12_pakistan-ireland-t20__mgh")
    line = "Reproduction without proper consent is not allowed."
    text = clean_dump(dump).text
    assert line in dump and line not in body
    assert line not in text
    assert any(paragraph in body for paragraph in text.split("\n\n"))  # the story itself is read


def test_a_story_line_on_copies_is_no_house_notice():
    assert not DISCLAIMER.fullmatch("The band said the reproduction was made with permission of the estate.")
