"""Issue 12, dumps50: a Japanese staff credit alone on its line, its role before a full-width slash or a bullet
("撮影／藤巻 翔", "文● オカモト／ASCII編集部"), is a credit, out of the story like "Photographer: ..." lines; sentences
opening with the same characters stay.

The entry (``extractors/clean/data/ja/credit_lines.txt``) was seen on dev pages of BE-PAL and ASCII (and 163's
Chinese "文/栗思"); the stories here are our own sentences.
"""
from __future__ import annotations

import pytest

from extractors.clean.widgets import is_credit_line
from tests.test_clean_cjk_furniture import JA_STORY
from tests.test_clean_text import clean_dump


@pytest.mark.parametrize(
    "line", ["撮影／藤巻 翔", "※構成／須藤ナオミ 撮影／横田紋子", "文● オカモト／ASCII編集部", "文/栗思"]
)
def test_role_and_name_line_is_a_credit_and_leaves_a_copied_story(line):
    """ASCII sets its writer's credit between the headline's date and the first paragraph, BE-PAL its photographer's
    after the interview."""
    assert is_credit_line(line)
    doc = clean_dump("\n".join(["ニュース", "見出し", line, *JA_STORY[:3], line, *JA_STORY[3:], "シェア"]))
    assert line not in doc.text
    assert doc.text.split("\n\n") == JA_STORY


@pytest.mark.parametrize(
    "line", ["文／そして彼は言った。", "写真は同社が公開したもので、撮影は先月だという。", "文化祭は来月開かれる"]
)
def test_sentences_opening_with_a_role_word_are_no_credits(line):
    assert not is_credit_line(line)
