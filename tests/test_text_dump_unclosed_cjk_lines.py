"""Issue 12, dumps62: a Chinese or Japanese line closing a sentence inside and none at its end is no paragraph (a
photo caption on ASCII and Impress Watch, a teaser on Publickey, a video player's strings on QQ;
``text_regions.is_unclosed_cjk``)."""
from __future__ import annotations

from extractors.clean.text_regions import is_unclosed_cjk
from tests.test_clean_text import clean_dump

PARAGRAPHS = [
    f"Palm Phoneの最大の魅力は言うまでもなく、3.2型液晶を搭載した超小型のサイズだ。重量もわずか62.5gで、{i}回目の試用でも驚かされた。"
    for i in range(6)
]
CAPTION = "画面は小さくても解像度は高いので実用性は十分。丁寧な操作さえ心がければ、ほぼミス無く入力できる"


def test_caption_of_two_sentences_left_open_between_paragraphs_is_dropped():
    dump = "\n".join(["メニュー", "手のひらサイズのスマートフォンを試す", *PARAGRAPHS[:3], CAPTION, *PARAGRAPHS[3:]])
    text = clean_dump(dump).text
    assert CAPTION not in text
    assert text.split("\n\n") == PARAGRAPHS


def test_lines_closed_or_without_a_sentence_inside_are_kept_as_they_are():
    assert not is_unclosed_cjk(PARAGRAPHS[0])  # closes with its full stop
    assert not is_unclosed_cjk("iPhone 3Gよりもずっとコンパクトな筐体")  # a subheading: no sentence inside
    assert not is_unclosed_cjk("“中国新能源产能过剩论”是伪命题。中国新能源产品的竞争实力不容怀疑——")  # closes on a dash
    assert not is_unclosed_cjk("メーカー\tPalm\n価格。\t4万4800円")  # a table's rows
    assert is_unclosed_cjk(CAPTION)


def test_a_footnote_mark_after_the_last_full_stop_leaves_the_line_closed():
    """IIJ's notes under its story close with their back-link ("…公開されている。 ↩") and Takagi's paragraph points at
    its seventh note ("…決まるのである。*7"): sentences closed, kept by their references (issue 12, audit138)."""
    note = "このリストには日本に割り当てられている4,000以上のアドレスレンジが含まれている。 ↩"
    marked = "このように、該当の有無は技術的な仕掛けの存否ではなく、法の趣旨に立ち戻った評価で決まるのである。*7"
    assert not is_unclosed_cjk(note)
    assert not is_unclosed_cjk(marked)
    assert is_unclosed_cjk("公開されている。詳しくはこちら ↩")  # a sentence left open before the mark
    dump = "\n".join(["メニュー", "手のひらサイズのスマートフォンを試す", *PARAGRAPHS[:3], marked, note, *PARAGRAPHS[3:]])
    assert clean_dump(dump).text.split("\n\n") == [*PARAGRAPHS[:3], marked, note, *PARAGRAPHS[3:]]


def test_a_note_in_angle_brackets_after_the_last_full_stop_leaves_the_line_closed():
    """The Yomiuri closes its story's last paragraph with a pointer to related coverage ("…２４５セーブ。〈関連記事スポ
    ーツ面〉"), as the Mainichi closes its with the reporters' names in lenticular brackets ("…拘束されている。【エルサレ
    ム松岡大地、カイロ金子淳】"): a note closing a sentence that is closed, kept by both references (dumps159)."""
    pointer = "日本で最多セーブのタイトルを２度獲得し、日米通算成績は６１勝３９敗２４５セーブ。〈関連記事スポーツ面〉"
    assert not is_unclosed_cjk(pointer)
    assert not is_unclosed_cjk("ガザでは約100人の人質が拘束されている。【エルサレム松岡大地、カイロ金子淳】")
    assert not is_unclosed_cjk("北京大学出版社刚出版了一本书。《新能源产业》")
    dump = "\n".join(["メニュー", "手のひらサイズのスマートフォンを試す", *PARAGRAPHS[:3], pointer, *PARAGRAPHS[3:]])
    assert clean_dump(dump).text.split("\n\n") == [*PARAGRAPHS[:3], pointer, *PARAGRAPHS[3:]]


def test_a_tilde_closing_an_informal_chinese_line_leaves_it_closed():
    """Informal Chinese closes a sentence with a tilde: cnblogs' last paragraph ("…不单独写UI界面了，敬请期待~") and
    woshipm's editor's lead ("…本文作者结合具体案例对此展开分析说明，一起来来看看~"), both kept by their references
    (issue 12, cjk204)."""
    lead = "策略可以往大了想，但文案一定要往小处写。本文作者结合具体案例对此展开分析说明，一起来来看看~"
    assert not is_unclosed_cjk(lead)
    assert not is_unclosed_cjk("功能是真的多。后面就直接使用内置功能来做监控报表的数据展示了，敬请期待～")
    assert is_unclosed_cjk("功能是真的多。后面就直接使用内置功能来做监控报表的数据展示了")
    dump = "\n".join(["菜单", "写好文案，一字就够", *PARAGRAPHS[:3], lead, *PARAGRAPHS[3:]])
    assert clean_dump(dump).text.split("\n\n") == [*PARAGRAPHS[:3], lead, *PARAGRAPHS[3:]]


def test_a_brace_or_a_full_width_full_stop_closing_the_line_leaves_it_closed():
    """Douban's moon stories set the writer's notes in braces after their last full stop ("{注：这个故事有其他版本。这个
    版本比较美好，就放这个吧。}") and quote the Dream of the Red Chamber with the full-width full stop "．" ("…方帶著子侄們
    出去了．"): sentences closed, kept by the reference (issue 12, dumpsR267)."""
    note = "{注：这个故事有其他版本。这个版本比较美好，就放这个吧。}"
    quoted = "說著便斟上酒，又行了一回令。賈母便說你們去罷，自然外頭還有相公們候著，也不可輕忽了他們．"
    assert not is_unclosed_cjk(note)
    assert not is_unclosed_cjk("作者按：我们从没感受过。这位老父当年对月流泪的样貌似乎开了一扇窗。｝")
    assert not is_unclosed_cjk(quoted)
    assert is_unclosed_cjk("这个故事有其他版本。这个版本比较美好，就放这个吧")  # left open: no stop, no brace
    dump = "\n".join(["メニュー", "手のひらサイズのスマートフォンを試す", *PARAGRAPHS[:3], note, quoted, *PARAGRAPHS[3:]])
    assert clean_dump(dump).text.split("\n\n") == [*PARAGRAPHS[:3], note, quoted, *PARAGRAPHS[3:]]
