"""The story's opening paragraphs set in a box of their own above the rest are story (issue 12, dev recall).

g1.globo.com sets the free opening paragraph above the paywalled ``<div class="wall protected-content">``,
washingtonpost.com its first paragraphs in ``teaser-content`` above ``remainder-content``: each a ``<p>`` of the
container's tag and class, in a box built like theirs, between the headline and the container's first paragraph.
A notice or a summary above the story is built otherwise and stays out.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

#: Not a sentence (no full stop): ``unmarked_lead`` does not take it either, so only the box's build keeps it out.
NOTICE = "Published in 2017, this article may contain information that is now out of date"


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


def box(text: str, css: str = "col") -> str:
    return f"<div class='{css}'><p class='text'>{text}</p></div>"


def test_the_free_opening_above_a_dev_paywall_box_is_kept():
    expected, doc = dev_page("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3")
    opening = "Uma vaquinha online foi aberta no intuito de arrecadar recursos para custear o tratamento do pitbull"
    assert opening in expected["body"]
    assert opening in doc.text


def test_the_teaser_paragraphs_above_a_dev_storys_remainder_are_kept():
    expected, doc = dev_page("washingtonpost_2020-07-09_federal-workers-returning-office__hd2")
    line = "“I think we have to press the pause button immediately,” Rep. Gerald E. Connolly (D-Va.)"
    assert line in expected["body"]
    assert line in doc.text


def test_an_opening_paragraph_boxed_like_the_story_above_its_box_is_story():
    html = page(f"<h1>Bridge vote</h1>{box(SENTENCES[0])}<div class='wall'>"
                + "".join(box(s) for s in SENTENCES[1:] * 3) + "</div>")
    assert clean_html(html).text.startswith(SENTENCES[0])


def test_a_notice_above_the_story_in_a_box_of_another_build_is_not_story():
    html = page(f"<h1>Bridge vote</h1><div class='notice'><p class='text'>{NOTICE}</p></div><div class='wall'>"
                + "".join(box(s) for s in SENTENCES * 3) + "</div>")
    assert NOTICE not in clean_html(html).text
