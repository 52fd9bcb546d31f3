"""Issue 12, dumps145: a link whose label a copy glued to its headline with a colon and no space (USA TODAY's
"Live coverage:Democrats pile on ...", Die Welt's "Ressort:DeutschlandLandtagswahlen") is furniture, from dev misses."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_glued_link
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize("line", [
    "Live coverage:Democrats pile on Bloomberg at start of Democratic debate",
    "Trump's stories:From the Chicago cop to the crying businessman, the anecdotes change with each telling",
    "Ressort:DeutschlandLandtagswahlen",
    "Column:Ex-Chargers lineman sheds light on the quarterback's decision",
])
def test_label_glued_to_a_headline_is_a_link(line):
    assert is_glued_link(line)


@pytest.mark.parametrize("line", [
    "Live coverage: Democrats pile on Bloomberg at start of Democratic debate",  # a space after the colon
    "Update:The company said on Monday that it would appeal the ruling.",  # a sentence
    "The rally opened at 10:30 with a speech by the governor",  # no label
    "Trump tales",
])
def test_a_colon_with_a_space_a_sentence_or_a_clock_is_no_glued_link(line):
    assert not is_glued_link(line)


def test_glued_link_between_paragraphs_goes():
    story = paragraphs(6, "Rally")
    link = "Live coverage:Democrats pile on Bloomberg at start of Democratic debate"
    dump = "\n".join(["Menu", "Trump holds a rally in Phoenix", *story[:3], link, *story[3:], "Share"])
    assert clean_dump(dump).text.split("\n\n") == story
