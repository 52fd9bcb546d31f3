"""A table of contents' label ("Inhaltsverzeichnis", "Auf dieser Seite:") is page furniture, not a line of the story.

German stories open with a box of jump links to their own subheadings, under a label: heise's collapsible
"Inhaltsverzeichnis", MDR's "Auf dieser Seite:". The links go as links; the label stayed, and no dev reference keeps
either (``data/de/widget_lines.txt``). The subheadings the box points to stay, and so does a sentence that names
a table of contents.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "label", "subheading"), [
    ("heise_2023-04-28_workplace-app-notion-leben-planen__asc", "Inhaltsverzeichnis",
     "Zahlreiche Anpassungen in Notion möglich"),
    ("mdr_2023-04-28_ist-thuringer-bratwurst-illusion__fundus", "Auf dieser Seite:",
     "Schlachtbetrieb mit 340 Mitarbeitern vermarktet in der Region"),
])
def test_a_dev_story_drops_its_contents_label_and_keeps_its_subheadings(case_id, label, subheading):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert subheading in doc.text
    assert label not in doc.text.splitlines()


@pytest.mark.parametrize("line", [
    "Das Inhaltsverzeichnis des Berichts nennt 40 Kapitel.",
    "Auf dieser Seite des Flusses liegt das alte Dorf.",
])
def test_a_sentence_naming_a_contents_is_no_label(line):
    assert not widgets.is_widget_line(line)
