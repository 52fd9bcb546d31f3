"""Issue 12, tables211: tables that are a copied story's body, flattened by the copy (a cell per line from a CSS grid,
a row per line with single spaces), in every way a copy reaches the cleaner (``COPY_STYLES``). Our own wording: a
market close with an index table, a league report with its standings."""
from __future__ import annotations

import pytest

from benchmarks.text_dumps import COPY_STYLES
from extractors.clean import text_regions
from tests.test_clean_text import clean_dump

MENU = ["Home", "News", "Markets", "Sport", "Opinion", "Sign in"]
HEADLINE = "Stocks close higher for a third day"
MARKET = [
    ("The main index rose for a third straight session on Wednesday as foreign investors bought chip and battery "
     "shares, brokers said, while the local currency firmed against the dollar."),
    ("Trading volume was moderate at about 420 million shares, and gainers outnumbered decliners by a wide margin "
     "across both the main board and the tech-heavy secondary market."),
]
CLOSING = ("The figures are provisional and may be revised when the final data are published next month, officials "
           "said.")
FOOTER = ["Share", "Print", "About us", "Contact", "Privacy policy"]
INDEX_ROWS = [["Index", "Close", "Change", "Pct"], ["KOSPI", "2,501.12", "+10.50", "+0.42%"],
              ["KOSDAQ", "712.30", "-3.20", "-0.45%"], ["KOSPI 200", "335.10", "+1.40", "+0.42%"],
              ["S&P 500", "5,120.40", "+12.10", "+0.24%"], ["Nikkei 225", "38,100.20", "-95.60", "-0.25%"]]
LEAGUE = [
    ("Rovers stretched their lead at the top of the table to four points on Saturday with a 2-0 win away at Harbour "
     "Town, both goals coming in the second half from their captain."),
    ("United kept up the chase with a late winner against City, while Athletic slipped to fifth after a goalless draw "
     "at home that their manager called a missed chance."),
]
STANDINGS = [["Team", "P", "W", "D", "L", "Pts"], ["Rovers", "10", "8", "1", "1", "25"],
             ["United", "10", "7", "0", "3", "21"], ["City", "10", "6", "2", "2", "20"],
             ["Wanderers", "10", "5", "3", "2", "18"], ["Harbour Town", "10", "1", "1", "8", "4"]]


def _dump(story: list[str], table: list[str], *, closing: bool = True) -> str:
    """A browser's copy: paragraphs set apart by a blank line, the table's lines touching."""
    blocks = ["\n".join(MENU), HEADLINE, *story, "\n".join(table), *([CLOSING] if closing else []), "\n".join(FOOTER)]
    return "\n\n".join(blocks) + "\n"


def _table(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(row) for row in rows)


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
def test_grid_keeps_rows_whose_name_holds_a_figure(style):
    """"KOSPI 200", "S&P 500", "Nikkei 225" in the column of names read as figures and cut the grid there."""
    cells = [cell for row in INDEX_ROWS for cell in row]
    text = clean_dump(COPY_STYLES[style](_dump(MARKET, cells))).text
    assert text.split("\n\n") == [*MARKET, _table(INDEX_ROWS), CLOSING]


def _spaced_rows(rows: list[list[str]]) -> list[str]:
    """Rows copied a line each with single spaces (cells as inline boxes)."""
    return [" ".join(row) for row in rows]


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
def test_rows_of_counts_copied_with_single_spaces_stay_together(style):
    """"Rovers 10 8 1 1 25": no quantity, so no row of figures, and the rows read as a cluster of short lines."""
    rows = _spaced_rows(STANDINGS[1:])
    text = clean_dump(COPY_STYLES[style](_dump(LEAGUE, rows))).text
    assert "\n".join(rows) in text.split("\n\n") and text.endswith(CLOSING)


def test_a_pager_line_is_no_row_of_counts():
    text = clean_dump("\n\n".join([HEADLINE, *MARKET, "Page 1 2 3", "\n".join(FOOTER)]) + "\n").text
    assert text.split("\n\n") == MARKET


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
@pytest.mark.parametrize(("story", "rows"), [(MARKET[:1], INDEX_ROWS[:3]), (LEAGUE[:1], STANDINGS)])
def test_header_over_rows_copied_a_line_each_stays_with_them(style, story, rows):
    """A dump that is mostly its table: the header row ("Index Close Change Pct", "Team P W D L Pts"), a word a
    column, read as a short line of furniture over the rows and went."""
    lines = _spaced_rows(rows)
    text = clean_dump(COPY_STYLES[style](_dump(story, lines, closing=False))).text
    assert text.split("\n\n") == [*story, "\n".join(lines)]


def test_subheading_of_other_length_is_no_header():
    lines = _spaced_rows(INDEX_ROWS[1:3])
    header = "Closing levels"
    assert text_regions.rebuild_tables([*MARKET, header, *lines]) == [*MARKET, header, "\n".join(lines)]


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
@pytest.mark.parametrize("shape", ["tabs", "cells", "spaces"])
def test_table_closing_or_opening_the_story_is_no_stray_figure_row(style, shape):
    """dumps194's lone rows of figures under the story (``text._is_stray_figure``) are one line each; a table of
    several rows closing the story, or opening it under its byline and date, in any shape the copy gives, stays
    whole. (Over the byline, before any sentence of the story, a table reads as a ticker above the story and goes.)"""
    rows = INDEX_ROWS[:3] + INDEX_ROWS[4:]  # no name holding a figure: each shape reads the rows alike
    table = {"tabs": ["\t".join(row) for row in rows], "cells": [cell for row in rows for cell in row],
             "spaces": _spaced_rows(rows)}[shape]
    block = _table(rows) if shape != "spaces" else "\n".join(_spaced_rows(rows))
    closing = clean_dump(COPY_STYLES[style](_dump(MARKET, table, closing=False))).text
    assert closing.split("\n\n") == [*MARKET, block]
    opening = "\n\n".join(["\n".join(MENU), HEADLINE, "By Jane Smith\nMarch 3, 2025 10:41", "\n".join(table), *MARKET,
                           CLOSING, "\n".join(FOOTER)]) + "\n"
    assert clean_dump(COPY_STYLES[style](opening)).text.split("\n\n") == [block, *MARKET, CLOSING]


PRICES = [["Brent crude", "82.45"], ["U.S. crude", "78.10"], ["Gold", "2,110.30"], ["Natural gas", "1.92"],
          ["Copper", "8,520.00"], ["Dow Jones", "38,790.43"], ["Hang Seng", "16,512.92"]]


@pytest.mark.parametrize("style", sorted(COPY_STYLES))
def test_rows_of_a_name_and_its_price_copied_with_single_spaces_stay_together(style):
    """issue 12, dumpsR303: "Brent crude 82.45" holds fewer figures than words, so only the one-word names' rows
    ("Gold 2,110.30") read as a table's; the others went as short lines sharing no word with the story. Copied with
    tabs the same rows are cells and stay."""
    rows = _spaced_rows(PRICES)
    text = clean_dump(COPY_STYLES[style](_dump(MARKET, rows))).text
    assert text.split("\n\n") == [*MARKET, "\n".join(rows), CLOSING]


def test_menu_of_names_closed_by_years_or_versions_is_no_price_list():
    """A rail's links "Festival di Cannes 2023" or "Tor Browser 15.0.7" close on a year or a version, not a price."""
    menu = ["Festival di Cannes 2023", "Elezioni Europee 2024", "Mountain Biking 101", "Tor Browser 15.0.7"]
    assert [text_regions._priced_tail(line) for line in menu] == [0] * len(menu)
