"""A reader quiz set inside the story is a widget, as a poll is (``widgets.BOILERPLATE_TOKENS``: "quiz").

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page
from tests.test_clean_recall import STORY, page, paragraphs


def test_quiz_box_between_paragraphs_is_dropped():
    quiz = ("<div id='quiz-qz-1' class='quizv2'><div class='quizv2__title'>QUIZ. How well do you know the league?</div>"
            "<div class='question'><div class='question__counter'>Question 1 of 10</div>"
            "<div class='question__text'>Which of these clubs has won the title most often since the war?</div></div></div>")
    doc = clean_html(page(f"<article>{paragraphs(2)}{quiz}{paragraphs(2, start=2)}</article>"))
    assert doc.text.count(STORY) == 4
    assert "Question 1 of 10" not in doc.text and "QUIZ" not in doc.text


@pytest.mark.parametrize(
    "case_id",
    [
        "se-sport_2025-02-03_slask-piast-katastrofa-leszczynski__jmp2",
        "superbiz_2025-02-11_waloryzacja-emerytur-oficjalny-wskaznik__jmp2",
    ],
)
def test_super_express_quiz_teaser_is_no_story_text(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert "Pytanie 1 z 10" not in expected["body"]
    assert "Pytanie 1 z 10" not in doc.text
