"""A story the fallback rescues keeps the standfirst under its headline (issue 12, HTML recall).

When the main pass picks a box with no story (a fund widget, a photo frame), the fallback takes the densest
container of the pruned tree; the summary printed above it is found as for the main pass's container.
Real pages are dev pages of ``benchmarks/corpus``.
"""
from __future__ import annotations

import pytest

from extractors.clean import fallback
from extractors.clean import html as html_clean
from tests.clean_helpers import dev_page

SUMMARY = "The council approved the bridge after ten years of delays, and building starts in the spring."
STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


@pytest.mark.parametrize(
    "case_id",
    [
        "economictimes_2025-03-02_india-hosts-khamenei-confidant-kashmir__jmp2",  # <h2 class="summary">, <br> story
        "novinky_2020-01-30_janovicka-knihovna-prevadeci-sumava__hd3",  # unmarked perex repeating the description
    ],
)
def test_a_rescued_story_opens_with_its_standfirst_on_real_pages(case_id):
    expected, doc = dev_page(case_id)
    assert doc.text.split("\n\n")[0] == expected["body"].split("\n\n")[0]


def _rescued(lead) -> list[str]:
    story = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(6))
    html = f"<html><body><h1>Bridge vote</h1><p class='summary'>{SUMMARY}</p><div>{story}</div></body></html>"
    root = html_clean.parse_html(html)
    return fallback.rescue(html, [], root, None, lead)


def test_the_fallback_asks_the_lead_finder_of_the_container_it_takes():
    asked = []

    def lead(container, found):
        asked.append(container.tag)
        return [SUMMARY]

    assert _rescued(lead)[0] == SUMMARY
    assert asked == ["div"]


def test_without_a_lead_finder_the_fallback_gives_the_container_alone():
    assert _rescued(None)[0].startswith(STORY)
