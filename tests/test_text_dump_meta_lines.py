"""Issue 12: a header's meta line in a copied page, its author, outlet and dates set apart by separators, is
metadata, however many words its parts add up to (``text._is_date_line``)."""
from __future__ import annotations

import pytest

from extractors.clean.text import _is_date_line
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "meta"),
    [
        ("cbc_2022-10-14_housing-market-slowdown__pl",
         "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago"),
        ("lemonde_2011-06-20_crise-europeenne-crise-dette__rphp",
         "Le Monde | 20.06.2011 à 13h32 • Mis à jour le 22.06.2011 à 10h28 | Par Collectif"),
    ],
)
def test_separated_meta_line_with_dates_is_no_paragraph_of_a_copied_story(case_id, meta):
    body, dump = copied_page(case_id)
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert meta in dump.splitlines() and meta not in body
    assert meta not in paragraphs
    assert sum(paragraph in body for paragraph in paragraphs) >= 5  # the story itself is read


def test_long_line_with_a_date_and_no_separator_is_no_date_line():
    """Without separators a line of twenty words giving a time is a sentence's, not a header's."""
    assert not _is_date_line("The council met on 14 October 2022 at 9:27 in the town hall and voted on the new "
                             "bridge budget")
    assert _is_date_line("Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8")
