"""A story's summary points set in an ``<aside>`` named for them stay with the story; other asides still go.

USA TODAY's ``<aside class="comp story-highlights">`` and Spektrum's ``<aside class="content__glance">`` hold the
story's points, which their references keep (``summary_boxes.is_summary_box``). An aside of links, one named
otherwise, or one holding a list of short labels is still pruned.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "point"), [
    ("usatoday_2014-01-25_namm-ik-multimedia-irings__unf", "Company best known for its iRig microphones"),
    ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl", "Mitunter finden sich im Genom der Parasiten"),
])
def test_a_dev_story_keeps_its_summary_points(case_id, point):
    expected, doc = dev_page(case_id)
    assert point in expected["body"]
    assert point in doc.text


_POINTS = ("The council will fund the new bridge over the river", "The old ferry runs until the bridge opens next year")


def _page(aside: str) -> str:
    return ("<html><body><article>" + f"<p>{SENTENCES[0]}</p>" + aside
            + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</article></body></html>")


def test_an_aside_of_summary_points_stays():
    items = "".join(f"<li>{p}</li>" for p in _POINTS)
    text = clean_html(_page(f'<aside class="story-highlights"><h3>Story Highlights</h3><ul>{items}</ul></aside>')).text
    assert all(point in text for point in _POINTS)


@pytest.mark.parametrize("aside", [
    "<aside class='related'><ul>" + "".join(f"<li>{p}</li>" for p in _POINTS) + "</ul></aside>",  # named otherwise
    "<aside class='highlights'><ul>" + "".join(f"<li><a href='/x'>{p}</a></li>" for p in _POINTS) + "</ul></aside>",
    "<aside class='highlights'><ul><li>Bridge budget</li><li>Ferry timetable</li></ul></aside>",  # labels, no points
])
def test_another_aside_still_goes(aside):
    text = clean_html(_page(aside)).text
    assert SENTENCES[1] in text
    assert "ferry runs until" not in text and "Ferry timetable" not in text
