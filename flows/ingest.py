"""The ``ingest`` flow: sources -> raw snapshots -> cleaning + facts -> warehouse.

Orchestration only. One task per source (collecting documents) and one task per batch of about
100 articles (snapshot, process, append): Prefect records cost ~80 ms of server CPU each, so never
one task per article. Batch numbers are deterministic within a run, so a retried batch task
rewrites its own Parquet file instead of adding one.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run

from extractors.pipeline import PipelineOptions, process
from extractors.records import Provenance, RawDocument
from flows.alerts import alerts_task
from flows.config import RejectedSource, SourceSpec, choose_sources, load_config
from flows.fetch import Fetcher
from flows.reports import RunProgress, publish_run_report
from flows.scaleout import BatchSubmitter, TaskRunnerName, batch_submitter
from flows.settings import SEEDS_DIR, Settings
from flows.sources import SourceResult, collect_source
from flows.summary import SourceReport
from warehouse.snapshots import SnapshotStore
from warehouse.store import Warehouse

#: Articles per batch task: big enough to amortise task records, small enough to retry cheaply.
BATCH_SIZE = 100


# Per-document HTTP retries live in the fetcher; this retry covers a whole source failing (disk, DNS outage).
@task(name="collect-source", task_run_name="collect-{spec.shown}", retries=2, retry_delay_seconds=[5, 30],
      cache_policy=NO_CACHE)
def collect_source_task(spec: SourceSpec, fetcher: Fetcher, settings: Settings, warehouse: Warehouse) -> SourceResult:
    """Read or fetch every document of one source; per-item failures are returned, not raised."""
    return collect_source(
        spec,
        fetcher=fetcher,
        state_dir=settings.state_dir,
        skip_url=warehouse.has_url,
    )


@task(name="process-batch", task_run_name="process-{source}-{batch}", retries=1, cache_policy=NO_CACHE)
def process_batch_task(
    docs: Sequence[RawDocument], source: str, batch: int, run_id: str, settings: Settings, warehouse: Warehouse
) -> SourceReport:
    """Snapshot, clean, extract facts and append one batch; returns its counts."""
    snapshots = SnapshotStore(settings.snapshots_dir)
    report = SourceReport(source)
    good = []
    for doc, article in zip(docs, process(docs, PipelineOptions()), strict=True):
        if article.error:
            report.failed += 1
            report.failures.append((article.source, article.error))
        else:
            report.flags.update(article.flags)
            good.append((article, Provenance(source, snapshots.put(doc.data), doc.fetched_at)))
    result = warehouse.append(good, run_id=run_id, batch=batch)
    report.new, report.unchanged, report.updated = result.new, result.unchanged, result.updated
    report.facts.update(result.facts)
    return report


@flow(name="ingest")
def ingest(
    sources: list[str] | None = None, config: str | None = None, data_dir: str | None = None,
    task_runner: TaskRunnerName = "process", dask_address: str | None = None, workers: int | None = None,
) -> list[SourceReport]:
    """Ingest sources (paths, URLs, or the config's named sources; default ``seeds/``) into the warehouse.

    Batch tasks run in ``workers`` processes (default: one per core); ``task_runner="thread"`` runs
    them one at a time in this process, ``task_runner="dask"`` on the Dask cluster at ``dask_address``
    (a temporary local one without an address); see ``flows/scaleout.py``.
    """
    logger = get_run_logger()
    settings = Settings.resolve(data_dir)
    cfg = load_config(Path(config) if config else None)
    specs = choose_sources(sources, cfg, SEEDS_DIR)
    warehouse = Warehouse(settings.warehouse_dir)
    run_id = str(flow_run.get_id() or datetime.now(UTC).strftime("%Y%m%dT%H%M%S"))

    # One fetcher for the whole run, so sources on the same host share its per-host delay and concurrency.
    with Fetcher(cfg.fetch) as fetcher, batch_submitter(task_runner, dask_address, workers) as batches:
        collected = [(spec, None if isinstance(spec, RejectedSource)
                      else collect_source_task.submit(spec, fetcher, settings, warehouse)) for spec in specs]
        reports = _process_sources(collected, run_id, settings, warehouse, logger, batches)
    if cfg.watches:  # once per run, after every batch: one alert per story however its copies were batched
        alerts_task(list(cfg.watches), settings.warehouse_dir, run_id, cfg.fetch)
    return reports


def _process_sources(
    collected, run_id: str, settings: Settings, warehouse: Warehouse, logger, batches: BatchSubmitter
) -> list[SourceReport]:
    reports = []
    batch_no = 0
    progress = RunProgress(f"ingest {len(collected)} source{'s' if len(collected) != 1 else ''}")
    # Batches stay in flight across sources, so no worker idles while the next source's first batch waits.
    pending: deque[tuple[int, PrefectFuture]] = deque()  # (index of the source's report, batch future)
    batches_of: dict[int, list[int]] = {}  # per source with batches: [batches done, batches submitted]
    collected_reports: list[SourceReport] = []

    def finish_oldest() -> None:
        index, future = pending.popleft()
        reports[index].add(future.result())
        batches_of[index][0] += 1
        done = len(reports) - len(batches_of) + sum(d / total for d, total in batches_of.values())
        progress.update(done / len(collected))

    for index, (spec, future) in enumerate(collected):
        if isinstance(spec, RejectedSource):  # like a configured path that is missing: this source's failure
            logger.error("source %s failed: %s", spec.label, spec.reason)
            reports.append(SourceReport(spec.label, failed=1, failures=[(spec.label, spec.reason)]))
            continue
        report = SourceReport(spec.shown)
        reports.append(report)
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one broken source never blocks the others
            logger.error("source %s failed: %s", spec.shown, exc)
            report.failures.append((spec.location, str(exc)))
            report.failed += 1
            report.inputs = 1
            continue
        collected_reports.append(report)
        report.inputs = len(result.documents) + len(result.failures) + result.skipped
        report.fetched, report.not_modified, report.skipped = result.fetched, result.not_modified, result.skipped
        report.warnings.extend(result.warnings)
        report.failures.extend((f.location, f.reason) for f in result.failures)
        report.failed += len(result.failures)
        starts = range(0, len(result.documents), BATCH_SIZE)
        if starts:
            batches_of[index] = [0, len(starts)]
        for start in starts:
            while len(pending) >= batches.slots:
                finish_oldest()
            pending.append((index, batches.submit(
                process_batch_task, docs=result.documents[start : start + BATCH_SIZE], source=spec.name,
                batch=batch_no, run_id=run_id, settings=settings, warehouse=warehouse,
            )))
            batch_no += 1
    while pending:
        finish_oldest()
    progress.update(1.0)
    for report in collected_reports:
        if report.accounted != report.inputs:
            report.warnings.append(f"counts do not add up: {report.inputs} inputs but {report.accounted} with an "
                                   "outcome; please report this as a bug")
        for what, why in report.failures:
            logger.warning("%s: %s failed: %s", report.name, what, why)
    progress.close()
    publish_run_report(reports, warehouse_dir=settings.warehouse_dir, run_id=run_id)
    return reports


def run_ingest(
    sources: list[str] | None, config: str | None, settings: Settings, *, expected_tasks_timeout: float = 20.0,
    task_runner: TaskRunnerName = "process", dask_address: str | None = None, workers: int | None = None,
) -> list[SourceReport]:
    """Run the ``ingest`` flow and wait until the API has recorded its task runs.

    A temporary API server stops when the process exits; task-run events still queued then are lost
    and the UI would show a flow run without its tasks. So drain the client's event queue and poll
    until every task run of this flow run is recorded in a final state (bounded by a timeout).
    """
    state = ingest(sources=sources, config=config, data_dir=str(settings.data_dir), task_runner=task_runner,
                   dask_address=dask_address, workers=workers, return_state=True)
    reports = state.result()
    wait_for_task_records(state.state_details.flow_run_id, expected_tasks_timeout)
    return reports


def wait_for_task_records(flow_run_id, timeout: float) -> None:
    import asyncio
    import time

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.events.worker import EventsWorker

    EventsWorker.drain_all(timeout=timeout, at_exit=False)

    async def settled() -> bool:
        async with get_client() as client:
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
        return bool(runs) and all(r.state is not None and r.state.is_final() for r in runs)

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not asyncio.run(settled()):
        time.sleep(0.25)
