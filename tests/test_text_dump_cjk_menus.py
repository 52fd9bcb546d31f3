"""Issue 12, cjk111: a Chinese or Japanese menu or tag list copied on one line, short pieces set apart by spaces with
no sentence or clause mark, leaves a copied story (BUZZAP!'s tags; ``text._is_cjk_menu``)."""
from __future__ import annotations

import pytest

from extractors.clean.text import _is_cjk_menu
from tests.test_clean_text import clean_dump, copied_page

TAGS = "動画 KDDI NTTドコモ ソフトバンク 世界びっくり 広告 コラム 画像 人間 どうしてこうなった 取材・インタビュー レビュー"


def test_a_tag_list_under_a_copied_japanese_story_goes():
    body, dump = copied_page("buzzap_2019-03-02_reduced-tax-rate-benefit__lang1")
    text = clean_dump(dump).text
    assert TAGS in dump and TAGS not in text
    assert "総務省が公式に認めました" in body and "総務省が公式に認めました" in text


@pytest.mark.parametrize("line", [TAGS, "母婴 健康 历史 军事 美食 文化 星座 专题 游戏 搞笑 动漫 宠物",
                                  "TOP レビュー ニュース ガジェット ゲーム グルメ スタートアップ ICT"])
def test_short_han_or_kana_pieces_set_apart_by_spaces_are_a_menu(line):
    assert _is_cjk_menu(line)


@pytest.mark.parametrize(
    "line",
    [
        # a Japanese headline spacing its Latin words: most pieces are no Han or kana
        "トム･サックス x NikeCraft General Purpose Shoe の OG カラー “Light Cream” が再販",
        # a Taiwanese sentence spacing its figures: a long piece
        "痞客邦相簿服務之「非網頁上傳軟體」將於 2016 年 6 月 29 日正式終止",
        # clause marks: a sentence
        "广州 深圳 珠海 汕头 佛山，韶关 河源 梅州 惠州",
        # too few pieces
        "证券 港股 美股 宏观",
    ],
)
def test_spaced_sentences_headlines_and_short_runs_are_no_menu(line):
    assert not _is_cjk_menu(line)
