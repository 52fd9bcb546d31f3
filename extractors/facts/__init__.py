"""Facts from clean text: one spaCy pipeline (``nlp``) and rules per kind of fact.

``extract.extract_facts`` / ``extract_facts_many`` are the entry points; the rule modules are
``entities`` (with ``mentions`` and ``roles``), ``quantities`` (with ``numbers``), ``dates`` and
``quotes`` (with ``attributions``); ``gazetteer`` reads the word lists in ``data/``.
"""
from extractors.facts.extract import FactOptions, extract_facts, extract_facts_many

__all__ = ["FactOptions", "extract_facts", "extract_facts_many"]
