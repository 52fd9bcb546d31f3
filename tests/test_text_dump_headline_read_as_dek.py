"""Issue 12, dumpsB342: a story's headline the text-dump cleaner reads as the first line of its dek (``_dek``), under a
title picked off the page's furniture, is the title and no paragraph: when the furniture line shares too few of its
words with the story and the headline-shaped first paragraph shares enough (``story_titles.opening_headline``, the
test the region's opening line passes). The Washington Post's "Strong tornadoes possible in severe storm outbreak in
central states" over its dek, under "Add to your saved stories"; URA.RU's "Нюша поддержала Putin Team ... ФОТО" under
a rail teaser (dev dumps; neither reference keeps the headline, the Post's keeps the dek). A dek under the page's
headline stays (its title shares the story's words)."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

HEADLINE = "Strong tornadoes possible in severe storm outbreak in central states"
DEK = "Strong tornadoes are possible across the central states both Friday and Saturday"
STORY = [
    ("Friday marks day two of a four-day-long barrage of severe storms set to threaten the central states, with the "
    "potential for strong tornadoes across portions of the Plains and Corn Belt."),
    ("Rotating thunderstorms or “supercells” are expected from Nebraska and Iowa as far south as the Ozarks of eastern "
    "Oklahoma and northwestern Arkansas, and an even more widespread tornado threat may materialize into Saturday from "
    "Texas to the Great Lakes."),
    ("Cities that could be affected by violent storms Friday and/or Saturday include Dallas, Oklahoma City, Tulsa, "
    "Wichita, Kansas City, Mo., Omaha, Des Moines and Milwaukee."),
]
# the Washington Post's copy (a dev dump), its first lines
HEADER = [
    "Accessibility statementSkip to main content", "Democracy Dies in Darkness", "Sign in", "Democracy Dies in Darkness",
    "WeatherExtreme Weather Climate Capital Weather Gang Environment Climate Lab",
    "WeatherExtreme Weather Climate Capital Weather Gang Environment Climate Lab",
    HEADLINE, "", DEK, "", "By Matthew Cappucci", "April 26, 2024 at 11:24 a.m. EDT",
    "The Storm Prediction Center's outlook for storms Friday. (NOAA/SPC)", "Listen", "5 min", "Share", "Comment",
    "Add to your saved stories", "Save",
]


def test_a_headline_read_as_the_first_line_of_a_dek_under_a_furniture_title_is_the_title():
    article = clean_dump("\n".join(HEADER) + "\n" + "\n\n".join(STORY) + "\n")
    assert article.title == HEADLINE
    assert HEADLINE not in article.text.split("\n\n")
    assert DEK in article.text
    assert all(para in article.text for para in STORY)
