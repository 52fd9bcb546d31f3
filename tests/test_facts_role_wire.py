"""Role shapes learnt from the en_real7 role batch (issue 11: wire, government and US political copy): a government
level word ("State") that opens a title before a name stays in it, even when the model tags it as an organisation;
a hyphenated title in an appositive ("Director-General", "climate-policy researcher") is kept whole."""

from __future__ import annotations

import pytest

from extractors.facts.entities import extract_entities
from tests.facts_helpers import parse


def people(text: str) -> dict[str, str | None]:
    doc, sentences = parse(text)
    return {e.normalized: e.role for e in extract_entities(doc, sentences) if e.label == "PERSON"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Worcester Telegram: "State Rep. Steve Xiarhos, R-Barnstable, who was the lead sponsor of Nero's Law"
        ("State Rep. Dana Whitcombe, R-Falmouth, who filed the bill, weighed in on Monday.", "Dana Whitcombe",
         "State Rep."),
        # KUT: "a Texas Senate seat vacated by State Senator Kirk Watson (D-Austin)"
        ("She ran for a Texas Senate seat vacated by State Senator Mark Halvorsen (D-Austin).", "Mark Halvorsen",
         "State Senator"),
    ],
)
def test_a_government_level_word_opening_a_title_stays_in_the_role(text, name, role):
    assert people(text)[name] == role



@pytest.mark.parametrize(
    "text, name, role",
    [
        # CGTN: "Alexandre De Juniac, IATA Director-General and CEO, told CGTN Europe today"
        (
            ("That's what Alexandre De Juniac, IATA Director-General and CEO, told CGTN Europe today, as we mark the "
            "middle of Aviation Week on CGTN."),
            "Alexandre De Juniac",
            "Director-General and CEO",
        ),
        # Nature: "says Rajani Ranjan Rashmi, a climate-policy researcher at The Energy and Resources Institute"
        ("The plan will hold, says Priya Raman Menon, a climate-policy researcher at the Delhi Energy Institute.",
         "Priya Raman Menon", "climate-policy researcher"),
    ],
)
def test_a_hyphenated_title_in_an_appositive_is_kept_whole(text, name, role):
    assert people(text)[name] == role
