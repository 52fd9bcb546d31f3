"""A page that declares no date is dated by the stamp line printed over its story, read as a copy's, not by a
masthead's day or a guess (round htmlD370)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.clean.document import clean_html
from extractors.clean.page_dates import DateReading, page_published, printed_over_guess
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))
FIRST = "The council voted on Tuesday, after a long debate, to fund the new bridge, item 0."


def page(top: str, header: str) -> str:
    return (f"<html lang='en'><head><title>Bridge vote</title></head><body><div>{top}</div>"
            f"<article><h1>Bridge vote</h1>{header}{BODY}</article></body></html>")


def test_the_stamp_line_over_the_story_beats_the_masthead_day():
    doc = clean_html(page("<p>Friday, April 15, 2011</p><p>Home</p><p>News</p>",
                          "<p>November 29, 2010 | Author: Jane Doe</p>"))
    assert doc.published.date() == datetime(2010, 11, 29).date()


def test_the_nearest_stamp_line_above_the_story_is_read_when_the_header_prints_none():
    menu = [f"Section {i}" for i in range(12)]
    lines = ["Friday April 15th 2011", *menu, "Jan 20th 2011 | from the print edition", *menu[:8], FIRST]
    found = page_published(lines, FIRST, title=None)
    assert found.value == datetime(2011, 1, 20)


def test_a_stamp_in_the_headline_dates_no_page():
    lines = ["Winners of the sale (2020/7/11-12)", "Racing news", FIRST]
    assert page_published(lines, FIRST, title="Winners of the sale (2020/7/11-12)") is None


def test_nothing_is_read_when_the_story_line_is_not_on_the_page():
    assert page_published(["November 29, 2010", "Another story"], FIRST, title=None) is None


def test_a_timed_reading_is_kept_over_a_printed_day_without_a_time():
    byline = DateReading(datetime(2020, 2, 19, 5, 0), "text", "Feb 19, 2020, 5:00 am")
    teaser = DateReading(datetime(2019, 11, 7), "text", "Nov. 7, 2019")
    assert printed_over_guess(byline, teaser, None) is byline


def test_a_day_the_url_states_is_kept():
    guess = DateReading(datetime(2019, 9, 7), "text", "2019-09-07")
    printed = DateReading(datetime(2009, 5, 14), "text", "May 14, 2009")
    url = DateReading(datetime(2019, 9, 7), "url", "2019/09/07")
    assert printed_over_guess(guess, printed, url) is guess
    assert printed_over_guess(guess, printed, None) is printed


def test_a_printed_day_replaces_a_guess_of_another_day():
    guess = DateReading(datetime(2025, 9, 5), "text", "2025-09-05")
    printed = DateReading(datetime(2023, 6, 5), "text", "June 5, 2023")
    assert printed_over_guess(guess, printed, None) is printed


@pytest.mark.parametrize(("name", "day"), [
    ("economist_2011-01-20_cigarettes-films-smoked-out__snk", (2011, 1, 20)),
    ("thevacationgals_2010-11-29_vacation-rental-homes-family-reunion__pool1", (2010, 11, 29)),
    ("theonion_2009-07-28_apple-iphone-only-visible__mtin", (2009, 7, 28)),
    ("obsidian_2023-06-05_verify-obsidian-sync-encryption__dfd", (2023, 6, 5)),
])
def test_dev_pages_take_the_day_printed_over_the_story(name, day):
    _, doc = dev_page(name, with_url=False)
    assert doc.published.date() == datetime(*day).date()


def test_a_dev_page_takes_the_zoned_time_printed_over_the_story():
    _, doc = dev_page("globalvoicesonline_2009-06-09_north-korea-journalists-hard-labor__mcb", with_url=False)
    assert doc.published == datetime(2009, 6, 9, 20, 28, tzinfo=UTC)
