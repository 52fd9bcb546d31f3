"""Names of government and political news (issue 11, ents280): a federal district written after its city and a comma
(``name_spans.district_spans``), a bracketed short form spelt from the heads of its name's words
(``repeats.acronym_after``) and a publication's "The" opening a sentence (``name_spans.publication_spans``)."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import predicted_mentions
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def mentions(text: str) -> set[tuple[str, str]]:
    facts = next(extract_facts_many([(text, None, "en")], FactOptions(kinds=frozenset({"entity"}))))
    return {(text[s:e], label) for s, e, label in predicted_mentions([f for f in facts if isinstance(f, Entity)])}


@pytest.mark.parametrize(
    "text",
    [
        # written for the test in the shapes of Daily Mail (dev gold) and ABC News (en_real8)
        "The second batch of notes was printed in Washington, D.C., and shipped to banks within a week.",
        "A spokesman for the prosecutor's office in Washington, D.C., declined to comment on Friday.",
    ],
)
def test_a_city_with_its_federal_district_after_a_comma_is_one_place(text):
    found = mentions(text)
    assert ("Washington, D.C.", "GPE") in found
    assert ("D.C.", "GPE") not in found and ("Washington", "GPE") not in found


@pytest.mark.parametrize(
    "text, name, short",
    [
        (  # Nature (dev page, en_real8), where the model read the short form as a person
            ("Illya Khadzhynov was last in Donetsk in July 2014, when his institution, Donetsk National University "
            "(DonNU) was taken over by the pro-Russian separatist government."),
            "Donetsk National University",
            "DonNU",
        ),
        (  # Tech Monitor (dev page, en_real7), where the model left the short form untagged
            ("According to Raimondo, the new organisation will sit within the existing US AI Safety Institute (USAISI) "
            "and convene academics, developers, government and civil society."),
            "US AI Safety Institute",
            "USAISI",
        ),
    ],
)
def test_a_bracketed_short_form_spelt_from_the_heads_of_its_names_words_is_the_organisation(text, name, short):
    found = mentions(text)
    assert (name, "ORG") in found
    assert (short, "ORG") in found
    assert not any(form == short and label != "ORG" for form, label in found)


def test_a_short_form_whose_capitals_the_name_does_not_spell_is_left_alone():
    found = mentions("She joined the Women’s Protection Units (YPJ) in 2014.")
    assert ("YPJ", "ORG") not in found or ("Women’s Protection Units", "ORG") in found


@pytest.mark.parametrize(
    "text, publication",
    [
        # written for the test in the shapes of Raw Story and NPR (dev gold)
        ("The singer declined the invitation.\n\nThe Wrap reports that the team is offering more money.", "The Wrap"),
        ("The jury met on Thursday.\n\nThe Post and Courier newspaper reported on the closing argument.",
         "The Post and Courier"),
    ],
)
def test_a_publication_opening_a_sentence_keeps_its_the_when_it_reports(text, publication):
    assert (publication, "ORG") in mentions(text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("The Senate reported the bill on Tuesday.", "Senate", "ORG"),
        ("The U.S. is reported to be considering new levies on European goods.", "U.S.", "GPE"),
    ],
)
def test_a_body_or_a_place_opening_a_sentence_keeps_its_the_out(text, name, label):
    found = mentions(text)
    assert (name, label) in found
    assert not any(form.startswith("The ") for form, _ in found)
