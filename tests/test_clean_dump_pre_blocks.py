"""A ``<pre>`` block copied inside a story (issue 12): its lines are a listing, so the story goes on under it. Dev pages
of two publishers lost everything from the block on: Umputun's API post (routes, HTTP exchanges) and a WordPress
blog's Twitter-API post (e-mails hard-wrapped at 72 columns)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import CONTENT, code_blocks, drop_boxes, line_kind
from tests.test_clean_text import clean_dump, copied_page, paragraphs

#: An e-mail set in a ``<pre>`` block, wrapped at a fixed width, each sentence going on in the next line.
E_MAIL = [
    "Dear council,",
    "thank you for the answer. I still have a question about the schedule of",
    "the works on the bridge and whether the road will be closed for the whole",
    "summer or only on the weekends. Our shop depends on the customers who",
    "cross the bridge every morning and every evening, so a closure of two",
    "months would cost us a third of the income we make in a year, and the",
    "owners of the shops next door face the same problem. Could you send us",
    "the plans of the works and the dates of each of their stages, so that we",
    "can prepare for them and tell our customers in time where they can park",
    "and how to reach us while the bridge is closed? We would also like to",
    "know whether the council plans any help for the shops along the road, as",
    "it did for the market square three years ago, and whom we should ask for",
    "it. We have asked the other owners to write to you as well, and most of",
    "them will send their letters this month, with the figures of their own",
    "shops for the last three summers and the number of customers they had,",
    "so. Thank you again for your time and for the answers you sent us so far",
    "and for the meeting you held with the owners of the shops last week.",
    "Kind regards,",
    "Anna",
]

#: An API's routes and a response's status line and headers, as a ``<pre>`` block lists them.
API = [
    "GET /api/v1/items - list the items",
    "POST /api/v1/items - add an item",
    "DELETE /api/v1/items/:id - remove an item",
    "GET /api/v1/items/:id - one item",
    "PUT /api/v1/items/:id/move - move an item up or down",
    "GET /api/v1/tags - list the tags",
    "HTTP/1.1 200 OK",
    "Access-Control-Allow-Origin: *",
    "Content-Type: application/json",
    "X-Powered-By: go-json-rest",
    "Application-Name: items",
    "Connection: keep-alive",
    "Server: nginx/1.9.7",
    "Org: Example",
]


@pytest.mark.parametrize("block", [E_MAIL, API], ids=["hard-wrapped e-mail", "http routes and headers"])
def test_story_goes_on_under_a_pre_block(block):
    story = paragraphs(6, "Bridge")
    dump = "\n\n".join(["Menu", "Home", "About", "The bridge works", *story[:3], "\n".join(block), *story[3:],
                        "Share", "Leave a Comment"])
    text = clean_dump(dump).text
    for paragraph in story:
        assert paragraph in text


def test_hard_wrapped_lines_and_http_lines_are_listing_lines():
    """Each line of the e-mail's text (its sign-off aside: two short lines under its last sentence) and of the API's
    listing is a listing's line or a content line."""
    story = paragraphs(2, "Bridge")
    for block in (E_MAIL[:-2], API):
        lines = [story[0], *block, story[1]]
        coded = code_blocks(lines)
        assert all(at in coded or line_kind(lines[at]) in CONTENT for at in range(1, len(block) + 1))


def test_short_lines_opening_in_lower_case_are_no_wrapped_text():
    """A menu's items are shorter than a wrapped line, whatever case the next opens in."""
    story = paragraphs(2, "Bridge")
    menu = ["home", "news and views", "sport", "culture", "weather", "contact us"]
    assert not code_blocks([story[0], *menu, story[1]])


@pytest.mark.parametrize(
    ("case_id", "under"),
    [
        # the WordPress blog: the closing paragraph under the two e-mails
        ("karussell_2011-03-07_twitter-api-and-me__pool1", "So, keep this all in mind when you start to build"),
        # Umputun: the wish list under the API's routes and two HTTP exchanges
        ("umputun_2015-11-26_vsiem-mirom-dlia-obshchiei-polzy__ukr", "Админ может ошибиться и удалить не то."),
    ],
)
def test_copied_story_keeps_its_text_under_a_pre_block(case_id, under):
    body, dump = copied_page(case_id)
    assert under in body
    assert under in clean_dump(dump).text


def test_kicker_over_a_headline_is_no_http_header():
    """A German teaser's kicker is a hyphenated compound before a colon, as a header's name is, but a headline follows
    it, not a value ("Iran-Krieg: USA verlieren …" in t-online's rail, "Corona-Lockerungen: Das ist wieder erlaubt" on
    the Hamburger Abendblatt): a header's value is one token or a list of them after commas."""
    story = paragraphs(2, "Bridge")
    teasers = ["Iran-Krieg: USA verlieren einen Spion", "Papst-Streit: Meloni stellt sich gegen Trump",
               "Corona-Lockerungen: Das ist wieder erlaubt"]
    assert not code_blocks([story[0], *teasers, story[1]])


@pytest.mark.parametrize("block", [E_MAIL, API], ids=["hard-wrapped e-mail", "http routes and headers"])
def test_pre_block_inside_a_story_is_no_box(block):
    """A run of six lines or more with a widget line ("Content-Type: …", "… via twitter.") is a box to ``drop_boxes``,
    unless it is a listing: every line of the block stays."""
    story = paragraphs(6, "Bridge")
    assert drop_boxes([*story[:3], *block, *story[3:]]) == [*story[:3], *block, *story[3:]]


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        # the WordPress blog: the first e-mail's second paragraph, a run of wrapped lines with "… via twitter." in it
        ("karussell_2011-03-07_twitter-api-and-me__pool1",
         "which is very important for me and it would disturb the user experience"),
        # Umputun: the first HTTP exchange, whose headers hold "Content-Type: application/json"
        ("umputun_2015-11-26_vsiem-mirom-dlia-obshchiei-polzy__ukr", "Access-Control-Allow-Origin: *"),
    ],
)
def test_copied_story_keeps_the_lines_of_its_pre_block(case_id, line):
    body, dump = copied_page(case_id)
    assert line in body
    assert line in clean_dump(dump).text.split("\n")


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        # the WordPress blog: an e-mail's wrapped line holding "share"
        ("karussell_2011-03-07_twitter-api-and-me__pool1", "share noisefree information via twitter."),
        # Umputun: a response's header giving the content's length
        ("umputun_2015-11-26_vsiem-mirom-dlia-obshchiei-polzy__ukr", "Content-Length: 33"),
    ],
)
def test_line_of_a_pre_block_is_no_widget_line_for_a_widget_word_in_it(case_id, line):
    body, dump = copied_page(case_id)
    assert line in body
    assert line in clean_dump(dump).text.split("\n")


def test_one_word_button_under_a_listing_still_goes():
    """A listing's button is one word ("Copy" under each of Smashing Magazine's listings): it stays a widget line."""
    story = paragraphs(4, "Executor")
    listing = ["while True:", "w = get_next_work()", "do_work(w)", "Copy"]
    doc = clean_dump("\n\n".join(["Menu", "How the executor works", *story[:2], "\n".join(listing), *story[2:],
                                  "Share"]))
    text = doc.text.split("\n")
    assert "do_work(w)" in text
    assert "Copy" not in text
