"""Issue 12, round dumpsD313: numeric stamps with a two-digit year (``date_stamps._SHORT_YEAR_US``).

The Kinja sites print "8/17/13 11:04am" (Gizmodo, Kotaku) and "10/13/16 12:34PM" (Deadspin) under the headline,
Fast Company "05.24.16 5:42 AM"; the stamp pattern wanted a four-digit year, so their copies took no day or a
teaser's. A two-digit year is read month first only beside a 12-hour clock, the United States' way of writing both;
its century is 20xx up to 69 and 19xx from 70. Without the clock the order and the year stay unknown.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize("text, value", [
    ("Alan Henry 8/17/13 11:04am Filed to: back to school", datetime(2013, 8, 17, 11, 4)),
    ("Filed to: MLB 10/13/16 12:34PM", datetime(2016, 10, 13, 12, 34)),
    ("05.24.16 5:42 AM", datetime(2016, 5, 24, 5, 42)),
    ("posted 12/25/99 at 11:59 p.m.", datetime(1999, 12, 25, 23, 59)),
])
def test_two_digit_year_beside_a_12_hour_clock_is_read_month_first(text, value):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, True)]


@pytest.mark.parametrize("text", [
    "8/17/13 and more",  # no clock: the order is unknown
    "v1.2.13 4:00 pm",  # a version number glued to its letter, not a date
    "13/17/13 11:04am",  # no thirteenth month
])
def test_two_digit_year_without_its_clock_or_a_month_is_no_stamp(text):
    assert find_stamps(text) == []


@pytest.mark.parametrize("case_id", [
    "gizmodo_2013-08-17_gear-apps-next-semester__unf",  # "8/17/13 11:04am"
    "fastcompany_2016-05-24_funding-minority-owned-business__mtsc2",  # "05.24.16 5:42 AM"
])
def test_copied_page_takes_its_two_digit_year_stamp(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


@pytest.mark.parametrize("text, value", [
    ("Publisert: 31.07.24 kl. 11:31", datetime(2024, 7, 31, 11, 31)),  # VG
    ("Opskrifter Skrevet af DAGENS | 20.09.18 | 14:15", datetime(2018, 9, 20, 14, 15)),  # Dagens
    ("5.2.13 um 09:05 Uhr", datetime(2013, 2, 5, 9, 5)),
])
def test_dotted_two_digit_year_beside_a_24_hour_clock_is_read_day_first(text, value):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, True)]


@pytest.mark.parametrize("text", [
    "20.09.18 and more",  # no clock: the year may be anything
    "score 3.1.22 12:00:11",  # no stamp's shape: a clock with seconds after a dotted triple
    "v1.2.13 14:00",  # a version number glued to its letter
])
def test_dotted_two_digit_year_without_a_24_hour_clock_is_no_stamp(text):
    assert find_stamps(text) == []


@pytest.mark.parametrize("case_id", [
    "dagens_2018-09-20_kyllingelaar-i-ovn__sfm",  # "20.09.18 | 14:15"
    "verdensgang_2024-07-31_benske-tjom-ol-finale__lang1",  # "31.07.24 kl. 11:31"
])
def test_copied_page_takes_its_dotted_two_digit_year_stamp(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
