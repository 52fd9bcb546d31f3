"""An image's control or stand-in left as text where the image was is furniture: Berlin Art Link's gallery buttons
"Previous Image" / "Next Image" under its studio photos, Der Freitag's "Placeholder image-1" ... "-4" (the alt text of
pictures not loaded), TweakTown's gallery button with its picture count "VIEW GALLERY - 3 IMAGES".
``data/en/widget_lines.txt`` names them; a story line about a next image or a gallery stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", ["Previous Image", "Next Image", "Placeholder image-1", "Placeholder image-4",
                                  "Next photo"])
def test_a_gallery_button_or_image_placeholder_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["VIEW GALLERY - 3 IMAGES", "VIEW GALLERY - 3", "View gallery – 12 photos"])
def test_a_gallery_button_with_its_picture_count_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "The next image shows the same street in 1950.",
    "Visitors can view gallery 3 - the photo room - until May.",
    "Her previous photo book sold out in a week.",
])
def test_a_story_line_about_an_image_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize(("case_id", "label", "story"), [
    ("berlinartlink_2015-12-02_tomas-saraceno-studio__sfm", "Next Image", "Saraceno"),
    ("derfreitag_2025-10-19_ehrengast-frankfurter-buchmesse-was__fundus", "Placeholder image-1", "Buchmesse"),
    ("tweaktown_2026-04-17_anthropic-claude-design-canva__jmp2", "VIEW GALLERY", "Claude Design"),
])
def test_a_dev_story_drops_its_image_controls(case_id, label, story):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert story in doc.text
    assert label not in doc.text


@pytest.mark.parametrize("line", ["PreviousNext", "← PreviousNext →"])
def test_a_sliders_two_buttons_run_together_are_a_widget_line(line):
    """detik's "PreviousNext" under its photo, Substack's "← PreviousNext →" between posts (dumps133)."""
    assert widgets.is_widget_line(line)


def test_a_story_line_naming_previous_and_next_is_no_widget_line():
    assert not widgets.is_widget_line("The previous and next chapters follow the same family.")


def test_a_copied_detik_story_drops_its_slider_buttons():
    body, dump = copied_page("detik-id_2024-05-20_jabat-tangan-jokowi-elon-musk__mgh5b")
    text = clean_dump(dump).text
    assert "PreviousNext" in dump and "PreviousNext" not in body
    assert "PreviousNext" not in text
