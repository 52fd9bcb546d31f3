"""Issue 12, dumpsC296: a teaser for another story set between two paragraphs of a text dump's story, spaced like a
paragraph (GSMArena, Forbes, the Washington Post, the NY Post shapes on dev): the page's only headline-shaped line
between prose paragraphs, long, and sharing no word with the paragraph under it, goes; subheadings (two or more on
a page, or sharing a word with their section) stay. The story's paragraphs and headlines are written for the test."""
from __future__ import annotations

from extractors.clean.lone_teasers import lone_teasers
from tests.test_clean_text import clean_dump

STORY = [
    ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. The bridge is more "
     "than ninety years old. Engineers found cracks in two of its piers last autumn."),
    ("Cyclists and walkers will still be allowed to cross while repairs go on. The work is expected to take at least "
     "two years. A ferry will run every twenty minutes during rush hours."),
    ("Shop owners near the bridge fear they will lose customers during the closure. Some asked for lower rents. The "
     "council promised a small fund to help them through the works."),
    ("Councillors said the repairs will cost about forty million. Half of the money will come from the region. The "
     "rest will be borrowed over thirty years at a fixed rate."),
]
TEASER = "Airline pilots walk out over pay as summer holiday flights face long delays"
SUBHEADING = "Harbour bridge repairs will take two years and cost forty million"


def copy(blocks: list[str]) -> str:
    return "\n\n".join(blocks)


def test_lone_long_teaser_sharing_no_word_with_the_paragraph_under_it_goes():
    text = copy(["Menu", "Harbour bridge to close", STORY[0], STORY[1], TEASER, STORY[2], STORY[3]])
    out = clean_dump(text).text
    assert TEASER not in out
    assert all(para in out for para in STORY)


def test_subheadings_of_a_page_and_one_sharing_words_with_its_section_stay():
    # two headline-shaped lines between paragraphs: the page's subheadings
    paragraphs = (STORY[0], STORY[1], TEASER, STORY[2], SUBHEADING, STORY[3])
    assert lone_teasers(paragraphs) == frozenset()
    # a lone one sharing a word with the paragraph under it ("repairs", "million")
    assert lone_teasers((STORY[0], STORY[1], SUBHEADING, STORY[3])) == frozenset()
    # a short lone one: a subheading
    assert lone_teasers((STORY[0], STORY[1], "Pilots walk out over pay", STORY[2])) == frozenset()
