"""Facts from clean text: the language pack's spaCy pipeline (``nlp``, ``languages``) and rules per kind.

``extract.extract_facts`` / ``extract_facts_many`` are the entry points. English rules: ``entities``
(with ``name_spans``, ``roles`` and ``repeats``), ``quantities`` (with ``numbers``, ``units``, ``subjects``),
``dates``, ``quotes`` (with ``quote_marks``, ``speakers``) and ``attributions``. Other packs:
``model_pack`` (the model's names, counts off the parse, roles by ``pack_roles``) and ``universal`` (locale money, percentages
and dates, also for languages without a pack). ``chunks`` reads long texts in pieces; ``gazetteer``
reads the word lists in ``data/<language>/``.
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
