"""A read-also link inside a copied story is furniture in Norwegian and Hindi, as in Indonesian ("Baca juga: ...").

NRK's dumps carry "Les også En far for de store anledninger", label and headline on one line; Jagran's "यह भी पढ़ें"
("read this too") stands over a headline. Both were kept in the story of a text dump, and the references leave them
out. ``PROMO_LINE`` (``data/no/promo_lines.txt``) and ``RELATED_LABEL`` (``data/hi/related_labels.txt``) drop them;
a bare "Les også" (no headline) is no promo line, and a story's sentence telling what one reads goes on.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean.text_regions import PROMO_LINE, RELATED_LABEL
from tests.test_clean_text import CORPUS, clean_dump


def dev_dump(case_id: str):
    """A dev page of the repo corpus: its reference and the page copied as a browser copies it, cleaned."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta["expected"], clean_dump(render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())))


def test_a_norwegian_read_also_link_is_a_promo_line():
    assert PROMO_LINE.fullmatch("Les også Nordås innrømmer megablemme – fikk panikk 50 meter før mål")


def test_a_hindi_read_also_label_is_a_related_label():
    assert RELATED_LABEL.fullmatch("यह भी पढ़ें")


@pytest.mark.parametrize("line", [
    "Les også",
    "Hun les også aviser hver morgen, sier naboen.",
])
def test_a_norwegian_story_line_about_reading_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "link", "story"), [
    ("nrk_2024-08-05_ol-i-paris-2024__fundus", "Les også", "Retzius"),
    ("jagran_2020-11-28_aap-bijli-upbhokta-prayagraj__hd4", "यह भी पढ़ें", "प्रयागराज"),
])
def test_a_dev_dump_drops_its_read_also_link(case_id, link, story):
    expected, doc = dev_dump(case_id)
    assert link not in expected["body"]
    assert story in doc.text
    assert link not in doc.text
