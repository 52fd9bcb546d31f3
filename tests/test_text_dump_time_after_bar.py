"""Issue 12, round dumpsD347: a dump's stamp line printing its time in the date's next field, after a bar.

"February 19, 2020 | 10:57pm" (the New York Post, Page Six) and "April 5, 2018 | 6:00 PM" (the ACLU's blog) were
read as the day alone: the stamp line's pattern took the bar and everything after it for other fields.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from extractors.clean.text import _stamp
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize("line, value", [
    ("February 19, 2020 | 10:57pm", datetime(2020, 2, 19, 22, 57)),
    ("April 5, 2018 | 6:00 PM", datetime(2018, 4, 5, 18, 0)),
    ("February 19, 2020 | 11:01pm | Updated February 20, 2020 | 1:05am", datetime(2020, 2, 19, 23, 1)),
])
def test_a_time_after_a_bar_is_the_stamps(line, value):
    stamp = _stamp(line)
    assert stamp is not None and stamp[1].replace(tzinfo=None) == value


def test_a_bar_before_another_field_still_leaves_the_day():
    stamp = _stamp("February 19, 2020 | Politics")
    assert stamp is not None and stamp[1] == datetime(2020, 2, 19)


@pytest.mark.parametrize("case_id", [
    "nypost_2020-02-19_nfl-playoff-expansion-plan__brv",  # "February 19, 2020 | 10:57pm", US Eastern
    "pagesix_2016-12-19_vergara-loeb-embryo__pl",  # "December 19, 2016 | 7:08pm", 00:08 UTC the next day
])
def test_a_copy_reads_the_time_after_the_bar(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


@pytest.mark.parametrize("line, value", [
    ("Monday, June 8th, 2009 @ 05:50 UTC", "2009-06-08T05:50:00+00:00"),  # Global Voices
    ("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", "2016-02-29T23:10:00+00:00"),  # Simply Found
])
def test_a_time_after_an_at_sign_is_the_stamps(line, value):
    """Round dumpsD347: "@" between the date and its clock reads as "at"."""
    stamps = find_stamps(line)
    assert stamps and stamps[0].has_time and stamps[0].value.isoformat() == value


def test_an_at_sign_before_a_handle_leaves_the_day():
    stamps = find_stamps("February 29, 2016 @joewee")
    assert stamps and not stamps[0].has_time


def test_a_global_voices_copy_reads_the_time_after_the_at_sign():
    published, dump = copied("globalvoicesonline_2009-06-08_gabon-president-omar-bongo-death__mcb")
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
