"""parse_page reads the decoded text as it is, whatever charset or declaration the markup names."""
from __future__ import annotations

from extractors.clean.html import parse_page


def test_a_meta_charset_does_not_re_decode_the_already_decoded_page() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body><p>“Größe” café – 日本</p></body></html>"
    root, cut = parse_page(page)
    assert root.findtext(".//p") == "“Größe” café – 日本"
    assert not cut


def test_xml_declarations_and_byte_order_marks_leave_the_text_alone() -> None:
    for page in (
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>Zürich é</p></body></html>",
        "<?xml version='1.0' encoding='latin-1'><html><body><p>Zürich é</p></body></html>",
        "\ufeff<html><body><p>Zürich é</p></body></html>",
    ):
        root, _ = parse_page(page)
        assert "Zürich é" in root.text_content(), page


def test_text_that_cannot_be_utf8_still_parses() -> None:
    root, _ = parse_page("<p>before \ud800 after</p>")  # an unpaired surrogate: no UTF-8 for it
    assert root.text_content().startswith("before")


def test_nesting_past_the_parser_limit_is_reported() -> None:
    _, cut = parse_page("<p>Opening words of the story.</p>" + "<div>" * 300 + "deep text")
    assert cut


def test_a_self_closed_html_start_tag_does_not_end_the_page() -> None:
    story = "The council voted on Tuesday to keep the library open for another five years."
    for opening in ('<html lang="en" xmlns="http://www.w3.org/1999/xhtml" />', "<HTML/>"):
        page = f"<!DOCTYPE html>\n{opening}\n<head><title>Vote</title></head><body><article><p>{story}</p></article></body></html>"
        root, cut = parse_page(page)
        assert root.findtext(".//p") == story, opening
        assert root.findtext(".//title") == "Vote", opening
        assert not cut


def test_a_self_closed_tag_inside_the_body_is_left_to_the_parser() -> None:
    root, _ = parse_page("<html><body><p>Before the break.</p><br/><p>After the break.</p></body></html>")
    assert [p.text for p in root.iter("p")] == ["Before the break.", "After the break."]
