"""Issue 12, dumps62: lines of figures a copy sets in the story: lines of no letter opening it are the header's date
pieces and counters the copy split off (QQ, NetEase, Radio Nacional, The Media Line on dev dumps), not its first
paragraph; a count of more photos after a plus sign is a gallery's cover (UOL, Super Biznes)."""
from __future__ import annotations

import pytest

from extractors.clean.text import _without_leading_figures
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    ("case_id", "figures"),
    [
        ("qq-zh_2019-09-07_yifenqian-song-parody__gne2", "2819"),  # date pieces and a view count
        ("radionacional_2020-10-06_calamuchita-rechazo-capsula-turistica__hd4", "06/10/2020"),  # the date
    ],
)
def test_date_pieces_and_counters_opening_a_copied_story_are_dropped(case_id, figures):
    body, dump = copied_page(case_id)
    first = clean_dump(dump).text.split("\n\n")[0]
    assert figures in dump and first != figures
    assert first == body.split("\n\n")[0] or first in body


def test_only_the_opening_lines_of_no_letter_go():
    kept = ("First paragraph of the story.", "2819", "Second paragraph.")
    assert _without_leading_figures(("06/10/2020", *kept)) == kept


def test_a_table_opening_the_story_stays():
    table = "2019\t2020\n12\t14"
    assert _without_leading_figures((table, "Story text.")) == (table, "Story text.")



@pytest.mark.parametrize("count", ["+22", "+ 26 zdjęć"])
def test_a_gallerys_count_of_more_photos_inside_the_story_is_dropped(count):
    """UOL's "+22" and Super Biznes' "+ 26 zdjęć" under a gallery's cover between two paragraphs."""
    story = paragraphs(6, "Gallery")
    dump = "\n".join(["Menu", "A singer's plane crashes near the coast of the state", *story[:3], count, *story[3:]])
    assert clean_dump(dump).text.split("\n\n") == story
