"""Issue 12, cjk111: a Chinese or Japanese line closing a sentence inside and none at its end (``is_unclosed_cjk``) shows
no story going on under a rail heading: QQ's video player strings under "相关推荐" had read as two paragraphs, so the
heading was taken for a box inside the story and the rail's headlines stayed (``text_regions._opens_with_paragraphs``)."""
from __future__ import annotations

from extractors.clean.text_regions import _opens_with_paragraphs
from tests.test_clean_text import clean_dump, copied_page

PLAYER = ("进入广告 广告被拦截插件误伤啦，1秒后播放 关闭拦截插件恢复正常 详情点击 悠易 广告剩余: 15秒 VIP可关闭广告 为了给腾讯视频用户提供"
          "更多优质美剧，应版权方要求，好莱坞会员在观看华纳美剧时无法跳过广告。我们会为会员用户继续争取免广告权益 我知道了")
PARAGRAPH = ("马莉说，创作了一辈子儿童歌曲，但看着孩子们没有可以争相传唱的歌，每次看到一些歌唱比赛上孩子们唱着大人的歌，"
             "潘振声就觉得忧心忡忡。退休后，他有了更多的时间来进行创作。")


def test_a_rail_under_a_video_player_after_a_copied_chinese_story_leaves_it():
    body, dump = copied_page("qq-zh_2019-09-07_yifenqian-song-parody__gne2")
    text = clean_dump(dump).text
    teaser = "越南街头现奇特景观，大捆人民币被堆在街头，游客：不怕被偷？"
    assert "相关推荐" in dump and teaser in dump and teaser not in body and teaser not in text
    assert "潘振声在本世纪仍然创作不息" in body and "潘振声在本世纪仍然创作不息" in text


def test_lines_left_open_after_a_sentence_are_no_paragraphs_going_on():
    assert not _opens_with_paragraphs([PLAYER, PLAYER + " 下一个"])
    assert _opens_with_paragraphs([PARAGRAPH, PARAGRAPH])
