"""A German note on where the article comes from, "Dieser Artikel stammt aus ..." / "... stammt von ...", is a promo
line (``extractors/clean/data/de/dump_promo_lines.txt``, dumps133): ZEIT ONLINE prints "Dieser Artikel stammt aus der
ZEIT Nr. 48/2017. Hier können Sie die gesamte Ausgabe lesen." between a print report's paragraphs, klimawandel-global
"Dieser Artikel stammt von Christian und wurde am 3.05.13 11:51 veröffentlicht." under its post; no dev reference
holds one.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_promo
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "Dieser Artikel stammt aus der ZEIT Nr. 48/2017. Hier können Sie die gesamte Ausgabe lesen.",
    "Dieser Artikel stammt von Christian und wurde am 3.05.13 11:51 veröffentlicht.",
])
def test_a_note_on_where_the_article_comes_from_is_a_promo_line(line):
    assert is_promo(line)


@pytest.mark.parametrize("line", [
    ("Dieser Artikel stammt aus einer Zeit, in der noch niemand von Mugabes Sturz sprach, und er erzählt von ihr.\n"
     "Zweiter Absatz."),  # two lines: a paragraph, no note
    "Der Artikel stammt aus der Feder eines Ministers, sagt der Sprecher.",  # another opening
])
def test_story_sentences_about_an_article_stay(line):
    assert not is_promo(line)


def test_copied_zeit_print_report_loses_its_provenance_note():
    body, dump = copied_page("zeit_2017-11-25_simbabwe-jugend-mugabe-ruecktritt__r4j2a")
    note = "Dieser Artikel stammt aus der ZEIT Nr. 48/2017."
    text = clean_dump(dump).text
    assert note in dump and note not in body
    assert note not in text
    first = "Prince Nzou wurde 1982 geboren"
    assert first in body and first in text
