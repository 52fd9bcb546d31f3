"""Issue 12, round dumpsD338: a slashed date with a two-digit year and a 24-hour clock, on a page whose language
writes slashed dates day first.

20 Minutes prints "Publié le 01/06/18 à 23h03 — Mis à jour le 01/06/18 à 23h10", O Tempo "10/12/20 - 10h02" under
the byline; a two-digit year was read only month first with a 12-hour clock or dotted day first, so the copies kept
a teaser's or the URL's day without the time.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize(("text", "want"), [
    ("Jean Saint-Marc\n\nPublié le 01/06/18 à 23h03 — Mis à jour le 01/06/18 à 23h10", datetime(2018, 6, 1, 23, 3)),
    ("Por Patrícia Cassese\n10/12/20 - 10h02\nMoser: ", datetime(2020, 12, 10, 10, 2)),
    ("Publicado em 05/03/21, 18:45", datetime(2021, 3, 5, 18, 45)),
])
def test_a_day_first_slashed_two_digit_year_with_its_clock_is_read(text, want):
    stamps = find_stamps(text, slashed=True)
    assert stamps[0].value == want and stamps[0].has_time and not stamps[0].updated


def test_the_update_after_it_is_known_for_one():
    stamps = find_stamps("Publié le 01/06/18 à 23h03 — Mis à jour le 01/06/18 à 23h10", slashed=True)
    assert [s.updated for s in stamps] == [False, True]


@pytest.mark.parametrize("text", ["Publié le 01/06/18 à 23h03", "10/12/20 - 10h02"])
def test_without_the_day_first_order_it_stays_unread(text):
    assert find_stamps(text) == []
