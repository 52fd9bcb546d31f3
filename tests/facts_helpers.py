"""Shared helpers for the facts tests: the seed article body and a parse helper."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from spacy.tokens import Doc

from extractors.facts.nlp import SentenceIndex, load_pipeline, resolve_model_name

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_83c1c1272eb04a66.txt"
SEED_PUBLISHED = datetime.fromisoformat("2024-08-27T18:05:00+09:00")


def seed_body() -> str:
    """The seed's article paragraphs, from the dateline to the last body sentence."""
    raw = SEED.read_text(encoding="utf-8")
    start = raw.index("SEOUL, Aug. 27 (Yonhap) --")
    end = raw.index("President Vladimir Putin.") + len("President Vladimir Putin.")
    return raw[start:end]


def parse(text: str) -> tuple[Doc, SentenceIndex]:
    """Run the default pipeline (loaded once per process) over ``text``."""
    doc = load_pipeline(resolve_model_name(None))(text)
    return doc, SentenceIndex(doc)
