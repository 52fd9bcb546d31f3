"""Issue 12, round dumpsD311: a slashed date followed by a time in a zone of the United States is read month first,
whatever the page's language (``date_stamps.US_SLASHED``): the zone says the order.

Politico prints "10/04/2016 05:07 AM EDT" under its headline, HuffPost "11/28/2016 04:23 pm ET"; with slashed dates
left alone (the order differs by country) their copies took a teaser's or a caption's day, or none. A slashed date
without such a zone is still left alone.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


def test_slashed_date_before_a_us_zone_is_read_month_first():
    stamps = find_stamps("10/04/2016 05:07 AM EDT")
    assert [(s.value.replace(tzinfo=None), s.raw) for s in stamps] == [
        (datetime(2016, 10, 4, 5, 7), "10/04/2016 05:07 AM EDT")]
    assert [s.value.replace(tzinfo=None) for s in find_stamps("11/28/2016 04:23 pm ET")] == [
        datetime(2016, 11, 28, 16, 23)]
    # without a zone of the United States the order is unknown: left alone
    assert find_stamps("10/04/2016 05:07 AM") == [] and find_stamps("10/04/2016 05:07 CEST") == []


def test_us_zone_wins_over_a_day_first_language():
    assert [s.value.replace(tzinfo=None) for s in find_stamps("10/04/2016 05:07 AM EDT", slashed=True)] == [
        datetime(2016, 10, 4, 5, 7)]


@pytest.mark.parametrize("case_id", [
    "politico_2016-10-04_insiders-trump-sink-pence__pl",  # "10/04/2016 05:07 AM EDT"
    "huffingtonpost_2016-11-28_trump-receptiveness-obama-agenda__pl",  # "11/28/2016 04:23 pm ET"
])
def test_copied_page_takes_its_us_slashed_date(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
