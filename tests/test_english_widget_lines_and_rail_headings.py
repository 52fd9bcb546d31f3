"""English widget lines and rail headings (``extractors/clean/data/en/widget_lines.txt``, ``rail_headings.txt``), and
the lines of a story they must not match."""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.text_regions import RAIL_HEADING
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", ["Shop at Samsung", "Buy on Amazon", "Buy at Elixinol"])  # Kotaku, Deadspin
def test_shopping_button_naming_its_retailer_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_buying_at_an_auction_is_no_shopping_button():
    """The retailer's name is capitalised: a story's short line on buying at an auction names none."""
    assert not widgets.is_widget_line("Buy at auction")


@pytest.mark.parametrize(
    "line", ["Back to top", "Back to top of page", "Back to the front page", "Back to Main Menu", "Back to top ↑"]
)  # Daily Mail, The Sun, McSweeney's, al.com, n+1
def test_link_back_to_the_top_home_or_a_menu_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_story_line_going_back_to_something_is_no_widget_line():
    assert not widgets.is_widget_line("Back to playing the referees.")
    assert not widgets.is_widget_line("Back to School")


@pytest.mark.parametrize(
    "heading", ["Featured Videos From The Verge", "More Videos from the BBC", "Latest Videos", "TOP VIDEO PICKS"]
)  # The Verge, the BBC, U.S. News, HuffPost
def test_heading_over_a_rail_of_videos_is_a_rail_heading(heading):
    assert RAIL_HEADING.fullmatch(heading)


def test_a_copied_story_ends_above_its_rail_of_featured_videos():
    """The Verge sets "Featured Videos From The Verge" and a video's blurb under the story; the story ends above."""
    body, dump = copied_page("theverge_2016-05-24_apple-siri-speaker-echo__mtsc2")
    text = clean_dump(dump).text
    assert "Featured Videos From The Verge" in dump
    assert "there are now four different MacBooks" in dump and "there are now four different MacBooks" not in body
    assert "there are now four different MacBooks" not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


@pytest.mark.parametrize("heading", ["Around the Web", "From Our Partners", "Sponsored Links", "Sponsored Stories"])
def test_heading_over_a_rail_of_paid_links_is_a_rail_heading(heading):
    """HuffPost, GQ and PopSugar's "Around the Web", AOL's and Engadget's "From Our Partners", the Daily Mail's,
    Engadget's and CIO's "Sponsored Links", Variety's and Ars Technica's "Sponsored Stories"."""
    assert RAIL_HEADING.fullmatch(heading)


def test_story_sentence_on_videos_or_partners_is_no_rail_heading():
    assert not RAIL_HEADING.fullmatch("Related videos were taken down by the platform within hours.")
    assert not RAIL_HEADING.fullmatch("From our partners in Kyiv came word that the shelling had stopped.")


@pytest.mark.parametrize("line", ["Caption", "toggle caption"])  # The Washington Post, NPR
def test_caption_control_alone_on_its_line_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_sentence_naming_a_caption_is_no_widget_line():
    assert not widgets.is_widget_line("The caption was changed after readers complained.")
