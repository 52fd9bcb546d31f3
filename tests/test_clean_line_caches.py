"""Line lists cached across the stages of one dump never leak into another dump or into a caller's edits."""
from __future__ import annotations

from extractors.clean.text import split_lines

FIRST = "Council funds the bridge\n\nThe council voted on Tuesday to fund the new bridge.\nShare\n"
SECOND = "Storm closes the port\n\nThe port closed on Monday as the storm reached the coast.\n"


def test_split_lines_gives_each_dump_its_own_lines():
    first = split_lines(FIRST)
    second = split_lines(SECOND)
    assert first[0] == "Council funds the bridge" and second[0] == "Storm closes the port"
    assert split_lines(FIRST) == first and split_lines(SECOND) == second


def test_split_lines_is_not_changed_by_a_caller_editing_its_list():
    lines = split_lines(FIRST)
    expected = list(lines)
    lines.append("an edit by a caller")
    lines[0] = "changed"
    assert split_lines(FIRST) == expected
