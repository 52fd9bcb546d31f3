"""Issue 12: the writers of a page copied as text, read after a byline label in its header (``metadata.dump_authors``)
when the dump cleaner named nobody.

Each test cleans a real dev page's select-all copy and compares with the reference authors written by reading the page.
"""
from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from tests.test_clean_text import CORPUS, clean_dump


def copied(case_id: str) -> tuple[list[str], str]:
    """(reference authors, the page as a browser's copy) for a dev page of the repo corpus."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta["expected"]["authors"], render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))


@pytest.mark.parametrize("case_id", [
    "al_2016-12-22_debit-card-skimming-arrests__pl",  # "By Mike Cason | mcason@al.com"
    "bild_2023-05-15_bubi-bomber-wieder-da__fundus",  # "Von: JÖRG ZSCHOCHE"
    "phoronix_2019-06-01_steam-linux-marketshare-may__pl",  # "Written by Michael Larabel in Valve on 1 June 2019 ..."
    "recode_2016-04-24_capital-gains-medium-uber-rival__mtsc2",  # "by Noah Kulwin @nkulw Apr 24, 2016, 3:30p"
])
def test_a_copied_pages_writers_are_the_names_after_its_byline_label(case_id):
    """The label opens a line of the header; the names end at the address, handle, date or word after them."""
    authors, dump = copied(case_id)
    doc = clean_dump(dump)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in authors}
