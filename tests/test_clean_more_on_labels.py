"""A label "More on <subject>:" over links to other stories is furniture, not a line of the story.

Three dev publishers keep such a label their references leave out: "Mehr zu Konny Reimann und seiner Familie:" over a
list of links (Wunderweib), "Mehr Themen auf VOGUE.de:" (Vogue), and "MORE ON JAMES BOND:" heading a box of links
set with ``<br>`` (The Atlantic). ``LOCAL_WIDGET_LINE`` (``data/de`` and ``data/en`` ``widget_lines.txt``) reads them;
the colon makes them labels, so a subheading or sentence about "more on" a subject stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "label", "story"), [
    ("wunderweib_2019-06-20_manuela-reimann-hochzeit-bayern__hd", "Mehr zu Konny Reimann", "Hochzeit"),
    ("voguede_2024-04-23_kate-moss-vogue-cover__fundus", "Mehr Themen auf VOGUE.de", "Kate Moss"),
    ("theatlantic_2011-01-22_james-bond-getting-old__snk", "MORE ON JAMES BOND", "Bond"),
])
def test_a_dev_story_drops_its_more_on_label(case_id, label, story):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert story in doc.text
    assert label not in doc.text


@pytest.mark.parametrize("line", [
    "More on that later.",
    "Mehr zu den Kosten sagte der Minister nicht.",
])
def test_a_sentence_about_more_on_a_subject_is_no_label(line):
    assert not widgets.is_widget_line(line)
