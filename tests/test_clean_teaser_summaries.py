"""A teaser card's summary, cut short by the site and linked to its story, is not the story's text.

Two dev publishers leave such summaries in or beside the story's container, and their references leave them out:
tokyo-np.co.jp's "detail-sub" links ("... 関係者によると、警視庁が背...") in the list of new stories under the article,
actualno.com's "relation-box" inside the story, a paragraph under a linked ``<h2>`` ("... съобщава доц. д-р...").
``html._teaser_summaries`` drops a block ending in a word cut off by an ellipsis when it is wholly a link or sits under
a heading that is; a story's own paragraph trailing off ("Little did I know…") links nowhere and stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "teaser", "story"), [
    ("tokyoshimbun_2025-01-13_1-2__fundus", "警視庁が背", "東京"),
    ("actualno_2020-10-15_haskovo-kompyutri-tableti-deca__hd3", "съобщава доц. д-р", "Хасково"),
])
def test_a_dev_page_drops_the_teaser_summaries_cut_short(case_id, teaser, story):
    expected, doc = dev_page(case_id)
    assert teaser not in expected["body"]
    assert story in doc.text
    assert teaser not in doc.text


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return f"<html><head><title>Bridge vote</title></head><body><article>{paragraphs}{extra}</article></body></html>"


def test_a_summary_under_a_linked_title_and_cut_short_is_a_teaser():
    card = ("<div><h2><a href='/other-story'>Ferry to stop in May</a></h2>"
            "<p>The ferry that has crossed the river since 1950 will make its last trip in May, the oper...</p></div>")
    doc = clean_html(_page(card))
    assert SENTENCES[0] in doc.text
    assert "the oper" not in doc.text


def test_a_story_paragraph_trailing_off_stays():
    ending = "<p>The mayor was asked what would happen if the money ran out. She only smiled and said: we will see…</p>"
    doc = clean_html(_page(ending))
    assert "we will see" in doc.text
