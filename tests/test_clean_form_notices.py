"""A form's failure notice ("Please try again", a "Try again" button), its wait notice ("Please wait..."), its status
heading ("Oops!", "Thanks!") and a sign-in box's social buttons ("Sign in with Facebook") are page furniture in both
cleaners (issue 12, html32; ``data/en/widget_lines.txt``, seen on dev pages of USA TODAY, Variety, BuzzFeed,
CryptoSlate, the New York Post, WP Tavern, the Mirror, the Postmedia papers, WebMD, The Economic Times, Businessweek,
the Herald Sun, Anime News Network, Uproxx, Nature, Blister and The Gateway Pundit), while a story's sentence about
trying again, waiting or signing in stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.widgets import is_widget_line
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(
    "line",
    [
        "Your submission didn’t go through. Please try again.",
        "Try again",
        "Oops! We had a problem sending your message. Please try again later.",
        "Email check failed, please try again",
        "Something went wrong, please try again later.",
        "Sign in with FacebookSign in with Google+",
        "Login with Twitter",
        "Please wait...",
        "Uh Oh!",
        "Success!",
    ],
)
def test_form_notices_and_social_sign_in_buttons_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said he would try again.",
        "If the launch fails, the team will try again next year.",
        "If you fail, try again",
        "He chose to sign in with Facebook.",
        "Please wait for the doctor.",
        "Thank you.",
        "Thanks for coming, she said!",
    ],
)
def test_story_sentences_about_trying_waiting_or_signing_in_are_no_widget_lines(line):
    assert not is_widget_line(line)


def test_usa_today_contribution_form_failure_notice_leaves_the_story():
    """USA TODAY's "Your Take" form copies its failure notice and "Try again" button into the story's page."""
    expected, doc = dev_page("usatoday_2014-01-25_namm-ik-multimedia-irings__unf")
    notice = "Your submission didn’t go through. Please try again."
    opening = "Musicians often show off lots of ring bling"
    assert notice not in expected["body"] and opening in expected["body"]
    assert notice not in doc.text
    assert "Try again" not in doc.text.split("\n")
    assert "Sign in with Facebook" not in doc.text
    assert "Oops!" not in doc.text.split("\n")
    assert opening in doc.text
