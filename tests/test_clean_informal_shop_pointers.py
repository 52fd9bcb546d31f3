"""A German blog's pointer to its shop or social-media page, in informal address, is a promo line in both cleaners.

The dev pages that showed it: goodform.ch's "... findet ihr im Online-Shop." and LDT Nagold's "Auf unserer @ldtnagold
Instagram Seite findest du weitere Stylingtipps ..." (``extractors/clean/data/de/dump_promo_lines.txt``, beside the
formal "... finden Sie hier"); no dev reference holds "findest du" or "findet ihr".
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.text_regions import is_promo


@pytest.mark.parametrize("line", [
    ("Verschiedene Sonnenschirm-Modelle von bekannten Designermarken wie EMU, Shademaker, Jan Kurtz oder Cane-Line "
     "findet ihr im Online-Shop."),
    "Auf unserer @ldtnagold Instagram Seite findest du weitere Stylingtipps unsere Styling Experten.",
])
def test_an_informal_pointer_to_the_shop_or_instagram_is_a_promo_line(line):
    assert is_promo(line)


@pytest.mark.parametrize("line", [
    "Die Anleitung findest du unten.",  # names no shop or channel
    "In der Altstadt findest du viele kleine Cafés. Im Shop am Markt gibt es Kuchen.",  # two sentences
])
def test_blog_sentences_in_informal_address_stay(line):
    assert not is_promo(line)


STORY = (
    "Ein Sonnenschirm spendet im Sommer Schatten auf der Terrasse, und mit dem richtigen Modell bleibt es dort "
    "auch am Mittag angenehm kühl."
)


def test_the_pointer_between_a_blog_post_paragraphs_leaves_its_body():
    paragraphs = [f"<p>{STORY} Absatz {i}.</p>" for i in range(4)]
    paragraphs.insert(2, "<p>Verschiedene Sonnenschirm-Modelle findet ihr im Online-Shop.</p>")
    html = (f"<html lang='de'><head><title>Schattiges Plätzchen</title></head><body><article>{''.join(paragraphs)}"
            "</article></body></html>")
    doc = clean_html(html)
    assert "Absatz 3" in doc.text
    assert "Online-Shop" not in doc.text
