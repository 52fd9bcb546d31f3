"""Issue 12, round dumpsD324: Korean and Norwegian pages print their times in one zone each.

"2025.05.15 20:00" under Hankook Ilbo's headline and "2019.02.19 16:18" on JoongAng are Korea Standard Time (+09:00
in their declarations), "05.08.2024, kl. 13.05" on NRK and "05.08.24 kl. 14:47" on VG are Norway's summer time
(+02:00). Without a ``zone`` row in their languages' ``date_words.txt`` the copies' times were taken as UTC.
"""
from __future__ import annotations

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import language_zone
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


def test_korean_and_norwegian_have_one_zone():
    assert language_zone("ko") is not None
    assert language_zone("no") is not None


@pytest.mark.parametrize("case_id", [
    "hankookilbo_2025-05-15__fundus",  # "2025.05.15 20:00"
    "joins-ko_2019-02-19_daewoo-shipbuilding-union-strike__sfm2b",  # "2019.02.19 16:18"
    "nrk_2024-08-05_ol-i-paris-2024__fundus",  # "05.08.2024, kl. 13.05"
    "verdensgang_2024-08-05_sskenbarna-fredrik-dahle-klocke__fundus",  # "05.08.24 kl. 14:47"
])
def test_copied_page_reads_its_time_in_its_language_zone(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
