"""Maintenance flows: ``compact`` (merge the warehouse's small files) and ``reprocess`` (re-extract).

``reprocess`` re-runs cleaning and fact extraction on the raw snapshots of stored articles, so a new
``EXTRACTOR_VERSION`` reaches old articles without fetching anything again. The warehouse keeps the
old version beside the new one (``article_versions``); ``articles`` and ``facts`` show the newest.
One task per batch of about 100 articles, as in ``ingest``: never one per article.
"""
from __future__ import annotations

import mimetypes
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.runtime import flow_run

from extractors import version
from extractors.pipeline import PipelineOptions, process
from extractors.records import NewsfactsError, Provenance, RawDocument
from flows.ingest import BATCH_SIZE, wait_for_task_records
from flows.reports import RunProgress, publish_run_report
from flows.scaleout import TaskRunnerName, batch_submitter, return_freed_memory
from flows.settings import Settings
from flows.summary import SourceReport, cpu_into
from warehouse.compact import CompactResult
from warehouse.compact import compact as compact_warehouse
from warehouse.query import run_sql
from warehouse.snapshots import SnapshotStore
from warehouse.store import Warehouse

#: Columns of the ``articles`` view a reprocess needs, in ``StoredArticle`` field order.
_STORED_COLUMNS = ("article_id", "source", "url", "title", "authors", "published", "source_name", "raw_sha256",
                   "fetched_at", "extractor_version", "flags")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """The latest stored version of an article: where its raw bytes are and what the page said."""

    article_id: str
    source: str  # the path or URL it was read from
    url: str | None
    title: str | None
    authors: tuple[str, ...]
    published: datetime | None
    source_name: str  # the configured source it was ingested from
    raw_sha256: str | None
    fetched_at: datetime | None
    extractor_version: str | None
    flags: tuple[str, ...] = ()


