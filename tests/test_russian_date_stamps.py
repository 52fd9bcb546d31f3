"""Issue 12 (round dumpsD301): Russian month names, in the genitive, in printed date stamps (``data/ru/date_words.txt``).

URA.RU prints "20 декабря 2017 в 19:15" under the headline and UNN "3 декабря 2020, 18:47 • ..."; without the names
a text dump of such a page had no date.
"""
from __future__ import annotations

from datetime import datetime

from extractors.clean.date_stamps import find_stamps


def test_a_russian_stamp_with_a_time_is_read():
    (stamp,) = find_stamps("20 декабря 2017 в 19:15")
    assert stamp.value == datetime(2017, 12, 20, 19, 15) and stamp.has_time


def test_russian_genitive_month_names_are_read():
    assert [s.value.month for s in find_stamps("3 января 2020, 5 мая 2021, 7 августа 2022")] == [1, 5, 8]
