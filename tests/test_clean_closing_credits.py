"""A block of role credits closing an HTML story (who wrote, shot or drew it) is furniture, not the story's end.

Lindorff's Profit magazine closes with "23.2.2015" / "Teksti: Petteri Harjula" / "Kuvat: Tommi Tuomi" / "Graafi: Tuija
Siekkinen" in one ``<br>``-broken block, the FAZ with "Text: F.A.Z." / "Bildmaterial: dapd, picture-alliance / Frank
May"; neither reference keeps them (``text._is_credit_block``). A box of "Label: value" lines inside the story is its
facts and stays, and so does a closing block of sentences.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "credit", "story"), [
    ("lindorff-fi_2015-02-23_lindorff24-mobiili__goo", "Petteri Harjula", "Lindorff"),
    ("faz_2011-04-09_stewart-brand-interview__snk", "Text: F.A.Z.", "Fukushima"),
])
def test_a_dev_story_drops_the_credits_closing_it(case_id, credit, story):
    expected, doc = dev_page(case_id)
    assert credit not in expected["body"]
    assert story in doc.text
    assert credit not in doc.text


_CREDITS = "Text: Anna Berg<br>Photos: Tom Lind<br>Graphics: Eva Holm"


def _page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(f"<p>{b}</p>" for b in blocks) + "</article></body></html>"


def test_role_credits_closing_the_story_go():
    text = clean_html(_page(*SENTENCES, _CREDITS)).text
    assert text.endswith(SENTENCES[-1])
    assert "Anna Berg" not in text


def test_label_lines_inside_the_story_stay():
    assert "Anna Berg" in clean_html(_page(*SENTENCES[:2], _CREDITS, *SENTENCES[2:])).text


def test_a_closing_block_of_sentences_stays():
    last = ("Vote: 31 to 12, after a debate that ran late into the night.<br>"
            "Mayor: pleased with the result, she told reporters outside the hall.")
    assert "pleased with the result" in clean_html(_page(*SENTENCES, last)).text
