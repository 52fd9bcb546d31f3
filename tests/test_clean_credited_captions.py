"""Issue 12: a photo caption closed by its credit, set as a paragraph of a page's story box, is a caption
(``text._is_credited_photo_caption``, the text dumps' ``text_regions.is_credited_caption`` and
``data/<language>/caption_credits.txt``).

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(
    ("case_id", "caption"),
    [
        ("vice_2016-05-26_google-wins-trial-against-oracle__mtsc", "Alphabet CEO Larry Page. Image: Getty"),
        ("freiepresse_2024-11-29_niemand-glaubt-euch-totalschaden__fundus", "Bild: Christoph Soeder/dpa"),
        ("ifeng-zh_2019-11-25_girl-paper-in-eye__gne", "小花母亲供图"),
    ],
)
def test_a_credited_caption_in_the_story_box_is_no_paragraph(case_id, caption):
    expected, doc = dev_page(case_id, with_url=False)
    assert caption not in expected["body"]
    assert not any(caption in paragraph for paragraph in doc.text.split("\n\n"))
    assert any(caption in line for line in doc.captions)


def test_a_paragraph_naming_a_photo_in_passing_stays():
    """A credit label needs four words of caption before it and closes the paragraph; a sentence mentioning a photo
    ("..., the photo shows.") is story."""
    line = "The council published the plans on Monday, and a photo of the site shows where the bridge will stand."
    html = ("<html><body><article><h1>Bridge vote</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + f"<p>{line}</p></article></body></html>")
    assert line in clean_html(html).text
