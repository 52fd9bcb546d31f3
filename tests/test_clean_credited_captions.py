"""Issue 12: a photo caption closed by its credit, set as a paragraph of a page's story box, is a caption
(``text._is_credited_photo_caption``, the text dumps' ``text_regions.is_credited_caption`` and
``data/<language>/caption_credits.txt``).

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(
    ("case_id", "caption"),
    [
        ("vice_2016-05-26_google-wins-trial-against-oracle__mtsc", "Alphabet CEO Larry Page. Image: Getty"),
        ("freiepresse_2024-11-29_niemand-glaubt-euch-totalschaden__fundus", "Bild: Christoph Soeder/dpa"),
        ("ifeng-zh_2019-11-25_girl-paper-in-eye__gne", "小花母亲供图"),
    ],
)
def test_a_credited_caption_in_the_story_box_is_no_paragraph(case_id, caption):
    expected, doc = dev_page(case_id, with_url=False)
    assert caption not in expected["body"]
    assert not any(caption in paragraph for paragraph in doc.text.split("\n\n"))
    assert any(caption in line for line in doc.captions)


def test_a_paragraph_naming_a_photo_in_passing_stays():
    """A credit label needs four words of caption before it and closes the paragraph; a sentence mentioning a photo
    ("..., the photo shows.") is story."""
    line = "The council published the plans on Monday, and a photo of the site shows where the bridge will stand."
    html = ("<html><body><article><h1>Bridge vote</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + f"<p>{line}</p></article></body></html>")
    assert line in clean_html(html).text


@pytest.mark.parametrize(
    ("case_id", "caption"),
    [
        ("shanxi-zh_2019-09-18_brand-silk-road-brazil__gne", "（刘通摄）"),
        ("thepaper-zh_2019-09-24_power-bank-price-rise__gne", "共享充电宝。视觉中国 资料"),
        ("netease-zh_2019-09-09_sos-paper-ball-tutoring__gne2", "沙坪坝区公安分局供图"),
        ("ifeng-zh_2019-11-25_girl-paper-in-eye__gne", "段彦超 图"),
    ],
)
def test_a_chinese_caption_of_one_short_sentence_before_its_credit_is_no_paragraph(case_id, caption):
    """A Chinese caption may be one short sentence, its credit right after the full stop: a photographer in brackets
    (摄), a picture library's file photo (资料), a reporter's picture (图), a source's (供图)."""
    expected, doc = dev_page(case_id, with_url=False)
    assert caption not in expected["body"]
    assert not any(caption in paragraph for paragraph in doc.text.split("\n\n"))


def test_a_chinese_sentence_ending_on_a_picture_word_stays():
    """The credit needs its space or brackets: "他们提供了资料" and "详见下图" close sentences of the story."""
    lines = ["记者了解到，学校已经向警方提交了相关情况。他们提供了资料", "这座桥将于明年春天开工，工程分为三期。详见下图"]
    html = ("<html><body><article><h1>Bridge vote</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + "".join(f"<p>{line}</p>" for line in lines) + "</article></body></html>")
    text = clean_html(html).text
    assert all(line in text for line in lines)
