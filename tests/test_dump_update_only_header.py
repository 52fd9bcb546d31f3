"""Issue 12, round dumpsD311: a copied page whose header prints only an update stamp takes it for the publication
(``page_dates.dump_published``): "-Aktualisiert am 28.04.2023-19:20" under the FAZ's headline, "Aktualisiert am 28.
April 2023, 20:22 Uhr" under Die Zeit's. The copy prints no other stamp, so it had no publication date.
"""
from __future__ import annotations

from datetime import datetime

from benchmarks.extraction import same_instant
from extractors.clean.page_dates import dump_published
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied

STORY = [f"Die Stadt hat am Dienstag nach langer Debatte beschlossen, die Brücke Nummer {i} über den Fluss zu "
         "sanieren, und der Bürgermeister sagte, die Arbeiten begännen im Frühjahr." for i in range(5)]


def test_update_stamp_alone_in_the_header_dates_the_story():
    lines = ["Brücke wird saniert", "Aktualisiert am 28. April 2023, 20:22 Uhr", *STORY]
    found = dump_published(lines, title=lines[0], first_line=STORY[0], language="de")
    assert found is not None and found.value == datetime(2023, 4, 28, 20, 22)
    # one below the story is no header's: a comment's or a rail's
    lines = ["Brücke wird saniert", *STORY, "Aktualisiert am 28. April 2023, 20:22 Uhr"]
    assert dump_published(lines, title=lines[0], first_line=STORY[0], language="de") is None


def test_copied_page_takes_its_update_stamp():
    published, dump = copied("faz_2023-04-28_49-euro-ticket-pendler__fundus")  # "-Aktualisiert am 28.04.2023-19:20"
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
