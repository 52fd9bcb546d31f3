"""Issue 12: excerpts closing with a bracketed ellipsis ("... [...]", "... […]"), what blog engines print after the
opening of a story they list, make a rail of teasers, never the story (``text_regions._is_cut_rail``)."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page, paragraphs

EXCERPT = ("The festival's director said on Monday that the jury would meet again before the closing night, and that "
           "the programme for next year was already being drawn up with the help of critics and the city's cinemas, "
           "who had asked for more screenings of")


@pytest.mark.parametrize("mark", ["[...]", "[…]"])
def test_rail_of_bracketed_excerpts_does_not_outweigh_a_short_story(mark):
    """Variety's "More Film" rail (seven excerpts, each under its headline and "57 mins ago") held more prose than
    the story the page's other rules left it; Global Voices's pingbacks close its stories the same way."""
    story = paragraphs(5, "Bridge")
    rail = []
    for number in range(16):
        rail += [f"Festival headline number {number} goes here", f"{EXCERPT} {number} {mark}"]
    sections = ["Politics", "Business", "Culture", "Science", "Sport", "Travel", "Opinion"]
    text = clean_dump("\n".join(["Menu", "Bridge gets its money", *story, *sections, "Our critics file from the festival every day.", "Festival Coverage", *rail, "About"])).text
    assert text.split("\n\n") == story


def test_story_quoting_a_few_excerpts_cut_with_brackets_keeps_them():
    """A story quoting bloggers can cut its quotes so (Global Voices: four of its 29 paragraphs): a rail is mostly
    excerpts."""
    story = paragraphs(3, "Quote")
    quoted = [f"{EXCERPT} {number} [...]" for number in range(2)]
    lines = [story[0], quoted[0], story[1], quoted[1], story[2]]
    text = clean_dump("\n".join(["Menu", "Bloggers react to the vote", *lines, "About"])).text
    assert text.split("\n\n") == lines


def test_variety_review_is_chosen_over_its_more_film_rail():
    body, dump = copied_page("variety_2019-05-19_joan-of-arc-review__sfm")
    text = clean_dump(dump).text
    assert body.split("\n\n")[0][:60] in text
    assert "Quentin Tarantino wants Tuesday" not in text
