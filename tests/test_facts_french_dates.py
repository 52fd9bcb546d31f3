"""French date words (``pack_dates``, ``data/fr/date_words.txt``): days and periods counted from publication,
direction words, habits, quarters, decades and numeric day-months, read by the French pack."""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.facts.extract import extract_facts

WEDNESDAY = "2024-06-12T10:00:00+02:00"


def _dates(text: str, published: str = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    facts = extract_facts(text, datetime.fromisoformat(published), language="fr")
    return [(f.text, f.value, f.granularity) for f in facts if f.kind == "date"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'accident s'est produit hier en fin de journée.", ("hier", "2024-06-11")),
        ("Avant-hier, la police a arrêté deux suspects.", ("Avant-hier", "2024-06-10")),
        ("Le verdict est attendu demain.", ("demain", "2024-06-13")),
        ("Ce matin, le premier ministre a reçu les syndicats.", ("Ce matin", "2024-06-12")),
    ],
)
def test_french_days_counted_from_publication_are_days(text, expected):
    assert [(t, v) for t, v, g in _dates(text) if g == "day"] == [expected]


def test_french_years_and_months_counted_from_publication_resolve_around_the_new_year():
    assert _dates("L’an dernier a été le plus chaud jamais enregistré.", "2025-01-05T09:00:00+01:00") == [
        ("L’an dernier", "2024", "year")]
    assert _dates("L'année prochaine, le tarif passera à 2 euros.", "2025-01-05T09:00:00+01:00")[0] == (
        "L'année prochaine", "2026", "year")
    assert _dates("L'inflation a ralenti le mois dernier.", "2025-01-05T09:00:00+01:00") == [
        ("le mois dernier", "2024-12", "month")]
    assert _dates("Cette année, la récolte est faible.") == [("Cette année", "2024", "year")]
    assert _dates("Cette année-là, la récolte fut faible.") == []  # "that year", named elsewhere


def test_french_offset_back_from_publication_counts_years_months_and_days_but_not_weeks():
    # Le Monde 2011 (dev gold): "lorsque l'euro a été introduit il y a douze ans"
    assert _dates("L'euro a été introduit il y a douze ans.", "2011-06-20T12:00:00+02:00") == [
        ("il y a douze ans", "1999", "year")]
    assert _dates("Il y a six mois, la ville n'avait pas de clinique.")[0] == ("Il y a six mois", "2023-12", "month")
    assert _dates("Le suspect a été interpellé il y a 3 jours.") == [("il y a 3 jours", "2024-06-09", "day")]
    assert _dates("Il y a deux semaines, le conseil a voté le budget.") == []


def test_a_next_word_puts_a_french_weekday_day_or_month_ahead_of_publication():
    assert _dates("Le président se rendra à Berlin vendredi prochain.") == [
        ("vendredi prochain", "2024-06-14", "day")]
    assert _dates("Le scrutin se tiendra le 15 septembre prochain.") == [
        ("15 septembre prochain", "2024-09-15", "day")]
    assert ("septembre", "2024-09", "month") in _dates("Les travaux reprendront en septembre prochain.")
    assert _dates("Le projet avait été annoncé le 3 mars dernier.") == [("3 mars", "2024-03-03", "day")]


def test_a_last_word_after_the_weekday_of_publication_is_the_week_before():
    monday = "2024-06-10T10:00:00+02:00"
    assert _dates("Lundi dernier, les syndicats ont appelé à la grève.", monday) == [
        ("Lundi dernier", "2024-06-03", "day")]
    assert _dates("Lundi, les syndicats ont appelé à la grève.", monday) == [("Lundi", "2024-06-10", "day")]


def test_a_french_weekday_after_the_definite_article_is_a_habit_unless_a_day_follows():
    assert _dates("Le musée est fermé le mardi.") == []
    assert _dates("Le mardi 4 juin, le conseil a adopté le plan.") == [("mardi 4 juin", "2024-06-04", "day")]
    assert _dates("Le conseil a adopté le plan mardi.") == [("mardi", "2024-06-11", "day")]


