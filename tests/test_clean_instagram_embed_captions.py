"""Instagram's embed caption "A post shared by <name> (@<handle>)" is a widget line (``data/en/widget_lines.txt``,
vocab215): seen under embedded posts on The Verge's and Boing Boing's pages of the unlabelled vocabulary pool
(``docs/vocabulary_sources.md``) and on Harper's Bazaar Japan's dev page, whose reference keeps none.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "A post shared by Sonos (@sonos)",
    "A post shared by Chaki Sklar (@chakifunkwizard)",
    "A post shared by M A G G I E M A R I L Y N (@maggiemarilyn)",
])
def test_an_instagram_embed_caption_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "A post shared by the minister on Monday was deleted within an hour.",
    "A post shared by Sonos",
])
def test_a_sentence_about_a_shared_post_stays(line):
    assert not widgets.is_widget_line(line)


def test_copied_harpers_bazaar_story_loses_its_instagram_captions():
    case_id = "harpersbazaar-ja_2021-05-14_sustainable-wardrobe-10-ideas__mcm"
    body, dump = copied_page(case_id)
    caption = "A post shared by Reformation (@reformation)"
    text = clean_dump(dump).text
    assert caption in dump and caption not in body
    assert caption not in text
    assert "エマ・ワトソン" in text
