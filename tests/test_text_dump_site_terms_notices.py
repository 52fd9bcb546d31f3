"""A site's terms notice ("registration on or use of this site constitutes agreement ...") under a newsletter box's
sign-up button or in its footer is a promo line both cleaners drop (the Post-Dispatch, GQ, AL.com, MLive, Popular
Science, Condé Nast footers); sentences about a site's terms stay."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        ("* I understand and agree that registration on or use of this site constitutes agreement to its user "
         "agreement and privacy policy."),
        ("I understand and agree that registration on or use of this site constitutes agreement to it's user "
         "agreement & privacy policy."),
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
        ("Use of this site constitutes acceptance of our User Agreement (effective 1/2/2014) and Privacy Policy "
         "(effective 1/2/2014)."),
    ],
)
def test_site_terms_notice_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "The court found that use of this site constitutes no contract between the company and its visitors.",
        "Critics say registration on the site is needed before anyone can read the agreement.",
    ],
)
def test_sentence_about_a_sites_terms_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


def test_terms_notice_after_a_copied_story_is_dropped():
    story = paragraphs(6, "Chase")
    notice = ("* I understand and agree that registration on or use of this site constitutes agreement to its user "
              "agreement and privacy policy.")
    text = clean_dump("\n".join(["Menu", "Police chase ends in crash", *story, notice, "Share"])).text
    assert text.split("\n\n") == story
