"""Issue 12 (round dumpsD301): Indonesian month names in printed date stamps (``data/id/date_words.txt``).

detikcom and Tribunnews print "Senin, 13 Mei 2024 13:24 WIB" under the headline; without the month names a text dump
of those pages kept the day without its time, or a teaser's day.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from extractors.clean.date_stamps import find_stamps


def test_an_indonesian_stamp_with_a_time_is_read():
    (stamp,) = find_stamps("Senin, 13 Mei 2024 13:24 WIB")
    # "WIB" is Indonesia's western zone, UTC+7 (round dumpsD328)
    assert stamp.value == datetime(2024, 5, 13, 13, 24, tzinfo=timezone(timedelta(hours=7))) and stamp.has_time


def test_indonesian_month_names_that_differ_from_english_are_read():
    assert [s.value.month for s in find_stamps("1 Januari 2024, 2 Maret 2024, 3 Agustus 2024, 4 Desember 2024")] == [
        1, 3, 8, 12]
