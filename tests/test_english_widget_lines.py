"""English widget lines (``extractors/clean/data/en/widget_lines.txt``) that lines of a story must not match."""
from __future__ import annotations

import pytest

from extractors.clean import widgets


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
