"""A reader poll or quiz set in a story (a question, radio buttons to answer it) is no part of the story.

20 Minuten's poll and Super Express's quiz teasers (sport.se.pl, superbiz.se.pl) sit between the story's
paragraphs outside any ``<form>``; their answers are labels, so the question and the quiz's title stayed, and no dev
reference keeps them (``html.drop_polls``). Radio buttons with no question beside them, and a question in the story
with no radio buttons, stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "poll", "story"), [
    ("zwanzigminuten_2025-11-06_huhnersuppe-co-diese-nahrungsmittel__fundus",
     "Welches dieser Mittel ist dein Favorit", "Vitamin D"),
    ("se-sport_2025-02-03_slask-piast-katastrofa-leszczynski__jmp2", "Jak dobrze znasz polską ekstraklasę",
     "Leszczyński"),
    ("superbiz_2025-02-11_waloryzacja-emerytur-oficjalny-wskaznik__jmp2", "Dzień babci i dziadka w PRL", "emeryt"),
])
def test_a_dev_story_drops_the_poll_set_in_it(case_id, poll, story):
    expected, doc = dev_page(case_id)
    assert poll not in expected["body"]
    assert story in doc.text
    assert poll not in doc.text


def _page(box: str) -> str:
    return ("<html><body><article><h1>Die Brücke kommt</h1>" + f"<p>{SENTENCES[0]}</p>{box}"
            + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</article></body></html>")


def _choices(name: str = "answer") -> str:
    return "".join(f'<label><input type="radio" name="{name}" value="{v}">{v}</label>' for v in ("Yes", "No"))


def test_a_question_over_radio_buttons_goes_with_its_title():
    text = clean_html(_page(f"<div><div>QUIZ. How well do you know the city?</div>"
                            f"<div><div>Question 1 of 10</div><div>Which bridge is the oldest of the three?</div>"
                            f"{_choices()}</div></div>")).text
    assert SENTENCES[1] in text
    assert "oldest" not in text and "QUIZ" not in text


@pytest.mark.parametrize(("box", "kept"), [
    (f"<div><div>Pick the colour the council should paint the new bridge.</div>{_choices()}</div>",
     "Pick the colour"),  # no question
    ('<div><div>Would you cross the new bridge to work every day?</div><input type="radio" name="answer"></div>',
     "Would you cross"),  # one button
    ("<p>Why did the council wait so long to fund the bridge over the river?</p>", "Why did the council"),
])
def test_a_box_without_a_question_and_a_radio_group_stays(box, kept):
    assert kept in clean_html(_page(box)).text
