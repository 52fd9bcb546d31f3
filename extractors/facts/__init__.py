"""Facts from clean text: one spaCy pipeline (``nlp``) and rules per kind of fact.

``extract.extract_facts`` / ``extract_facts_many`` are the entry points; the rule modules are
``entities`` (with ``mentions`` and ``roles``), ``quantities`` (with ``numbers``), ``dates`` and
``quotes`` (with ``attributions``); ``gazetteer`` reads the word lists in ``data/``.
"""
from __future__ import annotations

from typing import Any

__all__ = ["FactOptions", "extract_facts", "extract_facts_many"]


def __getattr__(name: str) -> Any:
    """The entry points, imported on first use: ``extract`` imports spaCy (about a second), and cleaning
    reads this package's word lists (``gazetteer``) without needing it."""
    if name in __all__:
        from extractors.facts import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
