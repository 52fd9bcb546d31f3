"""Issue 12, round dumpsD328: a copy's published date is read from a stamp line, not a caption or a sentence.

``dump_published`` took the header's first stamp, wherever it stood: a caption's day between the headline and the
story ("Personen in Schutzanzügen ...: 11. Mai 2026 (AFP / JORGE GUERRERO)" over AFP Faktencheck's "Veröffentlicht am
13. Mai 2026 um 15:44", a photo's "Jan. 17, 2023" over The Intercept's "April 1 2023, 10:00 a.m."). A stamp on a line
that prints little besides it is now taken first.

When the copy's story opens on its dek, the stamp line stands under that first line with the byline between
("17.05.2026, 19:06 Uhr" under the Berliner Zeitung's dek and author, "29 de abril de 2021 - 18:44" under Página/12's,
"November 27, 2016" under the New Yorker's); with no stamp line in the header, ``dump_published`` took the stamp line
nearest above the story or the page's first stamp, a masthead's "today" or an issue's day.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import dump_published
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

DEK = "The council wants the city's traders back on the pavements by spring, and the traders want a say in it."
STORY = "The committee met for three hours on Tuesday and agreed on a new budget for the coming year, its chair said."


def test_stamp_line_in_the_header_is_taken_over_a_dated_caption():
    lines = ["Menu", "Budget agreed at last",
             "Councillors leave the town hall after the vote on the budget on March 3, 2023, in Springfield.",
             "Alice Example", "March 7 2023, 10:00 a.m.", STORY]
    found = dump_published(lines, title="Budget agreed at last", first_line=STORY, language="en")
    assert found is not None and found.value == datetime(2023, 3, 7, 10, 0)


def test_stamp_line_under_a_dek_dates_the_story():
    lines = ["Monday, 18 May 2026", "Home", "Markets", "Traders and the city", DEK, "Alice Example",
             "17 May 2026, 19:06", STORY]
    found = dump_published(lines, title="Traders and the city", first_line=DEK, language="en")
    assert found is not None and found.value == datetime(2026, 5, 17, 19, 6)


def test_a_dated_sentence_under_the_first_line_is_no_stamp_line():
    lines = ["Monday, 18 May 2026", "Home", "Traders and the city", DEK,
             "The council first met the traders' union on 2 February 2026 and again in April, the minutes show.",
             STORY]
    found = dump_published(lines, title="Traders and the city", first_line=DEK, language="en")
    assert found is not None and found.value == datetime(2026, 5, 18)


@pytest.mark.parametrize("case_id", [
    "afpfaktencheck_2026-05-13_angst-vor-hantavirus-lasst__fundus",  # a caption's "11. Mai 2026" in the header
    "pagina12-es_2024-04-26_concurso-belleza-modelos-ia__gsr",  # "26 de abril de 2024 - 00:10" under the dek
])
def test_copied_page_is_dated_by_its_stamp_line(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
