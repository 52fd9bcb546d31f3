"""Raw documents in, extract records out: cleaning then facts, one bad input never stopping the rest.

This is the single path every entry point uses (``newsfacts extract``, the ingest flow, reprocessing), so
the CLI and the warehouse always see the same output for the same bytes.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from extractors.clean import clean_document
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import NO_FACTS_FLAGS, QUALITY_FLAGS, Article, NewsfactsError, RawDocument

logger = logging.getLogger(__name__)

#: Languages the fact rules are written for; an article detected in another gets no facts and the
#: ``no_facts_language`` flag (an undetected language is tried, as most inputs are English).
FACT_LANGUAGES: frozenset[str] = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """How to process a batch; the CLI flags map one to one onto these fields."""

    facts: bool = True  # --no-facts turns fact extraction off
    plain: bool = False  # --plain: text inputs are already-clean body text
    published: datetime | None = None  # --published: reference date when the input states none
    batch_size: int = 32  # texts per nlp.pipe batch
    fact_options: FactOptions = field(default_factory=FactOptions)


def process(raws: Iterable[RawDocument], options: PipelineOptions = PipelineOptions()) -> Iterator[Article]:
    """Clean each raw document and extract its facts, yielding one Article per input, in input order.

    Cleaning errors become ``Article.error``; facts are extracted in batches so spaCy's ``nlp.pipe``
    amortises its per-call cost.
    """
    it = iter(raws)
    while chunk := list(islice(it, options.batch_size)):
        articles = [_clean_one(raw, options) for raw in chunk]
        if options.facts:
            _add_facts(articles, options)
        yield from articles


def _clean_one(raw: RawDocument, options: PipelineOptions) -> Article:
    try:
        doc = clean_document(raw, plain=options.plain or raw.plain)
    except NewsfactsError as exc:
        return Article(source=raw.source, url=raw.url, error=str(exc))
    except Exception as exc:  # an extractor bug must cost one article, not the batch
        logger.exception("cleaning failed for %s", raw.source)
        return Article(source=raw.source, url=raw.url, error=f"internal error while cleaning: {exc!r}")
    flags = list(doc.flags)
    if options.facts and doc.language is not None and doc.language not in FACT_LANGUAGES and doc.text:
        flags.append("no_facts_language")
    dates = doc.dates
    return Article(
        source=raw.source,
        url=doc.url,
        title=doc.title,
        section=doc.section,
        authors=list(doc.authors),
        author_orgs=list(doc.author_orgs),
        published=doc.published,
        published_source=dates.published_source,
        published_raw=dates.published_raw,
        published_local=dates.published_local,
        modified=dates.modified,
        modified_source=dates.modified_source,
        modified_raw=dates.modified_raw,
        language=doc.language,
        text=doc.text,
        captions=list(doc.captions),
        flags=[flag for flag in QUALITY_FLAGS if flag in flags],
    )


def wants_facts(article: Article) -> bool:
    """Whether facts are extracted: a readable story in a language the fact rules cover."""
    return (
        article.error is None and bool(article.text) and "no_facts_language" not in article.flags
        and not NO_FACTS_FLAGS & set(article.flags)
    )


def _add_facts(articles: list[Article], options: PipelineOptions) -> None:
    todo = [a for a in articles if wants_facts(a)]
    if not todo:
        return
    try:
        results = list(extract_facts_many(((a.text, a.published or options.published) for a in todo), options.fact_options))
    except Exception:
        # One text broke the batch: fall back to one at a time so only that article fails.
        logger.exception("fact batch failed; retrying article by article")
        for article in todo:
            try:
                reference = article.published or options.published
                article.facts = next(iter(extract_facts_many([(article.text, reference)], options.fact_options)))
            except Exception as exc:  # noqa: BLE001 - costs this article only
                article.error = f"internal error while extracting facts: {exc!r}"
        return
    for article, facts in zip(todo, results, strict=True):
        article.facts = facts
