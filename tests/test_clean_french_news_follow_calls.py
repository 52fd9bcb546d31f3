"""A French call to keep up with the site's news ("Pour ne rien manquer de l’actualité ...") is a promo, not the story.

Le Monde sets "Pour ne rien manquer de l’actualité économique" over its newsletter box under the story, NextWarez closes
its story with "Ne manquez rien de l’actualité du torrent sur Nextwarez.com, suivez-nous aussi sur Facebook et
Twitter."; neither reference keeps it. ``PROMO_LINE`` (``data/fr/promo_lines.txt``) drops both from HTML pages and
text dumps. Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(
    ("case_id", "call"),
    [
        ("lemonde_2019-05-07_sombres-perspectives-economiques-commission__pl",
         "Pour ne rien manquer de l’actualité économique"),
        ("nextwarez_2017-01-08_10-plus-gros-trackers-torrents__pl3b",
         "Ne manquez rien de l’actualité du torrent sur Nextwarez.com, suivez-nous aussi sur Facebook et Twitter."),
    ],
)
def test_a_call_to_keep_up_with_the_news_leaves_a_french_page(case_id, call):
    expected, doc = dev_page(case_id)
    assert call not in expected["body"]
    assert call not in doc.text
    assert expected["body"].split("\n\n")[-1] in doc.text  # the story's last paragraph is still there


def test_a_story_sentence_about_missing_news_goes_on():
    """Only the call opening the line: a sentence that mentions missing the news is the story's."""
    assert PROMO_LINE.fullmatch("Pour ne rien manquer de l'actualité, abonnez-vous à notre newsletter.")
    assert not PROMO_LINE.fullmatch("Les lecteurs ne veulent rien manquer de l’actualité locale, selon le sondage publié mardi.")
