"""A name a byline credits for pictures or video is no writer of the story, and the writer's own field label is cut off
(``metadata._credited``, ``metadata._writers``; ``bylines.txt`` ``credit`` and ``writing`` rows; round htmlM388).

The rule comes from dev pages of two publishers: Teen Vogue ("By Nelson C.J. Photography by Stephen Tayo", its JSON-LD
listing both) and Der Standard ("Text: Olivera Stajić, Video: Siniša Puktalović"); the real pages here are dev pages of
``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``), compared with the authors their reference gives.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.metadata import _writers, clean_authors
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def test_a_name_after_a_picture_or_video_field_label_is_no_writer_and_the_text_label_is_cut():
    assert _writers(clean_authors(["Text: Jane Roe, Video: John Doe"]), frozenset()) == ("Jane Roe",)
    assert _writers(clean_authors(["Photography: John Doe, Jane Roe"]), frozenset()) == ("Jane Roe",)


def test_a_credited_name_stays_when_the_source_names_no_one_else():
    assert _writers(("Jane Roe",), frozenset({"jane roe"})) == ("Jane Roe",)
    assert _writers(("Jane Roe", "John Doe"), frozenset({"john doe"})) == ("Jane Roe",)


def test_the_photographer_the_byline_credits_leaves_the_declared_writers():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Council funds "
            "the bridge\", \"author\": [{\"@type\": \"Person\", \"name\": \"Jane Roe\"}, {\"@type\": \"Person\", "
            "\"name\": \"John Doe\"}]}</script></head><body><article><h1>Council funds the bridge</h1>"
            "<div class='byline'>By Jane Roe Photography by John Doe</div>" + STORY + "</article></body></html>")
    assert clean_html(html).authors == ("Jane Roe",)


def test_without_a_credit_label_both_declared_writers_stay():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Council funds "
            "the bridge\", \"author\": [{\"@type\": \"Person\", \"name\": \"Jane Roe\"}, {\"@type\": \"Person\", "
            "\"name\": \"John Doe\"}]}</script></head><body><article><h1>Council funds the bridge</h1>"
            "<div class='byline'>By Jane Roe and John Doe</div>" + STORY + "</article></body></html>")
    assert clean_html(html).authors == ("Jane Roe", "John Doe")


@pytest.mark.parametrize(
    "case_id",
    [
        "teenvogue_2023-07-19_bnxn-july-2023-cover-interview__atf3",  # "By Nelson C.J. Photography by Stephen Tayo"
        "dastandard_2016-02-09_kindern-zeigen-kaempfen-lohnt__knl",  # "Text: Olivera Stajić, Video: Siniša Puktalović"
    ],
)
def test_dev_pages_credit_the_writer_not_the_photographer_or_camera(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}
