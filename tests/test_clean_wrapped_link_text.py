"""A link's words wrapped over indented source lines count as the words a reader sees, not with their indentation.

MDR sets its summary points as a list whose items link a few words into the story below, the link's text broken over
lines of the page source ("<a href="#haben">das\\n        Zustandekommen des Haushalts für 2023</a>"). Counting the
link's characters before collapsing that whitespace made an item more link than text (110%), so the link rule dropped
two of its three points, which its reference keeps. ``html.serialise`` counts a link's characters as the block's text
is counted, whitespace collapsed.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

_INDENT = "\n" + " " * 56


def _page(points: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html><head><title>Bridge vote</title></head><body><article><ul>{points}</ul>{paragraphs}"
            "</article></body></html>")


def test_a_list_item_whose_wrapped_link_is_a_third_of_its_words_stays():
    point = f"The council voted on Tuesday to <a href='#vote'>fund the{_INDENT}new{_INDENT}bridge</a> over the river."
    doc = clean_html(_page(f"<li>{point}</li><li>Work starts in spring, the mayor said.</li>"))
    assert "The council voted on Tuesday to fund the new bridge over the river." in doc.text
    assert SENTENCES[3] in doc.text


def test_a_list_item_that_is_only_a_wrapped_link_still_goes():
    links = "".join(f"<li><a href='/story-{i}'>Another story{_INDENT}about the city{_INDENT}number {i}</a></li>"
                    for i in range(3))
    doc = clean_html(_page(links))
    assert "Another story" not in doc.text
    assert SENTENCES[0] in doc.text


def test_a_dev_story_keeps_its_summary_points_with_wrapped_links():
    expected, doc = dev_page("mdr_2023-03-14_gruene-kritik-haushalt-kontrolle__fdh")
    for point in ("Die Fraktion der Grünen im Landtag kritisiert das Zustandekommen des Haushalts für 2023.",
                  'Finanzpolitiker Olaf Meister spricht von einem "sehr bedenklichen Verfahren"'):
        assert point in expected["body"]
        assert point in doc.text
