"""A French call to click a control or an image to open or fetch something, "Cliquez ici pour ouvrir le diaporama", is
a widget line (``extractors/clean/data/fr/widget_lines.txt``, dumps133): Aleteia's slideshow prompts between its
paragraphs, WARA's "Cliquez sur la couverture du magazine pour télécharger et consulter les derniers numéros." under
its story; no dev reference holds one. A story's sentence about clicking stays.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "Cliquez ici pour ouvrir le diaporama",
    "Cliquez sur l'image pour ouvrir le diaporama",
    "Cliquez sur la couverture du magazine pour télécharger et consulter les derniers numéros.",
])
def test_a_call_to_click_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "Il suffit de cliquer ici pour voter, explique le maire.",
    "Cliquez ici pour voter. Le scrutin ferme demain à midi, rappelle la mairie dans son communiqué.",
])
def test_story_sentences_about_clicking_stay(line):
    assert not widgets.is_widget_line(line)


def test_copied_aleteia_story_loses_its_slideshow_prompt():
    body, dump = copied_page("aleteia-fr_2019-03-10_conseils-saints-veritable-amitie__sfm2b")
    prompt = "Cliquez ici pour ouvrir le diaporama"
    text = clean_dump(dump).text
    assert prompt in dump and prompt not in body
    assert prompt not in text
