"""Issue 12, html19: furniture of Chinese and Japanese pages that stayed in the story — a byline of a Han label and
names set as a paragraph, a copy's date line with the year glued to Han characters, a caption telling where the
people pictured stand, "related" rail headings and see-more links — leaves it, while story sentences using the same
words stay.

Each entry of ``extractors/clean/data/<language>/`` was seen on dev pages of two publishers or more (named in the data
files); the pages here are literal shapes of those dev pages, in our own words where the story is concerned.
"""
from __future__ import annotations

import pytest

from extractors.clean import clean_document
from extractors.clean.metadata import is_han_byline
from extractors.clean.text_regions import DUMP_PROMO_LINE, RAIL_HEADING, is_credited_caption
from extractors.clean.widgets import is_widget_line
from extractors.records import RawDocument
from tests.test_clean_text import clean_dump, copied_page

#: Story sentences of a Chinese page, each long enough to read as prose.
ZH_STORY = [
    f"近日，一张截图在朋友圈流传，那首著名的儿童歌曲被改成了新的版本，引发了网友的第{i}轮热烈讨论。"
    f"原作者的家人表示，改成这样唱起来并不顺口，希望大家尊重经典作品和创作者的心血。"
    for i in range(1, 7)
]
#: Story sentences of a Japanese page, each long enough to read as prose.
JA_STORY = [
    f"インテルは新しいストレージの規格を発表し、第{i}世代の製品を年内に出荷すると明らかにした。"
    f"データセンター向けの需要が伸びており、同社は容量と省電力の両方を重視したと説明している。"
    for i in range(1, 7)
]


def clean_html(body: str, lang: str):
    html = f"<html lang='{lang}'><head><title>见出し</title></head><body><article>{body}</article></body></html>"
    return clean_document(RawDocument("page.html", html.encode("utf-8")))


@pytest.mark.parametrize(
    "line", ["澎湃新闻记者 段彦超 廖艳", "扬子晚报记者 张楠", "《棱镜》作者 周纯", "作者 魏星", "记者 张楠"]
)
def test_han_label_with_only_names_after_it_is_a_byline(line):
    assert is_han_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "记者了解到，涉事项目的名称为长沙的一个住宅小区。",  # the reporter learned: a sentence
        "据《红周刊》记者了解，龙湖多地项目均存在违规问题",  # the label inside a sentence
        "作者︱春春",  # a separator no byline label takes
        "By John Smith",
    ],
)
def test_story_lines_naming_a_reporter_are_no_han_byline(line):
    assert not is_han_byline(line)


def test_han_byline_paragraph_leaves_the_story_wherever_it_stands():
    """qq.com sets "《棱镜》作者 周纯" after a box of key points, the sixth paragraph; news.ifeng.com and qq.com put
    "澎湃新闻记者 段彦超 廖艳", "扬子晚报记者 张楠" at the story's top or foot."""
    byline = "《棱镜》作者 周纯"
    paragraphs = "".join(f"<p>{p}</p>" for p in [*ZH_STORY[:4], byline, *ZH_STORY[4:]])
    doc = clean_html(paragraphs, "zh")
    assert byline not in doc.text
    assert doc.text.split("\n\n") == ZH_STORY


@pytest.mark.parametrize("line", ["2019年09月09日 18:13:22", "2025年1月14日 20:00"])
def test_date_line_with_the_year_glued_to_han_characters_leaves_a_copied_story(line):
    """ifeng.com prints "2019年09月09日 18:13:22" under the headline, nikkei.com "2025年1月14日 20:00": Han characters
    are word characters, so no word boundary falls at the year's edge."""
    doc = clean_dump("\n".join(["首页", "他放弃百万年薪来到这里 唯一的要求竟是……", line, *ZH_STORY, "分享"]))
    assert line not in doc.text
    assert doc.text.split("\n\n")[1:] == ZH_STORY


@pytest.mark.parametrize("line", ["2019年04月21日 12時00分更新", "2025年1月13日 20時01分"])
def test_date_line_with_a_han_clock_leaves_the_page(line):
    """Weekly ASCII sets "2019年04月21日 12時00分更新" inside its story box, over the first paragraph."""
    doc = clean_html("".join(f"<p>{p}</p>" for p in [line, *JA_STORY]), "ja")
    assert line not in doc.text
    assert doc.text.split("\n\n") == JA_STORY


def test_story_sentence_with_a_year_and_a_han_clock_stays():
    """A Japanese sentence dates its event to the minute and closes on "。": the story's, not a date line."""
    sentence = "2024年12月3日午後3時15分ごろ、東京都千代田区の倉庫で火災が発生した。"
    story = [*JA_STORY[:2], sentence, *JA_STORY[2:]]
    assert clean_html("".join(f"<p>{p}</p>" for p in story), "ja").text.split("\n\n") == story


@pytest.mark.parametrize(
    "caption",
    [
        "岩本絹子元理事長の逮捕を受け、記者会見を開いた清水治理事長（中）ら大学幹部",  # tokyoshimbun
        "さらにコンパクトな端末と並べてみた。左から、ストラップフォン2、Jelly Pro、そしてPalm Phone",  # ascii
        "画像右が「Intel SSD D5-P4326」。左はIntel Optane SSD DC D4800X",  # publickey
    ],
)
def test_japanese_caption_telling_where_people_stand_leaves_a_copied_story(caption):
    assert is_credited_caption(caption)
    doc = clean_dump("\n".join(["ニュース", "見出し", *JA_STORY[:3], caption, *JA_STORY[3:], "シェア"]))
    assert caption not in doc.text
    assert doc.text.split("\n\n") == JA_STORY


