"""Table rows in a cleaned text: which lines are rows, and what the facts keep from their cells."""

from __future__ import annotations

from extractors.facts import extract_facts
from extractors.facts.table_rows import table_row_spans
from extractors.records import Entity, Quantity

PRICE_TABLE = (
    "Prices of farm goods rose sharply last week, the ministry said.\n\n"
    "Item | Unit | Price (won) | Change\n"
    "Garlic | 1 kg | 7,800 | +150\n"
    "Cabbage | 10 kg | 8,500 | +300\n\n"
    "The ministry said it would release reserves."
)


def _rows(text: str) -> list[str]:
    return [text[start:end] for start, end in table_row_spans(text)]


def test_lines_of_as_many_cells_side_by_side_are_table_rows():
    assert _rows(PRICE_TABLE) == [
        "Item | Unit | Price (won) | Change",
        "Garlic | 1 kg | 7,800 | +150",
        "Cabbage | 10 kg | 8,500 | +300",
    ]
    assert _rows("Paris\tApril 4\nLondon\tApril 11") == ["Paris\tApril 4", "London\tApril 11"]


def test_a_lone_line_with_a_bar_is_no_table_row():
    assert _rows("Jane Doe | Staff Writer | Tuesday\n\nThe council met on Monday.") == []
    assert _rows("In three papers (paper 1 | paper 2 | paper 3) the team showed it.") == []


def test_a_one_word_person_in_a_table_row_is_dropped_and_the_rows_quantities_stay():
    facts = extract_facts(PRICE_TABLE, None, language="en")
    persons = [f.normalized for f in facts if isinstance(f, Entity) and f.label == "PERSON"]
    assert not {"Garlic", "Change", "Cabbage", "Item"} & set(persons)
    assert sorted((q.value, q.unit) for q in facts if isinstance(q, Quantity) and q.unit == "kg") == [
        (1.0, "kg"),
        (10.0, "kg"),
    ]
