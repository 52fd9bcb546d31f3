"""An organisation named in full and later by its initials with no brackets between (``repeats.known_forms``)."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import predicted_mentions
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def mentions(text: str) -> set[tuple[str, str]]:
    facts = next(extract_facts_many([(text, None, "en")], FactOptions(kinds=frozenset({"entity"}))))
    return {(text[s:e], label) for s, e, label in predicted_mentions([f for f in facts if isinstance(f, Entity)])}


@pytest.mark.parametrize(
    "text, acronym",
    [
        (  # The New Yorker, en_real6
            ("Soon afterward, the National Institute of Standards and Technology put out a public call for input. "
            "The standards may be ready by 2022, a NIST cryptographer at the workshop estimated."),
            "NIST",
        ),
        (  # The Washington Post, en_real6
            ("Jacqueline Simon, policy director of the American Federation of Government Employees, testified on "
            "Tuesday. The AFGE and other federal employee unions also cite other issues."),
            "AFGE",
        ),
    ],
)
def test_the_initials_of_a_body_named_in_full_are_that_organisation(text, acronym):
    assert (acronym, "ORG") in mentions(text)


def test_the_initials_of_a_thing_the_model_calls_an_organisation_stay_no_name():
    text = (  # Nikkei Asia, facts dev gold: the model calls the system an ORG
        "TOKYO -- Japan's augmented Global Positioning System is expected to create a host of new business "
        "opportunities.\n\nWith the network of four Michibiki satellites, Japan will have a system that augments the "
        "data from existing GPS satellites."
    )
    assert not any(form == "GPS" for form, _ in mentions(text))
