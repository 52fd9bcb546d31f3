"""A story paragraph set directly beside the box that holds the rest of the story (issue 12, dev recall).

Publishers put one paragraph of the story outside the box of its other paragraphs: the free first paragraph
above the paywalled rest (abc.es: ``<p class="v-d-p">`` before ``<div class="paywall">`` of more ``v-d-p``
paragraphs), the author's note under the story after a rule (fastcompany.com: ``<hr><p><em>Jim Frawley is a
coach, ...</em></p>`` after the story's ``<div>``). Such a paragraph sits directly in an ancestor of the
container and is built like the container's paragraphs; widening counts it as story, where a lone paragraph in
a box of its own (a teaser card) still is not.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import gzip
import re

from extractors.clean.document import clean_html
from tests.clean_helpers import CORPUS, SENTENCES, dev_page

NOTE = "Jane Roe is a reporter who has covered the city council, its budget and its public works since 2011."
TEASER = "Another town, upriver, is debating whether its old ferry should be replaced by a bridge as well."


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


def story_box(css: str) -> str:
    return f"<div class='{css}'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"


def test_an_authors_note_after_the_story_box_is_story():
    html = page(f"<div class='main-col'><h1>Bridge vote</h1>{story_box('body')}<hr><p><em>{NOTE}</em></p></div>"
                f"<div class='more'><div class='card'><p>{TEASER}</p></div></div>")
    text = clean_html(html).text
    assert text.endswith(NOTE)
    assert TEASER not in text


def test_a_lone_paragraph_in_a_box_of_its_own_beside_the_story_is_not_story():
    """The other side of the rule: a teaser card's summary beside the story stays out."""
    html = page(f"<div class='main-col'><h1>Bridge vote</h1>{story_box('body')}"
                f"<div class='card'><p>{TEASER}</p></div></div>")
    assert TEASER not in clean_html(html).text


def test_the_authors_note_under_a_dev_story_is_kept():
    expected, doc = dev_page("fastcompany_2022-06-13_fire-rather-than-remote__omni")
    note = "Jim Frawley is a coach, consultant, and the CEO and founder of Bellwether, a talent coaching firm."
    assert note in expected["body"]
    assert note in doc.text


def test_the_free_first_paragraph_of_a_paywalled_dev_story_is_kept_without_its_article_body():
    """Without its JSON-LD (whose ``articleBody`` guides the container) the container is scored: the paywalled
    box wins, and the free paragraph above it must still lead the story."""
    case_id = "abc_2026-04-25_cordoba-patrimonio-logra-punto__fundus"
    expected, _ = dev_page(case_id)
    html = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()).decode("utf-8")
    without_json_ld = re.sub(r"<script[^>]*ld\+json.*?</script>", "", html, flags=re.DOTALL)
    assert "articleBody" in html and "articleBody" not in without_json_ld
    lead = "Tras seis derrotas consecutivas, el Córdoba Patrimonio de la Humanidad volvió a puntuar"
    assert lead in expected["body"]
    assert lead in clean_html(without_json_ld).text
