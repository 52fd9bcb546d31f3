"""A reading time ("5 min read", "3 Min Lesezeit") is a stamp of the page, not a line of the story.

Reading times show on the dev pages of a dozen publishers (GitLab, the Financial Post, National Post, Fast Company,
CBS Sports, Global News, POLITICO Europe; heise, AFP Faktencheck, ...), mostly in markup already pruned. Two were kept
and their references leave them out: "November 6, 2020 · 12 min read" (Roots of Progress, the date sharing its line)
and "3 Min Lesezeit" (Ruhr Nachrichten). ``LOCAL_WIDGET_LINE`` (``data/en`` and ``data/de`` ``widget_lines.txt``)
reads them; a sentence that mentions a reading time in passing stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "stamp", "story"), [
    ("rootsofprogress_2020-11-06_where-is-my-flying-car__omni", "12 min read", "flying car"),
    ("ruhrnachrichten_2024-05-03_eisheiligen-2024-wann-sie__fundus", "3 Min Lesezeit", "Eisheiligen"),
])
def test_a_dev_story_drops_its_reading_time(case_id, stamp, story):
    expected, doc = dev_page(case_id)
    assert stamp not in expected["body"]
    assert story in doc.text
    assert stamp not in doc.text


@pytest.mark.parametrize("line", [
    "It was a 5 min read for most of us, and then we left.",
    "Die Lesezeit beträgt laut Verlag gut drei Stunden.",
])
def test_a_sentence_mentioning_a_reading_time_is_no_stamp(line):
    assert not widgets.is_widget_line(line)
