"""Issue 12: a copied page in a language that writes slashed dates day first takes its publication from such a date
(``data/pt/date_words.txt`` row ``order``, ``date_stamps.day_first``, ``page_dates.dump_published``).

Notícia Exata prints "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: ..." under its headline, UOL "23/06/2020
16h45"; with slashed dates left alone their copies had no publication date. A page in English, written month first
in the United States, still reads none.
"""
from __future__ import annotations

from datetime import datetime

from benchmarks.extraction import same_instant
from extractors.clean.date_stamps import day_first, find_stamps
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


def test_slashed_date_is_read_day_first_only_when_asked():
    line = "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras"
    assert find_stamps(line) == []
    assert [s.value for s in find_stamps(line, slashed=True)] == [datetime(2020, 11, 22, 4, 30)]
    assert [s.value for s in find_stamps("23/06/2020 16h45", slashed=True)] == [datetime(2020, 6, 23, 16, 45)]


def test_portuguese_writes_the_day_first_and_english_does_not():
    assert day_first("pt") and not day_first("en") and not day_first(None)


def test_portuguese_copied_page_takes_its_slashed_date():
    published, dump = copied("noticiaexata_2020-11-22_goias-supera-palmeiras__lang1")
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_english_copied_page_leaves_a_slashed_date_alone():
    story = [f"The council voted on Tuesday, after a long and heated debate, to fund bridge number {i} over the river, "
             "and the mayor said work would start in spring." for i in range(5)]
    doc = clean_dump("\n\n".join(["Bridge vote passes", "10/04/2021 - 04:30", *story]) + "\n")
    assert doc.published is None
