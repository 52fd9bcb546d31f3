"""A paragraph block holding paragraph blocks gives its points once (issue 12, audit195: a logic fault).

``find_container`` credits each ``<p>``, ``<td>``, ``<blockquote>``, ``<pre>`` and ``<dd>`` to its parent. A
``<blockquote>`` (or a layout cell) of ``<p>``s was credited its whole text on top of its paragraphs, every comma and
length point counted twice, so a quoted box or a layout table beside the story outscored the story's own box, as
``_prose_blocks`` already knew for widening. On astronews.com (dev) layout cells holding nested tables and ``<p>``s, counted
twice, drew the container up to a table holding the account and donation rows under the story.
"""
from __future__ import annotations

from extractors.clean import html as html_clean

#: A story paragraph: two commas, 100 characters or more (4 points).
STORY = "The council voted on Tuesday to fund the new bridge, which the mayor, a farmer, had opposed for a year."
#: A quoted paragraph: five commas, 100 characters or more (7 points).
QUOTE = ("Residents wrote that the old crossing, closed since the floods, had cut the market off from the farms, "
         "and that every month of delay, they said, cost them dearly.")


def test_a_blockquote_of_paragraphs_does_not_outscore_the_story_beside_it():
    story = "".join(f"<p class='story'>{STORY}</p>" for _ in range(4))
    quotes = "".join(f"<p>{QUOTE}</p>" for _ in range(2))
    root = html_clean.parse_html(
        f"<html><body><div class='left'>{story}</div><div class='right'><blockquote>{quotes}</blockquote></div></body></html>"
    )
    assert html_clean.find_container(root).get("class") == "left"


def test_a_blockquote_of_text_still_counts_as_a_paragraph():
    story = f"<p class='story'>{STORY}</p>"
    root = html_clean.parse_html(
        f"<html><body><div class='left'>{story}</div><div class='right'><blockquote>{QUOTE} {QUOTE}</blockquote>"
        f"<blockquote>{QUOTE}</blockquote></div></body></html>"
    )
    assert html_clean.find_container(root).get("class") == "right"
