"""Issue 12, round dumpsD335: Polish dates print the month in the genitive after the day ("6 maja 2024, 09:43" on
onet.pl, "niedziela, 28 maja 2023" on radiokielce.pl); with no Polish month words the stamp pattern read none, and
onet's copy took no date. The months live in ``extractors/clean/data/pl/date_words.txt``."""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps


@pytest.mark.parametrize("text, value, has_time", [
    ("Anna Nowak 6 maja 2024, 09:43", datetime(2024, 5, 6, 9, 43), True),
    ("niedziela, 28 maja 2023", datetime(2023, 5, 28), False),
    ("Data utworzenia: 14 października 2022 17:05", datetime(2022, 10, 14, 17, 5), True),
    ("1 września 2019", datetime(2019, 9, 1), False),
])
def test_polish_genitive_month_is_read(text, value, has_time):
    assert [(s.value, s.has_time) for s in find_stamps(text)] == [(value, has_time)]

