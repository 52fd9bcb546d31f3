"""A note promoting the outlet's own show beside a story is a house promotion, not the story.

ABC News closes a report with "This report was featured in the Tuesday, Feb. 18, 2020, episode of “Start Here,” ABC
News' daily news podcast." and a call to "Listen for free every weekday on Apple Podcasts, ..."; CBS News closes one
with "REVERB is a new documentary series from CBSN Originals. Watch the first episode, ..., in the video player
above." Neither dev reference keeps them; ``data/en/promo_lines.txt`` drops them from HTML pages and text dumps alike.
A story's own sentence about listening to a show stays, and so does Evening Standard's "Listen here on your chosen
podcast platform.", which its reference keeps.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "promo", "story"), [
    ("abcnews_2020-02-18_cdc-cruise-ship-travel-restrictions__brv", "daily news podcast", "Diamond Princess"),
    ("abcnews_2020-02-18_cdc-cruise-ship-travel-restrictions__brv", "Listen for free every weekday", "Diamond Princess"),
    ("cbsnews_2020-02-20_ai-racial-profiling__brv", "in the video player above", "profiling"),
])
def test_a_dev_story_drops_the_promo_for_its_outlets_show(case_id, promo, story):
    expected, doc = dev_page(case_id)
    assert promo not in expected["body"]
    assert story in doc.text
    assert promo not in doc.text


@pytest.mark.parametrize("line", [
    "Fans can listen on Spotify from Friday, when the band releases the album it recorded in Lagos.",
    "Listen here on your chosen podcast platform.",
    "The interview was featured in a magazine profile of the singer last year.",
])
def test_a_story_sentence_about_a_show_is_no_promo(line):
    assert not PROMO_LINE.fullmatch(line)
