"""Issue 12, round new147: a short line closed by a link's arrow "»" with no opening guillemet is a link to another
page, never the story's (``data/en/widget_lines.txt``; every language's list applies to every page).

ESPN's draft and free-agency boxes inside a feature copy a link a line ("• Mel & Todd answer biggest questions »"; the
page was withdrawn from the corpus after the round, the box below is its shape); the same arrow closes Adweek's "See more Jobs »", 24/7 Wall St.'s "The 52-Week
Low Club for Monday »" and Anime News Network's "more »" on dev pages. A French quote closes on the same mark but
opens with "«", and stays.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

BOX = ["2019 NFL Free Agency", "Here's what to know:", "• Most impactful moves for all 32 teams »",
       "• Barnwell's grades: Tracking big moves »", "• Winners and losers from free agency »",
       "More coverage » | Back to NFL »"]


@pytest.mark.parametrize("line", [*BOX[2:], "See more Jobs »", "The 52-Week Low Club for Monday »", "more »"])
def test_a_line_closed_by_a_links_arrow_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["L’Italie, le « maillon faible »", "« Désaccord total »"])
def test_a_french_quote_closed_by_its_guillemet_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_a_box_of_arrowed_links_inside_a_copied_story_leaves_it():
    dump = "\n".join(["Menu", *DUMP_STORY[:2], *BOX, *DUMP_STORY[2:], "About us"])
    text = clean_dump(dump).text
    assert all(paragraph in text for paragraph in DUMP_STORY)
    assert not any(line in text for line in BOX[2:])
