"""A Portuguese call to subscribe ("Assine já", "Assine o Tempo") is a house promotion, not a line of the story.

Jornal de Negócios sets "Assine já 1€/1 mês" inside its story's markup, above the first paragraph; O Tempo, Folha and
DN print the same call ("Assine o Tempo", "Assine a Folha Digital", "Assine agora e tenha acesso ilimitado ao conteúdo
digital do DN"). ``PROMO_LINE`` (``data/pt/promo_lines.txt``) drops them from HTML pages and text dumps alike. Real pages
are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


def test_subscribe_call_inside_a_portuguese_story_goes():
    expected, doc = dev_page("jornaldenegocios_2021-02-11_morreu-joel-pina-viola-baixo__pun")
    assert "Assine já" not in expected["body"]
    assert "Joel Pina" in doc.text
    assert "Assine já" not in doc.text


@pytest.mark.parametrize("line", ["Assine já 1€/1 mês", "Assine o Tempo", "Assine a Folha Digital",
                                  "Assine agora e tenha acesso ilimitado ao conteúdo digital do DN"])
def test_portuguese_subscribe_calls_are_promo_lines(line):
    assert PROMO_LINE.fullmatch(line)


def test_portuguese_sentence_about_signing_is_no_subscribe_call():
    assert not PROMO_LINE.fullmatch("Assinei o contrato em março, disse o músico à Lusa.")
    assert not PROMO_LINE.fullmatch("Assine-se a petição, pediram os moradores, antes que a obra comece.")
