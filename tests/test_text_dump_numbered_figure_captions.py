"""Issue 12, dumpsB348: a figure's or a table's caption opening on its number is a caption, not a paragraph of the
story: "図1：ビッグデータ関連データストアの位置付け", "表2：性能面の比較" between ThinkIT's paragraphs (its HTML page puts them in
figure captions; the dump kept them as paragraphs), "Figure 3: Example of an architecture ..." under Smashing
Magazine's diagrams (``data/ja/caption_markers.txt``, ``data/en/caption_markers.txt``). A line naming a figure without
its number and label colon, or a sentence about figures, stays. Lines and paragraphs written for the test in those
pages' shape."""
from __future__ import annotations

import pytest

from extractors.clean import document
from extractors.clean.text_regions import is_credited_caption


@pytest.mark.parametrize(
    "caption",
    [
        "図1：データストアの位置付け",
        "表2：性能面の比較",
        "図 3: システム構成",
        "Figure 3: Example of an architecture with two kinds of components. (Large preview)",
        "Figure 6. (Large preview)",
        "Fig. 2: The pipeline's stages",
    ],
)
def test_a_line_opening_on_a_numbered_figure_or_table_label_is_a_caption(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "図書館は午後五時に閉まった。",  # a word opening with 図, no number
        "表を見ると、性能の差は明らかだ。",
        "Figures released on Monday show that 3 million people moved.",
        "Figure skating returns to the arena in 2025.",
        "The figure 3 in the report was revised.",
    ],
)
def test_a_story_line_naming_a_figure_or_table_without_its_numbered_label_is_no_caption(line):
    assert not is_credited_caption(line)


def test_dump_drops_numbered_figure_and_table_captions_between_story_paragraphs():
    paragraphs = (
        "分散データストアの使いどころ",
        "ビッグデータを扱うシステムでは、用途に合わせて複数のデータストアを組み合わせることが多い。本稿では、それぞれの位置付けを整理し、どのような場面で新しいストレージエンジンが役立つのかを説明する。",
        "図1：データストアの位置付け",
        "従来のストレージは大量データの一括処理に強い一方、ランダムな読み書きは苦手だった。新しいエンジンは両方の性質を備え、更新の多いデータにも分析処理にも使える。",
        "表1：機能面の比較",
        "性能の面でも、列指向の格納形式によって集計処理が高速になる。次回は具体的な導入事例を紹介する。",
    )
    text = document.clean_text("\n\n".join(paragraphs)).text or ""
    kept = text.split("\n\n")
    assert any(p.startswith("従来のストレージ") for p in kept)
    assert any(p.startswith("性能の面でも") for p in kept)
    assert "図1：データストアの位置付け" not in kept
    assert "表1：機能面の比較" not in kept
