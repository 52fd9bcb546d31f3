"""Where a copied story ends (issue 12): its last sentences, short enough to read as neutral lines, are the story's,
as its first ones are; a question to the reader under it is not. Dev pages of GQ, Fortress of Solitude, the New York
Daily News and Canada.com lost their last sentence."""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "closing"),
    [
        ("gq_2014_how-to-pack-everything__n3k", "And remember, don't show up at somebody's house empty-handed."),
        ("fortressofsolitude_celine-dion-deadpool-2__rphp", "Deadpool 2 opens in theatres on May 18."),
        ("nydailynews_boyfriend-mob-wives-star__n3k", "There was no listed phone number for the club."),
    ],
)
def test_short_closing_sentence_under_the_last_paragraph_stays(case_id, closing):
    body, dump = copied_page(case_id)
    assert closing in body.split("\n\n") and closing in dump
    assert closing in clean_dump(dump).text.split("\n\n")


def test_question_to_the_reader_under_the_story_goes():
    """Variety asks "Want to read more articles like this one?" under its story: a short sentence, no story's."""
    _, dump = copied_page("variety_2022-03-11_trilith-town-marvel__omni")
    prompt = "Want to read more articles like this one?"
    assert prompt in dump
    assert prompt not in clean_dump(dump).text
