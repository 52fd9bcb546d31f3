"""Standfirsts recognised by any summary the page declares (issue 12, HTML recall).

A page may declare its summary in JSON-LD, Open Graph, Twitter and plain meta tags, worded
differently, and sign it with the site's name; the line under the headline repeats one of them.
Real pages are dev pages of ``benchmarks/corpus``; each rule also has a small synthetic page.
"""
from __future__ import annotations

import json

import pytest

from extractors.clean.document import clean_html
from extractors.clean.dom import TOKENS
from extractors.clean.standfirst import repeats_description
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."
#: A dek in the story's words ("council"): a short line sharing none goes (``html.without_unrelated_lines``).
DEK = "Residents waited ten years for a crossing that the council twice refused to pay for"
BLURB = "Everything you need to know about the bridge, the vote and what happens next in the town."


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body>{body}</body></html>"


def story(n: int = 4) -> str:
    return "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(n))


def ld_description(text: str) -> str:
    data = {"@type": "NewsArticle", "headline": "Bridge vote", "description": text}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def first_paragraph(html: str) -> str:
    return clean_html(html).text.split("\n\n")[0]


@pytest.mark.parametrize(
    "case_id",
    [
        "anadoluajansi_2025-05-04_turkiyede-elektrikli-arac-sarj__fundus",  # <h4>, description "... - Anadolu Ajansı"
        "jungewelt_2026-05-17_kenia-nairobi-unten__fundus",  # <h2> = twitter:description, JSON-LD has another blurb
    ],
)
def test_standfirst_repeating_a_declared_summary_leads_the_body_on_real_pages(case_id):
    expected, doc = dev_page(case_id)
    assert doc.text.split("\n\n")[0] == expected["body"].split("\n\n")[0]


def test_an_unmarked_line_repeating_the_twitter_description_is_the_standfirst():
    head = ld_description(BLURB) + f"<meta name='twitter:description' content='{DEK}'>"
    html = page(f"<header><h1>Bridge vote</h1><h2 class='text-xl'>{DEK}</h2></header><article>{story()}</article>", head)
    assert first_paragraph(html) == DEK


def test_an_unmarked_line_repeating_no_declared_summary_is_not_a_standfirst():
    head = ld_description(BLURB) + "<meta name='twitter:description' content='Something else entirely was said here.'>"
    html = page(f"<header><h1>Bridge vote</h1><h2 class='text-xl'>{DEK}</h2></header><article>{story()}</article>", head)
    assert DEK not in clean_html(html).text


def test_a_description_signed_with_the_site_name_still_names_its_standfirst():
    head = f"<meta name='description' content='{DEK}. - Example News'>"
    html = page(f"<div><h1>Bridge vote</h1><h4>{DEK}.</h4></div><article>{story()}</article>", head)
    assert first_paragraph(html) == f"{DEK}."


def test_a_signature_is_only_a_few_words_after_a_separator():
    signed = f"{DEK} - Example News"
    too_long = f"{DEK} - and then the mayor spoke for an hour"
    block = DEK

    def wanted(d: str) -> str:
        return " ".join(TOKENS.findall(d.lower()))

    assert repeats_description(block, signed, wanted(signed))
    assert not repeats_description(block, too_long, wanted(too_long))


def test_lines_marked_as_summary_stay_whole_when_a_tag_repeats_only_the_first():
    # lavanguardia.com: two "subtitle" headings, og:description repeating only the first
    first, second = DEK, "The first lorries may cross the bridge in the spring of next year, the mayor said"
    head = ld_description(BLURB) + f"<meta property='og:description' content='{first}'>"
    lines = f"<div class='subtitles'><h2 class='subtitle'>{first}</h2><h2 class='subtitle'>{second}</h2></div>"
    html = page(f"<header><h1>Bridge vote</h1>{lines}</header><article>{story()}</article>", head)
    assert clean_html(html).text.split("\n\n")[:2] == [first, second]


def test_a_summary_after_a_dateline_keeps_its_dateline():
    # FUNKE's papers: <span>Berlin.</span> <span>summary</span>, the summary alone in twitter:description
    head = ld_description(BLURB) + f"<meta name='twitter:description' content='{DEK}.'>"
    lead = f"<div class='copy-lg'><span class='secondary'>Berlin.</span> <span class='primary'>{DEK}.</span></div>"
    html = page(f"<div><h1>Bridge vote</h1>{lead}</div><article>{story()}</article>", head)
    assert first_paragraph(html) == f"Berlin. {DEK}."


@pytest.mark.parametrize(
    ("case_id", "deck"),
    [
        ("abc_2024-10-15_condenan-exministro-eduardo-zaplana__fdh", "El tribunal le impone una multa de 25 millones"),
        ("pcworld-es_2019-04-15_mejores-series-hbo-espana__sfm", "Disfruta de las mejores series de televisión"),
    ],
)
def test_a_deck_heading_beside_the_declared_summary_is_kept_on_real_pages(case_id, deck):
    # abc.es's second <h2 class="voc-subtitle">, pcworld.es's <h3 class="strapline"> (cbc.ca's <h2 class="deck"> is
    # a page of the shared corpus, which tests do not read)
    expected, doc = dev_page(case_id)
    assert deck in expected["body"]
    assert deck in doc.text


def test_a_deck_heading_beside_the_declared_summary_joins_it():
    second = "The first lorries may cross the bridge in the spring of next year, the mayor said"
    head = ld_description(DEK)
    header = f"<h1>Bridge vote</h1><div class='detailSummary'>{DEK}</div><h2 class='deck'>{second}</h2>"
    html = page(f"<header>{header}</header><article>{story()}</article>", head)
    assert clean_html(html).text.split("\n\n")[:2] == [DEK, second]


def test_a_linked_heading_beside_the_declared_summary_stays_out():
    teaser = "Another town voted against its own bridge for the third time this year"
    head = ld_description(DEK)
    header = (f"<h1>Bridge vote</h1><h2 class='subtitle'>{DEK}</h2>"
              f"<h2 class='subtitle'><a href='/other-town'>{teaser}</a></h2>")
    html = page(f"<header>{header}</header><article>{story()}</article>", head)
    text = clean_html(html).text
    assert text.startswith(DEK) and teaser not in text


def test_of_two_nested_declared_summaries_the_inner_one_leads_without_the_byline_around_it():
    # ZEIT's <div class="article__intro"> around its <div class="summary">, the byline and the date line; Vice's header
    head = f"<meta name='description' content='{DEK}.'>"
    intro = (f"<div class='article__intro'><div class='summary'>{DEK}.</div><div class='byline'>By Jane Doe</div>"
             "<div class='metadata'>25 November 2017, 21:00 66 comments</div></div>")
    html = page(f"<header><h1>Bridge vote</h1>{intro}</header><article>{story()}</article>", head)
    assert first_paragraph(html) == f"{DEK}."


def test_the_inner_declared_summary_leads_on_a_real_page():
    expected, doc = dev_page("zeit_2017-11-25_simbabwe-jugend-mugabe-ruecktritt__r4j2a")
    assert doc.text.split("\n\n")[0] == expected["body"].split("\n\n")[0]
