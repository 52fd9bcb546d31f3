"""The page's JSON-LD ``articleBody`` says where the story ends when it agrees with the extracted text
(``html.before_body_end``): what the container holds below its last words is furniture, whatever its wording.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``), from four
publishers; the synthetic pages show the agreement the rule needs.
"""
from __future__ import annotations

import json

import pytest

from extractors.clean.document import clean_html
from extractors.clean.html import before_body_end
from tests.clean_helpers import dev_page

STORY = [f"The council voted on Tuesday, after a long debate, to fund bridge number {i} over the river." for i in range(6)]
POLL = "Which of these bridges would you cross first? Share your answer with the community below."


def page(paragraphs: list[str], article_body: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridges",
                     "articleBody": article_body})
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><title>Bridges</title><script type='application/ld+json'>{ld}</script></head>"
            f"<body><article><h1>Bridges</h1>{body}</article></body></html>")


def test_furniture_below_the_declared_end_of_the_story_goes():
    doc = clean_html(page([*STORY, POLL], " ".join(STORY)))
    assert POLL not in doc.text
    assert doc.text.split("\n\n") == STORY


def test_a_subheading_the_declared_text_leaves_out_stays_above_its_end():
    subheading = "What the bridge vote means"  # in the story's words: an unrelated line would go (html.without_unrelated_lines)
    doc = clean_html(page([*STORY[:3], subheading, *STORY[3:], POLL], " ".join(STORY)))
    assert subheading in doc.text
    assert POLL not in doc.text


def test_a_declared_text_that_is_only_the_opening_does_not_cut_the_story():
    """A teaser ``articleBody`` (the first paragraphs only) holds too little of the page's story to end it."""
    paragraphs = [*STORY, *(s.replace("bridge", "tunnel") for s in STORY), POLL]
    assert before_body_end(paragraphs, " ".join(STORY)) == paragraphs


def test_a_declared_text_whose_end_no_paragraph_holds_does_not_cut():
    assert before_body_end([*STORY, POLL], " ".join(STORY) + " The mayor declined to comment further.") == [*STORY, POLL]


@pytest.mark.parametrize(
    ("case_id", "furniture"),
    [
        ("berlinermorgenpost_2025-09-09_ezb-zinsentscheid-am-donnerstag__fundus",
         "Aktien, Immobilien und andere Investments sind grundsätzlich mit einem Risiko verbunden."),
        ("zwanzigminuten_2025-11-06_huhnersuppe-co-diese-nahrungsmittel__fundus",
         "Teile deine Tipps mit der Community."),
        ("corrieredellasera_2025-01-05_giorgia-meloni-da-donald__fundus", "modifica il 6 gennaio 2025"),
        ("hessenschau_2024-04-27_schnellere-integration-job-turbo__fundus", "Ende der weiteren Informationen"),
    ],
)
def test_real_pages_end_where_their_declared_story_ends(case_id, furniture):
    expected, doc = dev_page(case_id)
    assert furniture not in expected["body"]
    assert furniture not in doc.text
    assert expected["body"].split("\n")[-1].strip() in doc.text
