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
