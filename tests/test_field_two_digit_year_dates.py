"""Issue 12, round dumpsD338: a numeric date with a two-digit year and no clock, when its numbers settle its order.

Conservative HQ prints "CHQ Staff | 10/17/18" under the headline, IAB "10.15.15" on a line of its own, Fast Company
"06-13-22" over the headline; a two-digit year was read only beside a clock, so the copies had no date or a teaser's.
A number over 12 is the day; a date readable both ways ("06.03.16") stays unread.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize(("text", "want"), [
    ("Beware Soros' Rented Evangelicals\nCHQ Staff | 10/17/18\nAs Soros-funded ministers", datetime(2018, 10, 17)),
    ("Getting LEAN with Digital Ad UX\n\t\t10.15.15\t\t\nBy\tScott Cunningham", datetime(2015, 10, 15)),
    ("advertisement\n06-13-22\nthe future of work", datetime(2022, 6, 13)),
    ("Nachrichten | 24.05.16 | Politik", datetime(2016, 5, 24)),
])
def test_a_two_digit_year_date_alone_in_its_field_is_read_when_a_number_is_over_12(text, want):
    assert [s.value for s in find_stamps(text)] == [want]


@pytest.mark.parametrize("text", [
    "Timothy J. Seppala\n06.03.16 in Robots",  # both ways round, and not alone in its field
    "Devindra Hardawar\n11.03.17\nComments",  # both ways round
    "The score went 10-15-12 in the third set.",  # inside a sentence
    "Update to version 2.13.16\n",  # a version number
])
def test_an_ambiguous_or_embedded_two_digit_year_date_is_not_read(text):
    assert find_stamps(text) == []
