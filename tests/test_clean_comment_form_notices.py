"""A comment form's heading and log-in notice under a story are furniture, even when its markup names no comments.

Most comment forms sit in markup saying "comment" and go with it; on goodform (plain paragraphs in the story's
column) and Nature (paragraphs of the article's own ``div``) the form's words were kept: "Schreiben Sie Ihren
Kommentar", "Du musst eingeloggt sein, um einen Kommentar posten zu können.", "You need to be registered with
Nature to leave a comment. ...". The same lines appear on landesspiegel, tageszeitung and MIT News;
``PROMO_LINE`` (``data/de`` and ``data/en`` ``promo_lines.txt``) drops them, and the notice that nobody has
commented yet asking the reader to go first (the Daily Mail's "No comments have so far been submitted. Why not be the
first to send us your thoughts, ...", the Independent's, SFGate's, The Economist's, ESPN's, VGC's). A story sentence
about logging in or about comments, or a newsletter's "Be the first to know ...", is no such notice.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "Schreiben Sie Ihren Kommentar",
    "Schreiben Sie einen Kommentar",
    "Du musst eingeloggt sein, um einen Kommentar posten zu können.",
    "Du musst dich EINLOGGEN um einen Kommentar abzugeben.",
    ("You need to be registered with Nature to leave a comment. Please log in or register as a new user. You will be "
     "re-directed back to this page."),
    "Log in to write comments",
    ("No comments have so far been submitted. Why not be the first to send us your thoughts, or debate this issue live "
     "on our message boards."),
    "There are no Independent Premium comments yet - be the first to add your thoughts",
    "Be the first to share your thoughts on this story.",
    "+ Be the First to Comment",
])
def test_a_comment_form_heading_or_log_in_notice_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "Der Minister wollte den Bericht nicht kommentieren, schreiben Sie uns Ihre Meinung.",
    "Users who log in to the portal can now post comments on draft laws, the ministry said.",
    "You need to be registered as a voter by Friday to take part in the election.",
    "Be the first to know when Fast Company has a new issue available.",
])
def test_a_story_sentence_about_comments_or_logging_in_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "notice", "story"), [
    ("goodform_2018-06-27_schattiges-plaetzchen__hd", "Du musst eingeloggt sein", "Sonnenschirm"),
    ("goodform_2018-06-27_schattiges-plaetzchen__hd", "Schreiben Sie Ihren Kommentar", "Sonnenschirm"),
    ("nature_2011-04-11_fukushima-epic-clean-up__snk", "You need to be registered with Nature", "Fukushima"),
    ("dailymail_2020-05-07_dean-henderson-morally-right__hd7", "No comments have so far been submitted", "Henderson"),
])
def test_a_dev_story_drops_its_comment_form_notice(case_id, notice, story):
    expected, doc = dev_page(case_id)
    assert notice not in expected["body"]
    assert story in doc.text
    assert notice not in doc.text
