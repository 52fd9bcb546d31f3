"""A short label left after an HTML story, its list or box gone, is furniture, not the story's last line.

The markup rules take a rail's links and keep its heading, or a tag box's items and keep its label. Fifteen dev
publishers ended with one their references leave out: "Kategorien:" (Wunderweib), "Werbung:" / "Siehe auch:" /
"Weblinks" (hobbywerkstattblog), "Kurz-Link" (FAZ), "Passend zum Artikel" (NZZ), "Häufig gelesen" (landesspiegel),
"Voir les contributions" (Le Monde), "À lire aussi :" (Radio-Canada), an agency stamp "SDA/sep" (Tages-Anzeiger).
``text._is_trailing_label`` pops such lines (four words at most, no sentence end) from the end of an HTML story, as
the text-dump cleaner already does with its trailing rails. Two references keep theirs (Fox Business's "More from
AllBusiness.com:", China Daily's bracketed editor line). A short closing sentence, a line of figures and a story of
one line stay, and so do the items of a list or table closing the story.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "label", "story"), [
    ("wunderweib_2019-06-20_manuela-reimann-hochzeit-bayern__hd", "Kategorien:", "Hochzeit"),
    ("hobbywerkstattblog_2015-12-14_arduino-virtual-wall-roomba__hd", "Weblinks", "Virtual Wall"),
    ("faz_2011-04-09_stewart-brand-interview__snk", "Kurz-Link", "Fukushima"),
    ("nzz_2023-10-07_israel-gaza-news-entwicklungen__fundus", "Passend zum Artikel", "Israel"),
])
def test_a_dev_story_drops_a_label_left_at_its_end(case_id, label, story):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert story in doc.text
    assert label not in doc.text


@pytest.mark.parametrize("last", ["Das war's.", "Bridge total: 12.500 | 3.200 | 1.100", "We'll see."])
def test_a_short_closing_sentence_or_figures_stay(last):
    page = "<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + f"<p>{last}</p></article></body></html>"
    assert clean_html(page).text.endswith(last)


def test_a_list_closing_the_story_keeps_its_last_item():
    items = ["Email", "Copying and pasting a link", "Chat apps on the phone", "Links inside documents"]
    page = ("<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + "<p>Sources for this traffic include:</p><ul>" + "".join(f"<li>{i}</li>" for i in items)
            + "</ul></article></body></html>")
    assert clean_html(page).text.endswith("Links inside documents")
