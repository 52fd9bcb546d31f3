"""A Japanese photo or staff credit named by its label ("写真：", "撮影／", "構成／") is a credit line, not story.

The dev pages that showed them: Umaichi's "写真：セレクトセールでの落札シーン＆落札後の横姿(2017/7/11撮影)" under each
horse's pictures, BE-PAL's "撮影／藤巻 翔" and "※構成／須藤ナオミ 撮影／横田紋子" closing an interview
(``extractors/clean/data/ja/credit_lines.txt``); no dev reference keeps such a line.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html


@pytest.mark.parametrize("line", [
    "写真：セレクトセールでの落札シーン＆落札後の横姿(2017/7/11撮影)",
    "撮影／藤巻 翔",
    "※構成／須藤ナオミ 撮影／横田紋子",
])
def test_a_labelled_japanese_credit_is_a_credit_line(line):
    assert widgets.is_credit_line(line)


def test_a_sentence_about_a_photo_shoot_stays():
    assert not widgets.is_credit_line("写真：この日は雨だったが、撮影は予定どおり行われた。")


STORY = (
    "小林さんは山岳カメラマンだった親友との日々を振り返り、本を書くまでに長い時間がかかったと語った。"
    "取材の最後には、読者へのメッセージも寄せてくれた。"
)


def test_the_credit_under_an_interview_leaves_its_body():
    paragraphs = "".join(f"<p>{STORY}（{i}）</p>" for i in range(4))
    html = (f"<html lang='ja'><head><title>インタビュー</title></head><body><article>{paragraphs}"
            "<p>※構成／須藤ナオミ 撮影／横田紋子</p></article></body></html>")
    doc = clean_html(html)
    assert "（3）" in doc.text
    assert "須藤ナオミ" not in doc.text
