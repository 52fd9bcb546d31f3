"""Issue 12, round dumps173: Portuguese month names (``data/pt/date_words.txt``) make Portuguese printed dates stamps
(``date_stamps.find_stamps``), as the Spanish and French names do: Notícia Exata prints its date only as "Alta Floresta
- MT, 22 de novembro de 2020. 18:20" in its tool bar (no meta, no JSON-LD), so its page had no date; Público prints "25
de Março de 2019, 18:17" under its byline (Portugal capitalised the month names until 2009)."""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.date_stamps import find_stamps, is_date_only


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Alta Floresta - MT, 22 de novembro de 2020. 18:20", datetime(2020, 11, 22)),  # no clock after a full stop
        ("25 de Março de 2019, 18:17", datetime(2019, 3, 25, 18, 17)),
        ("4 de outubro de 2019", datetime(2019, 10, 4)),
    ],
)
def test_portuguese_month_names_read_as_dates(text, value):
    (stamp,) = find_stamps(text)
    assert stamp.value == value


def test_a_portuguese_date_alone_on_its_line_is_a_date_line():
    assert is_date_only("25 de Março de 2019, 18:17")
    assert not is_date_only("O juiz determinou em 25 de Março de 2019 a libertação do ex-Presidente.")
