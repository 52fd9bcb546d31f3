"""Issue 12: a copied page in a language that writes slashed dates day first takes its publication from such a date
(``data/<language>/date_words.txt`` row ``order`` in Portuguese, French, Spanish and Indonesian, ``date_stamps.day_first``,
``page_dates.dump_published``).

Notícia Exata prints "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: ..." under its headline, UOL "23/06/2020
16h45"; with slashed dates left alone their copies had no publication date. A page in English, written month first
in the United States, still reads none.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import day_first, find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


def test_slashed_date_is_read_day_first_only_when_asked():
    line = "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras"
    assert find_stamps(line) == []
    assert [s.value for s in find_stamps(line, slashed=True)] == [datetime(2020, 11, 22, 4, 30)]
    assert [s.value for s in find_stamps("23/06/2020 16h45", slashed=True)] == [datetime(2020, 6, 23, 16, 45)]


@pytest.mark.parametrize("language", ["pt", "fr", "es", "id"])
def test_languages_writing_the_day_first(language):
    assert day_first(language)


def test_english_does_not_write_the_day_first():
    assert not day_first("en") and not day_first(None)


@pytest.mark.parametrize("case_id", [
    "noticiaexata_2020-11-22_goias-supera-palmeiras__lang1",  # "22/11/2020 - 04:30 - Fonte: Agência Brasil"
    "kompas-id_2024-05-13_jokowi-pisang-pasar-sultra__mgh",  # "Kompas.com - 13/05/2024, 14:04 WIB"
    "lefigaro-fr_2013-04-05_montebourg-privatisations-partielles__g3",  # "Publié le 05/04/2013 à 17:08"
])
def test_copied_page_takes_its_slashed_date(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_english_copied_page_leaves_a_slashed_date_alone():
    story = [f"The council voted on Tuesday, after a long and heated debate, to fund bridge number {i} over the river, "
             "and the mayor said work would start in spring." for i in range(5)]
    doc = clean_dump("\n\n".join(["Bridge vote passes", "10/04/2021 - 04:30", *story]) + "\n")
    assert doc.published is None
