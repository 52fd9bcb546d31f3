"""Issue 12, round dumpsD328: a copy's day printed without a time takes the clock printed before it or under it.

The stamp readers take a clock after its date; copies print it before the date ("10:00 AM PDT • May 9, 2024" on
TechCrunch, "Rob Beschizza at 7:53 AM Wednesday, Aug 18, 2010" on Boing Boing, "3:00 PM on December 21, 2023" on
RedState, "17:41 JST, October 13, 2024" on the Japan News, "Published 22:00, 11 July 2021 BST" on LADbible) or alone on
the line under it ("December 6, 2023" over "2:00 PM" on Isthmus, "Aug. 27, 2019" over "5 PM" on the San Diego
Union-Tribune), and the copy was dated by the day alone (``page_dates.with_printed_clock``).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import DateReading, with_printed_clock
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = "The committee met for three hours on Tuesday and agreed on a new budget for the coming year, its chair said."
TITLE = "Budget agreed at last"


def _read(stamp_lines: list[str], raw: str, day: datetime) -> DateReading | None:
    lines = ["Menu", TITLE, "By Alice Example", *stamp_lines, STORY]
    return with_printed_clock(DateReading(day, "text", raw), lines, title=TITLE, first_line=STORY)


@pytest.mark.parametrize(("line", "raw", "day", "want"), [
    ("10:00 AM PDT • May 9, 2024", "May 9, 2024", datetime(2024, 5, 9),
     datetime(2024, 5, 9, 10, 0, tzinfo=timezone(timedelta(hours=-7)))),
    ("Alice Example at 7:53 AM Wednesday, Aug 18, 2010", "Aug 18, 2010", datetime(2010, 8, 18),
     datetime(2010, 8, 18, 7, 53)),
    ("By Alice Example | 3:00 PM on December 21, 2023", "December 21, 2023", datetime(2023, 12, 21),
     datetime(2023, 12, 21, 15, 0)),
    ("Published 22:00, 11 July 2021 BST", "11 July 2021", datetime(2021, 7, 11),
     datetime(2021, 7, 11, 22, 0, tzinfo=timezone(timedelta(hours=1)))),
])
def test_clock_before_the_date_is_its_time(line, raw, day, want):
    found = _read([line], raw, day)
    assert found is not None and found.value == want


def test_clock_on_the_line_under_the_date_is_its_time():
    found = _read(["December 6, 2023", "2:00 PM"], "December 6, 2023", datetime(2023, 12, 6))
    assert found is not None and found.value == datetime(2023, 12, 6, 14, 0)


@pytest.mark.parametrize("case_id", [
    "techcrunch_2024-05-09_luminar-tesla-motional-mobility__mgh3",  # "10:00 AM PDT • May 9, 2024"
    "isthmus_2023-12-06_downtown-madison-rebound__atf",  # "December 6, 2023" over "2:00 PM"
])
def test_copied_page_is_dated_at_its_printed_clock(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
