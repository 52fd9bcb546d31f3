"""A call to follow a blogger's or a site's WeChat account is furniture under the post, in both cleaners.

The dev references of two publishers leave it out: "欢迎关注微信公众号：好看的HK，…" under a cnblogs post and
"更多精彩内容，请关注人人都是产品经理微信公众号或下载App" under a woshipm column (round new178). ``PROMO_LINE``
(``data/zh/promo_lines.txt``) drops it from HTML pages and text dumps alike. An author's note that names the account
without asking to follow it, or a sentence of the story about following an account, is no such line.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "欢迎关注微信公众号：好看的HK，第一时间掌握Java最新黑科技，轻轻松松进大厂！",  # cnblogs
    "更多精彩内容，请关注人人都是产品经理微信公众号或下载App",  # woshipm
])
def test_a_call_to_follow_a_wechat_account_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "空手，微信公众号：空手（ID：firesteal13），人人都是产品经理专栏作家。",  # names the account, asks nothing
    "调查发现，许多年轻人每天都会关注十几个微信公众号。他们说，信息太多了，根本读不完，只好一个个取消关注，再重新挑选。",
])
def test_a_sentence_naming_a_wechat_account_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


def test_a_dev_post_drops_its_call_to_follow_the_bloggers_wechat_account():
    expected, doc = dev_page("cnblogs-zh_2024-05-09_docker-podman-usage-notes__ppl")
    assert "欢迎关注微信公众号" not in expected["body"]
    assert "暂未发现其必要性，待补充。" in doc.text
    assert "欢迎关注微信公众号" not in doc.text
