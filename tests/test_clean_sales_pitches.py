"""A short block around a link to the site's own subscription, membership, shop, app or jobs page is a sales pitch.

Blister Review's "Become a Blister member now ...", The Times of India's "The Times of India News App for Latest City
News", InformationWeek's "Get Your Dream Job. ..." and Natural Home's "Canadian subs: ... Click Here" sit in the
story's markup and no dev reference keeps them (``sales_pitches.drop_sales_pitches``). A story's paragraph linking
another company's jobs or shop page stays, and so does a long paragraph naming the site's offer in passing.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.sales_pitches import site_names
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "pitch", "story"), [
    ("blisterreview_2019-04-09_line-outline-ski-review__pl2", "Become a Blister member now", "Outline"),
    ("indiatimes_2020-04-07_odisha-first-covid-death__hd7", "News App for Latest", "Bhubaneswar"),
    ("informationweek_2016-05-24_microsoft-affordable-access-startups__mtsc", "Get Your Dream Job", "Microsoft"),
    ("naturalhomemagazine_2010_papier-mache-ghostly-lanterns__snk3", "Canadian subs", "lantern"),
])
def test_a_dev_story_drops_the_sites_sales_pitch(case_id, pitch, story):
    expected, doc = dev_page(case_id)
    assert pitch not in expected["body"]
    assert story in doc.text
    assert pitch not in doc.text


def _page(paragraph: str) -> str:
    return ('<html><head><link rel="canonical" href="https://www.riverpost.com/news/bridge"></head><body><article>'
            "<h1>The bridge is coming</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES[:3]) + paragraph
            + f"<p>{SENTENCES[3]}</p></article></body></html>")


@pytest.mark.parametrize("href", [
    "https://www.riverpost.com/subscribe?src=article",
    "/membership/join",
    "https://get.riverpost.com",
    "https://riverpost.jobs-partner.com/a/jobs/list/",
])
def test_a_short_block_linking_the_sites_sales_page_goes(href):
    text = clean_html(_page(f'<p>Read every story first: <a href="{href}">join the River Post club</a> today.</p>')).text
    assert SENTENCES[3] in text
    assert "River Post club" not in text


def test_a_link_to_another_sites_jobs_page_stays():
    paragraph = ('<p>The new service is available for iOS and Android as well as on '
                 '<a href="https://www.hackerrank.com/jobs">the web</a>.</p>')
    assert "available for iOS and Android" in clean_html(_page(paragraph)).text


def test_a_long_paragraph_naming_the_offer_stays():
    paragraph = (f'<p>{SENTENCES[0]} {SENTENCES[1]} The paper, which <a href="/subscribe">sells subscriptions</a> '
                 f"to 40,000 readers, backed the plan. {SENTENCES[2]}</p>")
    assert "sells subscriptions" in clean_html(_page(paragraph)).text


def test_site_names_leave_out_www_and_the_domain_suffix():
    assert site_names("timesofindia.indiatimes.com") == {"timesofindia", "indiatimes"}
    assert site_names("www.bbc.co.uk") == {"bbc"}
    assert site_names("edition.cnn.com") == {"edition", "cnn"}
