"""A paragraph that is a bold lead-in and one link, nothing else, points to another page: it is no line of the story.

The Courier-Post's related story, USA TODAY's, GamesRadar+'s subscription pitch and Rivals.com's ranking links are set
as ``<p><strong>lead-in</strong><a>title</a></p>`` among the story's paragraphs, Rivals.com's with more links set
apart by bars; no dev reference keeps one (``bold_pointers.drop_bold_pointers``). A paragraph with words of its own around the link, or a bold run holding the
link, stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "pointer", "story"), [
    ("courierpostonline_2023-12-21_millville-motorist-pedestrian-die-same-street__atf3",
     "Vineland accidents kill drivers", "Country Meadows mobile home park"),
    ("gamesradar_2023-12-23_saw-producer-idea-next-movie__atf3", "Not a subscriber to SFX?", "Cecilia is still alive"),
    ("rivals_2023-12-22_solomon-thomas-florida-state-commitment__atf3", "TRANSFER PORTAL", "Solomon Thomas"),
])
def test_a_dev_story_drops_its_bold_pointer_paragraph(case_id, pointer, story):
    expected, doc = dev_page(case_id)
    assert pointer not in expected["body"]
    assert story in doc.text
    assert pointer not in doc.text


def _page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(blocks) + "</article></body></html>"


def _story_with(block: str) -> str:
    return clean_html(_page(*(f"<p>{s}</p>" for s in SENTENCES[:2]), block, *(f"<p>{s}</p>" for s in SENTENCES[2:]))).text


def test_a_bold_lead_in_then_a_link_goes():
    text = _story_with('<p><span><strong>Bridges across the county and the river towns </strong>'
                       '<a href="/b">Council votes to fund a crossing</a></span></p>')
    assert SENTENCES[0] in text and SENTENCES[-1] in text
    assert "Council votes" not in text


def test_a_bold_lead_in_then_links_set_apart_by_bars_goes():
    links = " | ".join(f'<a href="/{i}">Council meeting minutes for ward number {i}</a>' for i in range(4))
    text = _story_with(f"<p><strong>Bridges across the county:</strong> {links}</p>")
    assert SENTENCES[0] in text and SENTENCES[-1] in text
    assert "Council meeting minutes" not in text


def test_a_bold_lead_in_with_words_around_its_link_stays():
    text = _story_with('<p><strong>Update:</strong> the council said on Monday that <a href="/b">the vote</a> '
                       'would be held again next week.</p>')
    assert "would be held again next week" in text

