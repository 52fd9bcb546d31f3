"""A subheading of the story that opens with a control verb ("Watch", "Search") is the story's (issue 12, dev recall).

``is_widget_line`` reads a short line opening with a control verb as a control ("Watch", "Follow us"). A
heading between paragraphs of the story reads that verb as an ordinary word once it opens three words or more:
fortune.com's "Watch What You Say" over a paragraph on Alexa's privacy, parse.ly's "Search: The dominator" over
a paragraph on search referrals. Lines that name a widget otherwise ("Read More", "Follow us on Twitter") stay
controls, as do the bare verbs.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize("line", ["Watch What You Say", "Search: The dominator", "Follow the money"])
def test_a_control_verb_opening_a_subheading_is_an_ordinary_word(line):
    assert widgets.is_widget_line(line, max_words=4)
    assert not widgets.is_widget_line(line, max_words=4, subheading=True)


@pytest.mark.parametrize("line", ["Watch", "Follow us", "Read More", "Follow us on Twitter", "Watch: the vote"])
def test_controls_stay_controls_as_subheadings(line):
    assert widgets.is_widget_line(line, max_words=4, subheading=True)


def test_a_subheading_opening_with_a_control_verb_between_story_paragraphs_is_kept():
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:2]) + "<h2>Watch What You Say</h2>" + "".join(
        f"<p>{s}</p>" for s in SENTENCES[2:]
    )
    html = f"<html lang='en'><head><title>Bridge vote</title></head><body><article>{paragraphs}</article></body></html>"
    assert "Watch What You Say" in clean_html(html).text


@pytest.mark.parametrize(("case_id", "heading"), [
    ("fortune_2016-12-15_alexa-gadgets__pl", "Watch What You Say"),
    ("parsely_the-ultimate-referral-guide__n3k", "Search: The dominator"),
])
def test_a_dev_subheading_opening_with_a_control_verb_is_kept(case_id, heading):
    expected, doc = dev_page(case_id)
    assert heading in expected["body"].split("\n")
    assert heading in doc.text.split("\n")
