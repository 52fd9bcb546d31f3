"""Chinese house lines under a story: a call to scan the QR code beside it and a reprint ban closed by "违者必究".

Seen on two dev publishers each (``data/zh/promo_lines.txt``): "扫描二维码,向CSDN吐槽" (csdn), "扫描上方二维码申领
《中科闻歌雅意大模型案例集》" (qbitai); "版权所有，未经授权不得以任何形式转载及使用，违者必究。" (qbitai) and the same ban in
chinadaily's rights notice. A story's sentence about QR codes or unlicensed copies stays.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(
    "line",
    [
        "扫描二维码,向CSDN吐槽",
        "扫描上方二维码申领《中科闻歌雅意大模型案例集》",
        "扫描上方二维码申请智川&优雅产品试用",
        "版权所有，未经授权不得以任何形式转载及使用，违者必究。",
        "未经允许禁止转载、使用，违者必究。",
    ],
)
def test_qr_code_call_and_reprint_ban_are_promo_lines(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "警方提醒，扫描陌生二维码可能导致银行卡被盗刷。二维码支付已经普及。",
        "法院认定，该公司未经授权使用他人作品，判令其赔偿损失。",
    ],
)
def test_story_sentences_on_qr_codes_and_unlicensed_use_are_no_promo_lines(line):
    assert not PROMO_LINE.fullmatch(line)


def test_dev_qbitai_story_loses_its_qr_calls_and_reprint_ban():
    expected, doc = dev_page("qbitai_2025-02-23_zhongke-wenge-x-agent-launch__pool1")
    for line in ("扫描上方二维码申请智川&优雅产品试用", "版权所有，未经授权不得以任何形式转载及使用，违者必究。"):
        assert line not in expected["body"]
        assert line not in doc.text
