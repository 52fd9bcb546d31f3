"""Issue 12, dumpsR288: a table that is a story's body reads alike whether the copy set its columns with tabs or with
runs of spaces (a terminal, a fixed-width listing, an editor turning tabs into spaces), in every way a copy reaches
the cleaner (``COPY_STYLES``). Our own wording: a phone's spec sheet (rows with no figure), a graphics card
comparison under a header with an empty corner cell, and a price list whose rows are grouped under one-cell labels.
The dev tables behind them (Weekly ASCII's and Impress Watch's spec sheets, Clubic's card comparison, ADAC's child
seats under their age groups) kept their rows copied with tabs and lost them copied with spaces."""
from __future__ import annotations

import pytest

from benchmarks.text_dumps import COPY_STYLES
from extractors.clean import text as text_clean
from tests.test_clean_text import clean_dump

MENU = ["Home", "Reviews", "Phones", "Laptops", "Deals", "Sign in"]
FOOTER = ["Share", "Print", "About us", "Contact", "Privacy policy"]
HEADLINE = "Hands-on with the tiny phone that fits in a shirt pocket"
STORY = [
    ("The phone is smaller than a credit card and weighs less than a chocolate bar, yet it runs the full mobile "
     "operating system and every app we tried on it during a week of daily use."),
    ("Battery life was the weak point: a day of light use left it nearly empty by the evening, and the small screen "
     "made typing long messages a chore, as the maker itself admits."),
]
CLOSING = "The phone goes on sale next month in two colours, the maker said at its launch event on Tuesday."
SPEC = [["Maker", "Pocketel"], ["Display", "3.3-inch LCD"], ["Weight", "62.5 g"], ["Processor", "Quad-core"],
        ["Waterproof", "IP68"], ["Biometrics", "Face unlock"], ["SIM", "nanoSIM"], ["Port", "USB Type-C"]]
CARDS = [["", "Model A", "Model B", "Model C"], ["Interface", "PCIe Gen3", "PCIe Gen3", "PCIe Gen4"],
         ["Shader units", "640", "768", "1,024"], ["Memory", "2 GB GDDR5", "4 GB GDDR5", "4 GB GDDR6"],
         ["Memory bus", "128 bits", "128 bits", "192 bits"]]
PRICES = [["Model", "Price", "Isofix", "Grade"], ["up to 15 months"], ["Carrier One Plus", "370 €", "yes", "1.7"],
          ["Carrier Lite", "300 €", "yes", "1.7"], ["Basic Shell", "140 €", "no", "2.1"], ["up to 4 years"],
          ["Convertible Max", "500 €", "yes", "1.7"], ["Convertible Fix", "470 €", "yes", "2.1"],
          ["Booster Seat", "190 €", "no", "2.7"]]


def _dump(rows: list[str]) -> str:
    """A browser's copy: paragraphs set apart by a blank line, the table's lines touching."""
    blocks = ["\n".join(MENU), HEADLINE, *STORY, "\n".join(rows), CLOSING, "\n".join(FOOTER)]
    return "\n\n".join(blocks) + "\n"


def _tabbed(rows: list[list[str]]) -> list[str]:
    return ["\t".join(row) for row in rows]


def _spaced(rows: list[list[str]]) -> list[str]:
    """Cells set apart by three spaces, an empty cell lost in the gap, as a tab-to-spaces paste leaves them."""
    return ["   ".join(cell for cell in row if cell) for row in rows]


def _columns(rows: list[list[str]], gap: int = 4) -> list[str]:
    """Cells padded to their column's width and four spaces apart, as a fixed-width listing sets them."""
    width = max(len(row) for row in rows)
    wide = [max(len(row[i]) for row in rows if len(row) == width) for i in range(width)]
    return [row[0] if len(row) == 1 else (" " * gap).join(cell.ljust(wide[i]) for i, cell in enumerate(row)).rstrip()
            for row in rows]


def _padded(rows: list[list[str]]) -> list[str]:
    """Cells padded to their column's width and two spaces apart, as ``column -t`` sets them: a row of each column's
    widest cells has no wider gap."""
    return _columns(rows, gap=2)


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
@pytest.mark.parametrize("copy", [_spaced, _columns, _padded])
@pytest.mark.parametrize("rows", [SPEC, CARDS, PRICES], ids=["spec", "cards", "grouped"])
def test_table_aligned_with_spaces_reads_as_the_tabbed_copy(rows, copy, style):
    """The spec sheet's rows hold no figure, the comparison's header one cell less than its rows, the price list's
    groups are one-cell rows: each had cut or dropped the rows aligned with spaces."""
    tabbed = clean_dump(COPY_STYLES[style](_dump(_tabbed(rows)))).text
    spaced = clean_dump(COPY_STYLES[style](_dump(copy(rows)))).text
    assert spaced.split("\n\n") == tabbed.split("\n\n")


