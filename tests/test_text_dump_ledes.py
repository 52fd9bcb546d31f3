"""Issue 12: a story's opening paragraphs cut off from the rest by a long box (a video player and its playlist, a
summary of links, a review's scorecard) stay in the copied story (``text_regions._lede_above_box``)."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    ("case_id", "lede"),
    [
        # Kotaku: the first paragraph, then a video player with a playlist of dated clips (13 lines)
        ("kotaku_2022-08-09_destiny-2-burnout__sr", "I would like nothing more than to settle down each night"),
        # BSZ: two paragraphs under a video, then six teaser headlines
        ("bsz_2025-09-09_ampeln-tot-s-bahnen__fundus", "Das Kind kann nicht zur Kita, weil dort die Küche"),
    ],
)
def test_opening_paragraph_above_a_long_box_stays_in_the_copied_story(case_id, lede):
    body, dump = copied_page(case_id)
    assert lede in body
    text = clean_dump(dump).text
    assert lede in text
    assert text.index(lede) < text.index(body.split("\n")[-1][:40])


def test_teaser_blurb_above_a_box_of_headlines_stays_out_of_the_copied_story():
    """A blurb shorter than a story's paragraph, under its teaser headline, is no opening paragraph."""
    blurb = "The council will vote on the new bridge tolls next week, officials said."
    menu = ["News", "Sport", "Weather", "Culture", "Travel", "Video", "Audio"]
    story = paragraphs(6, "Cost")
    text = clean_dump("\n".join(["Bridge tolls to rise", blurb, *menu, "Ferry service ends", *story, "Share"])).text
    assert blurb not in text
    assert story[0] in text and story[-1] in text


@pytest.mark.parametrize(
    ("case_id", "quote"),
    [
        # Chicago Tribune: a one-line paragraph quoting the view the story reports
        ("chicagotribune_2016-12-13_energy-department-climate-workers__pl", 'Global warming - "it\'s a hoax."'),
        # The Korea Economic Daily: the interview opens on the scientist's quoted words
        ("hankyung-ko_2022-06-22_kim-kwang-kyo-semiconductor-warning__omp", "“이대로는 죽습니다."),
    ],
)
def test_quoted_sentence_opening_the_copied_story_is_no_headline(case_id, quote):
    """new152: a first paragraph closing its sentence inside quotes is the story's, not its headline (also The
    Intercept's '“I have been complicit in the violent domination of the world and I will never get the blood off my
    hands.”' and Adweek's opening line)."""
    body, dump = copied_page(case_id)
    assert quote in body
    assert quote in clean_dump(dump).text


def test_quoted_headline_without_a_full_stop_is_still_taken_for_the_headline():
    """A headline in quotes closes no sentence ("'I sell Walt Disney World holidays - booking the right day could save
    you thousands'" on the Daily Star): it stays out of the body."""
    headline = "“I sell holidays and booking the right day could save you thousands”"
    story = paragraphs(5, "Holiday")
    text = clean_dump("\n".join(["Menu", "News", "Travel", "Sport", headline, *story, "Share"])).text
    assert headline not in text
    assert story[0] in text
