"""``html.collect_captions``: a caption-classed box that holds the story's paragraphs is their wrapper, not a caption.

The Saline Post's template leaves its photo's ``<div class="field-caption">`` unclosed, so the parser puts the share
bar and the whole story inside it; dropping it as a caption left the page's donation box as the text.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.html import collect_captions, parse_html
from extractors.clean.marks import find_marks
from tests.clean_helpers import dev_page

PARAGRAPHS = [f"The city will reserve the street's parking for curbside pickup, said the chief, point {i}." for i in range(8)]


def test_a_caption_box_holding_the_story_stays_in_the_page():
    html = ("<html><body><h1>Parking order</h1><div class='support'><p>Local News Needs Your Support</p></div>"
            "<article><img src='seal.jpg'><div class='field-caption'><div class='caption'></div>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></article></body></html>")
    assert clean_html(html).text == "\n\n".join(PARAGRAPHS)


def test_a_long_caption_beside_the_story_is_still_dropped():
    caption = "A long caption under the photo that tells what the picture shows in many words. " * 8
    root = parse_html("<html><body><article><figure><img src='a.jpg'></figure><div class='photo-caption'>"
                      f"{caption}</div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    collect_captions(root, find_marks(root))
    assert "long caption" not in root.text_content()


def test_the_saline_posts_story_in_its_unclosed_caption_box_is_read():
    expected, doc = dev_page("thesalinepost_2020-05-12_curbside-pickup-parking-ann-arbor-street__plp", with_url=False)
    def words(text: str) -> list[list[str]]:
        return [para.split() for para in text.split("\n\n")]

    assert words(doc.text) == words(expected["body"])
