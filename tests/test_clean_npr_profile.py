"""Issue 12: NPR's site profile (``profiles.py``): the related-story and audio boxes set between a story's
paragraphs leave a page's story (the truckers report's "States Do Better Cracking Down On Child Sex Trafficking,
Report Says", the Dylann Roof page's "Testimony Concludes After Jury Hears Survivor In Dylann Roof Trial"), and a
copy loses the image box's "toggle caption" line and the player's embed code.
"""
from __future__ import annotations

import pytest

from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page

TRUCKERS = "npr_2016-07-13_truckers-take-wheel-sex-trafficking__epb2"


@pytest.mark.parametrize(
    ("case_id", "headline", "kept"),
    [
        (TRUCKERS, "States Do Better Cracking Down On Child Sex Trafficking, Report Says",
         "She pleaded with the truck driver and cried all through the rape."),
        ("npr_2016-12-15_jury-finds-dylann-roof__pl", "Testimony Concludes After Jury Hears Survivor",
         "Roof is facing separate murder charges"),
    ],
)
def test_related_story_box_between_paragraphs_leaves_an_npr_page(case_id, headline, kept):
    _, doc = dev_page(case_id)
    assert headline not in doc.text and kept in doc.text


def test_caption_toggle_and_embed_code_leave_an_npr_copy():
    _, dump = copied_page(TRUCKERS)
    text = clean_dump(dump).text
    assert "toggle caption" not in text and "<iframe" not in text and "Kimmel called the police" in text
