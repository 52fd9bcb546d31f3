"""Kickers over the headline (issue 12, round html40): the short section or topic label a page sets right above its
``<h1>`` is no line of the story. The real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its
``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

STORY = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
#: The story's second section, in other words than the first (a repeated paragraph would go as a repeat).
SECTION = "".join(f"<p>{sentence.replace('bridge', 'tunnel').replace('council', 'board')}</p>" for sentence in SENTENCES)


def page(body: str) -> str:
    return f"<html><head><title>Bridge vote</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("kicker", ["<div>Double jeopardy</div>", "<p>Hitzefolgen</p>"])
def test_short_label_right_above_the_headline_goes(kicker):
    doc = clean_html(page(f"{kicker}<h1>Council votes for the bridge</h1>{STORY}"))
    assert doc.text.split("\n\n")[0] == SENTENCES[0]


def test_line_above_an_h1_inside_the_story_stays():
    """Substack posts set their subheadings as ``<h1>``: a short line over one, once the story has begun, is the
    story's (a list's last item, a figure's label)."""
    doc = clean_html(page(f"<h1>Bridge vote</h1>{STORY}<p>Bridge costs by year</p><h1>What comes next</h1>{SECTION}"))
    assert "Bridge costs by year" in doc.text.split("\n\n")


@pytest.mark.parametrize(
    ("case_id", "kicker"),
    [
        ("arstechnica_2025-02-10_22-states-sue-nih-funding__jmp2", "Double jeopardy"),
        ("mdr_2026-07-08_so-sind-straenbahnen-autobahnen__fundus", "Hitzefolgen"),
    ],
)
def test_headline_kicker_leaves_real_pages(case_id, kicker):
    expected, doc = dev_page(case_id)
    assert kicker not in expected["body"] and kicker not in doc.text.split("\n\n")
