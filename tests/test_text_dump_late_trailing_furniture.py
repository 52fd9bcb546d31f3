"""A rail's headline or label a dump's story still ends with once the late line rules have run is furniture
(issue 12, order208).

``finish_paragraphs`` pops a dump's trailing furniture first (``text._is_trailing_furniture``: short labels and
headline-shaped lines); the rules that run after it (rail twins, teaser cards, site appeals, ...) then take the
lines under a rail's headline and leave it closing the text. The pop runs again on the finished paragraphs
(``text._without_trailing_furniture``): Ekonomichna Pravda's two teaser headlines ("Держбюджет отримав перші мільйони
за нові ліцензії PlayCity: які компанії вже сплатили"), the Motley Fool's "1 great stock to buy for 2015 and beyond",
VG's "OL 2024" label. None of the references keeps them as a paragraph.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(("case_id", "rail", "story"), [
    ("epravda_2025-10-24_yak-ukrajini-diyatimut-limiti__fdh",
     "Держбюджет отримав перші мільйони за нові ліцензії PlayCity: які компанії вже сплатили",
     "Державне агентство з контролю за гральним та лотерейним бізнесом PlayCity"),
    ("fool_2014-12-22_7-top-stocks-to__n3k", "1 great stock to buy for 2015 and beyond",
     "There’s a lot to like on Taiwan Semi’s balance sheet"),
])
def test_a_dev_dump_drops_a_rail_line_left_at_its_end(case_id, rail, story):
    body, dump = copied_page(case_id)
    assert rail in dump and rail not in body and story in body
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert story in "\n\n".join(paragraphs)
    assert rail not in paragraphs
