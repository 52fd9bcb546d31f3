"""An HTML story loses a paragraph that says several of its paragraphs again, run together: The Namibian's box under
the story repeating its paragraphs from the second on (``html.without_run_together_repeats``, the text dumps'
``text_regions.drop_run_together_repeats``). A lead that holds the paragraphs under it stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean import clean_document
from extractors.records import RawDocument
from tests.clean_helpers import SENTENCES, dev_page


def _cleaned(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{para}</p>" for para in paragraphs)
    page = (f"<html lang='en'><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>"
            f"<article class='story'>{body}</article></body></html>")
    return clean_document(RawDocument("page.html", page.encode("utf-8"), content_type="text/html")).text


def test_a_paragraph_saying_the_story_again_run_together_goes():
    story = [*SENTENCES, "The first cars are expected to cross the bridge in the summer of 2028, the council said."]
    text = _cleaned([*story, " ".join(story[1:])])
    assert text.split("\n\n") == story


def test_a_lead_holding_the_paragraphs_under_it_stays():
    lead = " ".join(SENTENCES[:3])
    text = _cleaned([lead, *SENTENCES])
    assert text.split("\n\n")[0] == lead


def test_the_namibians_story_is_printed_once():
    expected, doc = dev_page("namibian_2023-11-28_newborn-baby-body-coastal-dump__fdh3")
    repeat = "The Police suspect the plastic bag was tied around her head to suffocate her. The Police responded"
    assert repeat not in expected["body"]
    assert "Swakopmund rubbish dump" in doc.text
    assert repeat not in doc.text
