"""Issue 12: the sentences a Japanese page sets over a link to learn more ("詳しくみる", "詳しくはこちら") are a
promotion's or notice's blurb and leave a copied page's story (``extractors/clean/link_blurbs.py``): BE-PAL's issue
box and Nikkei's reprint notice on their dev pages; a story's paragraphs over other lines stay."""
from __future__ import annotations

import pytest

from extractors.clean.link_blurbs import link_blurbs
from tests.test_clean_text import clean_dump, copied_page

STORY = ["2022年5月、映像カメラマンの平賀さんがアラスカで亡くなった。友人の作家は、その半生を一冊の本に描いた。",
         "作家は10年間、登山家のマネージャーを務めた。その経験を描いた前作の出版時に、ふたりは初めて会ったという。"]


@pytest.mark.parametrize(
    ("case_id", "blurb"),
    [
        ("bepal_2026-06-13_kobayashi-genki-interview-shinyu__swr",
         ["付録はカリマーコラボの『アウトドア調光機能グラス』！", "小特集は『ほんとうに気持ちいいエコハウス』ほか、人気連載も充実です！"]),
        ("nikkei_2025-01-14__fundus", ["企業での記事共有や会議資料への転載・複製、注文印刷などをご希望の方は、リンク先をご覧ください。"]),
    ],
)
def test_a_blurb_over_a_link_to_learn_more_leaves_the_story(case_id, blurb):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    for line in blurb:
        assert line not in body
        assert line not in text


def test_up_to_three_sentences_over_the_link_are_its_blurb():
    """BE-PAL's issue box (shortened): three lines of prose, each closing a sentence, over "詳しくみる"."""
    promo = ["付録はカリマーコラボの『アウトドア調光機能グラス』！",
             "5月9日発売の6月号の大特集は“歩きたくなる”『絶景ハイクでリフレッシュ！』。",
             "小特集は『ほんとうに気持ちいいエコハウス』ほか、人気連載も充実です！"]
    lines = [STORY[0], *promo, "詳しくみる", STORY[1]]
    assert link_blurbs(lines, 0, len(lines)) == frozenset({1, 2, 3})


def test_a_line_closing_no_sentence_ends_the_blurb():
    lines = [STORY[0], "日経の記事利用サービスについて", "転載・複製をご希望の方は、リンク先をご覧ください。", "詳しくはこちら", STORY[1]]
    assert link_blurbs(lines, 0, len(lines)) == frozenset({2})


def test_a_story_paragraph_over_another_line_stays():
    lines = [STORY[0], "続きを読む", STORY[1], "もっと見る"]
    assert link_blurbs(lines, 0, len(lines)) == frozenset()


def test_story_paragraphs_over_a_link_to_here_stay():
    """is702's story ends on its paragraphs of 200 characters and more right above "登場人物＆相関図はこちら", a link to
    the comic's cast (dumps133): a blurb is a short line, and those paragraphs are the story's."""
    answer = ("答えは、OSやソフト、アプリは常に最新版を利用することです。脆弱性はプログラムの不具合ですので、開発元は脆弱性を"
              "確認次第、プログラムの修正を含んだ更新プログラムを提供します。常に新しいバージョンのOSやソフトを使うことで、"
              "脆弱性を悪用した攻撃を防ぐことができます。")
    lines = [STORY[0], "では、脆弱性の問題を解消するにはどうすればよいのでしょうか？", answer, "登場人物＆相関図はこちら"]
    assert link_blurbs(lines, 0, len(lines)) == frozenset()


def test_copied_is702_story_keeps_its_closing_paragraphs():
    body, dump = copied_page("is702_2017-04-13_zeijakusei-tte-nani__kik2b")
    last = "では、脆弱性の問題を解消するにはどうすればよいのでしょうか？"
    assert last in body
    assert last in clean_dump(dump).text
