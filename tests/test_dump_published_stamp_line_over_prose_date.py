"""Issue 12, round dumpsD354: a copy with nothing dated above its story is dated by its first stamp line, not by a
day its text or a caption prints first.

Aeon's essay prints "The cover of Life magazine from 30 April 1965 ..." long before its "16 May 2024" line; DW's
story says "... 30.01.2020" in a paragraph over "Date 20.02.2020"; Ozap's prints "17 mai 2015" in a sentence over
"le 01/12/2017 à 15h45". With no stamp in the header nor above the story, ``dump_published`` took the page's first
stamp; a first date without a clock in a line of more than ``PROSE_STAMP_WORDS`` other words now gives way to the
first stamp on a stamp line. A date with its clock in a sentence ("Dieser Artikel wurde am 14. Dezember 2015 um
14:48 von Heiner geschrieben ...") and a byline's stamp ("Jefferson Graham, USA TODAY 3:53 p.m. EST January 25,
2014") still date the copy.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import dump_published
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = "The committee met for three hours on Tuesday and agreed on a new budget for the coming year, its chair said."
EVENT = ("The cover of a magazine from 30 April 1965 is a startling artefact, filled by a colour photo that changed "
         "how a generation saw the question.")


def test_a_sentences_day_gives_way_to_the_stamp_line_under_it():
    lines = ["Menu", "A headline", STORY, EVENT, "Another paragraph of the story follows here.", "16 May 2024",
             "Share"]
    found = dump_published(lines, title="A headline", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2024, 5, 16)


def test_a_sentences_day_stands_when_no_stamp_line_follows():
    lines = ["Menu", "A headline", STORY, EVENT]
    found = dump_published(lines, title="A headline", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(1965, 4, 30)


def test_a_sentences_stamp_with_its_clock_stands():
    sentence = ("This article was written on 14 December 2015 at 14:48 by Heiner and filed under the tags Arduino, "
                "infrared and robots.")
    lines = ["Menu", "A headline", STORY, sentence, "15 December 2015 at 11:21 · Reply"]
    found = dump_published(lines, title="A headline", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2015, 12, 14, 14, 48)


def test_a_bylines_day_stands():
    lines = ["Menu", "A headline", STORY, "Jefferson Graham, USA TODAY staff writer, January 25, 2014", "Jan 31, 2014"]
    found = dump_published(lines, title="A headline", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2014, 1, 25)


@pytest.mark.parametrize("case_id", [
    "aeon_2024-05-16_building-embryos__mgh6",  # "30 April 1965" in the essay, "16 May 2024" under it
    "dw_2020-02-20_ghani-re-election-taliban-deal__brv",  # "... 30.01.2020" in a paragraph over "Date 20.02.2020"
])
def test_copied_page_is_dated_by_its_stamp_line_not_its_texts_day(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