def test_the_first_of_a_french_month_is_written_1er():
    assert _dates("La loi est entrée en vigueur le 1er janvier.") == [("1er janvier", "2024-01-01", "day")]
    assert _dates("Le 1er mai 2023, les syndicats ont défilé.") == [("1er mai 2023", "2023-05-01", "day")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les faits remontent à la mi-mars.", ("mi-mars", "2024-03", "month")),
        ("La réforme sera votée à la mi-2025.", ("mi-2025", "2025", "year")),
        ("Fin 2023, l'entreprise comptait 500 salariés.", ("2023", "2023", "year")),
        ("Le gouvernement vise la neutralité carbone d'ici 2050.", ("2050", "2050", "year")),
        ("Dans les années 1990, la ville comptait deux usines.", ("années 1990", "1990s", "decade")),
        ("Dans les années 80, la ville comptait deux usines.", ("années 80", "1980s", "decade")),
    ],
)
def test_french_month_and_year_parts_and_decades_are_dates(text, expected):
    assert expected in _dates(text)


def test_french_quarters_and_halves_take_their_year_or_the_latest_begun_by_publication():
    # Le Monde 2023-08-30 (dev gold): "au premier semestre" -> 2023-H1
    assert _dates("La croissance a été faible au premier semestre.", "2023-08-30T12:52:08+00:00") == [
        ("premier semestre", "2023-H1", "half")]
    assert _dates("Au troisième trimestre, le chiffre d'affaires a reculé.") == [
        ("troisième trimestre", "2023-Q3", "quarter")]
    assert _dates("Le chiffre d'affaires du deuxième trimestre 2022 a reculé.") == [
        ("deuxième trimestre 2022", "2022-Q2", "quarter")]


def test_french_numeric_day_months_after_an_article_are_days_and_a_bare_ratio_is_not():
    # Libération 2017 (dev gold): "qui le rediffusera les 25/11, 30/11 et 02/12 prochains"
    found = _dates("La chaîne le rediffusera les 25/11, 30/11 et 02/12 prochains.", "2017-11-24T18:42:20+01:00")
    assert [(t, v) for t, v, _ in found] == [("25/11", "2017-11-25"), ("30/11", "2017-11-30"), ("02/12", "2017-12-02")]
    assert _dates("Le match s'est joué le 14/05.") == [("14/05", "2024-05-14", "day")]
    assert _dates("Un combat à 50/50 entre les deux candidats.") == []
    assert _dates("Les 3/4 des votants ont choisi le oui.") == []  # a fraction


def test_a_capitalised_month_name_after_a_preposition_is_a_name():
    assert _dates("Le robot roule sur Mars depuis 2021.") == [("2021", "2021", "year")]
    assert ("mars", "2024-03", "month") in _dates("Le chômage a baissé en mars.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le scrutin se tiendra le 15 septembre.", ("15 septembre", "2024-09-15", "day")),
        ("Le chantier doit s'achever fin septembre.", ("septembre", "2024-09", "month")),
        ("Les travaux devraient reprendre en septembre.", ("septembre", "2024-09", "month")),
        ("Le président se rendra à Berlin lundi.", ("lundi", "2024-06-17", "day")),
    ],
)
def test_a_french_date_without_a_year_under_a_future_verb_is_ahead(text, expected):
    assert expected in _dates(text)


def test_a_french_date_under_a_past_or_past_modal_verb_stays_before_publication():
    assert ("septembre", "2023-09", "month") in _dates("Le chantier devait s'achever en septembre.")
    assert ("15 septembre", "2023-09-15", "day") in _dates("Le scrutin s'est tenu le 15 septembre.")
    assert ("15 septembre 2025", "2025-09-15", "day") in _dates("Le scrutin s'est tenu le 15 septembre 2025.")


def test_a_count_of_time_a_verb_of_lasting_takes_is_a_duration():
    assert ("trois mois", None, "duration") in _dates("Le chantier doit durer trois mois.")
    assert not [d for d in _dates("Le chantier a coûté trois millions.") if d[2] == "duration"]


def test_a_passive_or_copula_in_the_future_puts_the_date_ahead():
    wednesday = "2024-11-20T09:00:00+01:00"
    assert ("3 décembre", "2024-12-03", "day") in _dates("Le texte sera examiné au Sénat le 3 décembre.", wednesday)
    assert ("jeudi", "2024-11-21", "day") in _dates("Les résultats définitifs seront connus jeudi.", wednesday)


def test_a_weekday_range_after_du_and_au_is_a_schedule_not_dates():
    assert _dates("Ouvert du mardi au samedi, le musée attire les familles.") == []
    night = _dates("Les faits se sont produits dans la nuit de vendredi à samedi.")
    assert [v for _, v, _ in night] == ["2024-06-07", "2024-06-08"]
