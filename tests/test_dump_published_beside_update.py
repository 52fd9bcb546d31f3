"""Issue 12, round dumpsD311: a dump's stamp line printing both the publication and the update gives the publication
(``text._stamp``): the stamp not after an update label, read with the time printed before its day.

The Seattle Times prints "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", Time "Updated: February 19,
2020 11:37 PM ET | Originally published: February 20, 2020", the Mirror and the Daily Star "08:39, 06 Jan
2026Updated 08:41, 06 Jan 2026" glued; the line's last stamp, the update, was taken.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.text import clean_text_dump
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = [f"The council voted on Tuesday, after a long and heated debate, to fund bridge number {i} over the river, "
         "and the mayor said work would start in spring." for i in range(5)]


@pytest.mark.parametrize(("stamp", "published"), [
    ("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", datetime(2019, 4, 28, 6, 1)),
    ("08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026", datetime(2026, 1, 6, 8, 39)),
    ("Updated: February 19, 2020 11:37 PM ET | Originally published: February 20, 2020", datetime(2020, 2, 20)),
])
def test_stamp_line_gives_the_publication_not_the_update(stamp, published):
    dump = clean_text_dump("\n\n".join(["Bridge vote passes in a late session", stamp, *STORY]) + "\n")
    assert dump.published is not None and dump.published.replace(tzinfo=None) == published


@pytest.mark.parametrize("case_id", [
    "seattletimes_alaskan-halibut__moz",
    "mirror_2026-01-06_man-kept-six-women__fundus",
    "time_2020-02-20_nevada-democratic-debate-highlights__brv",
])
def test_copied_page_takes_the_publication_beside_the_update(case_id):
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
