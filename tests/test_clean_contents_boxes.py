"""A table of contents set inside a story goes with its title: "Indice" over dilei's Easy Table of Contents box and
"Jump To" over Indiatimes' "jumplink" box, each over links to the story's own subheadings. The list went as a
``<nav>``; its title stayed, read as a subheading (``contents_boxes.drop_contents_boxes``). A subheading over the
story's paragraphs and a list of links to other pages stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import lxml.html
import pytest

from extractors.clean.contents_boxes import drop_contents_boxes
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "title", "story"), [
    ("dilei-it_2024-05-12_pulire-camoscio-beige__mgh2", "Indice", "Cos’è il camoscio"),
    ("indiatimes_2022-03-01_un-climate-report-india-wet-bulb__mcm", "Jump To", "Wet-bulb temperature"),
])
def test_a_dev_story_drops_the_title_of_its_contents(case_id, title, story):
    expected, doc = dev_page(case_id)
    assert title not in expected["body"].splitlines()
    assert story in doc.text
    assert title not in doc.text.splitlines()


def _page(box: str) -> str:
    return ("<html><body><article><h1>Die Brücke kommt</h1>" + f"<p>{SENTENCES[0]}</p>" + box
            + '<h2 id="vote">The vote</h2>' + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</article></body></html>")


def _links(prefix: str) -> str:
    return "<ul>" + "".join(f'<li><a href="{prefix}{n}">Section {n}</a></li>' for n in ("one", "two", "three")) + "</ul>"


@pytest.mark.parametrize("box", [
    f'<div class="toc"><div><p class="toc-title">Contents</p></div><nav>{_links("#")}</nav></div>',
    f'<div class="jumplink"><div><h2>Jump To</h2></div>{_links("#")}</div>',
])
def test_a_title_over_links_into_the_page_goes(box):
    root = lxml.html.fromstring(_page(box))
    drop_contents_boxes(root)
    text = root.text_content()
    assert SENTENCES[1] in text and "The vote" in text
    assert "Contents" not in text and "Jump To" not in text and "Section one" not in text


def test_a_title_over_links_to_other_pages_stays():
    root = lxml.html.fromstring(_page(f'<div class="more"><h2>Read next</h2>{_links("/story/")}</div>'))
    drop_contents_boxes(root)
    assert "Read next" in root.text_content()
