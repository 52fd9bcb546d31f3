"""The ISO 8601 fast path of ``page_dates.parse_date`` gives what dateutil gives, tz objects included."""
import pickle
import warnings

import pytest

from extractors.clean.page_dates import _iso_date, _parse_date, parse_date

DATES = ["2024-08-27", "1999-12-31", "2024-02-29", "2023-02-29", "2024-13-05", "2024-05-13", "2024-04-31"]
TIMES = ["", "T10:00", "T10:00:00", " 10:00:00", "T23:59:59", "T24:00:00", "T10:60:00", "T10:00:00.1",
         "T10:00:00.123456", "T10:00:00.123456789"]
OFFSETS = ["", "Z", "+00:00", "-00:00", "-0000", "+02:00", "+0200", "-05:00", "-0530", "+14:00", "+23:59"]


def _exactly(value):
    """A datetime with everything the Parquet writer reads of it: the zone's type, name, offset and the fold."""
    if value is None:
        return None
    zone = value.tzinfo
    return (value, type(zone), repr(zone), value.utcoffset(), value.tzname(), value.fold, pickle.dumps(value))


@pytest.mark.parametrize("value", [d + t + o for d in DATES for t in TIMES for o in OFFSETS])
def test_iso_shapes_read_as_dateutil_reads_them(value):
    fast = _iso_date(value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        slow = _parse_date(value)
    if fast is not None:  # None: left to dateutil (an impossible date such as 31 April or 24:00)
        assert _exactly(fast) == _exactly(slow)


def test_declared_dates_take_the_fast_path():
    assert _iso_date("2024-08-27T10:00:00+02:00").utcoffset().total_seconds() == 7200
    assert _iso_date("2015-06-01T08:30:00.500Z").microsecond == 500000
    assert _iso_date("2021-03-04").hour == 0


@pytest.mark.parametrize("value", ["2024-04-31", "2024-08-27T24:00:00", "27.08.2024", "2024-08-27T10:00:00 EST",
                                   "2024-08-27T10:00:00+02", "２０２４-08-27", "2024-08-27t10:00", "Aug 27, 2024"])
def test_other_strings_go_to_dateutil(value):
    assert _iso_date(value) is None


def test_parse_date_still_reads_the_other_shapes():
    assert parse_date("Monday, December 16, 2013,  9:41 PM").hour == 21
    assert parse_date("2024-08-27T10:00:00 EST").utcoffset().total_seconds() == -5 * 3600
