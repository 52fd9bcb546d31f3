"""Issue 12, round dumpsD328: a masthead's day read above a copy's header gives way to the header's stamp line.

The copy's header loop (``text.clean_text_dump``) dates the page by its first stamp line, often the masthead's "today"
at the top: The Atlantic's "Friday, April 15, 2011" over "Jan 22 2011, 8:00 AM ET Comment" under the headline, the
Vacation Gals' "April 15, 2011" over "November 29, 2010 | Author: SanFranciscoGal" (and Threatpost's teaser day under
the story over "by Michael Mimoso May 17, 2016 , 12:25 pm"). ``page_dates.header_day_over_masthead`` takes the
header's stamp line instead, unless the day read follows a "published" label or the header's line has the shape of a
rail's stamp lines above it.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import DateReading, header_day_over_masthead
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = "The committee met for three hours on Tuesday and agreed on a new budget for the coming year, its chair said."
TITLE = "Budget agreed at last"


def test_masthead_day_gives_way_to_the_header_stamp_line():
    lines = ["Friday, April 15, 2011", "Home", "World", "Business", TITLE, "By Alice Example",
             "Jan 22 2011, 8:00 AM ET Comment", STORY]
    masthead = DateReading(datetime(2011, 4, 15), "text", "April 15, 2011")
    found = header_day_over_masthead(masthead, lines, title=TITLE, first_line=STORY, language="en")
    assert found is not None and found.value.replace(tzinfo=None) == datetime(2011, 1, 22, 8, 0)


def test_day_after_a_published_label_stays():
    lines = ["published 19 December 2023", "Reviews", TITLE, "Release date Dec 8, 2023", STORY]
    day = DateReading(datetime(2023, 12, 19), "text", "19 December 2023")
    assert header_day_over_masthead(day, lines, title=TITLE, first_line=STORY, language="en") == day


def test_rail_stamp_line_in_the_header_does_not_replace_the_day():
    lines = ["June 20, 2023", "Opinion", "Another column", "Published May 30, 2023", "More", TITLE,
             "Published June 06, 2023", STORY]
    day = DateReading(datetime(2023, 6, 20), "text", "June 20, 2023")
    assert header_day_over_masthead(day, lines, title=TITLE, first_line=STORY, language="en") == day


@pytest.mark.parametrize("case_id", [
    "theatlantic_2011-01-22_james-bond-getting-old__snk",
    "thevacationgals_2010-11-29_vacation-rental-homes-family-reunion__pool1",
])
def test_copied_page_is_dated_by_its_header_stamp_line(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
