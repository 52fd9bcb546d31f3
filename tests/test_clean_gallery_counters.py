"""A slide's place in its gallery ("2 / 11", "1/12") alone on a line is a widget line, in both cleaners.

Gizmodo's week in review numbers each slide "2 / 11" ... "10 / 11" over its headline, the Berliner Morgenpost's
picture gallery shows "1/12"; no dev reference keeps such a line (``widgets.COUNTER_LINE``). A fraction or a score
inside a sentence stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def test_a_dev_gallery_loses_its_slide_counters():
    expected, doc = dev_page("gizmodo_2024-05-11_plasma-rocket-mars-week-roundup__mgh3")
    assert "2 / 11" not in expected["body"]
    assert "In our top stories this week" in doc.text
    assert not any(para in ("2 / 11", "10 / 11") for para in doc.text.split("\n\n"))


@pytest.mark.parametrize("line", ["2 / 11", "1/12", "10 / 11"])
def test_a_slide_counter_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["Add 1/2 cup of sugar.", "The home side won 3 / 1 on penalties.", "1/2 cup sugar"])
def test_a_fraction_in_a_line_of_words_is_no_counter(line):
    assert not widgets.is_widget_line(line)


def test_a_page_drops_the_counter_between_its_slides():
    page = ("<html><body><article>" + "".join(f"<p>1/{len(SENTENCES)}</p><p>{s}</p>" for s in SENTENCES)
            + "</article></body></html>")
    paragraphs = clean_html(page).text.split("\n\n")
    assert paragraphs == list(SENTENCES)
