"""Issue 12, round dumpsD347: a labelled publication stamp under a copy's dek dates it, a caption or a long byline
between.

The Sun Sentinel's and the Boston Herald's copies open the story on a dek or the lead photo's caption, then print the
byline and "PUBLISHED: <day> at <time> | UPDATED: ...". ``_under_dek`` took a stamp line under the first line only
across short lines, so the masthead's "today" at the page's top dated both copies, two days late.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import dump_published
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

CAPTION = ("Acting US Attorney Joshua Levy speaks during a press conference announcing that three were arrested for "
           "running the network, in Boston on Wednesday.")


def _lines(stamp_line: str) -> list[str]:
    return [
        "Thursday, November 9th 2023",
        "Menu",
        "Brothel catering to politicians busted in Boston",
        "Johns paid up to $600 an hour for sex services",
        CAPTION,
        "By Grace Zokovitch | gzokovitch@example.com",
        stamp_line,
        "A booming sex ring catering to wealthy doctors, lawyers and politicians was busted on Wednesday.",
    ]


def test_a_labelled_stamp_under_a_caption_dates_the_story():
    lines = _lines("PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.")
    found = dump_published(lines, title=lines[2], first_line=lines[3], language="en")
    assert found is not None and found.value == datetime(2023, 11, 8, 16, 56)


def test_an_unlabelled_stamp_under_a_caption_is_not_taken():
    lines = _lines("November 8, 2023 at 4:56 p.m.")
    found = dump_published(lines, title=lines[2], first_line=lines[3], language="en")
    assert found is not None and found.value.date() == datetime(2023, 11, 9).date()  # the masthead, as before


@pytest.mark.parametrize("case_id", [
    "bostonherald_2023-11-08_brothel__traf",  # dek, caption, byline, "PUBLISHED: November 8, 2023 at 4:56 p.m. | ..."
])
def test_a_copy_reads_the_labelled_stamp_under_its_dek(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_the_sun_sentinel_copy_reads_its_printed_publication():
    """The reference is zoned (US Eastern) and the copy prints no zone: the printed day and clock are what is read."""
    _, dump = copied("sun-sentinel_2023-12-22_let-kids-be-kids-child-labor-laws-editorial__atf2")
    doc = clean_dump(dump)
    assert doc.published is not None and doc.published.replace(tzinfo=None) == datetime(2023, 12, 22, 13, 52)
