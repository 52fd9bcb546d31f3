"""Issue 12, dumps72: a rail of teaser cards inside a text dump's story region.

A heading the page repeats under every card ("Comentarios" under each of HSB Noticias' cards) is a label, no comment
section's heading, so it ends no story; a card whose link repeats its headline after a label ("Leer más sobre ...")
goes with its blurb; a counter whose word the page counts again and again ("6976 lecturas") goes; so does a line of
words in alphabetical order, an index (Lindorff's tag list); an Italian or Portuguese story ends above "Ultime
notizie" or "Mais lidas". The real pages are dev pages of ``benchmarks/corpus``.
"""
from __future__ import annotations

import pytest

from benchmarks.extraction import page_f1, score_page
from extractors.clean.linked_cards import linked_cards
from extractors.clean.text import _is_sorted_index, _without_counters
from extractors.clean.text_regions import RAIL_HEADING, Region, _before_comments
from tests.test_clean_text import clean_dump, copied_page

CARDS = [
    "Jay-Z cumple 51 años: Cinco colaboraciones brutales del rapero",
    "El esposo de Beyoncé nació un día como hoy, 4 de diciembre de 1969.",
    "Leer más sobre Jay-Z cumple 51 años: Cinco colaboraciones brutales del rapero",
    "Comentarios",
    "Juez ratifica decisión: Prueba PCR y cuarentena obligatorias para entrar a Colombia",
    "Los viajeros deberán presentar una prueba PCR negativo y guardar una cuarentena de 14 días.",
    "Leer más sobre Juez ratifica decisión: Prueba PCR y cuarentena obligatorias para entrar a Colombia",
    "Comentarios",
]


def test_a_card_whose_link_repeats_its_headline_after_a_shared_label_goes_whole():
    assert linked_cards(CARDS, 0, len(CARDS)) == frozenset({0, 1, 2, 4, 5, 6})


def test_a_figure_label_before_its_caption_once_is_no_card_link():
    lines = ["Kudu の典型的なシステム構成について", "表1：Kudu の典型的なシステム構成について", "本文の段落です。"]
    assert linked_cards(lines, 0, len(lines)) == frozenset()


def test_a_comment_heading_repeated_under_every_card_ends_no_story():
    lines = ["Un párrafo de la historia con bastantes palabras para contar como prosa de verdad aquí."] * 2 + [
        "Comentarios", "05/12/2020 - 15:10", "Otro párrafo con bastantes palabras para contar como prosa de la historia.",
        "Comentarios", "04/12/2020 - 12:20", "Y un tercer párrafo con bastantes palabras para contar como prosa aquí.",
        "Comentarios"]
    region = Region(0, len(lines), 60.0)
    assert _before_comments(lines, region) == len(lines)


def test_hsb_noticias_story_under_its_rail_of_cards_is_kept():
    case_id = "diariodelsur_2020-12-06_cuadrado-despedida-queiroz__hd4"
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert "Cuadrado fue, quizá, el jugador más versátil" in text
    assert "Leer más sobre Jay-Z" not in text and "Jay-Z cumple 51 años" not in text and "6976 lecturas" not in text
    assert page_f1(score_page(case_id, text, body)) > 0.85


def test_a_line_of_words_in_alphabetical_order_is_an_index():
    assert _is_sorted_index("asiakas asiakaslähtöisyys asiakaspalvelu e-lasku erämaksu eräpäivä kassavirta korko laatu")
    assert _is_sorted_index("Defense Elections Mayors Media Parliament Poll Security Services")


def test_sentences_short_lines_and_number_rows_are_no_index():
    assert not _is_sorted_index("10 Hot IoT security startups to watch")  # seven words in order by chance
    assert not _is_sorted_index("Lindorff24.fi muuttaa maksujen hoidon mobiiliksi ja helpottaa asiakkaiden arkea")
    assert not _is_sorted_index("14 15 16 17 18 19 20 21")


def test_lindorff_tag_list_leaves_the_post():
    _body, dump = copied_page("lindorff-fi_2015-02-23_lindorff24-mobiili__goo")
    assert "asiakas asiakaslähtöisyys asiakaspalvelu" not in clean_dump(dump).text


@pytest.mark.parametrize("line", ["Ultime notizie", "Ultime news", "ULTIME NOTIZIE"])
def test_italian_latest_news_headings_are_rail_headings(line):
    assert RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize("line", ["Le ultime notizie dal fronte sono arrivate ieri sera.", "Ultime"])
def test_story_lines_about_the_latest_news_are_no_rail_headings(line):
    assert not RAIL_HEADING.fullmatch(line)


def test_star_wars_news_italia_story_ends_above_its_latest_news_rail():
    _body, dump = copied_page("starwarsnews_2019-05-15_benioff-weiss-non-temo__sfm")
    text = clean_dump(dump).text
    assert "Making Star Wars: scoperta incredibile su Leia" not in text


def test_a_counter_whose_word_the_page_counts_again_and_again_goes():
    lines = ["6976 lecturas", "Un párrafo.", "142233 lecturas", "6446 lecturas"]
    assert _without_counters(("Un párrafo.", "6976 lecturas"), lines) == ("Un párrafo.",)


def test_a_unit_or_a_count_said_once_or_twice_is_no_counter():
    units = ["6 MB", "12 MB", "2 MB"]
    assert _without_counters(("6 MB",), units) == ("6 MB",)
    assert _without_counters(("3 comments",), ["3 comments", "5 comments"]) == ("3 comments",)


@pytest.mark.parametrize("line", ["As mais lidas agora", "Mais lidas"])
def test_portuguese_most_read_headings_are_rail_headings(line):
    assert RAIL_HEADING.fullmatch(line)


def test_uol_column_keeps_its_closing_paragraphs_above_the_most_read_rail():
    _body, dump = copied_page("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh")
    text = clean_dump(dump).text
    assert "Mas, com uma flor, Stéphanie mostrou que a infelicidade também não é definitiva." in text
    assert "Mega-Sena acumula de novo" not in text
