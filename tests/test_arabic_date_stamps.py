"""Issue 12: Arabic printed dates (``data/ar/date_words.txt``, ``date_stamps.find_stamps``): the month names of Egypt and
the Gulf and of the Levant, both at once joined by a slash, and the word for an afternoon time.

Before these rows no Arabic stamp was read: Al-Madenah News's "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً" gave
its copied page no publication date. The excerpts are of dev pages (Al-Madenah News, Akhbar El Yom, Beirut Observer).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize(("printed", "value"), [
    ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", datetime(2020, 4, 24, 21, 22)),  # Al-Madenah News
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", datetime(2020, 10, 7, 12, 9)),  # Akhbar El Yom: noon stays noon
    ("وتوفيت في 23 أبريل 1966 بعد رحلة مع المرض", datetime(1966, 4, 23)),  # Akhbar El Yom's story
    ("منذ 9 أغسطس/آب 2020", datetime(2020, 8, 9)),  # Beirut Observer's pair of names, without spaces
    ("السبت 5 كانون الأول 2020", datetime(2020, 12, 5)),  # a Levantine name of two words
])
def test_arabic_stamp_is_read(printed, value):
    stamps = find_stamps(printed)
    assert [s.value for s in stamps] == [value]


def test_word_opening_with_the_pm_initial_is_no_pm():
    """"م" stands for "مساءً" only as a word of its own: "11:09 مدينة" is 11:09."""
    assert [s.value for s in find_stamps("07 أكتوبر 2020 11:09 مدينة")] == [datetime(2020, 10, 7, 11, 9)]


def test_levantine_copied_page_takes_its_printed_evening_time():
    published, dump = copied("almadenahnews_2020-04-24_us-covid-deaths-50000__lang1")
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
