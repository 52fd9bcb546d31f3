"""A note on where a story first ran, or under which headline, is furniture under the story, not its text.

The dev references of seven publishers leave such notes out: "This article originally appeared on Time.com."
(Fortune), "*This article appears in the September 5, 2016 issue of New York Magazine." (Vulture), "First
published in The Conversation." (Daily Maverick), "Published in the print edition of ..." (New Yorker, The
Economist), and in Chinese the original headline in brackets, "（原标题：...）" (163) and "（原题为《...》）" (The
Paper), and a note naming where a post was first published, "（首发于 “得到”App付费专栏，2016年8月18日）" (Wan
Weigang's column) and "本文首先发表于公众号：W安全边际，欢迎关注！" (Xueqiu; round html158). ``PROMO_LINE``
(``data/en`` and ``data/zh`` ``promo_lines.txt``) drops them from HTML pages and text dumps alike. A sentence of the story that says when something first appeared runs on past the note's short tail, and the
unbracketed "原标题：" line opening a story (gmw, whose reference keeps it) is no such note.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "This article originally appeared on Time.com.",
    "*This article appears in the September 5, 2016 issue of New York Magazine.",
    "First published in The Conversation.",
    "Published in the print edition of the December 5, 2016, issue, with the headline “The Teacher.”",  # New Yorker
    "From the print edition: United States",  # The Economist
    "（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）",
    "（原题为《是“收割韭菜”还是“回归理性”》）",
    "（首发于 “得到”App付费专栏，2016年8月18日）",  # geekonomics10000
    "本文首先发表于公众号：W安全边际，欢迎关注！",  # xueqiu
])
def test_a_note_on_where_the_story_first_ran_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "This story first appeared in the 1990s, when the band was still unknown! It then vanished for years.",
    "The novel was first published in 1851 and sold poorly.",
    "From the print edition to the website, the paper cut its staff by half.",  # runs on past the note
    "原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人",
    "该游戏首发于2016年，此后在全球卖出了三千万份。",  # no brackets, no "本文": a release
])
def test_a_story_sentence_about_a_first_appearance_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("fortune_2016-12-15_alexa-gadgets__pl", "This article originally appeared on Time.com.", "Alexa"),
    ("vulture_2016-09-07_greg-berlanti-superhero-tv__pl2", "This article appears in the September 5, 2016 issue",
     "Berlanti"),
    ("netease-zh_2019-09-07_longfor-project-complaints__gne", "原标题：", "龙湖"),
    ("thepaper-zh_2019-09-24_power-bank-price-rise__gne", "原题为", "充电宝"),
    ("geekonomics10000-zh_2016-08-26_quanwei-hefaxing-conglai__mrp", "首发于", "大卫与歌利亚"),
    ("xueqiu_2019-05-16_hangye-gongsi-guzhi-xianjinliu__sfm2b", "首先发表于", "价值投资"),
])
def test_a_dev_story_drops_its_first_published_note(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text
