"""Issue 12, round dumpsD328: a Japanese clock with "時" and "分", the "WIB" zone, a month name glued to a word.

ITmedia prints "2019年02月22日 14時30分 公開" and the Tokyo Shimbun "2025年1月13日 20時01分"; the stamp readers took the
colon clock only, so both copies were dated by the day alone (``date_stamps.find_stamps``).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize(("text", "want"), [
    ("» 2019年02月22日 14時30分 公開", datetime(2019, 2, 22, 14, 30)),
    ("2025年1月13日 20時01分", datetime(2025, 1, 13, 20, 1)),
])
def test_japanese_clock_is_the_stamps_time(text, want):
    stamps = find_stamps(text)
    assert [s.value for s in stamps] == [want] and stamps[0].has_time


@pytest.mark.parametrize("case_id", [
    "itmedia_2019-02-22_intel-nuc-ssd-hikaku__pl3b",
    "tokyoshimbun_2025-01-13_1-2__fundus",
])
def test_copied_japanese_page_is_dated_at_its_clock(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_indonesian_western_zone_is_read():
    """"WIB" (UTC+7) after an Indonesian stamp's clock: detikcom, Liputan6, Kompas, Tribunnews (round dumpsD328)."""
    stamps = find_stamps("Senin, 20 Mei 2024 18:04 WIB")
    assert [s.value.isoformat() for s in stamps] == ["2024-05-20T18:04:00+07:00"]


@pytest.mark.parametrize(("text", "want"), [
    ("PublishedMay 11, 2024", datetime(2024, 5, 11)),  # Gizmodo
    ("Doric SamDecember 20, 2023 Comments", datetime(2023, 12, 20)),  # Bleacher Report
    ("Daisy-Mae SchmittDec 05, 20232 Shares1530 Views", datetime(2023, 12, 5)),  # the Washington Independent
    ("by Anna Nemtsova and Owen MatthewsOctober 09, 2010", datetime(2010, 10, 9)),  # Newsweek
])
def test_month_name_glued_to_the_word_before_opens_a_stamp(text, want):
    """A copy glues a stamp's capitalised month name to the label or name before it (round dumpsD328)."""
    assert [s.value for s in find_stamps(text)] == [want]
