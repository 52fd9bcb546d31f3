"""A copied story's last line, a short sentence under its last paragraph, is the story's, not trailing furniture
(issue 12, dumpsR253): dev pages of the Chicago Tribune, Joseph Gentle's blog, El Mercurio and Radio Kielce lost it."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "closing"),
    [
        ("chicagotribune_2016-12-13_energy-department-climate-workers__pl", "This needs to be the last."),
        ("josephg_2020-09-26_crdts-are-the-future__omni", "The time to build is now."),
        ("elmercurio_2017-02-05_designacion-javiera-blanco__mpf", "Al hacerlo, actuó mal."),
        ("radiokielce_2023-05-28_gospodynie-rywalizowac-najlepsza-potrawe__pool1", "Początek rywalizacji o godzinie 14.00."),
    ],
)
def test_short_sentence_closing_the_story_stays_on_real_pages(case_id, closing):
    body, dump = copied_page(case_id)
    assert closing in body and closing in dump
    assert clean_dump(dump).text.rstrip().endswith(closing)


def test_short_sentence_under_the_last_paragraph_closes_the_story():
    lines = [
        "Council approves new bridge plan",
        "The city council approved the plan for a new bridge over the river on Monday evening, after a debate of four hours.",
        "The bridge will cost 40 million euros and is due to open in three years, the mayor told reporters after the vote.",
        "Critics said the money would be better spent on the city's schools, which have waited for repairs for a decade.",
        "The vote was close.",
    ]
    dump = "\n".join(lines)
    assert clean_dump(dump).text.rstrip().endswith("The vote was close.")
