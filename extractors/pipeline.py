"""Raw documents in, extract records out: cleaning then facts, one bad input never stopping the rest.

This is the single path every entry point uses (``newsfacts extract``, the ingest flow, reprocessing), so
the CLI and the warehouse always see the same output for the same bytes.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING

from extractors.clean import clean_document
from extractors.clean.language import detect_language
from extractors.records import NO_FACTS_FLAGS, QUALITY_FLAGS, Article, NewsfactsError, RawDocument

if TYPE_CHECKING:
    from extractors.facts import FactOptions

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """How to process a batch; the CLI flags map one to one onto these fields."""

    facts: bool = True  # --no-facts turns fact extraction off
    plain: bool = False  # --plain: text inputs are already-clean body text
    published: datetime | None = None  # --published: reference date when the input states none
    batch_size: int = 32  # texts per nlp.pipe batch
    fact_options: FactOptions | None = None  # None: FactOptions() (spaCy is imported only when facts run)


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
        flags=list(doc.flags),
        error=doc.error,
    )


def wants_facts(article: Article) -> bool:
    """Whether facts are extracted: a text that is a story (an index page's or a consent wall's "facts" mislead)."""
    return article.error is None and bool(article.text) and not NO_FACTS_FLAGS & set(article.flags)


def _set_facts_language(article: Article, language: str | None) -> None:
    """Record the pack that read the facts; without one, only locale rules ran: flag ``no_facts_language``."""
    from extractors.facts.extract import facts_language  # see _add_facts: spaCy only when facts run

    article.facts_language = facts_language(language)
    if article.facts_language is None and "no_facts_language" not in article.flags:
        article.flags = [f for f in QUALITY_FLAGS if f in article.flags or f == "no_facts_language"]


def _add_facts(articles: list[Article], options: PipelineOptions) -> None:
    todo = [a for a in articles if wants_facts(a)]
    if not todo:
        return
    # imported here: spaCy takes a second to import, and cleaning alone (--no-facts) never needs it
    from extractors.facts import FactOptions, extract_facts_many

    fact_options = options.fact_options or FactOptions()
    languages = [_text_language(a) for a in todo]
    inputs = [
        (a.text, a.published or options.published, lang, a.url) for a, lang in zip(todo, languages, strict=True)
    ]
    try:
        results = list(extract_facts_many(inputs, fact_options))
    except Exception:
        # One text broke the batch: fall back to one at a time so only that article fails.
        logger.exception("fact batch failed; retrying article by article")
        for article, item in zip(todo, inputs, strict=True):
            try:
                article.facts = next(iter(extract_facts_many([item], fact_options)))
                _set_facts_language(article, item[2])
            except Exception as exc:  # noqa: BLE001 - costs this article only
                article.error = f"internal error while extracting facts: {exc!r}"
        return
    for article, item, facts in zip(todo, inputs, results, strict=True):
        article.facts = facts
        _set_facts_language(article, item[2])


def _text_language(article: Article) -> str | None:
    """The body's own language when it is clear, else the page's declared one (a page may declare
    "en" over German text, and facts must be read by the model of the words on the page)."""
    return detect_language(article.text) or article.language
