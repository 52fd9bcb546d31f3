"""A dek set as an unclassed or unnamed ``<h2>`` under the headline leads the story (issue 12, HTML recall).

ABC News prints its dek as ``<h2 class="Article__Headline__Desc">`` beside the ``<h1>``, The Verge's 2024 layout as a
bare ``<h2>`` under it, Oberstdorf's resort blog as an ``<h2>`` in its ``Headlines`` box: each outside the story's
container, under no class a standfirst word names, so only ``unmarked_lead`` can take it, by its place (after the
``<h1>``, before the story) and its shape (one or two whole sentences, not a link, byline or widget line). Their
references keep it; a heading between the headline and the story that is no sentence (a label, a kicker) stays out.
Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page, headed_story_page

#: A dek in the story's words ("council", "bridge"): a short line sharing none goes as unrelated.
DEK = "The council twice refused to pay for the bridge that residents of both banks had waited ten years for."


@pytest.mark.parametrize(
    ("case_id", "dek"),
    [
        ("abcnews_2020-02-18_ryan-newman-awake-after-crash__brv2",
         "Newman was trapped in his car following a collision in the final turn."),
        ("abcnews_2020-02-19_barr-mulls-resigning-trump-tweets__brv",
         "Barr previously said that Trump's tweets make it “impossible” to do his job."),
        ("theverge_2024-05-09_apple-m2-ultra-cloud-ai__mgh3",
         "The company reportedly plans to divert complex AI queries to servers and keep simple tasks on-device."),
    ],
)
def test_a_dek_set_as_h2_under_the_headline_leads_real_pages(case_id, dek):
    expected, doc = dev_page(case_id)
    assert dek in expected["body"]
    assert doc.text.split("\n\n")[0] == dek


def test_a_sentence_in_an_h2_under_the_headline_leads_the_story():
    html = headed_story_page(f"<h1>Bridge vote</h1><h2>{DEK}</h2>")
    assert clean_html(html).text.split("\n\n")[0] == DEK


def test_a_heading_under_the_headline_that_is_no_sentence_stays_out():
    label = "Council and bridge: the vote, the money and the decade of waiting behind it"
    html = headed_story_page(f"<h1>Bridge vote</h1><h2>{label}</h2>")
    assert label not in clean_html(html).text
