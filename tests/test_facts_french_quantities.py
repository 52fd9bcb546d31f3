"""French counts read off the parse (``model_pack.counted_quantities``, ``pack_counts``): after a scale word, the
counted noun is read past its adjectives, as a count without a scale is; digits the model labels as a determiner
count too."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.extract import extract_facts

PUBLISHED = datetime(2024, 6, 12, tzinfo=UTC)


def _quantities(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quantity"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le plan doit créer 4 millions de nouveaux logements d'ici à la fin de la décennie.",
         (4_000_000.0, "logements")),
        ("Le pays compte 3 millions de jeunes chômeurs selon l'institut.", (3_000_000.0, "chômeurs")),
    ],
)
def test_a_scale_word_counts_the_noun_past_its_adjective(text, expected):
    assert _quantities(text) == [expected]


def test_a_scale_word_still_counts_the_noun_right_after_it():
    assert _quantities("La région compte 2 millions d'habitants.") == [(2_000_000.0, "habitants")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le groupe a annoncé que 1 250 salariés seront reclassés.", (1250.0, "salariés")),
        ("Le groupe a annoncé que 12 500 employés seront reclassés.", (12500.0, "employés")),
    ],
)
def test_digits_the_model_labels_as_determiner_still_count_their_noun(text, expected):
    assert _quantities(text) == [expected]


def test_the_article_un_labelled_determiner_counts_nothing():
    assert _quantities("Un homme et une femme ont été arrêtés.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Une quinzaine de ressortissants français étaient encore portés disparus.", (15.0, "ressortissants")),
        ("Il l'a répété une demi-douzaine de fois pendant son discours.", (6.0, "fois")),
        ("Sur place, une vingtaine de sapeurs-pompiers ont maîtrisé le feu.", (20.0, "sapeurs-pompiers")),
    ],
)
def test_an_approximate_number_noun_after_une_counts_the_noun_after_de(text, expected):
    assert _quantities(text) == [expected]


def test_an_approximate_number_noun_without_de_counts_nothing():
    assert _quantities("Le navire a été placé en quarantaine par les autorités.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le juge l'a condamné à un an de prison ferme.", (1.0, "an")),
        ("La réunion a duré un peu plus d'une heure.", (1.0, "heure")),
    ],
)
def test_un_or_une_before_a_unit_of_time_counts_one(text, expected):
    assert _quantities(text) == [expected]


def test_a_unit_of_time_an_adjective_describes_is_no_count():
    assert _quantities("Après une semaine agitée, le Premier ministre s'est offert un succès.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il faut dire qu'à plus de 400 euros la carte graphique, l'offre devait baisser.", (400.0, "EUR")),
        ("Le billet coûte 35 € pour les adultes.", (35.0, "EUR")),
        ("Il lui doit 140 millions de francs guinéens selon la plainte.", (140_000_000.0, "GNF")),
    ],
)
def test_a_currency_right_after_a_number_without_de_is_money(text, expected):
    assert _quantities(text) == [expected]


@pytest.mark.parametrize(
    "text, span, qualifier",
    [
        ("Il faut dire qu'à plus de 400 euros la carte graphique, l'offre devait baisser.", "plus de 400 euros",
         "more_than"),
        ("La réunion a duré un peu plus d’une heure.", "plus d’une heure", "more_than"),
        ("Le séisme a fait près de 5 500 morts selon le bilan.", "près de 5 500 morts", "about"),
        ("Environ 400 Français sont encore sur place.", "Environ 400 Français", "about"),
        ("Le juge a condamné 12 braconniers.", "12 braconniers", "exactly"),
    ],
)
def test_a_french_qualifier_phrase_before_a_number_qualifies_it_and_joins_its_span(text, span, qualifier):
    found = [(f.text, f.qualifier) for f in extract_facts(text, PUBLISHED, language="fr") if f.kind == "quantity"]
    assert found == [(span, qualifier)]
