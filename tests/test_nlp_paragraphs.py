"""Sentence and entity boundaries the pipeline adds to spaCy's: paragraphs and wire datelines."""
from __future__ import annotations

from extractors.facts.nlp import load_pipeline, resolve_model_name


def _doc(text: str):
    return load_pipeline(resolve_model_name(None))(text)


def test_dateline_is_its_own_sentence():
    # the AP seed page's first sentence: the model alone makes "MEXICO CITY (AP) — Mexico's ..." one sentence
    doc = _doc("MEXICO CITY (AP) — Mexico’s economy grew 1.1% in the first quarter of 2023, the government said Friday.")
    assert next(s.text for s in doc.sents) == "MEXICO CITY (AP) —"


def test_paragraphs_never_share_a_sentence():
    doc = _doc("Photo by Maria Lopez\n\nChance the Rapper played two sold-out shows in Houston.")
    assert all("\n\n" not in s.text.strip() for s in doc.sents)


def test_entities_stop_at_line_breaks():
    doc = _doc("The photo was taken by Violeta Alvarez\n\nChance the Rapper then walked on stage.")
    assert all("\n" not in ent.text for ent in doc.ents)
