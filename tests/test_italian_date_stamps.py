"""Issue 12 (round dumpsD301): Italian month names in printed date stamps (``data/it/date_words.txt``).

Italian pages print the month by name, often capitalised: "12 Maggio 2024 16:48" under DiLei's headline, "10 Aprile
2019" on il Fatto Quotidiano, "13 Maggio 2024 Aggiornato alle 07:35" on la Repubblica, "15 Maggio 2019" on Star Wars
News Italia. Without the names a text dump of those pages had no date at all, or a teaser's.
"""
from __future__ import annotations

from datetime import datetime

from extractors.clean.date_stamps import find_stamps, is_date_only
from extractors.clean.document import clean_text


def test_an_italian_stamp_with_a_time_is_read():
    (stamp,) = find_stamps("12 Maggio 2024 16:48")
    assert stamp.value == datetime(2024, 5, 12, 16, 48) and stamp.has_time


def test_lower_case_italian_month_names_are_read():
    assert [s.value for s in find_stamps("5 gennaio 2025 e poi 1 dicembre 2024")] == [
        datetime(2025, 1, 5), datetime(2024, 12, 1)]


def test_an_italian_date_line_is_date_only():
    assert is_date_only("20 Aprile 2026")


def test_an_italian_dump_gets_its_date():
    story = " ".join(["Il consiglio comunale ha votato ieri sera per tenere aperta la biblioteca per un altro anno."] * 6)
    dump = f"Menu\nCerca\n\nLa biblioteca resta aperta\n\n12 Maggio 2024 16:48\n\nMario Rossi\n\n{story}\n\n{story}\n"
    published = clean_text(dump).published
    assert published is not None and published.replace(tzinfo=None) == datetime(2024, 5, 12, 16, 48)
