"""Issue 12, dumps127: a site's trending links under a "Trending:" label set into a story go, as "Read more:" links do
(``data/en/promo_lines.txt``): The Gateway Pundit's "Trending: Bragg Was Looking to Charge Trump with a Felony, ..."
between two paragraphs, the "TRENDING: Skywatching Guide // Space Webcasts // ..." rail of Space.com and Live Science.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import text_regions
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page

STORY = list(DUMP_STORY)
TRENDING = "Trending: Mayor Says Council Will Vote Again on the Ferry Contract Next Week"


@pytest.mark.parametrize("line", [TRENDING, "TRENDING: Skywatching Guide // Space Webcasts // Solar Flares"])
def test_a_trending_label_over_links_is_a_promo_line(line):
    assert text_regions.PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", ["Trending topics on the site were mostly about the budget vote.", "Trending:"])
def test_a_sentence_about_trends_or_a_bare_label_is_no_trending_link(line):
    assert not text_regions.PROMO_LINE.fullmatch(line)


def test_a_trending_link_between_paragraphs_goes_from_a_dump():
    dump = "\n\n".join(["Council passes budget after long night", *STORY[:2], TRENDING, *STORY[2:]]) + "\n"
    text = clean_dump(dump).text
    assert TRENDING not in text
    assert all(paragraph in text for paragraph in STORY)


def test_a_copied_dev_story_drops_its_trending_link():
    reference, dump = copied_page("gatewaypundit_2018-08-01_mueller-prosecutors-judge-ellis-manafort__fdh3")
    line = "Trending: Bragg Was Looking to Charge Trump with a Felony"
    assert line in dump and line not in reference
    assert line not in clean_dump(dump).text
