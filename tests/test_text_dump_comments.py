"""Issue 12, second round: a reader-comment thread copied after a story, its posts headed "<name> wrote:" with their
date, ends the story even without a heading the cleaner knows (the Motley Fool's "Comments from our Foolish Readers"),
while a story's own "... wrote:" introducing a quoted post stays."""
from __future__ import annotations

from extractors.clean.text_regions import _is_comment_heading, _is_comment_post
from tests.test_clean_text import clean_dump, paragraphs

COMMENTS = [
    "Comments from our Foolish Readers",
    "Report this Comment On December 23, 2014, at 10:07 PM, argusdc wrote:",
    "I'm sorry, but the cruelty to orcas in captivity is well documented and the company is less than honest about it.",
    "Report this Comment On December 23, 2014, at 10:41 PM, SuntanIronMan wrote:",
    "Given that Cedar Fair trades at a similar earnings multiple and pays a dividend, I have a hard time seeing why.",
    "Report this Comment On December 25, 2014, at 9:57 AM, papsrus wrote:",
    "That pretty much says it all as far as your stand on the whole question of animal welfare goes, I am afraid.",
]


def test_dated_comment_headers_are_comment_posts_and_a_quote_introduction_is_not():
    assert _is_comment_post(COMMENTS, 1)
    assert _is_comment_post(["kanu sukha says:", "5 May 2025 at 00:46"], 0)  # Daily Maverick: the date under it
    assert not _is_comment_post(["In a post on his platform, the president wrote:", "We will win!"], 0)


def test_comment_thread_with_dated_post_headers_ends_a_copied_story():
    story = paragraphs(8, "Stocks")
    text = clean_dump("\n".join(["Menu", "Seven stocks for next year", *story, *COMMENTS])).text
    assert text.split("\n\n") == story


def test_story_quoting_two_posts_keeps_its_paragraphs():
    story = paragraphs(8, "Stocks")
    quotes = ["After the vote, the senator wrote:", "We will keep fighting for the bridge and the jobs it brings.",
              "Her opponent wrote:", "The people of this state deserve better than another empty promise, he added."]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:4], *quotes, *story[4:], "Share"])).text
    assert all(paragraph in text for paragraph in [*story, *quotes])


def test_short_line_closing_with_the_comment_count_heads_a_comment_section():
    """WP Tavern's "There are 13 comments", El Mundo's "Ver 5 comentarios": the words before the count vary."""
    assert _is_comment_heading("There are 13 comments")
    assert _is_comment_heading("Ver 5 comentarios")
    assert not _is_comment_heading("There are comments")  # no count
    assert not _is_comment_heading("Readers of the paper sent us 13 comments")  # a sentence, not a heading


def test_comment_thread_under_a_count_heading_ends_a_copied_story():
    story = paragraphs(8, "Stocks")
    posts = ["Sallie Goetsch · March 10, 2017 at 12:20 AM",
             "If there were really no demand for developers, I would not be so busy with work these days, honestly.",
             "Reply", "Rarst · March 10, 2017 at 1:26 AM",
             "One nuance of the number might be that many people call themselves developers while building sites.",
             "Reply"]
    text = clean_dump("\n".join(["Menu", "Seven stocks for next year", *story, "There are 2 comments", *posts])).text
    assert text.split("\n\n") == story
