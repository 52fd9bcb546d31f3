"""A "Selanjutnya: <headline>" line points to what comes next (the story's next page, another story), not the story.

Liputan6 sets "Selanjutnya: <next page's heading>" at the foot of each page of a paged story, Tribunnews "Baca
Selanjutnya: <headline>" under a story; ``PROMO_LINE`` (``data/id/promo_lines.txt``) drops both from HTML pages and
text dumps. Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


def test_next_page_pointer_on_a_liputan6_page_goes():
    expected, doc = dev_page("liputan6_2024-05-13_uhm-ki-joon-umumkan-pernikahan__mgh5b")
    pointer = "Selanjutnya: Terima Kasih, Tapi..."
    assert pointer not in expected["body"]
    assert "Terima Kasih, Tapi..." in expected["body"]  # the next page's heading itself is the story's
    assert pointer not in doc.text


def test_next_story_pointers_are_promo_lines():
    assert PROMO_LINE.fullmatch("Selanjutnya: Terima Kasih, Tapi...")
    assert PROMO_LINE.fullmatch("Baca Selanjutnya: Fakta UKW PWI Solo: 100 Persen Peserta Lulus, Sertifikat Satu Jam Terbit")


def test_a_sentence_opening_with_next_goes_on():
    """A story's "Selanjutnya, ..." (then, ...) has a comma, no label colon."""
    assert not PROMO_LINE.fullmatch("Selanjutnya, polisi akan memeriksa lima saksi lain pada Senin pekan depan.")
