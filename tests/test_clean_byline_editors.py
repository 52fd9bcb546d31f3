"""A JSON-LD person the page's author elements label as the story's editor is no writer when an author element names
another person (``metadata._editors``, ``bylines.txt`` ``editor`` rows; round htmlM376).

The rule comes from dev pages of two publishers (Kompas, Media Indonesia); the real pages here are dev pages of
``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``), compared with the authors their reference gives.
"""
from __future__ import annotations

import json

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def _page(ld_author: str, elements: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council funds the bridge",
                     "author": {"@type": "Person", "name": ld_author}})
    return (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>Council funds the bridge</h1>{elements}{STORY}</article></body></html>")


@pytest.mark.parametrize(
    "elements",
    ["<div class='author'>Jane Roe</div><div class='author-info'>Editor : Sam Poe</div>",
     ("<div class='author'><h6 class='author-name'>Jane Roe</h6></div>"
      "<div class='author'><h6 class='author-name'>Sam Poe</h6><h6 class='author-position'>Editor</h6></div>")],
)
def test_a_declared_person_labelled_editor_gives_way_to_the_shown_writer(elements):
    assert clean_html(_page("Sam Poe", elements)).authors == ("Jane Roe",)


def test_a_declared_person_labelled_editor_stays_when_no_element_names_another():
    """With no other person shown the declaration stands (gmw's reference credits the editor; htmlM362's dead end)."""
    html = _page("Sam Poe", "<div class='author-info'>Editor : Sam Poe</div>")
    assert clean_html(html).authors == ("Sam Poe",)


def test_a_declared_person_not_labelled_editor_stays():
    html = _page("Sam Poe", "<div class='author'>Jane Roe</div><div class='author-info'>Editor : Lee Moe</div>")
    assert clean_html(html).authors == ("Sam Poe",)


@pytest.mark.parametrize(
    "case_id",
    [
        "kompas-id_2024-05-13_jokowi-pisang-pasar-sultra__mgh",  # JSON-LD "Icha Rastika", shown "Icha Rastika Editor"
        "mediaindonesia_2026-01-20_dari-petani-hingga-pendidik__fundus",  # JSON-LD "Heryadi", "Editor : Heryadi"
        "mediaindonesia_2025-10-22_kpk-iup-nikel-raja-ampat__fdh2",  # JSON-LD "Andhika", "Editor : Andhika"
    ],
)
def test_dev_pages_credit_the_writer_not_the_editor_their_json_ld_names(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])
