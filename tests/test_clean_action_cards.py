"""A small card among the story's paragraphs that ends in a button (a pitch to subscribe, book or join) is furniture.

junge Welt's trial offer (two paragraphs, then "Jetzt bestellen" styled as a button), LeadDev's conference card,
The Economic Times' "(Catch all the Business News ...)" close with their button; no dev reference keeps them
(``html.drop_action_cards``). A paragraph with a plain link at its end and a card whose button is not its last word
stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "card", "story"), [
    ("jungewelt_2024-04-25_nationaler-veteranentag-orden-furs__fundus", "Testen Sie für zwei Wochen", "Veteranentag"),
    ("leaddev_2026-03-04_moltbook-agent-security-wake-up__pae", "LDX3 London agenda is live", "Moltbook"),
    ("economictimes_2025-03-02_india-hosts-khamenei-confidant-kashmir__jmp2", "Catch all the Business News",
     "Kashmir"),
])
def test_a_dev_story_drops_the_card_ending_in_a_button(case_id, card, story):
    expected, doc = dev_page(case_id)
    assert card not in expected["body"]
    assert story in doc.text
    assert card not in doc.text


_PITCH = "Read the paper at home: try the printed edition for two weeks, delivered free to your door."


def _page(box: str) -> str:
    return ("<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES[:2]) + box
            + "".join(f"<p>{s}</p>" for s in SENTENCES[2:]) + "</article></body></html>")


@pytest.mark.parametrize("button", ['<a class="btn btn-primary" href="/abo">Order now</a>',
                                    '<button type="button">Order now</button>'])
def test_a_card_ending_in_a_button_goes(button):
    text = clean_html(_page(f"<div><p>Two weeks free</p><p>{_PITCH}</p><div>{button}</div></div>")).text
    assert SENTENCES[2] in text
    assert "printed edition" not in text


@pytest.mark.parametrize("box", [
    f'<p>{_PITCH} <a href="/abo">Order it here</a></p>',  # a plain link
    f'<div><p>{_PITCH}</p><a class="btn" href="/abo">Order now</a><p>Offer valid in Germany only.</p></div>',
])
def test_a_pitch_without_a_closing_button_stays(box):
    assert "printed edition" in clean_html(_page(box)).text
