"""Issue 12, round dumps173: a date written in another language's words is a date row, not a table's row
(``text_regions._is_date_row`` reads ``date_stamps.find_stamps``; Spanish month names in ``data/es/date_words.txt``).

Consecutive lines of figures are kept together as a table (``rebuild_tables``), which no widget or date rule reads; a
line holding only dates and times is exempt, but the exemption knew English months only. Página/12's dump keeps its
stamp "26 de abril de 2024 - 00:10" twice under the byline, Diario del Sur's "Domingo, Diciembre 6, 2020 - 07:32"
under its "90165 lecturas" counter, ORF's "25. Oktober 2025, 17.52 Uhr" under "25.10.2025 17.52": each pair had
stayed above the story as a table.
"""
from __future__ import annotations

import pytest

from extractors.clean.date_stamps import find_stamps
from extractors.clean.text_regions import rebuild_tables
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump


@pytest.mark.parametrize(
    ("line", "month"),
    [("26 de abril de 2024 - 00:10", 4), ("Domingo, Diciembre 6, 2020 - 07:32", 12), ("17 de julio 2022", 7)],
)
def test_spanish_month_names_read_as_dates(line, month):
    (stamp,) = find_stamps(line)
    assert stamp.value.month == month


@pytest.mark.parametrize(
    "rows",
    [
        ["26 de abril de 2024 - 00:10", "26 de abril de 2024 - 00:10"],
        ["90165 lecturas", "Domingo, Diciembre 6, 2020 - 07:32"],
        ["25.10.2025 17.52", "25. Oktober 2025, 17.52 Uhr"],
    ],
)
def test_date_lines_in_other_languages_are_no_table(rows):
    assert rebuild_tables(rows) == rows


def test_rows_of_figures_with_a_dated_price_stay_a_table():
    rows = ["12 de marzo de 2025 2.594,69", "13 de marzo de 2025 2.601,10"]
    assert rebuild_tables(rows) == ["\n".join(rows)]


def test_spanish_date_lines_under_a_byline_leave_the_copied_story():
    dump = "\n".join(["Por Camila Alfie", "26 de abril de 2024 - 00:10", "26 de abril de 2024 - 00:10", *DUMP_STORY])
    text = clean_dump(dump).text
    assert all(paragraph in text for paragraph in DUMP_STORY)
    assert "2024" not in text
