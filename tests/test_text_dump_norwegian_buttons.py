"""Issue 12: a Norwegian page's "show more" button copied on its own line ("+ Vis flere" on NRK, "Vis mer" on VG) is
a widget line (``data/no/widget_lines.txt``); a sentence that says "vis mer" in passing is not."""
from __future__ import annotations

import pytest

from extractors.clean import widgets


@pytest.mark.parametrize("line", ["+ Vis flere", "Vis mer", "Vis flere"])
def test_norwegian_show_more_button_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_norwegian_sentence_with_vis_mer_is_no_widget_line():
    assert not widgets.is_widget_line("Politiet ba publikum vis mer hensyn i trafikken under stevnet i helgen.")
