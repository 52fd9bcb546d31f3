"""A teaser card's blurb under another page's linked headline is furniture, not a paragraph of the story.

GSMArena's weekly roundup sets news cards ("Features Tensor G3 chip, 120Hz display, and up to 256GB storage." under
the linked "Google announces Pixel 8a, starts at $499"), AutoIndustriya its previous and next stories at the story's
top and end, USA Today a reader-contributions card; no dev reference keeps such a blurb
(``teaser_cards.drop_teaser_blurbs``). A product card linking off the site, a box holding more than a headline and its
blurb, and a blurb the page prints again outside such cards stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "blurb", "story"), [
    ("gsmarena_2024-05-12_pixel-8a-ipad-week-19-review__mgh3", "Features Tensor G3 chip, 120Hz display", "Pixel 8a"),
    ("usatoday_2014-01-25_namm-ik-multimedia-irings__unf", "View reader contributions and add your own", "iRing"),
    ("autoindustriya_2019-11-20_all-new-2020-nissan-sentra__n4k2", "The most powerful Mini hot hatch", "Sentra"),
])
def test_a_dev_story_drops_the_blurb_of_a_teaser_card(case_id, blurb, story):
    expected, doc = dev_page(case_id)
    assert blurb not in expected["body"]
    assert story in doc.text
    assert blurb not in doc.text


_BLURB = "The ferry's last crossing drew a crowd of old passengers and a brass band from the harbour."


def _page(card: str) -> str:
    return ("<html><head><link rel='canonical' href='https://www.example.com/news/bridge'></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES) + card + "</article></body></html>")


@pytest.mark.parametrize("href", ["/news/ferry", "https://example.com/news/ferry"])
def test_the_blurb_under_a_linked_headline_of_the_site_goes(href):
    text = clean_html(_page(f'<div class="card"><h3><a href="{href}">Ferry ends its run</a></h3><p>{_BLURB}</p></div>')).text
    assert SENTENCES[3] in text
    assert _BLURB not in text


@pytest.mark.parametrize("card", [
    # a shop's product card: its headline links off the site
    f'<div class="card"><h3><a href="https://shop.example.net/item/9">Ferry model kit</a></h3><p>{_BLURB}</p></div>',
    # a section with a linked subheading and two paragraphs
    f'<div><h3><a href="/news/ferry">Ferry ends its run</a></h3><p>{_BLURB}</p><p>{SENTENCES[0]}</p></div>',
    # a heading that is not all link
    f'<div class="card"><h3>The <a href="/news/ferry">ferry</a> ends its run</h3><p>{_BLURB}</p></div>',
])
def test_a_blurb_outside_a_teaser_card_of_the_site_stays(card):
    assert _BLURB in clean_html(_page(card)).text


def test_a_card_set_twice_loses_both_blurbs_and_a_blurb_the_story_repeats_stays():
    card = f'<div class="card"><h3><a href="/news/ferry">Ferry ends its run</a></h3><p>{_BLURB}</p></div>'
    assert _BLURB not in clean_html(_page(card + card)).text
    assert _BLURB in clean_html(_page(card + f"<p>{_BLURB}</p>")).text


def test_a_blurb_closed_by_a_link_to_its_headlines_page_goes():
    """NDR's cards close their blurb on a "mehr" link to the headline's page: the card is known without its class."""
    card = (f'<div class="z1"><h2><a href="/news/ferry">Ferry ends its run</a></h2>'
            f'<div><p>{_BLURB} <a href="/news/ferry">more</a></p></div></div>')
    text = clean_html(_page(card)).text
    assert SENTENCES[3] in text
    assert _BLURB not in text


def test_a_blurb_linking_elsewhere_than_its_headline_stays():
    card = (f'<div class="z1"><h2><a href="/news/ferry">Ferry ends its run</a></h2>'
            f'<div><p>{_BLURB} <a href="/news/harbour">the harbour</a></p></div></div>')
    assert _BLURB in clean_html(_page(card)).text
