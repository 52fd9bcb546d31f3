"""Issue 12 (dumpsL289): a short Chinese or Japanese sentence closed by "。" ends a run of short lines in
``text_regions.drop_boxes`` and stays (``_is_cjk_sentence``), where it had gone with the headings and labels around it."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import drop_boxes
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "sentence"),
    [
        # under a subheading, over its table's label and the table's first heading
        ("thinkit-ja_2019-03-29_apache-kudu-usecases__kik", "まずは機能面の比較を表1に示します。"),
        ("thinkit-ja_2019-03-29_apache-kudu-usecases__kik", "Kuduの主な導入事例を以下に示します。"),
        # among a post's contents lines and titles
        ("douban-zh_2017-09-30_hundred-stories-of-the-moon__ppl", "这个中秋，我们先讲故事，之后返图大月亮。"),
    ],
)
def test_short_cjk_sentence_among_short_lines_stays(case_id, sentence):
    body, dump = copied_page(case_id)
    assert sentence in body
    assert sentence in clean_dump(dump).text.split("\n\n")


PROSE = [
    "クラウドの利用が広がるにつれて、企業が扱うデータの量は年々増え続けており、その保存と分析の方法が課題になっています。",
    "本稿では、代表的な三つのデータストアを取り上げ、それぞれの特徴と向いている用途を順に説明していきます。",
]


def test_cjk_sentence_splits_a_run_and_a_question_does_not():
    heading, sentence, label, subheading = "機能面の比較", "まずは機能面の比較を表1に示します。", "表1：機能面の比較", "データモデル"
    lines = [PROSE[0], heading, sentence, label, subheading, PROSE[1]]
    assert drop_boxes(lines) == lines
    teaser = "データの保存先はどう選ぶべきか？"  # a teaser's question goes with the run, as before
    assert drop_boxes([PROSE[0], heading, teaser, label, subheading, PROSE[1]]) == [PROSE[0], subheading, PROSE[1]]
