"""A photo credit under a label the generic credit pattern does not know is a caption line, not story.

The dev references of five publishers leave such credits out: "Photographer: Lorenzo Tugnoli for Bloomberg
Businessweek" (Businessweek), "Photography by Dan Seifert." (The Verge), "Image Source: Nicole Cohen" (POPSUGAR),
"[Featured Image by Joe Raedle/Getty Images]" (Inquisitr), "Image source: Getty Images." in a copied Motley Fool
story, "Image credits: OpenVPN project" (9to5linux; "Featured Image Credit: ..." on SiliconANGLE and LADbible), and
the German "Foto: ...; großes Foto oben: ..." (transgen) that names its pictures past the generic
pattern's twelve words. ``widgets.is_credit_line`` reads the labels from ``data/<language>/credit_lines.txt``.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(("case_id", "credit", "story"), [
    ("businessweek_2014-12-18_afghanistans-new-rich-navigate__n3k", "Photographer: Lorenzo Tugnoli", "Kabul"),
    ("theverge_2016-10-31_surface-studio-engineering__pl2", "Photography by Dan Seifert", "Surface Studio"),
    ("inquisitr_2016-12-12_trump-skipped-intelligence-briefings__pl", "Featured Image by Joe Raedle", "briefing"),
    ("transgen_2018-01-18_schweinepest-genome-editing__hd", "Foto: University of Edinburgh", "Schweinepest"),
    ("9to5linux_2026-02-11_openvpn-2-7-released-dco__jmp2", "Image credits: OpenVPN project", "OpenVPN 2.7"),
])
def test_a_dev_story_moves_its_labelled_photo_credit_out_of_the_text(case_id, credit, story):
    expected, doc = dev_page(case_id)
    assert credit not in expected["body"]
    assert story in doc.text
    assert credit not in doc.text


@pytest.mark.parametrize("line", [
    "Photography is a slow art, and the photographer waits for the light.",
    "Fotos zeigen, wie das Feuer sich am Montag über den Hang ausbreitete.",
    "The image credits the wrong photographer, the agency said on Monday.",
])
def test_a_sentence_about_photographs_is_no_credit_line(line):
    assert not widgets.is_credit_line(line)


@pytest.mark.parametrize("line", ["(image taken from https://www.keycdn.com)", "Image via Comic Days X/Twitter account"])
def test_a_picture_source_given_as_taken_from_or_via_is_a_credit_line(line):
    """InfoQ Japan sets "(image taken from https://www.keycdn.com)" under a chart inside its story, Anime News Network
    "Image via Comic Days X/Twitter account" under a picture."""
    assert widgets.is_credit_line(line)


@pytest.mark.parametrize("line", [
    "Images taken from the satellite show the extent of the flooding.",
    "Photos via the agency's archive were published on Monday.",
])
def test_a_sentence_about_where_pictures_come_from_is_no_credit_line(line):
    assert not widgets.is_credit_line(line)


@pytest.mark.parametrize("line", [
    "(Bild: Fairphone)", "(Bild: Stephanie Arnett/MIT TR)", "Bild: SN/APA/KEYSTONE/CYRIL ZINGARO", "Bild:  Reuters",
    "Bildquelle: Screenshot Tarnkappe",
])
def test_a_german_credit_labelled_bild_is_a_credit_line(line):
    """heise brackets its "(Bild: ...)" credits, the Salzburger Nachrichten and WirtschaftsWoche print "Bild: ..."
    alone on the line under or over the picture's caption."""
    assert widgets.is_credit_line(line)


def test_a_copied_dev_story_drops_its_bild_credit():
    """heise's copied story keeps no "(Bild: ...)" credit under its lead picture's caption."""
    body, dump = copied_page("heise_2024-04-19_ionos-phishing-masche-neuen__fundus")
    credit = "Bild erstellt mit KI in Bing Designer durch heise online / dmk"
    assert f"(Bild:\xa0{credit})" in dump and credit not in body
    assert credit not in clean_dump(dump).text


# dumps145: an agency's or picture library's name alone on its line is a credit (HuffPost's "ASSOCIATED PRESS" over
# each caption, the Evening Standard's "REUTERS", the BBC's "Getty Images"); the line next to it is left alone.
@pytest.mark.parametrize("line", ["ASSOCIATED PRESS", "Associated Press", "REUTERS", "AFP", "Getty Images",
                                  "Shutterstock"])
def test_an_agency_name_alone_is_a_credit_line(line):
    assert widgets.is_credit_line(line)


@pytest.mark.parametrize("line", ["Reuters reported the deal on Monday.", "Getty Images archive", "AFP correspondents"])
def test_a_line_naming_an_agency_among_other_words_is_no_credit_line(line):
    assert not widgets.is_credit_line(line)


def test_a_copied_story_drops_the_agency_credits_over_its_captions():
    expected, dump = copied_page("huffingtonpost_2016-11-28_trump-receptiveness-obama-agenda__pl")
    assert "ASSOCIATED PRESS" not in expected
    text = clean_dump(dump).text
    assert "ASSOCIATED PRESS" not in text
    assert "Sean Spicer" in text
