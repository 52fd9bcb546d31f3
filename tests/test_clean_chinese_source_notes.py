"""A Chinese note on where a story comes from or who may reprint it is a house line, not the story's last paragraph.

Four dev publishers close a story with one their references leave out: "本文来源：华龙网 责任编辑：罗崇纬_NB12082" (163.com),
"本文为CSDN原创文章，未经允许不得转载 ..." (csdn.net), "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)" (thepaper.cn),
"免责声明：本文来自腾讯新闻客户端自媒体 ..." (qq.com). ``PROMO_LINE`` (``data/zh/promo_lines.txt``) drops them from HTML pages
and text dumps alike; a story's sentence opening with "本文为" ("this article is ...") stays unless it states the rights.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("netease-zh_2019-09-09_sos-paper-ball-tutoring__gne2", "本文来源：华龙网", "纸团"),
    ("csdn-zh_2014-08-24_kcon-v3-zoomeye__gne", "本文为CSDN原创文章", "ZoomEye"),
    ("thepaper-zh_2020-06-06_lancet-smell-taste-covid__gne2", "本文来自澎湃新闻", "嗅觉"),
    ("qq-zh_2019-09-07_yifenqian-song-parody__gne2", "免责声明：本文来自腾讯新闻客户端自媒体", "一分钱"),
])
def test_a_dev_chinese_story_drops_its_source_note(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text


@pytest.mark.parametrize("line", [
    "本文为读者梳理了这一年来新能源汽车补贴政策的三次调整。",
    "本文为系列报道的第三篇，记者走访了五个村庄。",
])
def test_a_story_sentence_about_this_article_is_no_source_note(line):
    assert not PROMO_LINE.fullmatch(line)
