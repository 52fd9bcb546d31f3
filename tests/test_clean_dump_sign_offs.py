"""Lines of a copied story that read like photo captions but are its paragraphs (issue 12): a bracketed sign-off
("(IANS)", "(End)", "(E-2)") closing the story's last paragraph of prose reads like a caption's credit (dev pages of
three publishers), and a paragraph of a hundred words and more can open like a caption (AOL, Slate, Libération)."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "sign_off"),
    [
        ("newsgram_2020-03-24_coronavirus-anxiety-stress-sperm__snk3", "(IANS)"),
        ("rnanews_2020-03-11_commonwealth-youth-awards-2020__hd5", "(End)"),
        ("mediaindonesia_2026-01-20_dari-petani-hingga-pendidik__fundus", "(E-2)"),
    ],
)
def test_last_paragraph_closing_with_a_bracketed_sign_off_stays(case_id, sign_off):
    body, dump = copied_page(case_id)
    last = body.rstrip().split("\n\n")[-1]
    assert last.endswith(sign_off) and last in dump
    assert clean_dump(dump).text.rstrip().endswith(last)


def test_caption_with_a_bracketed_credit_inside_a_copied_story_still_goes():
    """The exemption is the last paragraph's only: Channel NewsAsia's photo captions, "... (Photo: SportSG/Jeremy
    Lee)", between its paragraphs stay captions."""
    _, dump = copied_page("channelnewsasia_2022-06-02_shanti-pereira-sea-games__omni")
    caption = "Shanti Pereira poses with her SEA Games gold medal. (Photo: SportSG/Jeremy Lee)"
    doc = clean_dump(dump)
    assert caption in dump
    assert caption not in doc.text.split("\n\n")


@pytest.mark.parametrize(
    ("case_id", "opening"),
    [
        # opens like a caption ("This is another image ..."), then quotes a post for 145 words
        ("aol_2016-12-01_teddy-bears-dads-uniform__pl", "This is another image Elizabeth Snyder posted to Facebook"),
        # "The picture for cities is as bleak." opens a paragraph of 115 words
        ("slate_2017-03-09_trump-promises-take-care__pl", "The picture for cities is as bleak."),
    ],
)
def test_paragraph_opening_like_a_caption_stays_when_longer_than_any_caption(case_id, opening):
    body, dump = copied_page(case_id)
    paragraph = next(p for p in body.split("\n\n") if p.startswith(opening))
    assert paragraph in dump
    assert paragraph in clean_dump(dump).text.split("\n\n")
