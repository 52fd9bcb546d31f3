"""A heading over a list of blurbs around links, closing the story, is the site's reading list and goes.

HuffPost closes its story with "A HuffPost Guide To Coronavirus" over blurbs such as "What happens if we end <a>social
distancing</a> too soon?", The New Yorker with an ``<h2>`` "Race, Policing, and Black Lives Matter Protests" over "The
<a>death of George Floyd</a>, in context."; neither reference keeps the box (``html._closing_reading_list``). A list
the story goes on after, or one a sentence introduces, is the story's.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

#: The New Yorker's closing box, cut to three items (newyorker_2020-06-24_journalists-afraid-moral-clarity__nwj).
READING_LIST = (
    "<hr><h2>Race, Policing, and Black Lives Matter Protests</h2><ul>"
    "<li>The <a href='https://www.newyorker.com/news/daily-comment/the-death-of-george-floyd-in-context'>death of"
    " George Floyd</a>, in context.</li>"
    "<li>The civil-rights lawyer <a href='https://www.newyorker.com/news/q-and-a/bryan-stevenson'>Bryan Stevenson</a>"
    " examines the frustration and despair behind the protests.</li>"
    "<li>Who, David Remnick asks, is the true agitator behind the <a href='https://www.newyorker.com/news/daily-"
    "comment/an-american-uprising'>racial unrest</a>?</li></ul>"
)


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    return f"<html><head><title>Bridge vote</title></head><body><article>{paragraphs}{extra}</article></body></html>"


@pytest.mark.parametrize(("case_id", "line"), [
    ("huffingtonpost_2020-04-16_exposed-coronavirus-singapore__snk", "What happens if we end social distancing too soon?"),
    ("newyorker_2020-06-24_journalists-afraid-moral-clarity__nwj", "The death of George Floyd, in context."),
])
def test_a_dev_story_drops_its_closing_reading_list(case_id, line):
    expected, doc = dev_page(case_id)
    assert line not in expected["body"]
    assert line not in doc.text


def test_a_reading_list_closing_the_story_goes_with_its_heading():
    doc = clean_html(_page(READING_LIST))
    assert SENTENCES[2] in doc.text
    assert "Race, Policing" not in doc.text
    assert "death of George Floyd" not in doc.text


def test_a_linked_list_the_story_goes_on_after_stays():
    doc = clean_html(_page(f"{READING_LIST}<p>{SENTENCES[3]}</p>"))
    assert "death of George Floyd" in doc.text
    assert SENTENCES[3] in doc.text


def test_a_linked_list_a_sentence_introduces_stays():
    intro = "<p>The council published three documents on the vote:</p>"
    items = READING_LIST.split("<ul>", 1)[1]
    doc = clean_html(_page(f"{intro}<ul>{items}"))
    assert "death of George Floyd" in doc.text
