"""Issue 12, round dumpsD324: a copy whose header holds no stamp is dated by the nearest stamp line above its story.

The Economist's copy prints its masthead's "Friday April 15th 2011" at the top and "Jan 20th 2011 | from the print
edition" over the headline; Takagi Hiromitsu's diary, BR's live page and Hankyung print a day of the site's own above
the story's stamp the same way. With no stamp between the headline and the story, ``dump_published`` took the
page's first stamp, the masthead's "today"; it now takes the stamp line nearest above the story, that line's first
stamp (the publication, not the update printed after it).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import dump_published
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = "The committee met for three hours on Tuesday and agreed on a new budget for the coming year, its chair said."


def test_masthead_day_above_a_dated_line_is_not_the_publication():
    lines = ["Friday April 15th 2011", "Home", "World", "Business", "Jan 20th 2011 | from the print edition",
             "Budget agreed at last", STORY]
    found = dump_published(lines, title="Budget agreed at last", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2011, 1, 20)


def test_nearest_stamp_line_gives_its_first_stamp():
    lines = ["Monday 12 February 2025", "Menu", "News | 11.2.2025 | 23:55 | Revised 12.2.2025 7:25", "A headline",
             "Alice Example", STORY]
    found = dump_published(lines, title="A headline", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2025, 2, 11, 23, 55)


@pytest.mark.parametrize("case_id", [
    "economist_2011-01-20_cigarettes-films-smoked-out__snk",  # "Friday April 15th 2011" over "Jan 20th 2011"
    "takagi-hiromitsu_2019-02-11_kaisei-nict-ho-puchi-enjo__pl3b",
])
def test_copied_page_is_dated_by_the_stamp_over_its_story(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
