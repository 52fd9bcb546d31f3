"""A note that the text is not necessarily the site's view is furniture, in Portuguese and in Urdu.

UOL sets "Este texto não reflete, necessariamente, a opinião do UOL" under its opinion pieces, UrduPoint
"ادارہ اردوپوائنٹ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔" ("UrduPoint need not agree with the writer's
opinion") under its columns; both were kept in the story, and the references leave them out. ``PROMO_LINE``
(``data/pt/promo_lines.txt``, ``data/ur/promo_lines.txt``) drops them. A story's sentence about a text that reflects
an opinion goes on.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "Este texto não reflete, necessariamente, a opinião do UOL",
    "Este texto não reflete necessariamente a opinião da Folha",
    "ادارہ اردوپوائنٹ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔",
])
def test_a_note_that_the_text_is_not_the_sites_view_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "O ministro disse que o texto não reflete, necessariamente, a opinião do governo.",
    "Este texto reflete a opinião do autor sobre a enchente.",
])
def test_a_story_sentence_about_a_texts_opinion_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh", "não reflete, necessariamente", "asfalto"),
    ("urdupoint-ur_2024-03-08_ravi-ki-kahani__mgh2", "متفق ہونا ضروری نہیں", "راوی"),
])
def test_a_dev_story_drops_its_not_our_view_note(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text
