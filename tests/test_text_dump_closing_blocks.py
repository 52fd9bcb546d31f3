"""Issue 12, dumpsP302: the inner lines of a box closing a text dump's copy (glued to a line above and below, no blank
line on either side) under a story whose paragraphs blank lines set apart go (the New Yorker's rail of headlines and
blurbs, g1's newsletter box, UOL's errata box, Eurogamer's topic box on dev); a closing list glued the same way under
the line opening it on a colon stays (Radio-Canada's), and so does a copy whose lines are all glued. The story, boxes
and list are written for the test."""
from __future__ import annotations

from extractors.clean.closing_blocks import closing_block_start
from extractors.clean.text import spaced_lines
from tests.test_clean_text import clean_dump
from tests.test_text_dump_lone_teasers import STORY  # the same written story, boxes set under it here

# a rail under the story: a newsletter pitch, a section label, another story's headline and blurb, glued together
BOX = [
    "Weekend Reads",
    "Sign up for the Weekend Reads newsletter and get our longest stories and more every Saturday.",
    "Read More",
    "City Notes",
    "Why Every Tram in Town Is Painted the Same Shade of Green Now",
    "We asked the people who ride them every day. Oh, you have not noticed the colour?",
    "Video",
]
BLURB = BOX[5]
ITEMS = [
    "A new ferry line will link the two banks of the harbour during the works, every twenty minutes.",
    "A fund of two million will help the shops near the bridge pay their rents until the bridge reopens.",
    "The old tram stop under the bridge will move two streets north until the repairs are finished.",
]


def test_inner_lines_of_a_box_closing_a_spaced_story_go():
    text = "\n\n".join(["Menu", "Harbour bridge to close", *STORY, "\n".join(BOX), "More stories"])
    out = clean_dump(text).text
    assert BLURB not in out
    assert all(para in out for para in STORY)


def test_a_closing_list_under_a_colon_and_a_glued_copy_stay():
    lead = "The council listed what changes for the people who cross it every day:"
    paragraphs = (*STORY, lead, *ITEMS)
    # the list's items glued to one another and to the author's line under them, as the story's last block
    listed = "\n\n".join([*STORY, lead, "\n".join([*ITEMS, "Anna Berg (see profile)"]), "Share"])
    assert closing_block_start(paragraphs, listed, spaced_lines(listed)) == len(paragraphs)
    # the same lines with no colon above them: a box's inner lines
    boxed = listed.replace(lead, lead.replace(":", "."))
    assert closing_block_start(tuple(p.replace(lead, lead.replace(":", ".")) for p in paragraphs), boxed,
                               spaced_lines(boxed)) == len(paragraphs) - 2
    # a copy most of whose paragraphs are glued tells nothing: its story's lines are glued too
    glued = "\n\n".join([STORY[0], STORY[1], "\n".join([*STORY[2:], *ITEMS, "Anna Berg (see profile)"]), "Share"])
    assert closing_block_start((*STORY, *ITEMS), glued, spaced_lines(glued)) == len(STORY) + len(ITEMS)
