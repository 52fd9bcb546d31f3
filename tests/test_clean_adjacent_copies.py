"""A line printed twice, with only dropped lines between the copies, is kept once (issue 12, order208).

``finish_paragraphs`` keeps a repeated line once when it is long enough to be a caption's copy or the story's own
(``REPEATED_PARAGRAPH_WORDS``); a short control or a long caption printed twice came through twice, one right under
the other once the share rows or header lines between them went: the FT's "Save" around its headline's share links,
Aeon's photo caption above and below its header. Neither reference holds them; a line the input already set twice
in a row (a listing's "});", a map's labels) is left as it was.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text import finish_paragraphs
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(("case_id", "line"), [
    ("ft_2016-02-09_confidence-funding-women__mtsc2", "Save"),
    ("aeon_2024-05-16_building-embryos__mgh6", "Stem cell/embryo model: on the left is a normal mouse embryo"),
])
def test_a_dev_dump_keeps_a_line_made_adjacent_to_its_copy_once(case_id, line):
    body, dump = copied_page(case_id)
    assert line not in body
    assert sum(row.strip().startswith(line) for row in dump.split("\n")) == 2
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert sum(para.startswith(line) for para in paragraphs) == 1


def test_a_line_set_twice_in_a_row_by_the_input_stays_twice():
    paragraphs = ["The council met on Tuesday to vote on the plan.", "Boston", "Boston", "The vote passed."]
    kept, _ = finish_paragraphs(paragraphs, title=None, profile=None, text_dump=False)
    assert kept.count("Boston") == 2
