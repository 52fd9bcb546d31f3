"""Widget lines of languages other than English (``extractors/clean/data/<language>/widget_lines.txt``).

Each entry was seen on dev pages of two publishers or more; the real pages here are dev pages of
``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page


def corpus_text(case_id: str) -> str:
    return dev_page(case_id)[1].text


@pytest.mark.parametrize(
    "line",
    [
        "Lee también", "Noticia relacionada", "Para saber más", "Actualizado a las 15:10h.",
        "25/04/2026 Actualizado a las 15:10h.", "Actualizado a 13/01/2025 15:43", "Copiar enlace",  # es
        "Publicidad", "Edición impresa", "Administrar Utiq",  # es
        "Partager", "Copier le lien",  # fr
        "Gérez votre abonnement", "Applications mobiles",  # fr
        "di Viviana Mazza", "di Teresa Fallavollita 20 Novembre 2024", "Abbonati",  # it
        "Uppdaterad 15.59 | Publicerad 14.14", "Publicerad 23 okt 2025 kl 10.23", "Uppdaterad kl 12.17", "Annons",  # sv
        "Das könnte Sie auch interessieren", "Artikel teilen", "Zum Inhalt springen", "Anzeige",  # de
    ],
)
def test_furniture_line_of_another_language_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Actualizado el proyecto de ley, el Gobierno lo enviará al Congreso.",
        "Di Maio ha detto che il governo non cadrà.",  # a sentence starts with a capital "Di"
        "di cui si parla da anni",  # "di" before lower-case words is no byline
        "Lire aussi les pages du rapport, dit-il, avant de juger.",
        "Publicerad av regeringen i går kväll.",
        "Anzeigen gegen die Firma wurden am Montag erstattet.",
        "La publicidad engañosa fue sancionada por el Gobierno.",
        "Applications mobiles et sites web devront être accessibles.",
    ],
)
def test_prose_starting_with_the_same_words_is_not_a_widget_line(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("larepubblica_2025-01-05_laziale-ebreo-due-svastiche__fundus", "di Teresa Fallavollita"),
        ("aftonbladet_2026-01-08_hanna-18-forsvunnen-i__fundus", "Uppdaterad 15.59"),
        ("lavanguardia_2025-01-13_juez-cita-como-investigado__fundus", "Lee también"),
    ],
)
def test_furniture_line_of_another_language_leaves_real_pages(case_id, line):
    assert line not in corpus_text(case_id)


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("hamburgerabendblatt_2020-05-15_mangos-papayas-teurer__pl", "Mehr Artikel aus dieser Rubrik gibt's hier: Wirtschaft"),
        ("nrz_2023-03-30_duisburg-west-aelteste-gebaeude__fdh", "Mehr Artikel aus dieser Rubrik gibt's hier: West"),
    ],
)
def test_a_link_to_the_storys_section_under_it_leaves_real_pages(case_id, line):
    assert widgets.is_widget_line(line)
    assert line not in corpus_text(case_id)


def test_a_sentence_about_a_section_is_not_a_section_link():
    assert not widgets.is_widget_line("Mehr Artikel aus dieser Rubrik will die Redaktion im Herbst veröffentlichen.")


@pytest.mark.parametrize("line", ["38 Bilder", "47 Bilder", "Fairphone 3 (4 Bilder)"])
def test_a_gallerys_count_of_pictures_is_a_widget_line(line):
    """n-tv prints a gallery's count alone over it, heise in brackets after the gallery's title (dev dumps)."""
    assert widgets.is_widget_line(line)


def test_a_gallerys_count_leaves_a_copied_story():
    paragraph = "Das Fairphone 3 kostet 450 Euro und kommt Anfang September in den Handel, teilte der Hersteller mit."
    dump = f"{paragraph}\n\nFairphone 3 (4 Bilder)\n\n{paragraph.replace('450', '460')}\n\n{paragraph.replace('450', '470')}\n"
    text = clean_dump(dump).text
    assert "Bilder" not in text and "470 Euro" in text


@pytest.mark.parametrize("line", ["Die Ausstellung zeigt 38 Bilder aus drei Jahrzehnten.", "Zwölf Bilder aus Kiew"])
def test_a_sentence_or_headline_naming_pictures_is_no_gallery_count(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf.",
     "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.", "Alle Rechte vorbehalten."],
)
def test_german_rights_notice_opening_its_line_is_a_widget_line(line):
    """derStandard, astronews, the FAZ and the Mallorca Zeitung open a line under the story with "Alle Rechte
    vorbehalten."; a sentence that only names the phrase is story."""
    assert widgets.is_widget_line(line)
    assert not widgets.is_widget_line("Der Verlag schreibt, alle Rechte vorbehalten zu wollen, sei sein gutes Recht.")


def test_dastandard_rights_notice_leaves_the_copied_story():
    body, dump = copied_page("dastandard_2016-02-09_kindern-zeigen-kaempfen-lohnt__knl")
    notice = "Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf."
    assert notice in dump.splitlines() and notice not in body
    assert notice not in clean_dump(dump).text
