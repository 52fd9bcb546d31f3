"""Issue 12, round dumpsD324: a stamp's clock written with a dot ("12.11 Uhr", "klo 12.45", "kl. 01.38").

Swiss, Austrian, Finnish and Norwegian pages print the hour and minute with a dot: "15.06.2020, 12.11 Uhr" on the NZZ,
"14.03.2023 20.01" and "25. Oktober 2025, 17.52 Uhr" on ORF, "2.9.2020 klo 12.45" on Yle, "Publisert 04.08.2024, kl.
01.38" on NRK. The stamp pattern read only "HH:MM" and "HHhMM", so those copies gave the day without its time. A dotted
clock is read as one only when its hour runs to 23 and no digit, "%" or decimal follows its minutes.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize("text, value", [
    ("Christian Weisflog 15.06.2020, 12.11 Uhr", datetime(2020, 6, 15, 12, 11)),
    ("14.03.2023 20.01", datetime(2023, 3, 14, 20, 1)),
    ("25. Oktober 2025, 17.52 Uhr", datetime(2025, 10, 25, 17, 52)),
    ("2.9.2020 klo 12.45", datetime(2020, 9, 2, 12, 45)),
    ("Publisert 04.08.2024, kl. 01.38 Oppdatert", datetime(2024, 8, 4, 1, 38)),
])
def test_dotted_clock_after_a_date_is_its_time(text, value):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, True)]


@pytest.mark.parametrize("text, value", [
    ("March 3, 2020 10.50% of the vote", datetime(2020, 3, 3)),  # a share
    ("May 5, 2020 12.5 million", datetime(2020, 5, 5)),  # a decimal
    ("May 5, 2020 25.30 euros", datetime(2020, 5, 5)),  # no 25th hour: the day stays read
    ("1.1.2021 12.345 Besucher", datetime(2021, 1, 1)),  # a thousands' dot
])
def test_dotted_figure_after_a_date_is_no_clock(text, value):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, False)]


@pytest.mark.parametrize("case_id", [
    "nzz_2020-06-15_us-sanktionen-syrische-wirtschaft__hd2",  # "15.06.2020, 12.11 Uhr"
    "orf_2023-03-14_assad-russland-putin-gesprach__fdh",  # "14.03.2023 20.01"
    "yle_2020-09-02_metsateollisuus-luottamus-marin__hd2",  # "2.9.2020 klo 12.45"
])
def test_copied_page_takes_its_dotted_clock(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


@pytest.mark.parametrize("text, value", [
    ("김수아 인턴 기자 2024. 5. 22. 08:37", datetime(2024, 5, 22, 8, 37)),  # Daum
    ("lassú kilábalás 2020. 08. 18. 21:35", datetime(2020, 8, 18, 21, 35)),  # baon.hu
])
def test_year_first_date_closed_by_a_dot_takes_the_clock_after_it(text, value):
    """Korean and Hungarian pages close a year-first date with a dot before its time ("2024. 5. 22. 08:37")."""
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, True)]


def test_year_first_date_closed_by_a_dot_before_a_word_keeps_its_day():
    assert [(s.value, s.has_time, s.raw) for s in find_stamps("2020. 08. 18. Ezt")] == \
        [(datetime(2020, 8, 18), False, "2020. 08. 18")]


@pytest.mark.parametrize("case_id", [
    "daum-ko_2024-05-22_kang-hyung-wook-lee-kyung-kyu__mgh",  # "김수아 인턴 기자 2024. 5. 22. 08:37"
    "baon_2020-08-18_kronikus-faradtsag-koronavirus__hd3",  # "2020. 08. 18. 21:35"
])
def test_copied_page_takes_the_clock_after_its_dotted_year_first_date(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
