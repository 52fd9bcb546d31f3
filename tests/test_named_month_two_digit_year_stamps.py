"""Issue 12, round dumpsD335: a named-month date with a two-digit year (``date_stamps._short_year_named``).

"By Martyn Casserly | 29 Apr 19" on Macworld UK, "Jun. 10, 17 · Agile Zone" on DZone and "Publié le 27 Mar 20 à
9:21" on actu.fr print the year in two digits; the stamp pattern wanted four, so their copies read no stamp (actu.fr's
took a teaser's day). The month name says the order; the year must close its line or field, or stand before a clock.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize("text, value, has_time", [
    ("By Martyn Casserly | 29 Apr 19", datetime(2019, 4, 29), False),
    ("Jun. 10, 17 · Agile Zone", datetime(2017, 6, 10), False),
    ("Publié le 27 Mar 20 à 9:21", datetime(2020, 3, 27, 9, 21), True),
    ("Menu\nPosted Jun 3, 16 at 5:42 pm\nThe story", datetime(2016, 6, 3, 17, 42), True),
])
def test_named_month_with_two_digit_year_is_read(text, value, has_time):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, has_time)]
