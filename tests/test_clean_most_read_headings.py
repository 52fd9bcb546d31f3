"""A most-read rail's heading is furniture in Urdu too, as "Most read" and "Meistgelesen" are.

The dev page that showed it in Urdu: UrduPoint (``data/ur/widget_lines.txt``); the kind on the German and English
dev pages of channelpartner, heise, Spektrum and t-online.
"""
from __future__ import annotations

import pytest

from extractors.clean.widgets import is_widget_line
from tests.clean_helpers import dev_page

HEADING = "اس وقت سب سے زیادہ پڑھی جانے والی خبریں :"


@pytest.mark.parametrize("line", [HEADING, "سب سے زیادہ پڑھی جانے والی خبریں"])
def test_an_urdu_most_read_heading_is_a_widget_line(line):
    assert is_widget_line(line)


def test_an_urdu_sentence_about_the_most_read_news_stays():
    assert not is_widget_line("وزیر اعظم نے کہا کہ یہ سب سے زیادہ پڑھی جانے والی خبریں ہیں اور عوام ان پر بات کرتے ہیں۔")


def test_urdupoint_page_loses_its_most_read_heading():
    _, doc = dev_page("urdupoint-ur_2024-05-12_pakistan-ireland-t20__mgh")
    assert "سب سے زیادہ پڑھی" not in doc.text
