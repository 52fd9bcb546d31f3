"""A line of a copied page that is a printed date and nothing else, in any language the date words know ("22. Mai
2020", "23.2.2015", "23 July 2015"), leaves the story (``date_stamps.is_date_only``); a line that says more than its
date stays."""
from __future__ import annotations

import pytest

from extractors.clean.date_stamps import is_date_only
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize("line", ["22. Mai 2020", "23. April 2024", "23.2.2015", "23 July 2015", "2023-11-17 15:13",
                                  "3. Dezember 2011 um 14:48 Uhr"])
def test_printed_date_alone_is_date_only(line):
    assert is_date_only(line)


@pytest.mark.parametrize("line", ["Am 22. Mai 2020", "22. Mai 2020: Start der Mission", "Samstag, 3. Dezember 2011",
                                  "Mai 2020", "Die Wahl am 3. Dezember 2011 ging knapp aus."])
def test_line_saying_more_than_a_date_is_not_date_only(line):
    assert not is_date_only(line)


def test_german_date_alone_between_paragraphs_leaves_a_copied_story():
    story = paragraphs(6, "Galaxien")
    text = clean_dump("\n".join(["Menü", "Scheibengalaxien wuchsen schnell", *story[:3], "22. Mai 2020",
                                 *story[3:]])).text
    assert text.split("\n\n") == story
