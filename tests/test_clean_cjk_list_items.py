"""Issue 12, dumps50: Japanese and Chinese lists set their bullet ("・", "■", "◼︎") right before the item's first
character, with no space; such a line is a list item like "- item", and a story's list of them stays.

Seen on HYPEBEAST Japan (a price list closing the story), goo's horse-sale blog and Nikkei (related links); the story
and items here are our own.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import line_kind
from tests.test_clean_cjk_furniture import JA_STORY
from tests.test_clean_text import clean_dump

ITEMS = [
    "◼︎グラフィックTシャツ（全10柄、サイズ：42/44/46/48）各13,200円",
    "・“ROCK”柄、“NOTHING”柄：6月13日（土）発売",
    "・“DJ”柄、“HARDCORE”柄：6月20日（土）発売",
    "◼︎アクリルキーリング（全5柄）各1,870円：6月13日（土）発売",
    "■レコードバッグ（ブルー/ブラック）各17,600円：7月上旬発売",
]


@pytest.mark.parametrize("item", ITEMS)
def test_line_opening_with_a_glued_japanese_bullet_is_a_list_item(item):
    assert line_kind(item) == "item"


def test_price_list_of_glued_bullets_closing_a_copied_story_stays():
    """HYPEBEAST Japan closes its story with the collection's price list; its items had read as a box of short
    lines, and the story ended above them."""
    dump = "\n".join(["ファッション", "見出し見出し見出し", *JA_STORY, "アイテム一覧（価格は全て税込）", *ITEMS,
                      "Read Full Article", "この記事を共有する", "次の記事を読む"])
    text = clean_dump(dump).text
    assert all(item in text for item in ITEMS)


@pytest.mark.parametrize("line", ["・", "■ ", "■Related coverage", "中・長期の計画は白紙に戻った"])
def test_a_bullet_alone_or_before_latin_only_text_or_inside_a_line_opens_no_japanese_item(line):
    assert line_kind(line) != "item"
