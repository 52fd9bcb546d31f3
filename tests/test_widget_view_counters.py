"""A view counter alone on its line is page furniture (``data/en/widget_lines.txt``): Geekonomics prints
"(16,543 views)" under its post, BuzzFeed "653,817 VIEWS" under its headline; no dev reference keeps one (dumps159)."""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize("line", ["(16,543 views)", "653,817 VIEWS", "1.2 views"])
def test_a_view_counter_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["Two views of the city", "The views of 3 people", "12 views on the merger"])
def test_prose_about_views_is_not_a_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_a_view_counter_under_the_story_leaves_the_copied_story():
    story = paragraphs(6, "Authority")
    dump = "\n".join(["Menu", "What authority is made of, and who grants it", *story, "(16,543 views)", "-------"])
    text = clean_dump(dump).text
    assert "views" not in text
    assert text.split("\n\n") == story
