"""A line of hashtags and nothing else (a social post's tags under its embed, a campaign's tag) is a widget line
(``widgets.HASHTAG_LINE``); a ranked item's number, a Markdown-style heading and a sentence naming a hashtag are not."""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize("line", ["#hochzeitsgäste #wedding #bayern", "#10JahreCARTA", "#Faktenfuchs", "#NowPlaying"])
def test_line_of_hashtags_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["#专栏作家#", "#如何分析公司#", "#专栏作家# #产品经理#"])
def test_chinese_topic_tag_closed_by_a_hash_is_a_widget_line(line):
    """The Weibo convention closes a topic tag with a second "#" (woshipm, Xueqiu)."""
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["#1", "#1#", "#15", "# Überschrift", "#MeToo ist eine Bewegung gegen sexuelle Gewalt"])
def test_ranked_number_heading_or_sentence_is_no_hashtag_line(line):
    assert not widgets.is_widget_line(line)


def test_post_tags_under_an_embed_leave_a_copied_story():
    story = paragraphs(6, "Hochzeit")
    text = clean_dump("\n".join(["Menü", "Hochzeit in Bayern", *story[:3], "#hochzeitsgäste #wedding #bayern",
                                 *story[3:]])).text
    assert text.split("\n\n") == story
