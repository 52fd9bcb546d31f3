"""A lower-case widget word after a hyphen ends an adjective, no widget label (issue 12, html18: an over-eager match).

``is_widget_line`` reads a short line naming a widget word ("Related", "Share This") as a control. Written in lower
case after a hyphen the word ends a compound adjective: "Age-related impacts" is a subheading of lasvegassun.com's
Yucca Mountain story (in its dev reference, dropped before), as "State-sponsored attacks" would be. A capitalised
one is the head of a noun compound and still names the widget ("Duisburg-Newsletter: Jetzt kostenlos anmelden!"
on waz.de), as does one before the hyphen ("Newsletter-Anmeldung"); the bare words and their labels stay controls.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES


@pytest.mark.parametrize("line", ["Age-related impacts", "State-sponsored attacks", "Cost-share rules"])
def test_a_widget_word_in_a_hyphenated_compound_is_no_label(line):
    assert not widgets.is_widget_line(line, max_words=5)


@pytest.mark.parametrize("line", [
    "Related", "Related articles", "Share This", "Sponsored", "Follow us on Twitter",
    "Duisburg-Newsletter: Jetzt kostenlos anmelden!", "Newsletter-Anmeldung",
])
def test_widget_labels_stay_labels(line):
    assert widgets.is_widget_line(line, max_words=5)


def test_a_subheading_with_a_hyphenated_widget_word_is_kept_between_story_paragraphs():
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:2]) + "<p><strong>Age-related impacts</strong></p>" + "".join(
        f"<p>{s}</p>" for s in SENTENCES[2:]
    )
    html = f"<html lang='en'><head><title>Bridge vote</title></head><body><article>{paragraphs}</article></body></html>"
    text = clean_html(html).text
    assert "Age-related impacts" in text.split("\n\n")
    assert SENTENCES[3] in text
