"""The two patterns ``date_stamps`` searches a page's whole text with: a year standing alone, a time naming its zone.

Both open on a digit, with the test of the character before the match made after it; these pin what they match
where that character is a digit, a colon, or nothing (the text's start).
"""
from extractors.clean.date_stamps import _YEAR, ZONED_TIME


def _years(text: str) -> list[str]:
    return [match.group(0) for match in _YEAR.finditer(text)]


def test_a_year_is_read_at_the_start_of_the_text_and_after_a_space():
    assert _years("2019 and 1999") == ["2019", "1999"]


def test_a_year_inside_a_longer_number_is_not_read():
    assert _years("120190 3.2019.5 id 12019 x2019012") == ["2019"]


def test_a_year_glued_to_one_or_two_digits_is_a_candidate():
    # round dumpsD301: a copy glues a stamp's year to the time after it ("June 15, 20165:04 PM ET" on NPR); only the
    # named-month forms of the stamp pattern read such a year
    assert _years("x20190 June 15, 20165:04") == ["2019", "2016"]


def test_a_year_after_a_single_digit_is_not_read():
    assert _years("72019") == []
    assert _years("7 2019") == ["2019"]


def _times(text: str) -> list[tuple[str, str, str]]:
    return [(match.group("H"), match.group("M"), match.group("tz")) for match in ZONED_TIME.finditer(text)]


def test_a_zoned_time_is_read_with_its_hour_of_one_or_two_digits():
    assert _times("05:07 AM EDT, 1:37pm PT") == [("05", "07", "EDT"), ("1", "37", "PT")]
    assert _times("23:10 GMT+7 and 9:05 UTC") == [("23", "10", "GMT+7"), ("9", "05", "UTC")]


def test_an_hour_of_thirty_or_more_is_not_read():
    assert _times("at 35:10 EDT") == []
    assert _times("35:10 EDT") == []


def test_a_time_after_a_digit_or_a_colon_is_not_read():
    assert _times("112:30 EDT") == []
    assert _times("10:12:30 EDT") == [("10", "12", "EDT")]
    assert _times("x:12:30 EDT") == []
