"""A short label whose box of links went goes with it; a price or a subheading before the story goes on stays.

The link rules drop a related box's links but not its plain-text label: "UPDATES" over ABC7 New York's coverage links,
FAZ.NET's "Zum Thema", Le Figaro's "À découvrir", Rzeczpospolita's "Czytaj więcej". Their references leave the
labels out; ``html._labels_over_links`` drops a label of a few words whose next block went as links when the block
after those links goes too. A shop card's price over its "Buy now" link is followed by the story and stays, and a
label with a digit (BR's ticker day "Dienstag, 27. August 2024", in its reference) is never taken for one.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "label"), [
    ("abc7ny_2020-05-01_penn-station-overnight-cleaning__hd7", "UPDATES"),
    ("faz_2011-04-09_stewart-brand-interview__snk", "Zum Thema"),
    ("lefigaro_2024-11-22_guerre-ukraine-russie-affirme__fundus", "À découvrir"),
    ("rzeczpospolita_2025-02-02_niemcy-stae-zamkniecie-granic__fundus", "Czytaj więcej"),
])
def test_a_dev_story_drops_the_label_of_a_box_of_links(case_id, label):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"].split("\n\n")
    assert label not in doc.text.split("\n\n")


def test_a_dev_live_ticker_keeps_its_day_heading():
    expected, doc = dev_page("br_2024-08-27_krieg-israel-gaza-news__fundus")
    assert "Dienstag, 27. August 2024" in expected["body"]
    assert "Dienstag, 27. August 2024" in doc.text


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
    return f"<html><head><title>Bridge vote</title></head><body><article>{paragraphs}{extra}</article></body></html>"


def test_a_label_over_related_links_inside_the_story_goes():
    box = ("<div>More on the bridge</div><div><a href='/a'>Ferry timetable for the summer</a></div>"
           "<div><a href='/b'>Who pays for the new crossing</a></div>")
    doc = clean_html(_page(f"{box}<p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p>"))
    assert SENTENCES[3] in doc.text
    assert "More on the bridge" not in doc.text


def test_a_price_over_its_buy_link_before_more_story_stays():
    card = "<div>Folding bridge model</div><div><a href='/buy'>Buy now</a></div>"  # a thing the story is about
    doc = clean_html(_page(f"{card}<p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p>"))
    assert "Folding bridge model" in doc.text
    assert SENTENCES[3] in doc.text
