"""A marker that the story goes on below an ad slot is furniture, as "Story continues below" is in English.

The dev pages that showed it: UrduPoint's "(جاری ہے)" (``data/ur/widget_lines.txt``) on its page and in its dump,
Hürriyet's "Haberin Devamı" (``data/tr/widget_lines.txt``) in its dump.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_widget_line
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page

URDU = ("پاکستان نے ٹاس جیت کر بولنگ کا فیصلہ کیا اور آئر لینڈ کے بلے بازوں نے میچ کا آغاز دھواں دار انداز میں کیا"
        " جبکہ پہلے تین اوورز میں کوئی وکٹ گنوائے بغیر باونڈریز سکور کیں")


@pytest.mark.parametrize("line", ["(جاری ہے)", "جاری ہے", "Haberin Devamı", "HABERİN DEVAMI"])
def test_a_story_continues_marker_is_a_widget_line(line):
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["پاکستان اور آئر لینڈ کے درمیان مذاکرات جاری ہے", "Haberin devamında bakan konuştu."])
def test_story_lines_holding_the_marker_words_stay(line):
    assert not is_widget_line(line)


def test_an_urdu_page_loses_the_marker_between_its_paragraphs():
    story = [f"<p>{URDU} {i}۔</p>" for i in range(5)]
    story.insert(2, "<p class='hide_desk'>(جاری ہے)</p>")
    html = f"<html lang='ur' dir='rtl'><body><article>{''.join(story)}</article></body></html>"
    text = clean_html(html).text
    assert "جاری ہے" not in text
    assert f"{URDU} 4۔" in text


def test_hurriyet_dump_loses_its_continues_marker():
    body, dump = copied_page("hurriyet-tr_2024-05-16_kadinlar-euroleague-yeni-format__mgh")
    text = clean_dump(dump).text
    assert "Haberin Devamı" in dump and "Haberin Devamı" not in text
    assert body.split("\n\n")[-1] in text


def test_urdupoint_page_loses_its_continues_marker():
    expected, doc = dev_page("urdupoint-ur_2024-05-12_pakistan-ireland-t20__mgh")
    assert "(جاری ہے)" not in doc.text
    assert expected["body"].split("\n\n")[-1] in doc.text
