"""Issue 12: a metered paywall's count of the reader's articles ("You have 1 article left to read this month ...",
LeadDev; "You have full access to this article via your institution.", Nature) goes from a text dump
(``data/en/dump_promo_lines.txt``), and a comment form's heading ("Leave a Reply", "Join the Discussion:") ends the
story as a prompt to comment does (``data/en/comment_prompts.txt``, ``text_regions._before_closing``); a newsletter
box's blurb naming its delivery and its form's messages go as well."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import COMMENT_PROMPT, DUMP_PROMO_LINE
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

STORY = list(DUMP_STORY)


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "notice",
    [
        "You have 1 article left to read this month before you need to register a free LeadDev.com account.",
        "This is your last article that you can read this month before you need to register a free LeadDev.com account.",
        "You have full access to this article via your institution.",
    ],
)
def test_access_notice_over_the_story_goes(notice):
    text = clean_dump(_dump("Council passes budget after long night", notice, *STORY)).text
    assert notice not in text
    assert all(paragraph in text for paragraph in STORY)


def test_story_sentence_about_articles_left_stays():
    """Only the notice addressing the reader goes; a story reporting on a paywall's meter is no notice."""
    assert not DUMP_PROMO_LINE.fullmatch("Readers said they had three articles left each month before the paywall.")


@pytest.mark.parametrize(
    "heading",
    ["Leave a Reply", "Join the Discussion:", "Write a comment", "Post your comments 2500 character limit."],
)
def test_comment_form_heading_ends_the_story(heading):
    policy = ("Check this out for a full explanation of our conversion to the new commenting system and "
              "instructions on how to sign up for an account.")
    text = clean_dump(_dump("Council passes budget after long night", *STORY, heading, policy)).text
    assert policy not in text and heading not in text
    assert all(paragraph in text for paragraph in STORY)


def test_story_sentence_about_comments_is_no_comment_form():
    assert not COMMENT_PROMPT.fullmatch("The agency did not leave a comment on the report before it went to print.")


@pytest.mark.parametrize(
    "line",
    [
        "Market-moving headlines and context delivered every morning in one tight read.",
        "Whoops, looks like there was a problem. Please try again.",
        "You’re subscribed. Welcome aboard.",
    ],
)
def test_sign_up_box_blurb_and_form_messages_inside_the_story_go(line):
    """A newsletter box set between two paragraphs copies its blurb and the form's messages as lines of their own."""
    text = clean_dump(_dump("Council passes budget after long night", *STORY[:2], line, *STORY[2:])).text
    assert line not in text
    assert all(paragraph in text for paragraph in STORY)


def test_story_sentence_about_deliveries_is_no_newsletter_blurb():
    assert not DUMP_PROMO_LINE.fullmatch("Milk was delivered every morning to the school until the dairy closed.")
