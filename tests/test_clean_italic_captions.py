"""A paragraph set wholly in italics right under a picture inside the story is the picture's caption.

``html._italic_captions``: Network World's "<figure><img></figure><p><em>Outside (left) and inside (right) parts of
...</em></p>", Wikimedia's blog under its charts, heise's tips under each screenshot. An italic paragraph under a
picture above the story's first paragraph (a standfirst) and an italic question (an interview's) stay.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

CAPTION = "Outside (left) and inside (right) parts of the new lock, as the maker shows them."
QUESTION = "How did the council persuade the region and the state to share the cost of the bridge?"


def _page(*middle: str, lead: bool = False) -> str:
    first, *rest = [f"<p>{s}</p>" for s in SENTENCES]
    head = "".join(middle) + first if lead else first + "".join(middle)
    return f"<html><body><article>{head}{''.join(rest)}</article></body></html>"


FIGURE = "<figure><img src='lock.jpg'></figure>"


def test_an_italic_paragraph_under_a_picture_in_the_story_is_a_caption():
    doc = clean_html(_page(FIGURE, f"<p><em>{CAPTION}</em></p>"))
    assert "Outside (left)" not in doc.text
    assert SENTENCES[-1] in doc.text


def test_a_picture_in_a_paragraph_of_its_own_and_a_wordless_control_between_count_too():
    doc = clean_html(_page("<p><img src='chart.png'></p>", "<div><button>×</button></div>", f"<p><i>{CAPTION}</i></p>"))
    assert "Outside (left)" not in doc.text


def test_an_italic_question_under_a_picture_stays():
    assert QUESTION in clean_html(_page(FIGURE, f"<p><em>{QUESTION}</em></p>")).text


def test_an_italic_paragraph_under_a_picture_above_the_story_stays():
    assert "Outside (left)" in clean_html(_page(FIGURE, f"<p><em>{CAPTION}</em></p>", lead=True)).text


def test_a_paragraph_only_partly_italic_under_a_picture_stays():
    line = "<p><em>Outside (left)</em> and inside (right) parts of the new lock, as the maker shows them.</p>"
    assert "Outside (left) and inside" in clean_html(_page(FIGURE, line)).text


def test_a_dev_story_drops_its_screenshot_captions():
    expected, doc = dev_page("heise_2018-01-26_daten-cloud-sicher-verschluesseln__r4j")
    assert "Die Installation ist ein Kinderspiel." not in expected["body"]
    assert "Die Installation ist ein Kinderspiel." not in doc.text
    assert "Tresor anlegen" in doc.text
