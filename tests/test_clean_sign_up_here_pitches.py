"""A short pitch closing on "Sign up here" is a promo line in both cleaners (issue 12).

The dev pages that showed it: CGTN's "P.S. Did you know we send this briefing by email, too? Sign up here." under its
briefing, TechCrunch's newsletter edition opening "Welcome back to TechCrunch Mobility — ... Sign up here for free"
(``extractors/clean/data/en/promo_lines.txt``); no dev reference holds "sign up here".
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.text_regions import is_promo
from tests.clean_helpers import SENTENCES


@pytest.mark.parametrize("line", [
    "P.S. Did you know we send this briefing by email, too? Sign up here.",
    ("Welcome back to TechCrunch Mobility — your central hub for news and insights on the future of transportation. "
     "Sign up here for free — just click TechCrunch Mobility!"),
])
def test_a_pitch_closing_on_sign_up_here_is_a_promo_line(line):
    assert is_promo(line)


@pytest.mark.parametrize("line", [
    "Residents who want a say can sign up here at the town hall, the clerk said.",  # the call opens no sentence
    ("Thousands of volunteers signed up here last year, and the organisers expect more this spring, when the race "
     "returns to the river for its tenth edition."),
])
def test_story_sentences_about_signing_up_stay(line):
    assert not is_promo(line)


def test_the_pitch_between_a_page_story_paragraphs_leaves_its_body():
    paragraphs = [f"<p>{s}</p>" for s in SENTENCES]
    paragraphs.insert(2, "<p>P.S. Did you know we send this briefing by email, too? Sign up here.</p>")
    html = (f"<html lang='en'><head><title>Bridge vote</title></head><body><article>{''.join(paragraphs)}"
            "</article></body></html>")
    doc = clean_html(html)
    assert SENTENCES[3] in doc.text
    assert "Sign up here" not in doc.text
