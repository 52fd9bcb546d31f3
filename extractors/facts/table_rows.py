"""Table rows in a cleaned text: the cleaners write a table's row as one line of cells joined by " | ", and text
dumps keep a row's cells apart with tabs. A cell holds a fragment, not a sentence, so what the English model reads
there as a person's name is mostly a capitalised header or item ("Gmail | 17.8 MB", Android Developers Blog;
"Country: | Email:*", Natural Home)."""

from __future__ import annotations

import re

_CELL_BREAK = re.compile(r" \| |\t")


def table_row_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is a table row: two cells or more, next to a line of as many cells.
    A lone line with a bar is no table ("Stevie Martin | Staff Writer | Tuesday", a byline; "(paper 1 | paper 2)")."""
    lines: list[tuple[int, int, int]] = []  # start, end, cells
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line), len(_CELL_BREAK.split(line))))
        start += len(line) + 1
    return [
        (first, last)
        for number, (first, last, cells) in enumerate(lines)
        if cells >= 2 and any(0 <= n < len(lines) and lines[n][2] == cells for n in (number - 1, number + 1))
    ]
