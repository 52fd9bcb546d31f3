"""A reporter's name set in bold right above the story's first paragraph is a byline, not a subheading.

Ilanga's ``<p><strong>MTHOBISI SITHOLE</strong></p>`` and the Lesotho Times' ``<p><strong>Mohloai Mpesi</strong></p>``
open their stories; their references leave the names out (``bold_bylines.opening_bylines``). A bold name over
another bold line, a bold subheading in words of the story and a bold name further down stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.bold_bylines import is_names_line
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def test_a_dev_story_drops_the_bold_byline_over_it():
    expected, doc = dev_page("ilanga_2024-11-05_ikhansela-lisola-uthishanhloko-ngezimbuzi__fundus")
    assert "MTHOBISI SITHOLE" not in expected["body"]
    assert "Kuthiwaligqinsile imbuzi" in doc.text
    assert "MTHOBISI SITHOLE" not in doc.text


def _page(*opening: str) -> str:
    return ("<html><body><article>" + "".join(opening) + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + "</article></body></html>")


@pytest.mark.parametrize("name", ["Mohloai Mpesi", "MTHOBISI SITHOLE", "Mathatisi Sebusi/Mohalenyane Phakela"])
def test_a_bold_name_over_the_first_paragraph_goes(name):
    text = clean_html(_page(f"<p><strong>{name}</strong></p>")).text
    assert SENTENCES[0] in text
    assert name not in text


@pytest.mark.parametrize("opening", [
    "<p><strong>Jane Roe</strong></p><p><strong>Mayor of Riverside</strong></p>",  # a speaker's label over her role
    "<p>Riverside is getting its bridge.</p><p><strong>Jane Roe</strong></p>",  # under the story's first sentence
])
def test_a_bold_name_not_right_above_the_opening_paragraph_stays(opening):
    assert "Jane Roe" in clean_html(_page(opening)).text


@pytest.mark.parametrize(("line", "names"), [
    ("Mohloai Mpesi", True), ("Mathatisi Sebusi/Mohalenyane Phakela", True), ("Jane Roe and John Doe", True),
    ("The Bridge", True),  # a title-case label reads as a name too: only its place and the unrelated-lines rule tell
    ("Work starts in spring.", False), ("Step 1", False), ("Update: Jane Roe", False), ("Jane", False),
    # one reader of a bare name with the text dumps' bylines (``dump_bylines.is_name_line``): initials and particles
    ("Paloma H. Matellano", True), ("Lisa de Moraes/Jane Roe", True),
])
def test_a_name_line_is_only_persons_names(line, names):
    assert is_names_line(line) is names
