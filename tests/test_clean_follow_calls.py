"""Calls to follow a publication or its writer elsewhere are furniture in both cleaners (issue 12).

The dev pages that showed them: 9to5Google, Chicago YIMBY, National Geographic, The Verge
(``extractors/clean/data/en/dump_promo_lines.txt``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.text_regions import DUMP_PROMO_LINE

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


@pytest.mark.parametrize(
    "line",
    [
        "Follow Ben: Twitter/X, Threads, Bluesky, and Instagram",
        "Follow YIMBYgram for real-time photo updates",
        "Follow YIMBY’s Twitter for the latest in YIMBYnews",
        "On Twitter: Follow Wendy Koch and get more environment and energy coverage at NatGeoEnergy.",
        "Follow topics and authors from this story to see more like this in your personalized homepage feed.",
    ],
)
def test_a_call_to_follow_by_channel_or_by_what_it_brings_is_a_promo_line(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, the investigators said, and the trail leads to the mayor's office.",
        "Follow Tia Ghose on Twitter and Google+.",  # the channel after "on": kept by older references
        "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, and highlights.",
        "Regulators will follow the bank's lead for the latest quarter, analysts said.",
    ],
)
def test_story_lines_about_following_and_follow_lines_naming_the_channel_after_on_stay(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


def test_a_follow_call_between_a_page_story_paragraphs_leaves_its_body():
    story = [f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(5)]
    story.insert(3, "<p>Follow YIMBYgram for real-time photo updates</p>")
    html = (f"<html lang='en'><head><title>Bridge vote</title></head><body><article>{''.join(story)}"
            "</article></body></html>")
    doc = clean_html(html)
    assert "Detail 4" in doc.text
    assert "YIMBYgram" not in doc.text
