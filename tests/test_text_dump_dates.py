"""Issue 12: the publication time of a page copied as text, read from the stamps it prints (``page_dates.dump_published``)
and zoned by the one civil time its language is written in (``page_dates.zoned_by_language``).

A text dump has no declarations; before these rules the dump path read a date only off a section/timestamp line above
the story, 49 of the 404 dev references. Each test cleans a real dev page's select-all copy and compares with the
reference written by reading the page.
"""
from __future__ import annotations

import gzip
import json
from datetime import datetime

import pytest

from benchmarks.extraction import SHARED_PAGES, same_instant
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean.date_stamps import find_stamps, language_zone
from tests.test_clean_text import CORPUS, clean_dump


def copied(case_id: str) -> tuple[str, str]:
    """(reference published, the page as a browser's copy) for a dev page of the repo or the shared corpus."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    for folder in (CORPUS, SHARED_PAGES):
        meta, page = folder / f"{case_id}.json", folder / f"{case_id}.html.gz"
        if not page.exists():
            page = folder / f"{case_id}.html"
        if meta.exists() and page.exists():
            data = page.read_bytes()
            data = gzip.decompress(data) if page.suffix == ".gz" else data
            return json.loads(meta.read_text(encoding="utf-8"))["expected"]["published"], render_bytes(data)
    pytest.skip(f"{case_id}: the shared cleaning corpus is not checked out here")


@pytest.mark.parametrize("case_id", [
    "bukvy_2025-10-09_poroshenko-sanctions-decree-supreme-court__mtsc",  # "Thursday, October 9, 2025 в 16:43"
    "clubic_2018-06-01_radeon-hd-7750-7770-test__grb",  # "01 juin 2018 à 15h36"
])
def test_a_copied_page_takes_the_time_its_header_prints(case_id):
    """The stamp under the headline is the publication, whatever the language of the word before its time."""
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_a_day_printed_alone_takes_the_time_printed_that_day():
    """Libération prints "30 avril 2015" over the story and "30 avril 2015 à 07:19" beside the byline, then the
    update "Mis à jour : 30 avril 2015 à 07:38", which is not the publication."""
    published, dump = copied("liberation_2015_troisieme-francais__moz")
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
    assert (doc.published.hour, doc.published.minute) == (7, 19)


@pytest.mark.parametrize("case_id", [
    "forbes_2015-09-30_grady-burnett-joins-hackerrank__mtsc2",  # a rail's "Feb 28, 2023,12:00pm EST" first
])
def test_the_headers_stamp_wins_over_an_earlier_one_on_the_page(case_id):
    """Teasers and rails copied above the story print other days; the stamp between the headline and the story is the
    publication."""
    published, dump = copied(case_id)
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


@pytest.mark.parametrize("case_id", [
    "ntv_2023-04-28_judy-lybke-ganz-gar__fundus",  # "28.04.2023, 18:11 Uhr", declared 18:11:01+02:00
    "tagesschau_2023-04-28_ausschuss-zur-ahrtal-flut__fundus",  # "28.04.2023 17:23 Uhr"
    "nikkangeadai_2025-01-31__fundus",  # "2025/01/31 11:30", +09:00
])
def test_a_time_printed_without_a_zone_is_in_the_zone_of_the_pages_language(case_id):
    """A German page's "18:11 Uhr" is Berlin time and a Japanese page's "11:30" Tokyo time: the references (from the
    pages' declarations) carry those offsets, which UTC, the default for a naive time, missed by one to nine hours."""
    published, dump = copied(case_id)
    assert datetime.fromisoformat(published).tzinfo is not None
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)


def test_languages_spoken_in_several_zones_give_no_zone():
    """English, French and Spanish pages print the times of many zones: no zone is guessed for them."""
    assert language_zone("de") is not None and language_zone("ja") is not None
    assert language_zone("en") is None and language_zone("fr") is None and language_zone("es") is None


def test_a_copys_stamps_are_searched_once_when_its_day_takes_a_printed_time(monkeypatch):
    """Libération's shape: "30 avril 2015" over the story, "30 avril 2015 à 07:19" by the byline. The day found takes
    its time from the stamps already read, not from a second search of the whole copy."""
    from extractors.clean import page_dates

    searches = []

    def counted(text, **options):
        searches.append(text)
        return find_stamps(text, **options)

    monkeypatch.setattr(page_dates, "find_stamps", counted)
    lines = ["Le titre de l'article", "30 avril 2015", "Par Jean Dupont", "30 avril 2015 à 07:19",
             "Le premier paragraphe de l'article commence ici et continue assez longtemps pour compter."]
    found = page_dates.dump_published(lines, title=lines[0], first_line=lines[-1], language="fr")
    assert found is not None and (found.value.day, found.value.hour, found.value.minute) == (30, 7, 19)
    assert len(searches) == 1
