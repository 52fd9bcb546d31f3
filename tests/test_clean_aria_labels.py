"""Blocks named only by a short ``aria-label`` (issue 12): layouts built from utility classes tell screen
readers, not class names, that a box is a newsletter sign-up or a rail.

The real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den Fluss beschlossen."
BOX = "Alle zwei Wochen sonntags: Antworten auf Beziehungsfragen – ehrlich, nah und alltagstauglich."


def story_with(box: str) -> str:
    paras = "".join(f"<p>{STORY} Absatz {i}.</p>" for i in range(4))
    return (f"<html lang='de'><head><title>Brücke</title></head><body><article>"
            f"<div class='article-body'>{paras}{box}<p>{STORY} Schluss.</p></div></article></body></html>")


def test_block_labelled_as_a_newsletter_box_is_dropped():
    box = f"<section aria-label='Newsletter Anmeldung' class='col-span-3 w-full p-4'><p>{BOX}</p></section>"
    doc = clean_html(story_with(box))
    assert doc.text.count(STORY) == 5 and BOX not in doc.text


def test_a_long_aria_label_reads_out_content_and_names_no_widget():
    """"Video — <headline>" is what a screen reader says about the block, not what kind of block it is."""
    box = f"<div aria-label='Video — Der Stadtrat beschließt den Bau der Brücke' class='col-span-3'><p>{BOX}</p></div>"
    doc = clean_html(story_with(box))
    assert BOX in doc.text


@pytest.mark.parametrize(
    "case_id",
    [
        "waz_2025-11-05_unbekannte-maya-stadte-werfen__fundus",  # "Ein FUNKE Liebe" newsletter box
        "bsz_2025-09-09_ampeln-tot-s-bahnen__fundus",  # "Hauptstadt Inside" newsletter box
    ],
)
def test_labelled_newsletter_box_leaves_real_pages(case_id):
    expected, doc = dev_page(case_id)
    assert "Newsletter" not in expected["body"]
    assert not [p for p in doc.text.split("\n\n") if p.startswith(("Alle zwei Wochen", "Hinter den Kulissen"))]
