"""Issue 12, dumpsB348: a caption printed under its label naming the picture ("Image: Actors from the TV show Lost at
the 12th Annual Screen Actors Guild Awards, 2006." on n+1, "Lead image: Lee Top. Levi’s Jeans. Omega Watch." on
Cosmopolitan) is no paragraph of the story: five words or more closed by a stop (``data/en/caption_markers.txt``). A
credit under the same label names a photographer or an agency and closes on no stop ("Image: Bungie" in Kotaku's
reference, "Image: Vjeran Pavic / The Verge"), and a sentence of the story opening on "Image" has no label colon.
Lines and paragraphs written for the test in those pages' shape."""
from __future__ import annotations

import pytest

from extractors.clean import document
from extractors.clean.text_regions import is_credited_caption


@pytest.mark.parametrize(
    "caption",
    [
        "Image: Actors from a television drama at an awards show in Los Angeles, 2006.",
        "Lead image: Blue Top. Wide Jeans. Steel Watch.",
        "Image : Protesters gather outside the court on Tuesday morning.",
    ],
)
def test_a_labelled_image_caption_closed_by_a_stop_is_a_caption(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Image: Bungie",  # a credit: no stop, a name
        "Image: Jane Doe / The Daily Paper",
        "Image quality has improved a lot in the new model, the reviewers said.",  # no label colon
        "Image: Getty",
    ],
)
def test_a_credit_under_the_image_label_or_a_sentence_about_images_is_no_labelled_caption(line):
    assert not is_credited_caption(line)


def test_dump_drops_a_labelled_image_caption_between_story_paragraphs():
    paragraphs = (
        "How television serials became art",
        ("For a long time the serial was the lowest form of television, a thing to be watched in the afternoon and "
         "forgotten by the evening. That changed when writers started to plan whole seasons as single stories."),
        "Image: Actors from a television drama at an awards show in Los Angeles, 2006.",
        ("The new serials asked viewers to remember what had happened months before, and rewarded them for it. "
         "Critics began to write about them as they wrote about novels."),
        "Whether this was a gain for television or a loss for the novel is still argued about today.",
    )
    text = document.clean_text("\n\n".join(paragraphs)).text or ""
    kept = text.split("\n\n")
    assert any(p.startswith("The new serials") for p in kept)
    assert not any(p.startswith("Image:") for p in kept)
