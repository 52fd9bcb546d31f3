"""Issue 12, round new147: a dek the page declares is kept where its markup hides it (``standfirst``).

An ``<h1>`` that says the page's first declared description and not its title is the dek set in the headline's tag
(``_declared_h1``): Aeon's standfirst under its ``<h2>`` "Building embryos", Medium's on wtfeconomy.com; taken for the
headline, it was dropped. A line whose class names a dek and that repeats one of the page's other declared summaries
is kept even when its header box was pruned (``Standfirst.marked_echo``): TODAY's ``articleDek`` under the headline,
the page's ``og:description`` while its meta description is the first paragraph. Real pages are dev pages of
``benchmarks/corpus``; the ``<h1>`` dek also has small synthetic pages.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."
DEK = "Residents waited ten years for a crossing that the council twice refused to pay for"


def page(head: str, header: str) -> str:
    paragraphs = "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(4))
    return (
        f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body>"
        f"<div class='top'>{header}</div><div class='story'>{paragraphs}</div></body></html>"
    )


@pytest.mark.parametrize(
    "case_id",
    [
        "aeon_2024-05-16_building-embryos__mgh6",  # <h1> standfirst under the <h2> headline
        "wtfeconomy_2016-10-19_wtf-whats-the-future__pl",  # Medium's <h1> subtitle; the title is the page's
    ],
)
def test_an_h1_saying_the_declared_description_leads_the_body_on_real_pages(case_id):
    expected, doc = dev_page(case_id)
    dek = expected["body"].split("\n\n")[0]
    assert doc.text.split("\n\n")[0] == dek


def test_an_h1_saying_the_declared_description_and_not_the_title_is_the_dek():
    html = page(f"<meta name='description' content='{DEK}'>",
                f"<h2 class='kicker'>Bridge vote</h2><h1 class='big'>{DEK}</h1>")
    assert clean_html(html).text.split("\n\n")[0] == DEK


def test_an_h1_saying_both_the_title_and_the_description_is_the_headline():
    html = (f"<html lang='en'><head><title>{DEK}</title><meta name='description' content='{DEK}'></head><body>"
            f"<div class='top'><h1>{DEK}</h1></div><div class='story'>"
            + "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(4)) + "</div></body></html>")
    assert DEK not in clean_html(html).text


def test_a_pruned_dek_repeating_a_declared_summary_leads_the_dev_story():
    expected, doc = dev_page("today_2024-05-20_caitlin-clark-wnba-mantra__mgh6")
    dek = "Clark made her regular-season WNBA debut for the Indiana Fever on Tuesday."
    assert expected["body"].split("\n\n")[0] == dek
    assert doc.text.split("\n\n")[0] == dek

