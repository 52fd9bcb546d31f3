"""Issue 12, dumps108: a box of links set inside a copied story ("Mehr zum Thema" on the FAZ, "Lesen Sie auch" on heise)
cuts off its last paragraphs; when a paragraph under the box stands over the story's foot (its source credit, its
author's initials) the story goes on to it, while a paragraph under such a box with no foot under it stays out."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import STORY_FOOT
from tests.test_clean_text import clean_dump, copied_page, paragraphs

LAST = ("Kommt alles zusammen, hat die Stadt wieder ein Haushaltsloch. Denn der Verkehrsverbund ist bei weitem nicht "
        "der einzige Betrieb, der seine Einnahmen so knapp berechnet hat, sagte der Kämmerer am Freitag im Rathaus.")
BOX = ["Mehr zum Thema", "Deutschlandticket : Ein Ticket ins Ungewisse", "Ein Kommentar von Corinna Beispiel",
       "Veröffentlicht/Aktualisiert:", "Kommentare: 31 , Empfehlungen: 25",
       "Nahverkehr : Wieso die Preise steigen", "Martin Beispiel", "Veröffentlicht/Aktualisiert:",
       "Kommentare: 7 , Empfehlungen: 21"]
FOOTER = ["Zur Startseite", "Weitere Themen", "Impressum", "Datenschutz"]


@pytest.mark.parametrize("line", ["Quelle: F.A.Z.", "Quelle: ntv.de, ino/dpa", "(Quelle: APA/sda/dpa)", "(nie)",
                                  "(hal/ara)"])
def test_source_credits_and_initials_alone_are_story_feet(line):
    assert STORY_FOOT.fullmatch(line)


@pytest.mark.parametrize("line", ["Quelle der Zahlen ist das Statistische Bundesamt, sagte die Sprecherin.",
                                  "(Archivbild)", "Mehr zum Thema"])
def test_story_sentences_and_notes_are_no_story_feet(line):
    assert not STORY_FOOT.fullmatch(line)


def test_last_paragraph_under_a_box_over_the_source_credit_stays_with_the_story():
    story = paragraphs(6, "Verkehr")
    text = clean_dump("\n".join(["Menü", "Startseite", "Ticket : Pendler sparen", *story, *BOX, LAST,
                                 "Quelle: F.A.Z.", *FOOTER])).text
    assert text.split("\n\n")[-7:] == [*story, LAST]


def test_paragraph_under_a_box_with_no_story_foot_stays_out():
    story = paragraphs(6, "Verkehr")
    text = clean_dump("\n".join(["Menü", "Startseite", "Ticket : Pendler sparen", *story, *BOX, LAST,
                                 *FOOTER])).text
    assert LAST not in text


def test_heise_last_paragraph_after_its_read_also_box_is_kept():
    body, dump = copied_page("heise_2024-03-23_openai-hollywood-sora__fdh2")
    last = "Eine ungeklärte Frage bei der rein digitalen Filmproduktion ist die Rolle von Autoren und Schauspielern."
    text = clean_dump(dump).text
    assert last in body and last in text
    assert "Wegen Video-KI Sora: Filmemacher stoppt Expansion für 800 Millionen US-Dollar" not in text
