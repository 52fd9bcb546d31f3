"""Lines of links set apart by ``<br>`` are a list of other stories, however many words their titles add up to.

The link rule drops a link-dense block under 25 words; a list of linked titles broken only by ``<br>`` is one block,
and five titles pass 25 words: ABC7 New York's "RELATED INFORMATION" links after its story, The Federalist Papers'
"READ MORE:" over four linked titles. Their references leave them out; ``html._linked_lines`` drops them. A story's
``<br>``-broken lines with a link in them stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "title"), [
    ("abc7ny_2020-05-01_penn-station-overnight-cleaning__hd7", "Stimulus check scams and other coronavirus hoaxes"),
    ("thefederalistpapers_2016-12-21_failure-public-schooling__pl", "The Failure of Public Schooling in One Chart"),
])
def test_a_dev_story_drops_the_br_broken_lines_of_links_after_it(case_id, title):
    expected, doc = dev_page(case_id)
    assert title not in expected["body"]
    assert title not in doc.text
    assert expected["body"].split("\n\n")[-1] in doc.text


def _page(extra: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    return f"<html><head><title>Bridge vote</title></head><body><article>{paragraphs}{extra}</article></body></html>"


def test_five_linked_titles_broken_by_br_go_though_they_pass_25_words():
    titles = [f"Another long story about the river crossing and its cost, part {i}" for i in range(5)]
    links = "<br>".join(f"<a href='/story-{i}'>{t}</a>" for i, t in enumerate(titles))
    doc = clean_html(_page(f"<p>{links}</p>"))
    assert SENTENCES[2] in doc.text
    assert titles[0] not in doc.text


def test_br_broken_story_lines_with_a_link_in_them_stay():
    lines = [f"{s[:40]} <a href='/more'>more</a> {s[40:]}" for s in SENTENCES]
    doc = clean_html(_page(f"<p>{'<br>'.join(lines)}</p>"))
    assert SENTENCES[3][40:] in doc.text