def list_stored_articles(
    warehouse_dir: Path | str, *, source_name: str | None = None, outdated_only: bool = True
) -> list[StoredArticle]:
    """Latest versions of the stored articles, ordered by source then id.

    ``outdated_only`` keeps those written by another extractor version than the current one: the
    others would come out identical (same content hash) and the warehouse would store nothing.
    """
    where, params = [], {}
    if outdated_only:
        where.append("extractor_version IS DISTINCT FROM $version")
        params["version"] = version.EXTRACTOR_VERSION
    if source_name is not None:
        where.append("source_name = $source_name")
        params["source_name"] = source_name
    sql = (f"SELECT {', '.join(_STORED_COLUMNS)} FROM articles"
           + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY source_name, article_id")
    _, rows = run_sql(warehouse_dir, sql, params or None)
    return [StoredArticle(*row[:4], tuple(row[4] or ()), *row[5:10], tuple(row[10] or ())) for row in rows]


def source_names(warehouse_dir: Path | str) -> list[str]:
    """The source names stored articles carry (what ``reprocess --source`` accepts), sorted."""
    _, rows = run_sql(warehouse_dir, "SELECT DISTINCT source_name FROM article_versions ORDER BY source_name")
    return [name for (name,) in rows if name is not None]


def raw_document_for(stored: StoredArticle, data: bytes) -> RawDocument:
    """Rebuild the raw document a stored article was made from.

    The snapshot holds only the bytes; the rest comes from the stored row. What the article stored
    as title, date and authors goes back in as hints: the cleaner uses a hint only when the page
    itself says nothing, which is exactly when the stored value came from a feed's hint. An article
    flagged ``truncated`` stays so: its snapshot may be a clipped WARC record, which only the
    container said (the snapshot holds the record's bytes alone).
    """
    location = urlsplit(stored.source).path if "://" in stored.source else stored.source
    return RawDocument(
        source=stored.source,
        data=data,
        url=stored.url,
        content_type=mimetypes.guess_type(location, strict=False)[0],
        fetched_at=stored.fetched_at,
        title_hint=stored.title,
        published_hint=stored.published,
        authors_hint=stored.authors,
        incomplete="truncated" in stored.flags,
    )


@task(name="reprocess-batch", task_run_name="reprocess-{source_name}-{batch}", retries=1, cache_policy=NO_CACHE)
def reprocess_batch_task(
    stored: Sequence[StoredArticle], source_name: str, batch: int, run_id: str, settings: Settings,
    warehouse: Warehouse,
) -> SourceReport:
    """Read the snapshots of one batch (one source), process them again and append what changed."""
    snapshots = SnapshotStore(settings.snapshots_dir)
    report = SourceReport(source_name, inputs=len(stored))
    docs, provenance = [], []
    for item in stored:
        if not item.raw_sha256:
            report.failed += 1
            report.failures.append((item.source, "no raw snapshot was stored; ingest it again"))
            continue
        try:
            with cpu_into(report.cpu, "snapshots read"):
                data = snapshots.get(item.raw_sha256)
        except NewsfactsError as exc:
            report.failed += 1
            report.failures.append((item.source, str(exc)))
            continue
        docs.append(raw_document_for(item, data))
        provenance.append(Provenance(source_name, item.raw_sha256, item.fetched_at))
    report.fetched = len(docs)
    good = []
    with cpu_into(report.cpu, "extraction"):
        for article, prov in zip(process(docs, PipelineOptions()), provenance, strict=True):
            if article.error:
                report.failed += 1
                report.failures.append((article.source, article.error))
            else:
                report.flags.update(article.flags)
                good.append((article, prov))
    with cpu_into(report.cpu, "appends"):
        result = warehouse.append(good, run_id=run_id, batch=batch)
    if result.new:
        get_run_logger().warning(
            "%s: %d reprocessed articles got a new identity (the cleaner now finds another URL, or, without "
            "one, they were stored before ids came from the raw bytes); their old versions stay in the articles "
            "view", source_name, result.new)
    report.new, report.unchanged, report.updated = result.new, result.unchanged, result.updated
    report.facts.update(result.facts)
    return_freed_memory()
    return report


@flow(name="reprocess", flow_run_name="reprocess-{data_dir}")
def reprocess(
    data_dir: str | None = None, source: str | None = None, everything: bool = False,
    task_runner: TaskRunnerName = "process", workers: int | None = None,
) -> list[SourceReport]:
    """Re-extract stored articles from their raw snapshots with the current extractor version.

    Args:
        data_dir: the data dir (default: ``$NEWSFACTS_HOME`` or ``./data``).
        source: only articles of this source name (``local`` for paths given on the command line).
        everything: also articles already at the current extractor version (after a change outside
            ``extractors/``, such as another spaCy model); output that did not change is not stored again.
        task_runner: ``process`` (batches in ``workers`` processes, default one per core) or ``thread``
            (one batch at a time in this process), as for ``ingest``.
    """
    logger = get_run_logger()
    started = datetime.now(UTC)  # before any append: the report reads the files written since
    settings = Settings.resolve(data_dir)
    warehouse = Warehouse(settings.warehouse_dir)
    run_id = str(flow_run.get_id() or started.strftime("reprocess-%Y%m%dT%H%M%S"))
    stored = list_stored_articles(settings.warehouse_dir, source_name=source, outdated_only=not everything)
    logger.info("reprocessing %d stored articles with extractor %s", len(stored), version.EXTRACTOR_VERSION)
    by_source: dict[str, list[StoredArticle]] = defaultdict(list)
    for item in stored:
        by_source[item.source_name].append(item)
    # Batches never span sources, so each append's counts belong to one source.
    plan = [(name, items[start : start + BATCH_SIZE])
            for name, items in by_source.items() for start in range(0, len(items), BATCH_SIZE)]
    progress = RunProgress(f"reprocess {len(stored)} articles")
    reports: dict[str, SourceReport] = {}
    if plan:
        with batch_submitter(task_runner, None, workers) as batches:
            pending: deque = deque()  # (source name, batch future), oldest first
            finished = 0

            def finish_oldest() -> None:
                nonlocal finished
                name, future = pending.popleft()
                reports.setdefault(name, SourceReport(name)).add(future.result())
                finished += 1
                progress.update(finished / len(plan))

            for number, (name, items) in enumerate(plan):
                while len(pending) >= batches.slots:
                    finish_oldest()
                pending.append((name, batches.submit(
                    reprocess_batch_task, stored=items, source_name=name, batch=number, run_id=run_id,
                    settings=settings, warehouse=warehouse,
                )))
            while pending:
                finish_oldest()
    progress.update(1.0)
    progress.close()
    for report in reports.values():
        logger.info("%s: %d re-extracted, %d updated, %d unchanged, %d failed", report.name, report.fetched,
                    report.updated, report.unchanged, report.failed)
        for what, why in report.failures:
            logger.warning("%s: %s failed: %s", report.name, what, why)
    publish_run_report(list(reports.values()), warehouse_dir=settings.warehouse_dir, run_id=run_id, kind="reprocess",
                       since=started)
    return list(reports.values())


@flow(name="compact", flow_run_name="compact-{data_dir}")
def compact(data_dir: str | None = None) -> CompactResult:
    """Merge each partition's small Parquet files, drop duplicate copies, retire the inputs."""
    settings = Settings.resolve(data_dir)
    result = compact_warehouse(settings.warehouse_dir)
    get_run_logger().info("%s", result)
    return result


def run_reprocess(
    settings: Settings, *, source: str | None = None, everything: bool = False, expected_tasks_timeout: float = 20.0,
    task_runner: TaskRunnerName = "process", workers: int | None = None,
) -> list[SourceReport]:
    """Run the ``reprocess`` flow and wait until the API has recorded its task runs (see ``run_ingest``)."""
    state = reprocess(data_dir=str(settings.data_dir), source=source, everything=everything,
                      task_runner=task_runner, workers=workers, return_state=True)
    reports = state.result()
    if reports:  # no stored article to reprocess means no task run to wait for
        wait_for_task_records(state.state_details.flow_run_id, expected_tasks_timeout)
    return reports
