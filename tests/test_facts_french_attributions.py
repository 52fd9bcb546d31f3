"""French reported claims (``cue_attributions`` with ``data/fr``): inverted pronoun tags, "d'après", cue forms
the small model mistags, two-word cues, infinitive claims and sources the parse gets wrong."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.extract import extract_facts

PUBLISHED = datetime(2024, 6, 12, tzinfo=UTC)


def _claims(text: str) -> list[tuple[str | None, str, str]]:
    return [(f.source, f.cue, f.claim) for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "attribution"]


@pytest.mark.parametrize(
    "text, source, claim_start",
    [
        ("Le projet sera abandonné, a-t-il ajouté.", "il", "Le projet sera abandonné"),
        ("La décision sera prise avant l'été, a-t-elle précisé.", "elle", "La décision sera prise"),
    ],
)
def test_an_inverted_pronoun_in_the_verb_group_is_the_source(text, source, claim_start):
    [(found_source, _, claim)] = _claims(text)
    assert found_source == source and claim.startswith(claim_start)


def test_a_colon_before_an_inverted_tag_leaves_the_quote_alone():
    # Le Monde 2019 (dev gold): the quote after the colon is a Quote, not a claim of "a-t-elle estimé"
    text = ("Christine Lagarde a jugé mardi que les tensions commerciales s’apaisent : « Elles représentent une "
            "menace sur l’économie mondiale », a-t-elle estimé.")
    assert [(s, c) for s, c, _ in _claims(text)] == [("Christine Lagarde", "jugé")]


@pytest.mark.parametrize(
    "text, source, claim_start",
    [
        ("D'après la police, le suspect a pris la fuite à pied.", "la police", "le suspect a pris"),
        ("La mesure coûtera 2 milliards d'euros, d’après les calculs du Sénat.", "les calculs du Sénat",
         "La mesure coûtera"),
    ],
)
def test_d_apres_names_the_source_like_selon(text, source, claim_start):
    [(found_source, cue, claim)] = _claims(text)
    assert found_source == source and cue.lower().replace("’", "'") == "d'après" and claim.startswith(claim_start)


@pytest.mark.parametrize(
    "text, source, claim_start",
    [
        # Le Monde 2011 (dev gold): "estime" lemmatized as the noun "estime"
        (("Le retour à la stabilité coûtera des milliards d'euros, mais l'Union européenne en vaut la peine, "
          "estime un collectif d'industriels."), "un collectif d'industriels", "Le retour à la stabilité"),
        ("L'opposition juge que la mesure est insuffisante.", "L'opposition", "la mesure est insuffisante"),
        ("Les économistes prévoient que la croissance ralentira.", "Les économistes", "la croissance ralentira"),
    ],
)
def test_a_cue_form_the_model_mistags_is_a_cue_where_a_cue_stands(text, source, claim_start):
    [(found_source, _, claim)] = _claims(text)
    assert found_source == source and claim.startswith(claim_start)


def test_a_cue_form_as_a_noun_after_a_determiner_is_no_cue():
    assert _claims("Le juge a rejeté la demande de la défense.") == []


def test_faire_savoir_is_one_cue():
    [(source, cue, claim)] = _claims("Aucune victime n'est à déplorer, a fait savoir la préfecture.")
    assert (source, cue) == ("la préfecture", "fait savoir") and claim.startswith("Aucune victime")


def test_a_commitment_takes_its_infinitive_after_de_but_a_plan_does_not():
    [(source, cue, claim)] = _claims("Le président a promis de baisser les impôts.")
    assert (source, cue, claim) == ("Le président", "promis", "baisser les impôts")
    # Le Monde 2015 and Libération 2012 (dev gold): plans, not claims
    assert _claims("D'autres députés ont prévu de faire la même démarche.") == []
    assert _claims("Il pense regrimper les marches en compagnie du premier secrétaire.") == []


def test_a_name_after_a_place_with_its_preposition_is_the_subject_not_the_place():
    # Le Monde 2019 (dev gold)
    text = ("Depuis Washington, Christine Lagarde, directrice générale du Fonds monétaire international (FMI), a "
            "elle aussi jugé « impératif » mardi que les tensions commerciales s’apaisent.")
    assert [s for s, _, _ in _claims(text)] == ["Christine Lagarde"]


def test_a_quoted_clause_after_que_is_indirect_speech_and_a_claim():
    # Le Monde 2023 (dev gold): the model splits "qu’«" into "qu", "’", "«"
    text = "Mme Binet a fait valoir au locataire de l’Elysée qu’« il ne peut pas avoir raison seul face à tout le monde »."
    assert [(s, c) for s, c, _ in _claims(text)] == [("Mme Binet", "fait valoir")]
    assert _claims("Le ministre a déclaré : « Nous ne fermerons pas. »") == []  # a direct quote stays a Quote


def test_a_reflexive_cue_is_one_cue_with_its_pronoun():
    [(source, cue, claim)] = _claims("Les analystes s'attendent à ce que la Banque centrale baisse ses taux.")
    assert (source, cue) == ("Les analystes", "s'attendent") and claim.startswith("la Banque centrale")


def test_a_mistagged_cue_form_before_its_infinitive_claim_is_a_cue():
    [(source, _, claim)] = _claims("Une infirmière raconte avoir travaillé trois nuits d'affilée.")
    assert source == "Une infirmière" and claim.startswith("avoir travaillé")


def test_a_present_participle_cue_the_model_tags_an_adjective_reports_its_clause():
    # Guinéenews (fr_real): "estimant" tagged ADJ; the "-ant" ending of the -er cues reads it where a cue stands
    text = ("Me Salif Béavogui estimant que cette vidéo n’étant pas fournie depuis l’instruction du dossier, elle "
            "peut être le produit d’un montage.")
    [(source, cue, claim)] = _claims(text)
    assert (source, cue) == ("Me Salif Béavogui", "estimant") and claim.startswith("cette vidéo")


@pytest.mark.parametrize(
    "text, source, claim_start",
    [
        # Libération and Radio-Canada (fr_real): the model tags the elided "d’" an adverb
        (("Depuis, le président américain a promis d’honorer la «politique de la Chine unique», sans pour autant "
         "s’assagir."), "le président américain", "honorer la"),
        (("Face à ces investissements de taille, le gouvernement promet d’équilibrer ses dépenses opérationnelles "
         "d’ici trois ans."), "le gouvernement", "équilibrer ses dépenses"),
    ],
)
def test_a_commitment_keeps_its_infinitive_when_the_model_tags_d_an_adverb(text, source, claim_start):
    [(found_source, _, claim)] = _claims(text)
    assert found_source == source and claim.startswith(claim_start)


@pytest.mark.parametrize(
    "text",
    [
        # Radio-Canada (fr_real): the claim of "a souligné" stays the only one
        ("La directrice générale de l'agence, Vicky Kyriaco, a souligné qu'avoir moins d’élèves veut habituellement "
         "dire moins d’autobus, mais qu’en raison de la pandémie, cela pourrait ne pas être le cas."),
        # Clubic
        "Ce qui veut dire qu'on retrouve outre la prise en charge du DirectX 11.1 le PCI-Express 3.0.",
    ],
)
def test_vouloir_dire_means_and_reports_no_claim(text):
    assert [cue for _, cue, _ in _claims(text)] == (["souligné"] if "souligné" in text else [])
