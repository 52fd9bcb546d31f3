"""Issue 12, cjk256: a Chinese or Japanese story opening on a question or exclamation (a lead or dek set apart,
closing on "？" or "！") under a headline found over its date line keeps that line: headline-shaped as it is, it is
no second headline (is702's and Qdaily's dev pages; text written for the test in their shape)."""
from __future__ import annotations

import pytest

from extractors.clean import document

_STORY = (
    ("新聞や雑誌などで「脆弱性」という言葉をよく見かけます。みなさんは、脆弱性とはどんなものかご存知でしょうか？"
     "今回は身近な例を使って、その仕組みと対策をわかりやすく説明していきます。"),
    ("脆弱性は、スマホやパソコンなどに必ず入っているOSやソフトに潜む、設計上のミスや不具合のことです。"
     "攻撃者はこの弱点を突いて、利用者に気づかれないままウイルスを送り込もうとします。"),
    "対策の基本は、OSやソフトを常に最新の状態に保つことです。更新の通知が届いたら、できるだけ早く適用しましょう。",
)


@pytest.mark.parametrize(
    ("headline", "date", "opening"),
    [
        ("脆弱性ってなんだろう", "2017/04/13", "Webサイトを見ているだけで気づかぬ間にウイルス感染！？"),
        ("这个约会软件想用你的好恶来帮你找对象", "2017-03-01 14:27:02", "无法忍受乡村音乐？ 对某某明星迷之厌恶？ 讨厌特朗普？"),
    ],
)
def test_cjk_opening_question_under_a_dated_headline_stays_in_the_story(headline, date, opening):
    dump = "\n\n".join(("ホーム", "ニュース一覧", headline, date, opening, *_STORY))
    text = document.clean_text(dump).text or ""
    assert text.split("\n\n")[0] == opening
