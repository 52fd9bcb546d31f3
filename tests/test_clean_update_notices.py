"""A notice that the story will change, or a stamp of its age or last change, on a line of its own is furniture
(``data/en/widget_lines.txt``): "This story will be updated as more information becomes available." (247Sports),
"Refresh here for live updates." (USA Today), "Updated on September 19 at 3:15 p.m." (The Atlantic), "This story is
over 5 years old." (VICE). Their dev references leave them out.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "notice"), [
    ("247sports_2020-02-17_ryan-newman-serious-condition__brv2", "This story will be updated as more information"),
    ("usatoday_2020-02-19_trump-phoenix-rally-live__brv", "Refresh here for live updates."),
    ("theatlantic_2016-09-19_new-yorkers-push-alert__pl", "Updated on September 19 at 3:15 p.m."),
    ("vice_2016-05-26_google-wins-trial-against-oracle__mtsc", "This story is over 5 years old."),
])
def test_a_dev_story_drops_its_update_notice(case_id, notice):
    expected, doc = dev_page(case_id)
    assert notice not in expected["body"]
    assert notice not in doc.text


@pytest.mark.parametrize("line", [
    "This post has been updated.",  # a correction's note
    "The page will be updated by the ministry each week, officials said, as part of a broader effort.",
    "The law, updated on March 3 to cover drones, takes effect in May.",
])
def test_a_sentence_about_an_update_is_no_notice(line):
    assert not widgets.is_widget_line(line)
