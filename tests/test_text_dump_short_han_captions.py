"""Issue 12, cjk256: a Chinese photo caption copied as text may be a few Han characters closed by a full stop, naming
what is pictured ("小花家。", "禹州市人民医院。" between ifeng's paragraphs, "駐德代表謝志偉留言。" on Taronews); a sentence of
the story runs longer or holds a comma, a quote or a digit. Captions and sentences written for the test in that shape."""
from __future__ import annotations

import pytest

from extractors.clean import document
from extractors.clean.text_regions import is_credited_caption


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        ("王家村小学。", "王家村小学的学生们每天要走两个小时的山路才能到达学校。"),
        ("县人民医院门诊楼。", "县人民医院门诊楼，去年才刚刚建成。"),
        ("小明的课本。", "小明的课本上写着“我想回家”。"),
        ("市长留言。", "市长在2019年留言。"),
    ],
)
def test_few_han_characters_closed_by_a_full_stop_are_a_caption_and_a_sentence_is_not(caption, sentence):
    assert is_credited_caption(caption)
    assert not is_credited_caption(sentence)


def test_dump_drops_a_short_han_caption_between_story_paragraphs():
    paragraphs = (
        "山村小学的一天",
        "清晨六点，王家村的孩子们就已经出发了。他们要翻过两座山，走两个小时的山路，才能赶到镇上的小学上课。",
        "王家村小学。",
        "学校只有三间教室和四位老师，却承担着周边六个村子一百多名孩子的教学任务。老师们说，最大的困难是留不住年轻人。",
        "校长告诉记者，今年县里拨了一笔专款，准备为学校修建新的宿舍，让住得远的孩子可以在学校过夜。",
    )
    text = document.clean_text("\n\n".join(paragraphs)).text or ""
    assert "老师们说" in text
    assert "王家村小学。" not in text.split("\n\n")
