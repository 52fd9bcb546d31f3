"""A headline set above the story as one heading of two parts, a kicker and a title, is no line of the story.

FAZ, t-online and Spektrum print the page's headline as an ``<h2>`` holding the kicker and the title in children of
their own, worded unlike the declared title; no reference keeps it (``html.drop_split_headlines``). A heading of two
parts below the story's first paragraph is a subheading and stays, and so does a plain heading above the story.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "headline", "story"), [
    ("faz_2024-04-17_schweiz-ist-groer-tummelplatz__fundus", "Ein großer Tummelplatz für russische Spione",
     "Havanna-Syndrom"),
    ("tonline_2026-01-07_russlands-schattenflotte-usa-stoppen__fundus", "Acht Namen, vier Flaggen", "Marinera"),
    ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl", "Das Geheimnis der parasitischen Riesenblumen",
     "Rafflesia"),
])
def test_a_dev_story_drops_its_headline_set_in_two_parts(case_id, headline, story):
    expected, doc = dev_page(case_id)
    assert headline not in expected["body"]
    assert story in doc.text
    assert headline not in doc.text


_SPLIT = "<h2><span>Bridges</span><span>A crossing for both banks at last</span></h2>"


def _page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(blocks) + "</article></body></html>"


def test_a_two_part_heading_above_the_story_goes():
    text = clean_html(_page(_SPLIT, *(f"<p>{s}</p>" for s in SENTENCES))).text
    assert SENTENCES[0] in text
    assert "A crossing for both banks" not in text


def test_a_two_part_heading_inside_the_story_stays():
    text = clean_html(_page(f"<p>{SENTENCES[0]}</p>", _SPLIT, *(f"<p>{s}</p>" for s in SENTENCES[1:]))).text
    assert "A crossing for both banks" in text


def test_a_plain_heading_above_the_story_stays():
    text = clean_html(_page("<h2>A crossing for both banks at last</h2>", *(f"<p>{s}</p>" for s in SENTENCES))).text
    assert "A crossing for both banks" in text
