"""Folded person boxes set in the story go (``extractors.clean.folded_bios``, issue 12, round de131).

MDR folds "Mehr zur Person ..." boxes into its stories, heise its column's author box; the dev references leave both
out. Real pages are dev pages of ``benchmarks/corpus``; the synthetic pages pin the rule's bounds.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

BIO = "Jana Berger studierte Informatik in Leipzig und forscht seit 2015 an der Technischen Universität über Algorithmen."


def page(box: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    return (f"<html lang='de'><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>{story[:200]}"
            f"{box}{story}</article></body></html>")


def test_a_folded_box_headed_by_a_name_over_a_note_about_that_person_goes():
    box = f"<div class='con ui-collapsible-entry'><h3>Mehr zur Person Jana Berger</h3><div><p>{BIO}</p></div></div>"
    text = clean_html(page(box)).text
    assert "Jana Berger" not in text
    assert SENTENCES[2] in text


def test_a_folded_custom_element_with_the_author_box_goes():
    # heise: <a-collapse class="a-box a-box--collapsable"> with a <header> naming the column and its author
    note = "Seit 1996 programmiert Jana Java in Industrieprojekten und spricht auf Konferenzen über sichere Software."
    box = f"<a-collapse class='a-box'><header><span>Secure Coding – Jana Berger</span></header><p>{note}</p></a-collapse>"
    assert "programmiert Jana" not in clean_html(page(box)).text


FERRY = "Die Stadt baut eine neue Brücke über den Fluss, und die Fähre fährt bis zur Eröffnung weiter."


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # not folded: a box of the story headed by a name (a blog post under its title, a portrait in a list)
        (f"<div class='person'><h3>Jana Berger</h3><p>{BIO}</p></div>", BIO),
        # folded, but the heading names no person: a summary box ("Auf einen Blick")
        (f"<div class='collapse'><h3>Auf einen Blick</h3><p>{FERRY}</p></div>", FERRY),
        # folded and headed by a name, but the paragraph is about something else
        (f"<div class='ui-collapsible-entry'><h3>Mehr zur Person Jana Berger</h3><p>{FERRY}</p></div>", FERRY),
    ],
)
def test_other_boxes_stay(box, kept):
    assert kept in clean_html(page(box)).text


@pytest.mark.parametrize(
    ("case_id", "note"),
    [
        ("mdr_2019-04-23_algorithmus-google-facebook-alltag__sfm2a", "Tobias Krafft studierte Informatik"),
        ("heise_2025-02-01_secure-coding-passwort-hashing__jmp3a", "Seit 1996 programmiert Sven Java"),
    ],
)
def test_folded_person_boxes_go_on_real_pages(case_id, note):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert note not in doc.text
