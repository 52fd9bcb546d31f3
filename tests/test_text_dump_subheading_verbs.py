"""Issue 12, dumpsR317: in a text dump, a subheading between two paragraphs of the story that opens with a control
verb ("Watch", "Search") and runs three words or more is the story's, as the HTML path reads it
(``tests/test_clean_subheading_verbs.py``). The dumps of fortune.com ("Watch What You Say") and parse.ly ("Search: The
dominator") lost theirs as controls; their references keep them. A bare control ("Watch") and a control verb line
that stands between no two paragraphs stay furniture. Our own wording: a story about smart speakers."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

MENU = ["Home", "Tech", "Gadgets", "Sign in"]
HEADLINE = "Smart speakers are learning to listen less"
FIRST = ("Makers of smart speakers have spent the year promising that their devices will only wake up when they hear "
         "their name, after a string of reports about recordings kept for months.")
SECOND = ("Owners can now delete their voice history from the app, and two of the three largest makers say the "
          "recordings are no longer heard by contractors at all.")
THIRD = ("What you say after the wake word is still kept, and a survey of owners found that fewer than one in five "
         "had ever opened the app to watch what it holds about them.")
FOURTH = ("Search is the other half of the story: most questions asked of a speaker end in a web search, and the "
          "makers keep those queries for as long as they keep the account.")
FOOTER = ["Watch", "Share this story", "Privacy policy"]


def _dump(body: list[str]) -> str:
    return "\n\n".join(["\n".join(MENU), HEADLINE, *body, "\n".join(FOOTER)]) + "\n"


def test_a_control_verb_opening_a_subheading_between_paragraphs_is_kept():
    """The subheadings stay; the control verb line under the story and the bare "Watch" of the footer still go."""
    body = [FIRST, SECOND, "Watch What You Say", THIRD, "Search: The dominator", FOURTH, "Watch the full interview"]
    paragraphs = clean_dump(_dump(body)).text.split("\n\n")
    assert "Watch What You Say" in paragraphs and "Search: The dominator" in paragraphs
    assert paragraphs.index("Watch What You Say") == paragraphs.index(THIRD) - 1
    assert paragraphs[-1] == FOURTH and "Watch" not in paragraphs
