"""The French rail heading "À la une" ("top stories") ends a copied story (``data/fr/rail_headings.txt``, vocab215):
seen over L'Express's teaser boxes on a page of the unlabelled vocabulary pool (``docs/vocabulary_sources.md``) and
over the rail under WE DEMAIN's dev story, whose reference keeps neither it nor the teaser under it.
"""
from __future__ import annotations

import pytest

from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", ["À la une", "À la Une"])
def test_a_top_stories_label_is_a_french_rail_heading(line):
    assert text_regions.RAIL_HEADING.fullmatch(line)


def test_a_french_sentence_about_the_front_page_is_no_rail_heading():
    assert not text_regions.RAIL_HEADING.fullmatch("À la une du journal, le président répond à ses critiques.")


def test_copied_we_demain_story_ends_above_its_top_stories_rail():
    body, dump = copied_page("wedemain_2016-06-09_san-francisco-taxe-baie__epb")
    teaser = 'Comme en 1998 et 2000, peut-il y avoir un "effet Euro" ?'
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in body
    assert teaser not in text and "À la une" not in text
    assert "grâce à l'argent de ses citoyens." in text
