"""Author elements built alike that name many other people are teaser cards' bylines: when the first read is among
them and a byline label in the page's text names someone, those names are the story's (``metadata._teaser_shaped``,
``metadata._story_byline_names``; round htmlM388).

The rule comes from dev pages of two publishers: FAZ ("Katharina Wilhelm", "Diana von Kopp", "Andreas Platthaus", ...
over "Von Constanze Kurz") and Politico Europe ("BY Zia Weise", "BY Josh Gerstein", ... over "By Verena Friederike
Hasel"); the real pages here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``),
compared with the authors their reference gives.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def _page(cards: int) -> str:
    teasers = "".join(f"<div class='card'><a href='/s{i}'>Another story {i}</a><div><div><span class='author'>{name}"
                      "</span></div></div></div>"
                      for i, name in enumerate(["John Doe", "Mary Major", "Peter Piper", "Anna Smith"][:cards]))
    return ("<html><body><article><h1>Council funds the bridge</h1>"
            "<div class='rail'>" + teasers + "</div><p class='meta'>By Jane Roe</p>" + STORY
            + "</article></body></html>")


def test_teaser_bylines_give_way_to_the_labelled_byline():
    assert clean_html(_page(4)).authors == ("Jane Roe",)


def test_one_or_two_other_names_in_elements_built_alike_keep_the_byline_element():
    assert clean_html(_page(2)).authors == ("John Doe",)


@pytest.mark.parametrize(
    "case_id",
    ["faz_2017-03-06_angriff-mit-dem-roboter__mpf", "politico_2019-05-16_germany-democracy-problem__sfm"],
)
def test_dev_pages_credit_the_labelled_writer_not_a_teasers(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}
