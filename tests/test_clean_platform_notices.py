"""A Chinese self-media platform's notice under a post, and its English copy, are house lines, not the story.

NetEase closes a post of a "网易号" account with "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，
本平台仅提供信息存储服务。" and "Notice: The content above (including the pictures and videos if any) is uploaded and posted
by a user of NetEase Hao, ...", ifeng a "大风号" post with the same two lines in its own words; their references leave
them out (``PROMO_LINE``: ``data/zh/promo_lines.txt``, ``data/en/promo_lines.txt``), on HTML pages and in text dumps.
A story's sentence about a platform's notice stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


def test_a_dev_netease_post_drops_the_platform_notices():
    expected, doc = dev_page("163-zh_2024-05-13_village-parking-barrier-fees__mgh3")
    assert "特别声明" not in expected["body"] and "Notice: The content above" not in expected["body"]
    assert "道闸" in doc.text
    assert "特别声明" not in doc.text and "Notice: The content above" not in doc.text


@pytest.mark.parametrize("line", [
    "“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。”",
    ("Notice: The content above (including the videos, pictures and audios if any) is uploaded and posted by the user of "
     "Dafeng Hao, which is a social media platform and only provides information storage services."),
])
def test_an_ifeng_platform_notice_is_a_house_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "特别声明：村委会表示，停车费将用于道路维修。",
    "The notice said the content above the fold was posted by a user of the forum.",
])
def test_a_story_sentence_is_no_platform_notice(line):
    assert not PROMO_LINE.fullmatch(line)
