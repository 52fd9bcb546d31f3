"""Issue 12: the headline of a page copied as text is never a date line, a byline or a credited photo caption
(``metadata.dump_title``): when the dump cleaner's pick is one, the nearest headline-shaped line above the story is.

Each test cleans a real dev page's select-all copy and compares with the reference title written by reading the page.
"""
from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from tests.test_clean_text import CORPUS, clean_dump


def copied(case_id: str) -> tuple[str, str]:
    """(reference title, the page as a browser's copy) for a dev page of the repo corpus."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta["expected"]["title"], render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))


@pytest.mark.parametrize(("case_id", "not_the_title"), [
    ("clubic_2018-06-01_radeon-hd-7750-7770-test__grb", "01 juin 2018 à 15h36"),  # a date line
    ("macrumors_2016-05-24_apple-echo-competitor-siri-sdk__mtsc", "Tuesday May 24, 2016 2:54 pm PDT by Juli Clover"),
    ("adac_2018-10-23_kindersitze-test-vier-fallen-durch__hd", "© ADAC/Markus Zahradnik"),  # a credited caption
    ("popsugar_2016-12-19_millennial-decorating-mistakes__pl", "December 19, 2016 by Maggie Winterfeldt"),
])
def test_a_copied_pages_headline_is_no_date_byline_or_credited_caption(case_id, not_the_title):
    """The line right above the story on these copies is its header's date, byline or photo credit; the headline
    stands above them."""
    title, dump = copied(case_id)
    doc = clean_dump(dump)
    assert not_the_title not in (doc.title or "")
    assert " ".join((doc.title or "").split()) == " ".join(title.split())


def test_a_headline_shaped_pick_stays():
    """A headline the dump cleaner read (no date, byline or credit in it) is kept as it is: 247Sports'."""
    title, dump = copied("247sports_2016-12-09_houston-hires-applewhite__pl")
    assert clean_dump(dump).title == title
