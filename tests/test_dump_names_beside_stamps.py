"""A line of capitalised words beside a date stamp inside a copied story is its header's furniture (authors, tags, a
source) and leaves the story; a subheading or a sentence beside a stamp stays (``text._names_beside_stamps``)."""
from __future__ import annotations

from extractors.clean.text import _names_beside_stamps


def test_authors_and_tags_beside_a_stamp_are_header_furniture():
    lines = ["Birgit Baumann Anna Giulia Fink Jan Michael Marchart", "3. Mai 2024, 17:47",
             "09.09.2025, 09:58 Uhr", "Von Christian Unger, Redakteur",
             "2025-02-03 21:02", "Marcin Szczepański"]
    assert _names_beside_stamps(lines, 0, len(lines)) == frozenset({0, 3, 5})


def test_sentence_subheading_or_name_away_from_a_stamp_stays():
    lines = ["3. Mai 2024, 17:47", "Die Polizei ermittelt weiter gegen die Gruppe.", "Muslim Interaktiv",
             "Die Gruppe wirbt im Netz für ein Kalifat.", "Was die Politik jetzt plant", "Gestern, 12:30",
             "Birgit Baumann"]
    assert _names_beside_stamps(lines, 0, len(lines)) == frozenset()
