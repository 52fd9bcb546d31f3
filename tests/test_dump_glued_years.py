"""Issue 12 (round dumpsD301): a printed date whose year a copied page glues to what follows it.

A browser's select-all copy joins inline elements without a space, so the year of a named-month stamp runs into
the time or the count printed after it: NPR's "June 15, 20165:04 PM ET" (three dev pages), La Nación's "31 de
marzo de 201619:44", CIO's "Sep 5, 20255 mins". A year has four digits, so after a month name and a day the digits
past the fourth are the next field's, not the year's.
"""
from __future__ import annotations

from datetime import datetime

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from extractors.clean.document import clean_text
from tests.test_text_dump_dates import copied


def test_a_year_glued_to_a_time_is_read_with_the_time():
    (stamp,) = find_stamps("June 15, 20165:04 PM ET")
    assert stamp.value.replace(tzinfo=None) == datetime(2016, 6, 15, 17, 4) and stamp.has_time
    (stamp,) = find_stamps("31 de marzo de 201619:44")
    assert stamp.value == datetime(2016, 3, 31, 19, 44)


def test_a_year_glued_to_a_count_is_read_as_the_date():
    (stamp,) = find_stamps("Sep 5, 20255 mins")
    assert stamp.value == datetime(2025, 9, 5) and not stamp.has_time


def test_longer_digit_runs_and_numeric_dates_stay_unread():
    assert find_stamps("Order 2016123 shipped May 5") == []
    assert find_stamps("12.03.20245") == []


def test_a_dump_dated_only_by_a_glued_stamp_gets_its_date():
    story = " ".join(["The council met on Tuesday evening and voted to keep the library open for another year."] * 6)
    dump = f"Menu\nSearch\n\nCouncil keeps the library open\n\nJune 15, 20165:04 PM ET\n\nJane Doe\n\n{story}\n\n{story}\n"
    assert same_instant(clean_text(dump).published.isoformat(), "2016-06-15T17:04:00-04:00")


def test_npr_copy_reads_its_glued_stamp():
    want, dump = copied("npr_2024-05-11_handwriting-typing-brain__mgh")
    got = clean_text(dump).published
    assert same_instant(got.isoformat() if got else None, want)
