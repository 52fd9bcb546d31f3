"""Issue 12, dumps127: a photo's credit copied alone between two paragraphs as a name and an outlet after a slash that
no agency list names (Mother Jones's "Macduff Everton/Corbis", Newsweek's "Davide Monteleone / Contrasto-Redux", the
Las Vegas Sun's "Hilary Swift / The New York Times", Forbes' "Jeffrey Cleary/FaZe Clan.") goes from a text dump
(``text_regions.slashed_credits``); a row label or subheading of that shape naming a word of the paragraph under it
(Blister's "Firm Chop / Crud") stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import slashed_credits
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page

STORY = list(DUMP_STORY)


@pytest.mark.parametrize(
    "credit",
    ["Macduff Everton/Corbis", "Davide Monteleone / Contrasto-Redux", "Hilary Swift / The New York Times",
     "Jeffrey Cleary/FaZe Clan."],
)
def test_a_name_and_outlet_credit_between_paragraphs_goes(credit):
    dump = "\n\n".join(["Council passes budget after long night", *STORY[:2], credit, *STORY[2:]]) + "\n"
    text = clean_dump(dump).text
    assert credit not in text
    assert all(paragraph in text for paragraph in STORY)


def test_a_slashed_label_naming_a_word_of_the_paragraph_under_it_stays():
    label = "Firm Chop / Crud"
    below = ("When chop sets up more and turns into straight-up crud, the ski's low weight shows and it gets knocked "
             "around more than heavier skis do.")
    dump = "\n\n".join(["Line Outline ski review", *STORY[:2], label, below, *STORY[2:]]) + "\n"
    assert label in clean_dump(dump).text
    assert not slashed_credits([label, below])


@pytest.mark.parametrize("line", ["Firm Chop and Crud", "Macduff Everton, Corbis", "the photo/video desk"])
def test_lines_without_a_name_before_a_slash_are_no_slashed_credit(line):
    assert not slashed_credits([line, STORY[0]])


@pytest.mark.parametrize(("case_id", "credit"), [
    ("motherjones_2012-02-27_warehouse-wage-slave__grb", "Macduff Everton/Corbis"),
    ("newsweek_2010-10-09_warlord-imam-kadyrov__snk3", "Davide Monteleone / Contrasto-Redux"),
    ("forbes_2020-01-29_top-earning-video-gamers__brv", "Jeffrey Cleary/FaZe Clan."),
])
def test_a_copied_dev_story_drops_its_slashed_photo_credit(case_id, credit):
    reference, dump = copied_page(case_id)
    assert credit in dump and credit not in reference
    assert credit not in clean_dump(dump).text


def test_a_copied_dev_review_keeps_its_slashed_row_label():
    reference, dump = copied_page("blisterreview_2019-04-09_line-outline-ski-review__pl2")
    assert "Firm Chop / Crud" in reference
    assert "Firm Chop / Crud" in clean_dump(dump).text
