"""Issue 12, cjk111: a Japanese label of members-only stories ("Members+ 会員限定記事" over Mynavi's rail, "会員限定" over
Yomiuri's cards, "有料会員限定" over Nikkei's) heads a rail of other stories: a copied story ends above it
(``data/ja/rail_headings.txt``)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import RAIL_HEADING
from tests.test_clean_text import clean_dump, copied_page

RAIL = ["Members+ 会員限定記事", "マーケティング", "ファンとアーティストをテクノロジーでつなぐ、サイバーエージェントの「FanTech」とは？",
        "業務システム", "成功のカギはリフトとシフト - アナリストが教えるクラウド移行のコツ"]


def test_a_members_only_rail_under_a_copied_story_leaves_it():
    body, dump = copied_page("mynavi_2019-02-22_winrar-vulnerability__lang1")
    last = "最新版が公開された場合には迅速にアップデートすることが望まれる。"
    text = clean_dump(dump).text
    assert last in body and text.endswith(last)
    for line in RAIL:
        assert line in dump and line not in text


@pytest.mark.parametrize("line", ["Members+ 会員限定記事", "会員限定", "有料会員限定", "会員限定記事"])
def test_members_only_labels_are_rail_headings(line):
    assert RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize("line", ["この記事は会員限定です。", "会員限定のサービスを拡充すると発表した"])
def test_sentences_naming_members_only_stories_are_no_rail_headings(line):
    assert not RAIL_HEADING.fullmatch(line)
