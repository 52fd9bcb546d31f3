"""A form's or dialog's "Cancel" button alone on its line is a widget line (``data/en/widget_lines.txt``, vocab215):
seen on USA Today's page of the unlabelled vocabulary pool (``docs/vocabulary_sources.md``) and on the dev pages of
Electrek (its tip form and share dialog), BuzzFeed, Knowable Magazine, TNR and Wikimedia, whose references keep none.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", ["Cancel", "cancel", "CANCEL"])
def test_a_cancel_button_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_a_sentence_opening_with_cancel_stays():
    assert not widgets.is_widget_line("Cancel culture, he argued, was overstated by both parties.")


def test_copied_electrek_story_loses_its_cancel_buttons():
    body, dump = copied_page("electrek_2016-05-06_tesla-model-s-crash-crumple-zone__epb")
    lines = [line.strip() for line in clean_dump(dump).text.splitlines()]
    assert "Cancel" in dump and "Cancel" not in body.splitlines()
    assert "cancel" not in lines and "Cancel" not in lines
