"""Role shapes learnt from the en_real6 role batch (issue 11): a capitalised title that "Chief" opens and whose last
word is no title head of its own ("Chief Executive", "Chief Medical Examiner"), and a second title after "and" that
the parser reads as a proper noun ("President and CEO of ...")."""

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
        # DW: "the country's Chief Executive Abdullah Abdullah rejected the results"
        ("Hours later, the country's Chief Executive Abdullah Abdullah rejected the count.", "Abdullah Abdullah",
         "Chief Executive"),
        # Record Online: "the county's Chief Medicial Examiner Dr. Laura Carbone"
        ("The death was confirmed by the county's Chief Medical Examiner Dr. Laura Carbone on Saturday.",
         "Laura Carbone", "Chief Medical Examiner"),
    ],
)
def test_a_capitalised_title_opened_by_chief_is_the_role_whatever_its_last_word(text, name, role):
    assert people(text)[name] == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Novus Light: "says Dr. Markus Weber, President and CEO of Carl Zeiss Meditec AG."
        ("The merger will help both firms, says Markus Weber, President and CEO of Harlow Optics AG.", "Markus Weber",
         "President and CEO"),
        # Forbes: "Brian Armstrong, the 37-year-old billionaire cofounder and CEO of Coinbase"
        ("Brian Armstrong, the cofounder and CEO of Coinbase, spoke on Monday.", "Brian Armstrong",
         "cofounder and CEO"),
    ],
)
def test_an_initialism_after_and_joins_the_first_title(text, name, role):
    assert people(text)[name] == role



@pytest.mark.parametrize(
    "text, name",
    [
        ("Star defensive tackle Ndamukong Suh drew the ire of the Green Bay Packers on Sunday.", "Ndamukong Suh"),  # MLive
        ("Former Illinois defensive tackle Johnny Newton fell to No. 36 overall in the 2024 NFL Draft.",
         "Johnny Newton"),  # CBS Sports
    ],
)
def test_a_linemans_position_before_a_name_is_the_role(text, name):
    assert people(text)[name] == "defensive tackle"


@pytest.mark.parametrize(
    "text, name",
    [("The mayor vowed to tackle Sadiq Khan's housing plan.", "Sadiq Khan"), ("He wants to coach Tom Brady next year.", "Tom Brady")],
)
def test_a_title_word_read_as_a_verb_before_a_name_is_no_role(text, name):
    assert people(text)[name] is None


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("HackerRack raised $3 million from Khosla Ventures, led by billionaire entrepreneur Vinod Khosla.",
         "Vinod Khosla", "entrepreneur"),  # Business Today
        (("In style and philosophy, Brian Armstrong, the 37-year-old billionaire cofounder and CEO of Coinbase, is in "
          "the camp of the financial anarchists."), "Brian Armstrong", "cofounder and CEO"),  # Forbes
    ],
)
def test_billionaire_describes_the_holder_and_stays_out_of_the_role(text, name, role):
    assert people(text)[name] == role
