"""Issue 12, round dumpsD338: a stamp's zone glued to the capital of the field after it is still its zone.

A copy joins inline elements without a space: Hola prints "JUNE 24, 2024 4:23 PM EDTJUN 24, 2024, 4:23 PM EDT",
Liputan6 "Diperbarui 20 Mei 2024, 15:00 WIBDiterbitkan 20 Mei 2024, 15:00 WIB". The zone was read only before a
non-word character, so the first stamp of each line (the one the dump's date takes) stayed a naive time.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize(("text", "want"), [
    ("JUNE 24, 2024 4:23 PM EDTJUN 24, 2024, 4:23 PM EDT", datetime(2024, 6, 24, 16, 23, tzinfo=timezone(timedelta(hours=-4)))),
    ("Diperbarui 20 Mei 2024, 15:00 WIBDiterbitkan 20 Mei 2024, 15:00 WIB",
     datetime(2024, 5, 20, 15, 0, tzinfo=timezone(timedelta(hours=7)))),
])
def test_a_zone_glued_to_the_next_field_is_the_stamps_zone(text, want):
    first = find_stamps(text)[0]
    assert first.value == want and first.raw.endswith(("EDT", "WIB"))


@pytest.mark.parametrize("text", ["28.04.2024, 16:33 ZDF-Reportage", "May 3, 2024 4:00 PM ETH Zurich", "May 3, 2024 4:00 PM ESTonia"])
def test_a_short_zone_or_a_word_beginning_like_a_zone_is_no_zone(text):
    (stamp,) = find_stamps(text)
    assert stamp.value.tzinfo is None