@pytest.mark.parametrize(
    "line",
    [
        "左右から圧力を受けた政府は、予算案の見直しを迫られている。",  # "from left and right" in a sentence
        "彼は左から右へと視線を動かし、会場の全員に語りかけた。",
        "データセンター向けの需要が伸びている。",
    ],
)
def test_japanese_story_sentences_naming_sides_are_no_captions(line):
    assert not is_credited_caption(line)


@pytest.mark.parametrize("line", ["相关推荐", "相关文章"])
def test_chinese_related_headings_are_rail_headings(line):
    assert RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize("line", ["更多", "更多>>", "加载更多", "返回顶部", "返回首页", "返回首页>>"])
def test_chinese_see_more_and_back_links_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["更多的人选择了留下来。", "他返回首页查看了最新的消息，发现一切正常。", "相关文章已经删除"])
def test_chinese_story_lines_with_the_same_words_are_no_furniture(line):
    assert not is_widget_line(line)
    assert not RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize(
    "line", ["詳しくはこちら", "一覧はこちら", "一般会員登録はこちら（無料）", "朝イチおすすめコーナーはこちらへ",
             "気になるあの映画を一足早く。ご応募はこちらから"]
)
def test_japanese_links_pointing_here_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line", ["こちら特報部", "問題はこちらが先に対応すべきだったことだ。", "彼の答えはこちらの予想を超えていた"]
)
def test_japanese_story_lines_saying_here_are_no_widget_lines(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize(
    "menu",
    [
        "融媒 网评 理论 视频 专题 公告 文化 出版 汽车 教育 英文 乡村 就业 求证 法规 资讯",  # southcn
        "TOP レビュー ニュース ガジェット ゲーム グルメ スタートアップ ICT アスキーストア インフォメーション",  # ascii
    ],
)
def test_cjk_site_menu_copied_on_one_line_is_a_widget_line_and_leaves_a_copied_story(menu):
    """Southern Daily's and ASCII's section menus copy as one line right above the headline; too long for the widget
    lists, it read as the story's first line."""
    assert is_widget_line(menu)
    story = JA_STORY if "ニュース" in menu else ZH_STORY
    doc = clean_dump("\n".join([menu, "见出し见出し见出し", *story, "分享"]))
    assert menu not in doc.text
    assert doc.text.split("\n\n")[-len(story):] == story


@pytest.mark.parametrize(
    "line",
    [
        "要闻 党建 广东 中国 国际 经济 直播",  # a menu of section names no widget list holds
        "视频 专题 文化",  # three items: a short label row, not a menu
        "新华社 视频 专题：文化 教育 汽车 资讯",  # punctuation inside: a line of text
    ],
)
def test_cjk_lines_with_fewer_menu_items_are_no_menu_rows(line):
    assert not is_widget_line(line)


def test_member_feature_notice_under_the_date_line_leaves_a_copied_story():
    """Tokyo Shimbun's save button copies its tooltip right under the date line, where the story now starts:
    "記事をマイページに保存し、『あとで読む』ことができます。ご利用には会員登録が必要です。" (the Nikkei's Evernote button
    says "ご利用には会員登録が必要です" too); a sentence about registering stays."""
    notice = "記事をマイページに保存し、『あとで読む』ことができます。ご利用には会員登録が必要です。"
    body, dump = copied_page("tokyoshimbun_2025-01-13_1-2__fundus")
    text = clean_dump(dump).text
    assert notice in dump and notice not in body
    assert notice not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read
    assert not DUMP_PROMO_LINE.fullmatch("同社によると、新しいサービスの利用には会員登録が必要になるという。")


@pytest.mark.parametrize("line", ["カテゴリー", "カテゴリ", "カテゴリー :", "カテゴリー："])
def test_japanese_category_label_alone_is_a_widget_line(line):
    """A category label alone on its line, as English "Tags" is: "カテゴリー" (IIJ, umaichi), "カテゴリ" (BE-PAL), and
    IIJ's "カテゴリー :" over an empty list."""
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["カテゴリー別の売上高は前年を上回った。", "新しいカテゴリーの製品"])
def test_japanese_story_lines_naming_a_category_are_no_widget_lines(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize("line", ["小林元喜著", "和田秀樹 著", "美容家 宮本洋子 著"])
def test_book_box_author_credit_is_a_widget_line(line):
    """A book box names its author before "著" on a line of its own: "小林元喜著" over the publisher and price under
    BE-PAL's interview, "和田秀樹 著" and "美容家 宮本洋子 著" under the books of Tokyo Shimbun's shop box."""
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["村上春樹の新著", "夏目漱石の名著", "电影《南极之恋》原著", "彼はこの本を著した。"])
def test_story_lines_naming_a_book_or_its_writing_are_no_author_credits(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize("line", ["小学館", "晶文社"])
def test_book_box_publisher_alone_on_its_line_is_a_widget_line(line):
    """A book box names the publisher on a line of its own under the author: "小学館" between "小林元喜著" and "¥2,090"
    in BE-PAL's interview, "晶文社" under "藤井聡" in the amazlet box after Buzzap's story."""
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["八坂神社", "国立西洋美術館", "大英博物館", "本社", "株式会社", "小学館から出版された。"])
def test_places_firms_and_sentences_naming_a_publisher_are_no_publisher_lines(line):
    assert not is_widget_line(line)
