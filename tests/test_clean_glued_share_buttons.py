"""Issue 12, round dumps160: a share bar copied with no space between its buttons' labels is a widget line
(``data/en/widget_lines.txt``; every language's list applies to every page).

The spaced bar ("Share Tweet Email", "Facebook Twitter") was one already, but the widget words are read between word
breaks, so the glued copies stayed: National Geographic's dump kept "ShareTweetEmail" between its standfirst and its
first paragraph (KUT's carries the same line), Prothom Alo's kept "PrintFacebookTwitter" and "FacebookTwitter" (also on
the Daily Star's and the Mirror's), WebMD's carries "FacebookTwitterPinterest". Prose never runs these words together.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

BARS = ["ShareTweetEmail", "FacebookTwitter", "PrintFacebookTwitter", "FacebookTwitterPinterest"]


@pytest.mark.parametrize("line", BARS)
def test_a_share_bar_glued_into_one_word_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["Facebook and Twitter shared the figures with the committee.",
                                  "Print editions sold out by noon, the publisher said."])
def test_a_sentence_naming_the_networks_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_a_glued_share_bar_between_a_copied_storys_paragraphs_leaves_it():
    dump = "\n".join(["Menu", *DUMP_STORY[:1], "ShareTweetEmail", *DUMP_STORY[1:], "About us"])
    text = clean_dump(dump).text
    assert all(paragraph in text for paragraph in DUMP_STORY)
    assert "ShareTweetEmail" not in text