@pytest.mark.parametrize("copy", [_tabbed, _spaced, _columns, _padded])
@pytest.mark.parametrize("rows", [SPEC, CARDS, PRICES], ids=["spec", "cards", "grouped"])
def test_table_keeps_its_rows_as_one_block(rows, copy):
    table = [" | ".join(cell for cell in row if cell) for row in rows]
    text = clean_dump(_dump(copy(rows))).text
    assert [para.lstrip(" |") for para in text.split("\n\n")] == [*STORY, "\n".join(table), CLOSING]


def test_prose_lines_holding_runs_of_spaces_are_no_table():
    """Two lines of prose, each with a run of spaces inside (a paste of text typed with wide gaps), stay lines."""
    lines = [("The committee met on Tuesday to discuss the budget for next year and the plans for the new library.   "
              "It agreed on most points after a long debate."),
             ("Members who could not attend were sent the minutes by post, along with the draft of the new rules.   "
              "A vote is expected at the next meeting in June.")]
    assert text_clean.split_lines("\n".join(lines)) == [" ".join(line.split()) for line in lines]


BANDS = [["Maker", "Pocketel"], ["Bands", "LTE: 1/3/7/8/20"], ["3G: 1/2/5/8"], ["Quad-band GSM"], ["Camera", "12 MP"],
         ["Battery", "800 mAh"], ["Port", "USB Type-C"]]


@pytest.mark.parametrize("copy", [_tabbed, _spaced, _columns])
@pytest.mark.parametrize("rows", [PRICES, BANDS], ids=["grouped", "cell-lines"])
def test_doubled_copy_keeps_the_one_cell_lines_inside_a_table(rows, copy):
    """A copy doubling every line break sets a blank line around each group's label ("up to 4 years") and each of a
    cell's next lines ("Quad-band GSM"): they cut the table, whose rows went as lines or lone rows."""
    doubled = clean_dump(COPY_STYLES["spaced"](_dump(copy(rows)))).text
    assert doubled.split("\n\n") == clean_dump(_dump(copy(rows))).text.split("\n\n")
    assert len(doubled.split("\n\n")) == len(STORY) + 2


def test_doubled_copy_keeps_a_layout_tables_lines_apart():
    """A date and a photo's caption laid out in rows of mostly empty cells, a control's label between them (the
    FAZ's "Bildbeschreibung einblenden"): the label is the page's line, not a row grouping the caption's."""
    rows = ["\t\t\t-Updated on\t\t\t\t28.04.2023-19:20", "Show image description",
            "\t\t\tOff we go: from Monday, 49 euros a month on local trains.\t\t\t\tPhoto: Jane Doe"]
    lines = text_clean.split_lines(COPY_STYLES["spaced"]("\n".join(["Menu", "Search", *rows, "Share"])))
    assert not any("\n" in line for line in lines)


def test_prose_with_double_spaces_after_its_sentences_is_no_table():
    """Typed with two spaces after each sentence: the gaps follow a sentence's end, so no cells."""
    lines = ["The vote was close.  Nine members backed the plan.  Three abstained.",
             "The next meeting is in June.  Members may send questions.  The agenda follows."]
    assert text_clean.split_lines("\n".join(lines)) == [" ".join(line.split()) for line in lines]


def _two_spaced(rows: list[list[str]]) -> list[str]:
    """Cells set two spaces apart, as a paste turning each tab into two spaces leaves a two-column sheet."""
    return ["  ".join(cell for cell in row if cell) for row in rows]


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
def test_two_column_sheet_set_two_spaces_apart_reads_as_the_tabbed_copy(style):
    """issue 12, dumpsR303: "Maker  Palm", a label and its value one double space apart, read as a double space in
    prose, and the sheet's rows went as a box of short lines (Weekly ASCII's and Impress Watch's spec sheets)."""
    tabbed = clean_dump(COPY_STYLES[style](_dump(_tabbed(SPEC)))).text
    spaced = clean_dump(COPY_STYLES[style](_dump(_two_spaced(SPEC)))).text
    assert spaced.split("\n\n") == tabbed.split("\n\n")


def test_two_lines_of_a_label_and_a_value_are_no_sheet():
    """Two such lines alone are a caption and its credit as often as a sheet's rows: three rows are asked."""
    lines = ["Sunset over the harbour  Photo: Jane Roe", "The old lighthouse  Photo: John Doe"]
    assert text_clean.split_lines("\n".join(lines)) == [" ".join(line.split()) for line in lines]
