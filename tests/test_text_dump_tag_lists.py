"""Issue 12: a story's tag list copied a tag a line, each closed by a comma, ends the story in a text dump.

The tags ("Hillary Clinton," "Tim Kaine," "Elections," on Politico; "court," "Sanctions," "Volodymyr Zelenskyi," on
Bukvy) go with what the copy keeps under them (Bukvy's teasers). Lines of code close on commas too (SQL's columns,
JSON's fields), so a line with a mark of code is no tag, and a run with more words under it than above closes no story.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text import _without_tag_list
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "tags", "under"),
    [
        ("politico_2016-10-04_insiders-trump-sink-pence__pl", ("Hillary Clinton,", "Tim Kaine,", "Debates,"), None),
        ("bukvy_2025-10-09_poroshenko-sanctions-decree-supreme-court__mtsc", ("court,", "Sanctions,"),
         "The reverse side of the armor: Legionnaire “Paradox” about M113"),
    ],
)
def test_tag_list_closing_the_story_goes_with_what_the_copy_keeps_under_it(case_id, tags, under):
    body, dump = copied_page(case_id)
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert not set(tags) & set(paragraphs)
    assert under is None or under not in "\n".join(paragraphs)
    assert sum(paragraph in body for paragraph in paragraphs) >= 3


def test_tag_list_goes_but_code_lines_closing_on_commas_and_a_run_above_more_words_stay():
    tags = ("City council,", "Budget,", "Parks,")
    teaser = "Read how the city spent its money last year, line by line, in our guide to the budget."
    assert _without_tag_list((*DUMP_STORY, *tags, teaser)) == DUMP_STORY
    columns = ("status_code,", "period,", "count(*) AS entries,", "avg(entries) AS mean,")
    assert _without_tag_list((*DUMP_STORY, *columns)) == (*DUMP_STORY, *columns)
    assert _without_tag_list((DUMP_STORY[0], *tags, *DUMP_STORY[1:])) == (DUMP_STORY[0], *tags, *DUMP_STORY[1:])
