"""Issue 12, round dumpsD338: "am" or "pm" glued to the capital of the next field is still the clock's half of day.

E! Online prints "By Zach Johnson Dec 12, 2016 2:00 PMTags", Adweek "Aug. 1, 2014 - 12:45 PMComment", the Gateway
Pundit "Aug. 1, 2018 7:22 pmAug. 1, 2018 3:01 pm": the "pm" was read only before a word boundary, so 2:00 PM became
2:00 in the morning.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize(("text", "want"), [
    ("By Zach Johnson Dec 12, 2016 2:00 PMTags\nMagazines", datetime(2016, 12, 12, 14, 0)),
    ("By Patrick Coffee on Aug. 1, 2014 - 12:45 PMComment", datetime(2014, 8, 1, 12, 45)),
    ("by Cristina Laila Aug. 1, 2018 7:22 pmAug. 1, 2018 3:01 pm", datetime(2018, 8, 1, 19, 22)),
])
def test_a_meridiem_glued_to_the_next_field_is_read(text, want):
    assert find_stamps(text)[0].value == want


def test_a_meridiem_glued_to_a_lower_case_letter_is_not():
    assert find_stamps("Dec 12, 2016 2:00 pmx")[0].value == datetime(2016, 12, 12, 2, 0)
