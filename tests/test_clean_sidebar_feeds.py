"""A sidebar (``<aside>``, ``<footer>``) of whole dispatches that outweighs a short story is not the story.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.test_clean_recall import STORY, f1, page, paragraphs

DISPATCH = "Rome, April 23 (Agency) - The ministry said on Thursday that the new rules on ports would start in May, {}."


def _feed(items: int) -> str:
    """A news-agency ticker: linked headlines, each over a dispatch of three long paragraphs."""
    return "".join(
        f"<li><a href='#'>18:{40 + i} - Headline of dispatch {i}</a><div class='content'>"
        + "".join(f"<p>{DISPATCH.format(f'dispatch {i}, paragraph {j}, with figures and names')}</p>" for j in range(3))
        + "</div></li>"
        for i in range(items)
    )


def test_sidebar_ticker_outweighing_a_short_story_is_dropped():
    html = page(
        f"<main><article class='post'>{paragraphs(3)}</article>"
        f"<aside class='post-aside'><div class='ticker'><ul>{_feed(3)}</ul></div></aside></main>"
    )
    doc = clean_html(html)
    assert doc.text.count(STORY) == 3
    assert "ministry said" not in doc.text


def test_story_set_inside_an_aside_is_kept():
    html = page(f"<div class='top'><a href='/'>Home</a></div><aside class='col'>{paragraphs(5)}</aside>")
    assert clean_html(html).text.count(STORY) == 5


def test_news_agency_ticker_beside_a_football_story_is_left_out():
    assert f1("ilfattoquotidiano_2026-04-20_bayern-monaco-campione-triplete__jmp") >= 0.95
