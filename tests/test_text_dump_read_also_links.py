"""A Norwegian or Danish "read also" label over a link to another story ("Les også" on NRK, "Læs også" on Dagens),
alone or run into the linked headline, is a widget line (``data/no/widget_lines.txt``); a paragraph opening with the
same words runs past a headline's length and is not."""
from __future__ import annotations

import pytest

from extractors.clean import widgets


@pytest.mark.parametrize(
    "line",
    ["Les også En far for de store anledninger", "Les også Nordås innrømmer megablemme – fikk panikk 50 meter før mål",
     "Læs også", "Les også:"],
)
def test_read_also_label_with_or_without_its_headline_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_paragraph_opening_with_les_ogsa_is_no_read_also_label():
    paragraph = ("Les også bruksanvisningen før du tar i bruk apparatet, råder Forbrukerrådet, som har testet tolv "
                 "modeller i år og funnet feil ved tre av dem.")
    assert not widgets.is_widget_line(paragraph)
