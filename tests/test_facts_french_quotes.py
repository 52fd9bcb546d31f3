"""French quote speakers (``model_pack.marked_quotes`` with ``pack_quote_tags``): the inverted tag after the
closing mark names who spoke, by a person, an organisation, a pronoun or "selon"."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from benchmarks.facts_scoring import probe_rows
from benchmarks.quote_probes import GOLD, score_probes
from extractors.facts.extract import extract_facts

PUBLISHED = datetime(2024, 6, 12, tzinfo=UTC)


def _speaker(text: str) -> str | None:
    [quote] = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    return quote.speaker


def test_a_pronoun_tag_leaves_a_person_named_after_it_alone():
    text = ("Jean Dupont a présidé la séance. « C'est une erreur historique », a-t-il dit à propos de "
            "Marine Le Pen.")
    assert _speaker(text) == "Jean Dupont"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (("Le trafic reste perturbé dans la région. « Les trains circuleront de nouveau dès demain matin », "
          "indique la SNCF dans un communiqué."), "SNCF"),
        (("Les détenus vivent dans des conditions indignes. « Les cellules sont surpeuplées et insalubres », "
          "selon Amnesty International."), "Amnesty International"),
    ],
)
def test_an_organisation_in_the_tag_is_the_speaker(text, speaker):
    assert _speaker(text) == speaker


def test_a_descriptor_tag_without_a_name_keeps_the_speaker_so_far():
    # "ajoute le politique letton" (Le Monde 2019, dev gold) is Valdis Dombrovskis, quoted just before
    text = ("« Les risques restent élevés », prévient Valdis Dombrovskis.\n\n« Sur le plan extérieur, ils ont "
            "trait aux tensions commerciales », ajoute le politique letton.")
    quotes = [f.speaker for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert quotes == ["Valdis Dombrovskis", "Valdis Dombrovskis"]


def test_a_relative_clause_after_dapres_names_nobody():
    # Le Monde 2023 (dev gold): "d'après le récit qu'elle livre au Monde" is Mme Binet's account, not Le Monde's
    text = ("Sophie Binet est reçue à l'Elysée. Mme Binet est « arrivée avec son ordre du jour », d'après le "
            "récit qu'elle livre au Monde.")
    assert _speaker(text) == "Sophie Binet"


def test_a_person_after_a_preposition_in_the_tag_did_not_speak():
    text = ("Sophie Binet a rencontré le ministre. « Vous n'avez rien compris au pays », a lancé le député "
            "socialiste à l'adresse de Gabriel Attal.")
    assert _speaker(text) != "Gabriel Attal"


def test_a_body_the_pack_leaves_out_as_a_name_is_the_speaker_after_selon():
    # Libération 2015 (dev gold): "selon le ministère des Affaires étrangères", a body in lower case
    text = ("Le second avion devait ramener les Français « les plus vulnérables, blessés et familles avec "
            "enfants », selon le ministère des Affaires étrangères.")
    assert _speaker(text) == "ministère des Affaires étrangères"


def test_a_title_in_the_tag_is_the_person_who_holds_it():
    text = ("Laurent Fabius, ministre des Affaires étrangères, a reçu Jean Dupont. Jean Dupont a salué l'accord. "
            "« Le bilan reste provisoire », a déclaré le ministre des Affaires étrangères.")
    assert _speaker(text) == "Laurent Fabius"


def test_a_full_name_in_the_tag_is_the_speaker_whatever_its_entity_label():
    text = "« Il faut agir vite et fort », lance le maire de Lyon, Grégory Doucet."
    assert _speaker(text) == "Grégory Doucet"


def test_the_quote_probes_keep_their_score():
    # 12/16 when the inverted tag was first read (see quote_probes_gold/README.md); 9/16 before
    score = score_probes(list(probe_rows(GOLD / "fr.jsonl", lambda row: [row["speaker"]])), "fr")
    assert score.right >= 12


def test_a_quote_with_no_speaker_is_that_of_the_quote_whose_tag_adds_to_it():
    text = ("Le bilan s'est alourdi, a indiqué la préfecture. Les secours recherchent encore «plus d’une dizaine de» "
            "randonneurs. «Nous gardons espoir», a ajouté Claire Martin.")
    quotes = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Claire Martin", "Claire Martin"]


def test_a_quote_with_no_speaker_stays_unattributed_when_the_next_tag_does_not_add_to_it():
    text = ("Le bilan s'est alourdi, a indiqué la préfecture. Les secours recherchent encore «plus d’une dizaine de» "
            "randonneurs. «Nous gardons espoir», a déclaré Claire Martin.")
    quotes = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert quotes[0].speaker is None


def test_a_paragraph_writing_its_guillemets_reversed_gives_its_quote_and_tag_speaker():
    text = "Le témoin a été entendu mardi. » Nous avons tout essayé pour le retrouver « , a déclaré Mamadou Camara."
    quotes = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [("Nous avons tout essayé pour le retrouver", "Mamadou Camara")]


def test_guillemets_in_their_usual_order_are_not_read_reversed():
    text = "« Nous avons tout essayé », a déclaré Mamadou Camara. « Le reste ne dépend plus de nous », a-t-il ajouté."
    quotes = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert [q.text for q in quotes] == ["Nous avons tout essayé", "Le reste ne dépend plus de nous"]


def test_a_paragraph_opening_with_the_close_of_a_run_on_quote_is_not_read_reversed():
    text = ("« Nous avons tout essayé pour le retrouver,\n"
            "et nous continuerons », a déclaré Mamadou Camara. « Le reste ne dépend plus de nous », a-t-il ajouté.")
    quotes = [f for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quote"]
    assert "Le reste ne dépend plus de nous" in [q.text for q in quotes]


def test_the_publisher_quote_batch_keeps_its_score():
    # 7/16 at its first score (see quote_probes_gold/README.md); 8/16 once reversed guillemets were read
    score = score_probes(list(probe_rows(GOLD / "fr_b3.jsonl", lambda row: [row["speaker"] or ""])), "fr")
    assert score.probes == 16
    assert score.right >= 8


def test_the_publisher_quote_batch_is_what_its_seeded_draw_picks():
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quote_probes_real_fr import draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    drawn = [(r["text"], r["quote"], r["page"]) for r in draw()]
    labelled = [(r["text"], r["quote"], r["page"]) for r in probe_rows(GOLD / "fr_b3.jsonl", lambda row: [])]
    assert drawn == labelled


def test_the_second_publisher_quote_batch_keeps_its_score():
    # 6/7 at its first score (see quote_probes_gold/README.md)
    score = score_probes(list(probe_rows(GOLD / "fr_b4.jsonl", lambda row: [row["speaker"]])), "fr")
    assert score.probes == 7
    assert score.right >= 6
