"""Issue 12: a story region that opens inside a rail of other stories' headlines keeps none of them in a text dump.

ETonline prints a video playlist between its headline and its byline; the Daily Mail's sports pages a carousel of
long headlines closed by "Previous"/"Next" above the story's own headline; El Mundo a kicker-and-headline teaser
over the story. The region found by the prose opens on the rail's last headlines; a run of headline-shaped lines
that starts above the region and runs on into it is the rail, up to the first line of another shape. A story whose
own headline and dek open the region, with no rail right above it, keeps them.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text import _opening_teasers
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "teasers"),
    [
        ("etonline_2023-12-21_rashee-rice-travis-kelce-taylor-swift__atf3",
         ("Willie Nelson Reveals Shocking Way Ex-Wife Found Out About Affair",
          "Jennifer Lopez Says She and Ben Affleck 'Have PTSD' From Early 2000s Media Scrutiny")),
        ("dailymail_2020-05-07_dean-henderson-morally-right__hd7",
         ("Patrice Evra revealed Sir Alex Ferguson wanted Ronaldo and Bale",
          "Pablo Zabaleta reveals Manchester City stars feared for their futures")),
    ],
)
def test_rail_headlines_the_story_region_opens_on_go(case_id, teasers):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert not any(teaser in text for teaser in teasers)
    paragraphs = text.split("\n\n")
    assert sum(paragraph in body for paragraph in paragraphs) >= 5


RAIL = (
    "Council members trade barbs over the new parking fees downtown",
    "Library opens a second branch in the old railway station",
    "Five things to do in the city this weekend, from jazz to a flea market",
    "Hospital bus route to start in July after years of requests",
)


def test_a_rail_running_into_the_region_goes_up_to_the_byline_but_a_headline_or_dek_opening_it_stays():
    lines = ["Home", "News", *RAIL, "By Jane Doe", *DUMP_STORY, "Share this story"]
    head_end = 4  # the region opens on the rail's last two headlines
    body_end = len(lines) - 1
    assert _opening_teasers(lines, head_end, body_end) == {4, 5}
    headline = "City council approves the new budget after a long night"
    lines = ["Home", "News", RAIL[0], headline, *DUMP_STORY]
    assert _opening_teasers(lines, 3, len(lines)) == set()  # one rail line above: no rail
    dek = ("The plan keeps taxes flat. It adds money for the parks department, a bus route to the hospital and the "
           "library's second branch")
    lines = ["Home", *RAIL, dek, *DUMP_STORY]
    assert _opening_teasers(lines, 5, len(lines)) == set()  # a full stop inside: a dek, no headline
