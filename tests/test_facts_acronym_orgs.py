"""An all-caps acronym the French model files under MISC is an organisation, unless its shape says otherwise
(``extractors.facts.acronym_orgs``)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from extractors.facts.acronym_orgs import is_acronym_org


def _misc(words: list[str], start: int, end: int) -> Span:
    doc = Doc(spacy.blank("fr").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    return Span(doc, start, end, label="MISC")


def test_an_acronym_inside_a_sentence_is_an_organisation():
    assert is_acronym_org(_misc(["Le", "dossier", "est", "suivi", "par", "FNSEA", "depuis", "mai"], 5, 6))
    assert is_acronym_org(_misc(["La", "centrale", "de", "l’", "ABC", "DEF", "ferme"], 4, 6))


def test_a_currency_or_unit_beside_a_number_is_no_organisation():
    assert not is_acronym_org(_misc(["une", "amende", "de", "300.000", "XOF", "."], 4, 5))
    assert not is_acronym_org(_misc(["le", "port", "USB", "3.2", "suffit"], 2, 3))


def test_the_bracketed_short_form_of_a_common_noun_is_no_organisation():
    assert not is_acronym_org(_misc(["la", "taxe", "sur", "la", "valeur", "ajoutée", "(", "TVA", ")"], 7, 8))


def test_an_acronym_opening_its_sentence_is_no_organisation():
    assert not is_acronym_org(_misc(["NOUVELLES", "MESURES", "pour", "tous"], 0, 1))


def test_a_capitalised_word_that_is_not_all_caps_is_no_acronym():
    assert not is_acronym_org(_misc(["un", "reportage", "de", "Libé", "hier"], 3, 4))
