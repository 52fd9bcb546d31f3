"""A copied page's standfirst above lines of prose that open none (issue 12, dumpsR253): the search for it goes on
upwards past them. Dev pages of Expressen, Al Jazeera and Público lost their standfirst."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "standfirst"),
    [
        # three sentences a line: the last one read first, with no headline right over it
        ("expressen_2025-10-01_aringens-dodsorsak-misstogs-ekorre__fdh",
         "Gymnasieeleven Carson Ryan ”misstogs för en ekorre” när han var ute och jagade."),
        # a "Keep reading" box whose first teaser is a question read as prose, between standfirst and story
        ("aljazeera_2023-12-22_un-security-council-gaza-aid-resolution__atf",
         "The US abstains on resolution that it lobbied to weaken over the course of several days, allowing it to pass."),
        # a "Mais populares" rail and the story's first paragraph between
        ("publico-pt_2019-03-25_justica-manda-libertar-temer__plp",
         "Antigo Presidente do Brasil está a ser investigado no âmbito do caso Lava-Jato. Estava preso desde quinta-feira."),
    ],
)
def test_standfirst_above_lines_of_prose_that_open_none_leads_the_story(case_id, standfirst):
    body, dump = copied_page(case_id)
    assert body.startswith(standfirst) and standfirst in dump
    assert clean_dump(dump).text.startswith(standfirst)

