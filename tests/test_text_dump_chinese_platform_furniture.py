"""A Chinese content platform's follow button and its labelled disclaimer are furniture around a posted story.

A story posted by an account on a platform is copied with the account's "+关注" (follow) button, as CSDN's "关注" beside
a blogger (``data/zh/widget_lines.txt``), and closes on the platform's disclaimer, named by its label: Tencent News'
"免责声明：本内容来自腾讯平台创作者 ..." and Sohu's "平台声明：该文观点仅代表作者本人 ..." (``data/zh/promo_lines.txt``).
Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.text_regions import PROMO_LINE
from extractors.clean.widgets import LOCAL_WIDGET_LINE
from tests.test_text_dump_closing_furniture import _left_out, _story_read

QQ = "qq-zh_2024-05-13_refute-overcapacity-commentary__mgh2"


def test_follow_button_in_a_copied_tencent_story_goes():
    body, doc = _left_out(QQ, "+关注")
    assert "+关注" not in doc.text.split("\n\n")
    assert _story_read(body, doc.text)


def test_platform_disclaimer_under_a_copied_tencent_story_goes():
    disclaimer = "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"
    body, doc = _left_out(QQ, disclaimer)
    assert disclaimer not in doc.text
    assert _story_read(body, doc.text)


def test_labelled_platform_disclaimers_are_promo_lines():
    assert PROMO_LINE.fullmatch("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。")
    assert not PROMO_LINE.fullmatch("该公司发表声明称，产品质量符合国家标准。")


def test_follow_button_is_a_widget_line_but_a_call_to_follow_news_is_not():
    assert LOCAL_WIDGET_LINE.fullmatch("+关注") and LOCAL_WIDGET_LINE.fullmatch("关注")
    assert not LOCAL_WIDGET_LINE.fullmatch("关注民生，服务群众")
