"""A short tail under a run of widget lines inside the story's region is the page's foot (issue 12, dumpsP287).

A share bar ("Share this Article!", "Share on Facebook", "Share on Twitter" on AddictingInfo), a like-and-share box
("137", "1 Share", "Like It, Share It!" on SimplyFound) or a like bar and sign-in box (Substack's "Sign up to like
post", "Share", "Subscribe") stands under the story's last paragraph; widget lines under ``FURNITURE_RUN`` do not end
the region, so the author's bio, the site's author programme or the reader comments under it were kept. A run of
``FOOT_WIDGETS`` widget lines or more over at most ``FOOT_SHARE`` of the region's prose ends the story, unless two
paragraphs open what follows (the story going on past a share bar set inside it). Synthetic dumps in that shape.
"""
from extractors.clean.text import clean_text_dump

MENU = ["Home", "Politics", "Media", "Economy", "Archives", "About"]
BODY = tuple(
    f"Paragraph {n} of the report goes over what the senator said on Monday about the donation, the test results "
    f"and the reply from the White House, which had promised a statement before {n} o'clock."
    for n in ("one", "two", "three", "four", "five", "six")
)
SHARE = ["Share this Article!", "Share on Facebook", "Share on Twitter"]
BIO = ("Author: Dana Miller writes about politics and the media for the site. She has covered three campaigns and "
       "lives in Ohio with two cats.")
FOOT = ["Search", "Copyright © 2018 Example Media. All Rights Reserved"]


def _paragraphs(box: list[str], tail: list[str]) -> list[str]:
    return clean_text_dump("\n\n".join([*MENU, "Senator answers the White House", *BODY, *box, *tail, *FOOT])).paragraphs


def test_bio_under_a_share_bar_is_left_out():
    paragraphs = _paragraphs(SHARE, [BIO])
    assert BODY[-1] in paragraphs
    assert BIO not in paragraphs


def test_story_going_on_past_a_share_bar_is_kept():
    more = [f"The report resumes with paragraph {n}, on how the senator's office answered the letters that came in "
            f"over the week and what the campaign said about them." for n in ("seven", "eight")]
    paragraphs = _paragraphs(SHARE, more)
    assert more[0] in paragraphs
    assert more[1] in paragraphs
