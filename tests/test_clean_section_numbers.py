"""Paragraphs numbering a story's sections stay (issue 12, html18: dev recall, ifeng.com and huanqiu.com).

A paragraph that is a bare number reads as a gallery counter or a share count and goes. Chinese stories number
their sections in a paragraph of its own ("1" over "全国名校长在小地方遇难题" on ifeng.com, "1" over the first
paragraph of a section on huanqiu.com), and both references keep the numbers. Numbers counting up from 1 in
order, each above a kept paragraph, are that numbering; a lone number, or numbers out of order, stay counters.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def _page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body><article>{body}</article></body></html>"


def _paragraphs(*sentences: str) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def test_numbers_counting_sections_from_one_are_kept():
    html = _page("<p><strong>1</strong></p>" + _paragraphs(*SENTENCES[:2]) + "<p>2</p>" + _paragraphs(*SENTENCES[2:]))
    paragraphs = clean_html(html).text.split("\n\n")
    assert paragraphs[0] == "1"
    assert paragraphs[3] == "2"


def test_numbers_out_of_order_stay_counters():
    html = _page("<p>3</p>" + _paragraphs(*SENTENCES[:2]) + "<p>12</p>" + _paragraphs(*SENTENCES[2:]))
    paragraphs = clean_html(html).text.split("\n\n")
    assert "3" not in paragraphs and "12" not in paragraphs


def test_a_lone_number_stays_a_counter():
    html = _page(_paragraphs(*SENTENCES[:2]) + "<p>1</p>" + _paragraphs(*SENTENCES[2:]))
    assert "1" not in clean_html(html).text.split("\n\n")


def test_the_dev_section_numbers_are_kept():
    expected, doc = dev_page("ifeng-zh_2019-09-09_principal-chen-liqun-taijiang__gne2")
    numbers = [p for p in expected["body"].split("\n\n") if p.isdigit()]
    assert numbers == ["1", "2", "3", "4", "5"]
    assert [p for p in doc.text.split("\n\n") if p.isdigit()] == numbers
