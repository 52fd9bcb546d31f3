"""Issue 12, dumps28 (dev dump misses): a table of contents copied above the story repeats its subheadings, which then
read as a gallery's repeated captions and went from the story both times (Tarnkappe, MDR, Le Figaro, dilei.it on dev
dumps): the list and its heading go, the subheadings stay (``text_regions.drop_contents_lists``)."""
from __future__ import annotations

from extractors.clean.text_regions import drop_contents_lists
from tests.test_clean_text import clean_dump, paragraphs

HEADINGS = ["Strengere Regeln für den Krypto-Sektor?", "Das Ende der Anonymität für Kunden?",
            "Harter Schlag gegen illegale Geschäfte"]


def test_contents_list_under_its_heading_leaves_each_subheading_once_in_the_copied_story():
    lead = paragraphs(1, "Exchange")
    story = []
    for heading in HEADINGS:
        story += [heading, *paragraphs(2, heading.split()[-1].rstrip("?"))]  # a subheading shares its section's words
    dump = "\n".join(["Menu", "Krypto-Börse Garantex vom Netz genommen nach Ermittlungen", "07.03.2025 von Sunny",
                      *lead, "Inhalt", *HEADINGS, *story])
    assert clean_dump(dump).text.split("\n\n") == [*lead, *story]


def test_lines_repeated_with_nothing_between_their_copies_are_no_contents_list():
    menu = ["Politics and elections", "Business and markets", "Science and health"]
    lines = ["Sections", *menu, *paragraphs(2, "Story"), *menu]
    assert drop_contents_lists(lines) == lines


def test_list_of_the_subheadings_without_a_heading_over_it_stays():
    lines = ["On 6/13/2018 by the author", *HEADINGS]
    for heading in HEADINGS:
        lines += [*paragraphs(1, heading), heading]
    assert drop_contents_lists(lines) == lines
