"""Issue 12, dumps144: a pager's or gallery's count the page prints for three pages or pictures or more ("2 dari 8
halaman" at the head of each of Liputan6's story pages) leaves a copied story; clocks, decimals, scores and step
headings are no such count. A dev page and lines in the shape of the dev dumps."""
from __future__ import annotations

import pytest

from extractors.clean.text import _page_count
from tests.test_clean_text import clean_dump, copied_page


def test_liputan6_page_counts_leave_its_copied_story():
    body, dump = copied_page("liputan6_2024-05-20_potret-enzy-storia-cheongsam__mgh5b")
    text = clean_dump(dump).text
    assert "2 dari 8 halaman" in dump and "2 dari 8 halaman" not in body
    assert not any(line.endswith("dari 8 halaman") for line in text.split("\n\n"))
    assert "Begini potret Enzy Storia ketika menjadi bridesmaid" in text


@pytest.mark.parametrize("line", ["2 dari 8 halaman", "3 / 11", "5 of 42", "Foto 4 von 12"])
def test_pager_and_gallery_counts_are_read(line):
    assert _page_count(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "15:30",  # a clock
        "2.4k",  # a decimal
        "175/8",  # a score card's runs and wickets: more shown than the total
        "7 29",  # two table cells
        "Step 2 of 5: install the app and sign in",  # a step's heading: a sentence after the count
    ],
)
def test_clocks_scores_and_headings_are_no_page_count(line):
    assert _page_count(line) is None

