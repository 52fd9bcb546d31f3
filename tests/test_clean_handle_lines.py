"""A line of a person's name and an @handle and nothing else is a byline or an embedded post's header, not the story.

The Register-Guard sets "Tatiana Parafiniuk-Talesnick @TatianaSophiaPT" over its story; copied Substack posts (Gary
Marcus's, Simon Sarris's, Adam Tooze's) keep each embedded post's "Erik Brynjolfsson @erikbryn" header. No dev
reference keeps such a line (``data/en/widget_lines.txt``, both cleaners). A story's sentence naming a handle stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page


def test_a_dev_story_drops_its_byline_with_the_authors_handle():
    expected, doc = dev_page("registerguard_2020-04-13_second-suspect-shooting-turns-himself-in__hd4")
    assert "@TatianaSophiaPT" not in expected["body"]
    assert "turned himself in" in doc.text
    assert "Tatiana Parafiniuk-Talesnick @TatianaSophiaPT" not in doc.text


def test_a_copied_post_drops_the_header_of_an_embedded_post():
    expected, dump = copied_page("simonsarris_2021-07-01_precious-resource-is-agency__mtsc2")
    assert "@anafabrega11" not in expected
    assert "Ana Lorena Fabrega @anafabrega11" not in clean_dump(dump).text


@pytest.mark.parametrize("line", ["Erik Brynjolfsson @erikbryn", "Thomas G. Dietterich @tdietterich"])
def test_a_name_and_handle_line_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "Follow Jane Roe @janeroe for updates from the council meeting.",
    "The mayor replied to @cityhall within minutes.",
])
def test_a_sentence_naming_a_handle_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)
