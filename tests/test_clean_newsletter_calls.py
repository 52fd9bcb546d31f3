"""A call to get a newsletter, by its name or by where to sign up, is a house promotion, not story.

Three dev publishers keep one their references leave out: "Get Data Sheet, Fortune’s technology newsletter"
(Fortune), "Want more updates from Sam? Sign up for his newsletter, Spam Stein." (HuffPost) and "Sie mögen den Tag
kompakt zusammengefasst? Dann sind Sie beim täglichen WAZ-Newsletter richtig – hier entlang." (WAZ). ``PROMO_LINE``
(``data/en`` and ``data/de`` ``promo_lines.txt``) drops them from HTML pages and text dumps alike; a story sentence
about a newsletter, with no call to get it, stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "call", "story"), [
    ("fortune_2016-12-15_alexa-gadgets__pl", "Get Data Sheet", "Alexa"),
    ("huffingtonpost_2016-11-28_trump-receptiveness-obama-agenda__pl", "Sign up for his newsletter", "Obama"),
    ("waz_2025-11-05_unbekannte-maya-stadte-werfen__fundus", "hier entlang", "Maya"),
])
def test_a_dev_story_drops_its_newsletter_call(case_id, call, story):
    expected, doc = dev_page(case_id)
    assert call not in expected["body"]
    assert story in doc.text
    assert call not in doc.text


@pytest.mark.parametrize("line", [
    "The company's newsletter, which reached 40,000 readers, was shut down in May after a dispute with its printer.",
    "Der Newsletter des Vereins erscheint seit 1998 und wird von Ehrenamtlichen geschrieben.",
])
def test_a_story_sentence_about_a_newsletter_is_no_call(line):
    assert not PROMO_LINE.fullmatch(line)
