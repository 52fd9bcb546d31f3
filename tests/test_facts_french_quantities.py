"""French counts read off the parse (``model_pack.counted_quantities``): after a scale word, the counted noun is
read past its adjectives, as a count without a scale is; digits the model labels as a determiner count too."""
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
