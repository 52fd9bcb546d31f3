"""A "Baca juga: <headline>" line is a link to another story set between paragraphs, not the story's.

Three dev publishers set one or more inside an Indonesian story (Kompas, Tribunnews, detik), and a browser's copy keeps
them; ``PROMO_LINE`` (``data/id/promo_lines.txt``) drops them from text dumps and HTML pages alike. Real pages are dev
pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.test_text_dump_closing_furniture import _left_out, _story_read


@pytest.mark.parametrize(
    ("case_id", "link"),
    [
        ("kompas-id_2024-05-21_tol-layang-mbz-kendaraan-barang__mgh2",
         "Baca juga: Berlaku sampai Besok, Razia Truk ODOL Digelar di Tol Cipularang"),
        ("kompas-id_2024-05-13_jokowi-pisang-pasar-sultra__mgh",
         "Baca juga: Jokowi Tekankan Pentingnya Alat Kesehatan Modern di RS dan Puskesmas"),
        ("tribunnews-id_2024-05-13_bmkg-early-warning-sumbar-floods__mgh2",
         "Baca juga: Banjir Lahar Dingin di Sumbar, BMKG Imbau Pemda untuk Selalu Cek Prakiraan Cuaca dan Peringatan Dini"),
    ],
)
def test_read_also_link_in_an_indonesian_dump_goes(case_id, link):
    body, doc = _left_out(case_id, link)
    assert link not in doc.text
    assert _story_read(body, doc.text, 3)


def test_indonesian_sentence_opening_with_read_is_no_read_also_link():
    """Only the label with its colon opens a link: a sentence telling readers to read on stays."""
    assert PROMO_LINE.fullmatch("Baca juga: Jokowi Sebut Impor Beras Tak Sampai 5% dari Kebutuhan: Cuma Sebagian Kecil")
    assert not PROMO_LINE.fullmatch("Baca juga laporan lengkapnya di halaman berikut, kata juru bicara itu.")
