"""``html._caption_named``: the elements whose class or id names a caption, among those ``marks.find_marks`` marks
by one search of their words."""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.html import _caption_named, parse_html
from extractors.clean.marks import find_marks


@pytest.mark.parametrize("part", sorted(widgets.IMAGE_TEXT_PARTS))
def test_a_class_naming_the_text_under_a_picture_is_picked_for_each_word(part):
    root = parse_html(f'<html><body><div class="story"><p class="Photo-{part.title()}">Jane Roe / AFP</p></div></body></html>')
    assert [el.get("class") for el in _caption_named(root, find_marks(root))] == [f"Photo-{part.title()}"]


def test_caption_and_cptn_in_any_case_in_a_class_or_id_are_picked_in_document_order():
    root = parse_html('<html><body><div class="ArticleCAPTION">a</div><span id="img-Cptn">b</span>'
                      '<p class="legend-of-zelda">c</p><p id="legend">d</p><p class="story">e</p></body></html>')
    assert [el.text for el in _caption_named(root, find_marks(root))] == ["a", "b"]
