"""A section heading over the title of the section's first item, and only then the item's prose, is the story's.

``keep_block`` drops an ``<h1>`` (taken for the headline) and ``html._with_subheadings`` keeps it back when a paragraph
of the story's prose follows. New publishers of pool1 set an item's title between the two: QbitAI's ``<h1>``
"智川X-Agent核心功能" over "1. 零代码AI应用搭建，10秒定义专属智能体" and then that item's prose, cron.weekly's ``<h1>``
"News & general 🗞" over an entry's linked ``<h2>`` and then the entry's comment; both references keep the heading.
Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def _page(between: str) -> str:
    return ("<html lang='en'><head><title>Bridge vote</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
            + f"<h1>What the council chose</h1>{between}<p>{SENTENCES[3]}</p>"
            + f"<p>{SENTENCES[0]}</p></article></body></html>")


def test_a_section_heading_over_a_numbered_item_title_and_its_prose_stays():
    assert "What the council chose" in clean_html(_page("<p>1. A toll-free crossing for cyclists</p>")).text


def test_a_section_heading_over_a_linked_entry_heading_and_its_prose_stays():
    assert "What the council chose" in clean_html(_page("<h2><a href='https://example.org/a'>Toll-free</a></h2>")).text


def test_a_section_heading_over_a_sentence_and_then_prose_still_goes():
    assert "What the council chose" not in clean_html(_page("<p>The cost will be shared.</p>")).text


def test_dev_section_headings_over_item_titles_are_kept():
    for case_id, headings in (
        ("qbitai_2025-02-23_zhongke-wenge-x-agent-launch__pool1", ("智川X-Agent核心功能", "优雅平台亮点功能")),
        ("ttias_2020-04-19_cron-weekly-issue-130__pool1", ("News & general 🗞", "Tools & Projects 🛠")),
    ):
        expected, doc = dev_page(case_id)
        for heading in headings:
            assert heading in expected["body"]
            assert heading in doc.text
