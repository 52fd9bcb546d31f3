"""The list-decoration probe (benchmarks/list_decorations.py) takes off one kind of decoration at a time and counts a
line only for the lists that miss it as printed."""
import re

from benchmarks import list_decorations
from benchmarks.extraction import tokens


def test_each_decoration_kind_takes_off_only_its_own_mark():
    strip = list_decorations.DECORATIONS
    assert strip["trailing colon"]("Teilen:") == "Teilen"
    assert strip["trailing colon"]("Partager :") == "Partager"
    assert strip["trailing count"]("Comments(79)") == "Comments"
    assert strip["trailing count"]("Comentarios 15") == "Comentarios"
    assert strip["trailing arrow"]("Subscribe now »") == "Subscribe now"
    assert strip["leading bullet"]("• Share") == "Share"
    assert strip["brackets"]("[ 234 comments ]") == "234 comments"
    assert strip["curly quotes"]("S’abonner") == "S'abonner"
    assert strip["full-width (NFKC)"]("ＲＳＳ") == "RSS"
    assert strip["trailing colon"]("Teilen") == "Teilen"  # no decoration: the line itself


def test_a_line_counts_only_for_the_lists_that_miss_it_as_printed():
    lists = {"widget_lines.txt": re.compile("share", re.IGNORECASE), "rail_headings.txt": re.compile("share:?")}
    assert list_decorations.undecorated_hits("Share:", lists) == [("trailing colon", "widget_lines.txt")]
    assert list_decorations.undecorated_hits("Share", lists) == []
    assert list_decorations.undecorated_hits("Share »", lists) == [("trailing arrow", "widget_lines.txt")]


def test_in_reference_reads_shingles_and_short_lines_whole():
    grams = list_decorations._grams(tokens("The council met on Monday to vote on the budget."))
    assert list_decorations.in_reference("met on Monday to vote", grams) is True
    assert list_decorations.in_reference("Share this story with friends", grams) is False
    assert list_decorations.in_reference("the budget", grams) is True
    assert list_decorations.in_reference("Comments", grams) is False
    assert list_decorations.in_reference("» —", grams) is None
