"""Issue 12, dumps50: the copyright line of a Chinese, Japanese or Korean site copied under its story leaves the
story, as the English "All rights reserved" line does; story sentences speaking of copyright stay.

Each entry (``extractors/clean/data/{zh,ja,ko}/``) was seen on dev pages of two publishers or more, named in the data
files; the stories here are our own sentences.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_promo
from tests.test_clean_cjk_furniture import JA_STORY, ZH_STORY
from tests.test_clean_text import clean_dump

#: Story sentences of a Korean page, each long enough to read as prose.
KO_STORY = [
    f"더불어민주당 지도부가 전당대회 당대표 선거에 선호투표제를 도입하는 방안을 {i}번째로 논의했으나 또다시 결론을 "
    "내지 못했다. 당내에서는 규칙을 둘러싼 공방이 이어지고 있다."
    for i in range(1, 7)
]


@pytest.mark.parametrize(
    ("story", "line"),
    [
        (ZH_STORY, "本网站由南方新闻网版权所有，未经授权禁止复制或建立镜像 广东南方网络信息科技有限公司"),  # southcn
        (ZH_STORY, "违法和不良信息举报电话：020-87373397 18122015068"),  # southcn
        (ZH_STORY, "沪ICP备10213822号 互联网新闻信息服务许可证：31220170001"),  # guancha
        (ZH_STORY, "腾讯公司 版权所有"),  # qq
        (JA_STORY, "掲載の記事・写真・イラスト等のすべてのコンテンツの無断複写・転載を禁じます。"),  # bepal
        (JA_STORY, "毎日新聞のニュースサイトに掲載の記事・写真・図表など無断転載を禁止します。著作権は毎日新聞社またはその情報提供者に属します。"),
        (KO_STORY, "Copyright © 뉴시스. 무단전재 및 재배포 금지."),  # newsis on daum
        (KO_STORY, "<Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및 재배포 금지>"),  # hankookilbo
    ],
)
def test_copyright_line_closing_a_copied_cjk_story_leaves_it(story, line):
    """Copied down to the page's end, the story's region runs into the footer's lines (southcn's copyright line and
    report hotline stayed under its story)."""
    assert is_promo(line)
    doc = clean_dump("\n".join(["首页", story[0][:20], *story, line]))
    assert line not in doc.text
    assert doc.text.split("\n\n")[-1] == story[-1]


@pytest.mark.parametrize(
    "line",
    [
        "该公司表示，这些作品的版权所有人至今没有出面，法院将择期宣判。",  # a story's sentence about a rights holder
        "警方公布了举报电话，并呼吁知情群众积极提供线索。",
        "同社は記事の無断転載について、法的措置を検討していると明らかにした。",
        "법원은 해당 기사를 무단으로 전재한 업체에 배상을 명령했다.",
    ],
)
def test_story_sentences_about_copyright_are_no_promo_lines(line):
    assert not is_promo(line)
