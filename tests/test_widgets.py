"""The shared line vocabulary: widget lines, captions and credits recognised, prose left alone."""
from __future__ import annotations

import pytest

from extractors.clean import clean_document, widgets
from extractors.records import RawDocument


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Article continues below",
        "Follow us on Google News to get our reviews in your feed.",
        "Reporting by Jane Roe; Editing by John Doe",
        "Associated Press writer Ann Lee contributed to this report.",
        "21:00 Jane Doe",
        "2:34 / Russia launches major drills",
        "Copyright © 2024 Daily Example. All rights reserved.",
        "Contact the newsroom at desk@example.com",
        "If you buy something using links in our stories, we may earn a commission.",
    ],
)
def test_is_widget_line_recognises_furniture(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Shares in the company fell 4% on Tuesday after the results, traders said.",
        "What comes next",
        "The committee will follow the recommendations of the report, the minister said on Monday.",
        "서울시는 27일 새 다리 건설 예산을 승인했다고 밝혔다.",
    ],
)
def test_is_widget_line_keeps_prose_and_subheadings(line):
    assert not widgets.is_widget_line(line)


def test_caption_and_credit_shapes():
    assert widgets.is_caption_line("This photo shows the new bridge over the Han River. (Yonhap)")
    assert widgets.is_caption_line("Police stand guard outside the court on Monday. (AFP)")
    assert not widgets.is_caption_line("The Democratic Party (DP) won the vote on Monday.")
    assert widgets.is_credit_line("(Image: Getty Images/Cultura RF)")
    assert not widgets.is_credit_line("Getty Images reported record revenue for the quarter.")


def test_class_tokens_split_bem_and_camel_case():
    assert {"share", "bar", "sharebar"} <= widgets.class_tokens("shareBar")
    assert widgets.is_boilerplate_attr("related-stories__list")
    assert not widgets.is_boilerplate_attr("article-body")


@pytest.mark.parametrize(
    "line",
    [
        "Home",
        "Watch: the bridge opens",
        "Tags",
        "Table of Contents",
        "2:34\nCouncil debates bridge budget",
        "3",
        "Check out more of our latest travel stories by signing up to our free weekly newsletter",
        "For more stories like this, check our news page.",
        "Get in-depth reporting for only $5 a month. Invest in journalism – Subscribe Now!",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    ],
)
def test_is_widget_line_recognises_labels_counters_and_house_ads(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["GOING HOME TO DIE", "We need to listen", "The photo that changed the vote"])
def test_is_widget_line_keeps_subheadings_that_merely_contain_a_widget_word(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize("attr", ["Pullquote Pullquote--right", "timeline-ticker", "metro-factbox", "c-video__data"])
def test_inserted_boxes_are_boilerplate(attr):
    assert widgets.is_boilerplate_attr(attr)


@pytest.mark.parametrize("line", ["The company declined to comment.", "He did not share details.",
                                  "Nobody replied to comment requests.", "Its Twitter account went dark.",
                                  "Home prices rose 3%.", "Photos show the damage.", "Privacy campaigners objected.",
                                  "Follow-up talks are planned."])
def test_a_short_statement_naming_a_widget_word_in_passing_is_prose(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["Leave a comment.", "Be the first to comment.", "Please share this story.",
                                  "Comments are closed.", "Share This Story.", "Click here to comment.",
                                  "Sign up for our newsletter.", "Article continues below.", "Follow us on Twitter.",
                                  "Photos by Jane Doe.", "Tags: politics, economy.", "Print this page."])
def test_calls_to_action_and_labels_with_a_full_stop_stay_widget_lines(line):
    assert widgets.is_widget_line(line)


def test_a_one_line_no_comment_paragraph_stays_in_an_html_story():
    """Wire style gives "X declined to comment." a paragraph of its own; it is the story, not a comment box."""
    para = ("<p>The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the "
            "river, and the mayor said work would start in spring next year.</p>")
    body = para * 3 + "<p>The builder declined to comment.</p>" + para.replace("council", "board") * 2
    page = (f"<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>{body}</article>"
            "<footer>Share this article</footer></body></html>")
    doc = clean_document(RawDocument(source="bridge.html", data=page.encode(), content_type="text/html",
                                     url="https://example.com/news/bridge-vote"))
    assert "The builder declined to comment." in doc.text and "Share this article" not in doc.text
