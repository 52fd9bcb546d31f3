"""Issue 12: headings after a copied story that open a rail of other stories end the story
(``text_regions._before_closing``, ``data/<language>/rail_headings.txt``)."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize("heading", ["Meistgelesen", "Meistgelesene Artikel", "Neueste Artikel",
                                     "Das könnte Sie auch interessieren"])
def test_german_most_read_and_recommended_headings_end_a_copied_story(heading):
    """Heise, Spektrum, the Tageblatt, t-online and SRF head their most-read rails "Meistgelesen(e Artikel)", the
    Tages-Anzeiger and t-online their latest ones "Neueste Artikel", BR24, the Freie Presse, the hessenschau and the
    Luxemburger Wort their recommendations "Das könnte Sie auch interessieren"; the teasers' blurbs read as prose."""
    story = paragraphs(6, "Kosten")
    rail = [heading, "Bürgermeister eröffnet neue Bibliothek",
            "Die neue Bibliothek an der Hauptstraße wurde am Samstag mit einer Lesung eröffnet und hat sonntags offen.",
            "Sturm beschädigt Schuldach",
            "Ein Sturm hat in der Nacht zum Freitag einen Teil des Dachs der Grundschule abgedeckt, der Unterricht ruht."]
    text = clean_dump("\n".join(["Menü", "Brücke wird gebaut", *story, *rail, "Impressum"])).text
    assert text.split("\n\n") == story


def test_live_blog_ends_above_its_recommendations_and_keeps_its_last_entry():
    """BR24's live blog closes with "Das könnte Sie auch interessieren" over a teaser and the ARD's promos: the rail's
    dated teaser below the blog's last entry read as one more card, so the card rule cut the last entry with it."""
    body, dump = copied_page("br_2024-08-27_krieg-israel-gaza-news__fundus")
    last = "Nach dem jüngsten Schlagabtausch zwischen Israel und der libanesischen Hisbollah"
    promo = "Alle Filme, Serien, Dokus, Reportagen und Magazine des Bayerischen Rundfunks immer und überall."
    text = clean_dump(dump).text
    assert last in body and last in text
    assert promo in dump and promo not in text
