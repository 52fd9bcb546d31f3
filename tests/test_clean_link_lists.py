"""A list whose items mostly went as links is a list of links: the items the link rule let through go, with its heading.

FUNKE's papers (waz.de, abendblatt.de, bsz.de) set "Exklusive Politik-Hintergründe – für Sie recherchiert" inside the
story over a list of links to other stories, each behind an unlinked kicker; the item whose kicker is as long as its
link ("„Über manches irritiert“: Klingbeil greift Klöckner an") passed the link rule alone. Their references, and
Businessweek's (its "Story Tools" heading), leave list and heading out. ``html._link_list_items`` drops them; an item
mentioning a link in passing stays (obamawhitehouse.gov's "... you can follow @ObamaFoundation on Twitter").

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize("case_id", [
    "waz_2025-09-10_grunen-spitze-gegen-klockner__fundus",
    "hamburgerabendblatt_2025-09-09_baerbock-zur-nur-etappe__fundus",
])
def test_a_dev_story_drops_the_list_of_links_inside_it_and_its_heading(case_id):
    expected, doc = dev_page(case_id)
    for furniture in ("Exklusive Politik-Hintergründe", "Klingbeil greift Klöckner an"):
        assert furniture not in expected["body"]
        assert furniture not in doc.text
    assert "Klöckner" in doc.text or "Baerbock" in doc.text


def test_a_dev_list_item_mentioning_a_link_in_passing_stays():
    expected, doc = dev_page("obamawhitehouse_2017-01-17_digital-transition-moving-forward__pl")
    item = "you can follow @ObamaFoundation on Twitter"
    assert item in expected["body"]
    assert item in doc.text


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    return f"<html><head><title>Bridge vote</title></head><body><article>{paragraphs}{extra}</article></body></html>"


def test_the_kicked_item_of_a_list_of_links_goes_with_its_heading():
    items = "".join(f"<li><b>Kicker {i}: </b><a href='/story-{i}'>Another story about the city number {i}</a></li>"
                    for i in range(3))
    extra = (f"<h3>More from the city desk</h3><ul><li><b>Out of money, again: </b>"
             f"<a href='/s'>Ferry will stop in May</a></li>{items}</ul><p>{SENTENCES[3]}</p>")
    doc = clean_html(_page(extra))
    assert SENTENCES[3] in doc.text
    assert "Ferry will stop" not in doc.text
    assert SENTENCES[0] in doc.text
    assert "More from the city desk" not in doc.text
