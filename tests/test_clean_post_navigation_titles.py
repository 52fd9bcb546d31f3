"""WordPress's post navigation, a link to each neighbouring post with its title on the line, is a widget line
(``data/en/widget_lines.txt``, vocab215): "Previous Post: « Random Thoughts" and "Next post: Human Spaceflight Briefs"
on Balloon Juice's, WP Tavern's and Universe Today's pages of the unlabelled vocabulary pool
(``docs/vocabulary_sources.md``), "Previous Previous post: ..." (the theme's screen-reader label before the shown one)
on Data Therapy's dev page, whose reference keeps neither link.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "Previous Post: « Random Thoughts",
    "Next Post: Let’s Go Right to the Source »",
    "Next post: Human Spaceflight Briefs",
    "Previous Previous post: The Just Data Cube (at D4BL II)",
])
def test_a_post_navigation_link_with_its_title_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_a_sentence_about_the_next_post_stays():
    assert not widgets.is_widget_line("The next post office opens in May, the council said.")


def test_copied_data_therapy_post_loses_its_navigation_links():
    body, dump = copied_page("datatherapy_2019-03-13_aligning-data-methods-mission__mcm")
    text = clean_dump(dump).text
    for link in ("Previous Previous post: The Just Data Cube (at D4BL\xa0II)",
                 "Next Next post: Thoughts On Designing Data Sculptures"):
        assert link in dump and link not in body
        assert link not in text
