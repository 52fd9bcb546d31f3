"""Issue 12: a list copied without its bullets under a lead-in of three to five words ending in a colon ("What You'll
Need:" on eHow, "U jednotek testujeme, zda:" on Zdroják, "Those would be:" on SB Nation) is the story's when its items
read as one list's: they open alike, all or none close a sentence, and none is a widget line, a byline or a date
(``text_regions.list_items``). A label of that length over a box's mixed lines ("Diesen Artikel empfehlen:" over an
author box and a shop's menu on Spektrum) heads no list, and the box filter still drops its lines."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import list_items
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

STORY = list(DUMP_STORY)


def _dump(lead_in: str, items: list[str]) -> str:
    """Two paragraphs, the lead-in and its items a line each (a list copies with no blank line between items), and
    two paragraphs after."""
    return "\n\n".join(["Council passes budget after long night", *STORY[:2], "\n".join([lead_in, *items]),
                        *STORY[2:]]) + "\n"


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        ("What You'll Need:", ["Cloche", "Planter saucer, small shallow dish or desired platform", "Floral foam oasis",
                               "Spoon", "Small plants (from a florist or nursery)"]),
        ("We check whether it:", ["returns the right values for ordinary input",
                                  "returns the right values at the edges of its range",
                                  "fails when it is meant to fail"]),
        # the first item runs to ten words closing with a bracket: a line of prose that closes no sentence
        ("Those would be:", ["Road repairs, six years remaining, $18 million (reviewed after 2028)",
                             "The library, three years, $2.4 million",
                             "The parks department, under review through 2027",
                             "The hospital bus route, under review through 2026"]),
    ],
)
def test_parallel_items_under_a_short_lead_in_stay_in_a_copied_story(lead_in, items):
    text = clean_dump(_dump(lead_in, items)).text
    assert all(item in text for item in items)
    assert all(paragraph in text for paragraph in STORY)


def test_label_over_mixed_lines_heads_no_list_and_its_box_goes():
    """A name, a sentence about the author and a shop's menu under a short label are a box, no list."""
    box = ["Jane Roe", "The author is a science writer in Washington.", "Digital editions", "Print editions",
           "Bundles"]
    lines = [*STORY[:2], "Recommend this article:", *box, *STORY[2:]]
    assert not list_items(lines)
    text = clean_dump(_dump("Recommend this article:", box)).text
    assert not any(line in text.split("\n\n") for line in box[:4])
    assert all(paragraph in text for paragraph in STORY)


def test_items_under_a_short_lead_in_that_open_unlike_are_no_list():
    """A product box's lines under its label open with a figure, then a name, then a figure again (winfuture's
    "Klarmobil Crash-Minuten-Tarif im Detail:")."""
    lines = [*STORY[:2], "The plan in detail:", "10 GB of data", "Vodafone network at 50 Mbit/s",
             "100 minutes and 100 texts a month", *STORY[2:]]
    assert not list_items(lines)


def test_rail_heading_with_a_colon_heads_no_list():
    """Headlines under a heading over links to other stories open alike and close no sentence, as a list's items do."""
    lines = [*STORY[:2], "More from the author:", "Council weighs a new tram line for the east side",
             "Library hours to grow in the spring", "Bridge repairs delayed by a month", *STORY[2:]]
    assert not list_items(lines)
