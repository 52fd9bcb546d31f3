"""A story's genre label on a line of its own ("Opinion", "Opinião") is furniture, not story.

The dev pages that showed it: NetworkWorld's "Opinion" above the headline in its dump, UOL's "Opinião" over the box
explaining the genre (``data/en`` and ``data/pt`` ``widget_lines.txt``).
"""
from __future__ import annotations

import pytest

from extractors.clean.widgets import is_widget_line
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", ["Opinion", "OPINION", "Opinião"])
def test_a_lone_genre_label_is_a_widget_line(line):
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["Opinion polls show a close race", "Opinião pública"])
def test_lines_opening_with_the_genre_word_stay(line):
    assert not is_widget_line(line)


def test_uol_page_loses_its_genre_label():
    _, doc = dev_page("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh")
    assert "Opinião" not in doc.text.split("\n\n")
