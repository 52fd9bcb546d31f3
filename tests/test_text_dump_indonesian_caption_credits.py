"""A Kompas photo caption copied as a line closed by its documentation credit in brackets ("(Dok. Sekretariat
Presiden )") is a caption, not the story's paragraph (``data/id/caption_credits.txt``; Media Indonesia closes its
captions the same way, "(Dok.IGI )"; dumpsL278). Real pages are dev pages of ``benchmarks/corpus`` (provenance and
licences in its ``SOURCES.md``)."""
from __future__ import annotations

from extractors.clean.text_regions import is_credited_caption
from tests.test_text_dump_closing_furniture import _left_out, _story_read


def test_kompas_caption_closed_by_a_documentation_credit_goes():
    caption = "Momen Presiden Joko Widodo saat makan pisang susu sambil berbincang dengan pedagang di Pasar Laino Raha"
    body, doc = _left_out("kompas-id_2024-05-13_jokowi-pisang-pasar-sultra__mgh", caption)
    assert caption not in doc.text
    assert _story_read(body, doc.text, 3)


def test_caption_glued_to_its_documentation_credit_is_a_credited_caption():
    assert is_credited_caption("IGI School of Economics Jakarta menyelenggarakan Wisuda Magister Manajemen ke-XV(Dok.IGI )")
