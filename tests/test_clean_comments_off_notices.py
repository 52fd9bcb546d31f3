"""A German notice that the comment function is off is a widget line (``extractors/clean/data/de/widget_lines.txt``,
dumps133): the Tageblatt's "Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert." under its story, LDT's
"Kommentarfunktion ist geschlossen.", Israel Nachrichten's "Durch einen technischen Fehler, ist die Kommentarfunktion
ausgeschaltet!"; no dev reference holds one.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert.",
    "Kommentarfunktion ist geschlossen.",
    "Durch einen technischen Fehler, ist die Kommentarfunktion ausgeschaltet!",
])
def test_a_notice_that_comments_are_off_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_a_story_sentence_about_the_comment_function_stays():
    assert not widgets.is_widget_line("Die Kommentarfunktion wurde 2019 abgeschafft, sagte der Chefredakteur.")


def test_copied_tageblatt_story_loses_its_comments_off_notice():
    body, dump = copied_page("tageblatt_2026-01-05_beleidigen-beschuldigen-skisprung-zoff__fundus")
    notice = "Die Kommentarfunktionalität ist um diese Uhrzeit deaktiviert."
    text = clean_dump(dump).text
    assert notice in dump and notice not in body
    assert notice not in text
    assert "Kontrolleur Hafele" in text
