"""The alert log: every match of a watch on an article, one Parquet file beside the tables.

The ``alerts`` view shows one alert per watch and story (its first match) with the count of matching
articles; an alert is *new* when its watch had never matched its story before. Deciding that and
writing the log happen under the ledger's write lock, so two overlapping runs cannot both find the
same alert new. The log is small (matches, not articles), so it is one file rewritten atomically
(temporary file + rename, or one PUT) and read whole; it is its own truth, no index to rebuild.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

import pyarrow as pa

from warehouse.ledger import Ledger
from warehouse.schema import SCHEMA_VERSION, SCHEMA_VERSION_KEY, conform, record_columns
from warehouse.storage import Storage, as_storage
from warehouse.stories import StoryIndex

ALERTS_DIR = "alerts"
ALERTS_FILE = "alerts.parquet"


@dataclass(frozen=True, slots=True)
class AlertMatch:
    """One watch matching one article; ``evidence``, ``fact_indexes`` and ``sentences`` run in parallel."""

    watch: str
    story_id: str
    article_id: str
    title: str | None
    url: str | None
    published: datetime | None
    evidence: list[str]  # what matched: "entity KP (GPE)", "keyword missile", "quantity 25 dead"
    fact_indexes: list[int | None]  # the matching fact (facts.fact_index), None for a keyword
    sentences: list[str]  # the sentence each piece of evidence stands in
    matched_at: datetime
    run_id: str


ALERTS_SCHEMA = pa.schema([pa.field(column, dtype) for _, column, dtype in record_columns(AlertMatch)],
                          metadata={SCHEMA_VERSION_KEY: str(SCHEMA_VERSION).encode()})


def alerts_path(storage: Storage) -> PurePath:
    return storage.root / ALERTS_DIR / ALERTS_FILE


@dataclass(frozen=True, slots=True)
class Recorded:
    logged: int  # matches added to the log
    new_alerts: list[AlertMatch]  # per watch and story never matched before: its first match


def record_matches(root: Storage | PurePath | str, matches: Sequence[AlertMatch]) -> Recorded:
    """Add the matches not logged yet, and tell which make new alerts (per watch and story never
    matched before, its first match: earliest published, then article id).

    A watch matching an article it matched before (a new version of it) adds nothing. ``story_id``
    is the story as it is now (the views resolve stories that were joined since a match was logged).
    """
    storage = as_storage(root)
    path = alerts_path(storage)
    with Ledger(storage.ledger_path) as ledger, ledger.write_lock():
        old = _read(storage, path)
        merges = StoryIndex(ledger.connection).merges()  # a story alerted before may have joined another
        seen = set(zip(old.column("watch").to_pylist(), old.column("article_id").to_pylist()))
        alerted = {(watch, merges.get(story, story))
                   for watch, story in zip(old.column("watch").to_pylist(), old.column("story_id").to_pylist())}
        fresh: list[AlertMatch] = []
        for match in sorted(matches, key=_first_order):
            if (match.watch, match.article_id) not in seen:
                seen.add((match.watch, match.article_id))
                fresh.append(match)
        new_alerts = []
        for match in fresh:
            if (match.watch, match.story_id) not in alerted:
                alerted.add((match.watch, match.story_id))
                new_alerts.append(match)
        if fresh:
            rows = {column: [getattr(m, field) for m in fresh] for field, column, _ in record_columns(AlertMatch)}
            storage.write_parquet(pa.concat_tables([old, pa.Table.from_pydict(rows, schema=ALERTS_SCHEMA)]), path)
    return Recorded(len(fresh), new_alerts)


def _read(storage: Storage, path: PurePath) -> pa.Table:
    if not storage.exists(path):
        return ALERTS_SCHEMA.empty_table()
    return conform(storage.read_table(path), ALERTS_SCHEMA)  # a log written by an older version


def _first_order(match: AlertMatch) -> tuple:
    return (match.published is None, match.published.timestamp() if match.published else 0.0, match.article_id)
