"""A card presenting a person, marked so in the page's microdata, is furniture beside the story.

Actu-Environnement closes its stories with the writer's card (``itemprop="author"``, ``schema.org/Person``:
"Dorothée Laperche, journaliste" / "Rédactrice spécialisée"), SRF sets an expandable person box under the paragraph
naming its expert ("Politikwissenschaftler", "Personen-Box aufklappen"); neither reference keeps them
(``html.drop_person_cards``). A person marked inline among the words of a sentence stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "card", "story"), [
    ("actu-environnement_2020-05-22_forets-tropicales-reservoir-carbone__jbr", "Rédactrice spécialisée", "forêts"),
    ("srf_2024-04-15_israelische-zuruckhaltung-hat-viel__fundus", "Personen-Box aufklappen", "Biden"),
])
def test_a_dev_story_drops_the_person_card_beside_it(case_id, card, story):
    expected, doc = dev_page(case_id)
    assert card not in expected["body"]
    assert story in doc.text
    assert card not in doc.text


def _page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(blocks) + "</article></body></html>"


def test_a_person_card_in_the_story_goes():
    card = ('<div itemscope itemtype="https://schema.org/Person"><p>Anna Berg</p>'
            "<p>Anna Berg is an engineer who has studied river crossings for twenty years.</p></div>")
    text = clean_html(_page(*(f"<p>{s}</p>" for s in SENTENCES[:2]), card, *(f"<p>{s}</p>" for s in SENTENCES[2:]))).text
    assert SENTENCES[3] in text
    assert "engineer" not in text


def test_a_person_marked_inside_a_sentence_stays():
    sentence = ('The engineer <span itemscope itemtype="https://schema.org/Person">Anna Berg</span> said the bridge '
                "would carry four lanes and a cycle path.")
    text = clean_html(_page(f"<p>{sentence}</p>", *(f"<p>{s}</p>" for s in SENTENCES))).text
    assert "The engineer Anna Berg said the bridge" in text
