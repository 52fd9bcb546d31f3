"""A short line that ends in a post's relative age, after a label set apart or a name glued to it, is furniture: the
Evening Standard's live-blog entry head "Nizaar Kinsella2 minutes ago", РосКвартал's section and age line
"Коммунальные услуги • 2 дня назад" over its news item. ``data/en`` and ``data/ru`` ``widget_lines.txt`` name them; a
story's sentence saying something happened days ago stays.

The real page is a dev page of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``); the Evening
Standard's is a shared-corpus page, so a small synthetic live-blog page stands for it.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


@pytest.mark.parametrize("line", [
    "Nizaar Kinsella2 minutes ago",
    "Коммунальные услуги • 2 дня назад",
    "Politics | 3 hours ago",
    "5 дней назад",
])
def test_a_label_with_a_relative_age_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "He arrived 2 days ago",
    "Он приехал 2 дня назад",
    "The bridge closed 3 weeks ago.",
])
def test_a_story_sentence_with_a_relative_age_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_a_live_blog_entry_head_with_a_glued_age_leaves_the_story():
    entries = "".join(f"<p>{STORY} Update {i}, with names and numbers.</p>" for i in range(6))
    html = (f"<html lang='en'><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>"
            f"<p>Jane Roe2 minutes ago</p>{entries}</article></body></html>")
    text = clean_html(html).text
    assert "Update 0" in text
    assert "minutes ago" not in text


def test_a_dev_story_drops_its_section_and_age_line():
    expected, doc = dev_page("roskvartal_uo-sroki-otvetov-obrashcheniya__sfm")
    assert "2 дня назад" not in expected["body"]
    assert "Минстрой" in doc.text
    assert "2 дня назад" not in doc.text
