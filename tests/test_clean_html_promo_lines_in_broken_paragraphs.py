"""A promotion line goes from an HTML story even when the page sets it in a ``<br>``-broken paragraph with others.

``text_regions.is_promo`` (``promo_lines.txt``, ``dump_promo_lines.txt``) judges whole lines; a page that prints its
follow calls or its donation appeal as lines of one ``<p>`` left them in the story, as the paragraph was judged whole:
Chicago YIMBY's "Follow YIMBYgram for real-time photo updates" / "Like YIMBY on Facebook" / "Follow YIMBY’s Twitter
for the latest in YIMBYnews", Jewish Business News' "Please help us out :" / "Will you offer us a hand? Every gift,
regardless of size, fuels our future." / "Your critical contribution enables us ...". Their references leave the
appeals out. The story's own ``<br>``-broken lines (an address, verse) stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import clean_document
from extractors.records import RawDocument
from tests.clean_helpers import SENTENCES, dev_page


def _text(block: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in SENTENCES)
    page = f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{body}<p>{block}</p></article></body></html>"
    return clean_document(RawDocument(source="page.html", data=page.encode(), content_type="text/html")).text


def test_promotion_lines_of_a_broken_paragraph_go():
    text = _text("Follow YIMBYgram for real-time photo updates<br>Like YIMBY on Facebook<br>"
                 "Follow YIMBY’s Twitter for the latest in YIMBYnews")
    assert SENTENCES[-1] in text
    assert "YIMBYgram" not in text
    assert "YIMBYnews" not in text


def test_story_lines_of_a_broken_paragraph_stay():
    text = _text("The bridge office is open on weekdays.<br>12 River Street, Riverton<br>Phone: 555 0100")
    assert "The bridge office is open on weekdays.\n12 River Street, Riverton\nPhone: 555 0100" in text


@pytest.mark.parametrize(("case_id", "promo", "story"), [
    ("chicagoyimby_2026-02-19_new-renderings-fulton-bond__jmp2", "Follow YIMBYgram", "Fulton"),
    ("jewishbusinessnews_2016-01-20_jfrog-raises-50-million__mtsc", "Every gift, regardless of size", "JFrog"),
])
def test_a_dev_story_drops_the_promotion_lines_of_its_broken_paragraph(case_id, promo, story):
    expected, doc = dev_page(case_id)
    assert promo not in expected["body"]
    assert story in doc.text
    assert promo not in doc.text
