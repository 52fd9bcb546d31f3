"""Issue 12, cjk256: a Japanese portrait caption copied as text is the person's name with an honorific and nothing
else ("市谷聡啓さん" under a speaker's photo on CodeZine, "小林史明衆議院議員" on Impress Watch, "平賀淳さん。" on BE-PAL:
``data/ja/portrait_captions.txt``); a story's line, a profile heading or a field that names a person says more.
Names and sentences written for the test in those pages' shape."""
from __future__ import annotations

import pytest

from extractors.clean import document
from extractors.clean.text_regions import is_credited_caption


@pytest.mark.parametrize(
    ("caption", "line"),
    [
        ("山田太郎さん", "次に登壇したのが山田太郎さん"),  # a sentence's words: particles before the name
        ("田中一郎氏", "阪神新監督に田中一郎氏"),  # a headline
        ("山田太郎さん", "ノンフィクション作家 山田太郎さん"),  # a profile box's heading: role, space, name
        ("佐藤花子衆議院議員", "会場で佐藤花子衆議院議員は新しい法案について語った。"),
        ("東京地域戦略協議会（TRC）事務局長の鈴木一郎氏", "調教師：鈴木 一郎 氏"),  # a field
        ("平田淳さん。", "平田淳さんは笑った。"),  # the caption closed by a full stop, as BE-PAL's
    ],
)
def test_japanese_name_with_honorific_alone_on_its_line_is_a_portrait_caption_and_a_longer_line_is_not(caption, line):
    assert is_credited_caption(caption)
    assert not is_credited_caption(line)


def test_dump_drops_a_portrait_caption_between_story_paragraphs():
    paragraphs = (
        "技術書の祭典で大賞が発表された",
        "東京で開かれた開発者向けのイベントで、今年もっとも読まれた技術書の大賞が発表された。会場には多くの来場者が集まり、著者による講演に熱心に耳を傾けていた。",
        "山田太郎さん",
        "最初に登壇したのは『組織論への招待』の著者、山田太郎さん。本書は技術者の組織論ではなく、技術全般の組織論だと説明した。不確実性に向き合う考え方を、具体的な事例を交えて紹介した。",
        "講演の最後には、会場からの質問に一つずつ丁寧に答え、次の本の構想についても触れた。来場者からは大きな拍手が送られた。",
    )
    dump = "\n\n".join(paragraphs)
    text = document.clean_text(dump).text or ""
    assert "最初に登壇したのは" in text
    assert "山田太郎さん" not in text.split("\n\n")
