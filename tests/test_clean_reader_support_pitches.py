"""A pitch for readers' money under a story is a house promotion, not the story's last paragraph.

Three dev publishers close a story with one their references leave out: "... Support journalism without a paywall —
and keep it free for everyone — by becoming a HuffPost member today." (HuffPost), "Millions turn to Vox ... Please
consider making a contribution to Vox today." (Vox), "... Do you enjoy reading Verfassungsblog? If you do, please
support us so that we can keep up our work and stay independent." (Verfassungsblog). ``PROMO_LINE``
(``data/en/promo_lines.txt``) drops them from HTML pages and text dumps alike; the call must close the paragraph, so a
story that quotes such a plea and goes on stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "pitch", "story"), [
    ("huffingtonpost_2020-04-16_exposed-coronavirus-singapore__snk", "Support journalism without a paywall",
     "Singapore"),
    ("vox_2016-12-10_trump-twitter-harassment-policy__pl", "Please consider making a contribution", "Twitter"),
    ("verfassungsblog_2019-07-13_the-first-decade__hd", "please support us so that", "Verfassungsblog"),
])
def test_a_dev_story_drops_its_reader_support_pitch(case_id, pitch, story):
    expected, doc = dev_page(case_id)
    assert pitch not in expected["body"]
    assert story in doc.text
    assert pitch not in doc.text


def test_a_quoted_plea_that_the_story_goes_on_from_is_no_pitch():
    line = ('"Please support us," the shelter\'s director wrote in March. The city answered a week later with a grant '
            'of 40,000 dollars, and the shelter stayed open through the winter.')
    assert not PROMO_LINE.fullmatch(line)
