"""A story's closing paragraph in a second copy of its text box, after an insert, is story (issue 12, dev recall).

engadget.com closes its 2020 stories in a ``<div class="article-text c-gray-1 no-review">`` in a grid of its own
below the ad rail, after the ``<div class="article-text c-gray-1">`` holding the rest: the scorer picks the first
box, and a lone paragraph above it counted for nothing when ``widen`` weighed the climb, so a third of the story
was lost. The one other box built as the candidate's (its classes, maybe more) now counts; a template repeated more
often is a listing of teasers (bukvy.org's "post-content" cards for other posts) and still does not.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

CLOSING = (
    "Councillors will meet again in May, after the engineers report, to choose between the two designs on the table."
)
#: What follows the story's second box on engadget.com: its topic links and a share bar, no story.
FOOTER = (
    "<div class='block'><div class='grid'><div class='cell'><section class='tags'>In this article: "
    "<a href='/t/bridge'>bridge</a>, <a href='/t/council'>council</a></section>"
    "<div class='share-bar'>Comments 33 Shares Share Tweet</div></div></div></div>"
)


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>{body}</body></html>"


def story_box(paragraphs, css: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='block'><div class='grid'><div class='cell'><div class='{css}'>{inner}</div></div></div></div>"


def split_story(closing_boxes: int, footer: str = FOOTER) -> str:
    """The story's box, then ``closing_boxes`` copies of it holding one paragraph each, a level deeper."""
    first = story_box(SENTENCES * 2, "article-text gray")
    copies = "".join(
        f"<div class='wrap'>{story_box([CLOSING], 'article-text gray no-review')}{footer}</div>"
        for _ in range(closing_boxes)
    )
    return page(f"<div class='page'>{first}{copies}</div>")


def test_a_dev_storys_closing_paragraph_in_its_second_text_box_is_kept():
    expected, doc = dev_page("engadget_2020_lyft-extends-free-scooter__pl")
    closing = "This isn’t the only scooter program available to vital workers."
    assert closing in expected["body"]
    assert closing in doc.text


def test_a_dev_listing_of_boxes_built_like_the_storys_is_not_story():
    expected, doc = dev_page("bukvy_2025-10-09_poroshenko-sanctions-decree-supreme-court__mtsc")
    teaser = "Military serviceman of the International Legion for the Defense of Ukraine"
    assert teaser not in expected["body"]
    assert teaser not in doc.text


def test_a_lone_closing_paragraph_in_the_storys_only_box_copy_is_story():
    text = clean_html(split_story(1)).text
    assert text.startswith(SENTENCES[0])
    assert text.endswith(CLOSING)


def test_lone_paragraphs_in_several_box_copies_are_a_listing_not_story():
    assert CLOSING not in clean_html(split_story(3, footer="")).text
