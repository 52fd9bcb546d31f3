"""A standfirst the story repeats only in part is the page's dek and leads the body (issue 12, HTML recall).

The references keep a dek that quotes a sentence of the story (The Observer, El Mundo, eyethu News, LeadDev) or
that is the opening sentence of its first paragraph (El Sol de Mazatlán's ``<h3 class="subtitle">``, also the
page's declared description). Only a standfirst printed again whole as a paragraph is a copy that goes.
Real pages are dev pages of ``benchmarks/corpus``; each behaviour also has a small synthetic page.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

QUOTE = "The old ferry will run until the bridge opens"


def page(header: str, paragraphs: tuple[str, ...] = SENTENCES, head: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body><article><h1>Bridge vote</h1>"
        f"{header}<div class='story'>{story}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "case_id",
    [
        "observer_2016-12-16_lost-city-greek-mountain__pl",  # a quote from the story as the dek
        "leaddev_2026-03-04_moltbook-agent-security-wake-up__pae",  # a subheading's words as the dek
        "elmundo-es_2012-10-28_izaskun-lesaka-eta-detenida__g3",  # a sentence of the story
        "elsoldemazatlan_2020-03-17_precio-petroleo-mexicano-minimo__hd9b",  # the first paragraph's opening
    ],
)
def test_a_dek_the_story_repeats_in_part_leads_the_body_on_real_pages(case_id):
    expected, doc = dev_page(case_id)
    dek = expected["body"].split("\n\n")[0]
    assert doc.text.split("\n\n")[0] == dek


def test_a_marked_dek_quoting_a_sentence_of_the_story_is_kept():
    paragraphs = (SENTENCES[0], f"{SENTENCES[1]} {QUOTE}, he added.", *SENTENCES[2:])
    text = clean_html(page(f"<p class='standfirst'>{QUOTE}</p>", paragraphs)).text
    assert text.split("\n\n")[0] == QUOTE


def test_a_declared_dek_opening_the_first_paragraph_is_kept():
    dek = "The council voted on Tuesday to fund the new bridge over the river"
    first = f"{dek}, after a long and heated debate that ran past midnight."
    html = page(f"<h3 class='subtitle'>{dek}</h3>", (first, *SENTENCES[1:]), head=f"<meta name='description' content='{dek}'>")
    text = clean_html(html).text
    assert text.split("\n\n")[:2] == [dek, first]


def test_a_dek_printed_again_as_the_first_paragraph_appears_once():
    html = page(f"<p class='standfirst'>{SENTENCES[0]}</p>", head=f"<meta name='description' content='{SENTENCES[0]}'>")
    assert clean_html(html).text.count(SENTENCES[0]) == 1
