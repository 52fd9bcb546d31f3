"""Issue 12, dumpsR303: a code listing's lines are no teaser cards. A header an HTTP exchange prints in each reply
("Content-Type: application/json", over the reply's "Date: ..." line) read as a card's label printed over two
headlines (``labelled_cards``), and both went from the listing; cnblogs' comment closing each of its Docker scripts
went the same way. Our own wording: a blog post showing two replies of a small news API."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

MENU = ["Home", "Archive", "About", "Subscribe"]
HEADLINE = "A tiny JSON API for the podcast's news feed"
INTRO = ("The feed reader now answers over HTTP, so anyone can list the stories we picked for the next show and mark "
         "the ones we want to talk about, without logging into the admin page.")
LEAD = "Here is what a request for the active story looks like, headers and all:"
BETWEEN = "And one more, this time asking for the whole list of stories picked for Sunday's show:"
CLOSING = ("Both answers come back in well under a second, even while the feeds are being reloaded, which was the "
           "whole point of moving the reader off the old cron job.")
FOOTER = ["Share", "Comments", "Privacy policy"]


def _reply(path: str, length: str, date: str, body: list[str]) -> list[str]:
    return [f"http GET feeds.example.org:8080/api/v1/stories/{path}", "HTTP/1.1 200 OK", "Connection: keep-alive",
            f"Content-Length: {length}", "Content-Type: application/json", f"Date: {date}", "Server: nginx/1.9.7",
            "{", *body, "}"]


def test_headers_repeated_in_a_listing_are_no_card_labels():
    first = _reply("active/id", "33", "Thu, 26 Nov 2015 22:47:17 GMT", ['"id": "5657741292d7e8a4ace10c5a"'])
    second = _reply("active", "676", "Thu, 26 Nov 2015 22:49:01 GMT", ['"active": true,', '"title": "Sunday show"'])
    dump = "\n\n".join(["\n".join(MENU), HEADLINE, INTRO, LEAD, "\n".join(first), BETWEEN, "\n".join(second), CLOSING,
                        "\n".join(FOOTER)]) + "\n"
    text = clean_dump(dump).text
    assert text.count("Content-Type: application/json") == 2
    assert '"title": "Sunday show"' in text and text.endswith(CLOSING)


def test_a_date_in_a_listing_is_no_date_line():
    """A reply's "Date: ..." header and a query's timestamp literal read as the page's date lines and went, and the
    headers, one a reply, as links set after a label the story repeats ("Date:"); inside a listing they are its lines
    (umputun's HTTP replies, Haki Benita's SQL)."""
    first = _reply("active/id", "33", "Thu, 26 Nov 2015 22:47:17 GMT", ['"id": "5657741292d7e8a4ace10c5a"'])
    query = ["SELECT", "status_code,", "sum(entries) AS total,",
             "(60 - extract('seconds' from '2020-08-01 17:00 UTC'::timestamptz - period))", "FROM server_log_summary",
             "GROUP BY status_code;"]
    second = _reply("active", "676", "Thu, 26 Nov 2015 22:49:01 GMT", ['"active": true,', '"title": "Sunday show"'])
    dump = "\n\n".join(["\n".join(MENU), HEADLINE, INTRO, LEAD, "\n".join(first), BETWEEN, "\n".join(second),
                        "Counting the entries per status code takes one query:", "\n".join(query), CLOSING,
                        "\n".join(FOOTER)]) + "\n"
    text = clean_dump(dump).text
    assert "Date: Thu, 26 Nov 2015 22:47:17 GMT" in text and "Date: Thu, 26 Nov 2015 22:49:01 GMT" in text
    assert "(60 - extract('seconds' from '2020-08-01 17:00 UTC'::timestamptz - period))" in text
