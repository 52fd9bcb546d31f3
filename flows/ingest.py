"""The ``ingest`` flow: sources -> raw snapshots -> cleaning + facts -> warehouse.

Orchestration only. One task per source (collecting documents) and one task per batch of about
100 articles (process, append): Prefect records cost ~80 ms of server CPU each, so never one task
per article. Batches start while their source is still being collected: documents stream through a
:class:`~flows.spool.Spool`. Batch numbers are deterministic within a run, so a retried batch task
rewrites its own Parquet file instead of adding one.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
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
from flows.scaleout import BatchSubmitter, TaskRunnerName, batch_submitter, return_freed_memory
from flows.settings import SEEDS_DIR, Settings
from flows.sources import SourceResult, collect_source
from flows.spool import Spool, SpooledDocument
from flows.summary import SourceReport, cpu_into
from warehouse.snapshots import SnapshotError, SnapshotStore
from warehouse.store import Warehouse

#: Articles per batch task: big enough to amortise task records and appends (an append writes a file per
#: month the batch's articles span, a fixed cost of about a millisecond and a half each), small enough to
#: retry cheaply and to hold in a worker's memory.
BATCH_SIZE = 200


# Per-document HTTP retries live in the fetcher; this retry covers a whole source failing (disk, DNS outage).
@task(name="collect-source", task_run_name="collect-{spec.shown}", retries=2, retry_delay_seconds=[5, 30],
      cache_policy=NO_CACHE)
def collect_source_task(
    spec: SourceSpec, fetcher: Fetcher, settings: Settings, warehouse: Warehouse, spool: Spool
) -> SourceResult:
    """Read or fetch every document of one source into ``spool``; per-item failures are returned, not raised."""
    with warehouse.url_checker() as stored:
        return collect_source(spec, fetcher=fetcher, state_dir=settings.state_dir, skip_url=stored, emit=spool.put)


@task(name="process-batch", task_run_name="process-{source}-{batch}", retries=1, cache_policy=NO_CACHE)
def process_batch_task(
    docs: Sequence[SpooledDocument], source: str, batch: int, run_id: str, settings: Settings, warehouse: Warehouse
) -> SourceReport:
    """Clean, extract facts and append one batch; returns its counts and the CPU of each stage."""
    report = SourceReport(source)
    provenances: list[Provenance] = []  # one per document loaded, in order
    good = []
    with cpu_into(report.cpu, "extraction"):  # less the snapshot reads ``_loaded`` counts inside it, below
        for i, article in enumerate(process(_loaded(docs, source, settings, report, provenances), PipelineOptions())):
            if article.error:
                report.failed += 1
                report.failures.append((article.source, article.error))
            else:
                report.flags.update(article.flags)
                good.append((article, provenances[i]))
    report.cpu["extraction"] -= report.cpu["snapshots read"] + report.cpu["snapshots written"]
    with cpu_into(report.cpu, "appends"):
        result = warehouse.append(good, run_id=run_id, batch=batch)
    report.new, report.unchanged, report.updated = result.new, result.unchanged, result.updated
    report.facts.update(result.facts)
    return_freed_memory()
    return report


def _loaded(
    docs: Sequence[SpooledDocument], source: str, settings: Settings, report: SourceReport,
    provenances: list[Provenance],
) -> Iterator[RawDocument]:
    """The batch's documents with their bytes, read as ``process`` asks for them: it holds one chunk of
    them at a time, not the whole batch's pages (up to several MiB each) until the batch ends."""
    snapshots = SnapshotStore(settings.snapshots_dir)
    for spooled in docs:
        try:
            with cpu_into(report.cpu, "snapshots read" if spooled.raw_sha256 else "snapshots written"):
                doc, sha = spooled.load(snapshots)
        except SnapshotError as exc:  # the snapshot vanished between collection and now
            report.failed += 1
            report.failures.append((spooled.document.source, str(exc)))
            continue
        provenances.append(Provenance(source, sha, doc.fetched_at))
        yield doc


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
    started = datetime.now(UTC)  # before any append: the report reads the files written since
    settings = Settings.resolve(data_dir)
    cfg = load_config(Path(config) if config else None)
    specs = choose_sources(sources, cfg, SEEDS_DIR)
    warehouse = Warehouse(settings.warehouse_dir)
    run_id = str(flow_run.get_id() or datetime.now(UTC).strftime("%Y%m%dT%H%M%S"))

    # One fetcher for the whole run, so sources on the same host share its per-host delay and concurrency.
    with Fetcher(cfg.fetch) as fetcher, batch_submitter(task_runner, dask_address, workers) as batches:
        snapshots = SnapshotStore(settings.snapshots_dir) if batches.shares_disk else None
        collected = [(spec, None) if isinstance(spec, RejectedSource)
                     else (spec, _start_collecting(spec, fetcher, settings, warehouse, Spool(snapshots)))
                     for spec in specs]
        reports = _process_sources(collected, run_id, settings, warehouse, logger, batches, started)
    if cfg.watches:  # once per run, after every batch: one alert per story however its copies were batched
        alerts_task(list(cfg.watches), settings.warehouse_dir, run_id, cfg.fetch, started)
    return reports


def _start_collecting(
    spec: SourceSpec, fetcher: Fetcher, settings: Settings, warehouse: Warehouse, spool: Spool
) -> tuple[PrefectFuture, Spool]:
    future = collect_source_task.submit(spec, fetcher, settings, warehouse, spool)
    future.add_done_callback(lambda _future: spool.close())  # once, after the last retry
    return future, spool


def _process_sources(
    collected, run_id: str, settings: Settings, warehouse: Warehouse, logger, batches: BatchSubmitter,
    started: datetime,
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

    for index, (spec, collecting) in enumerate(collected):
        if isinstance(spec, RejectedSource):  # like a configured path that is missing: this source's failure
            logger.error("source %s failed: %s", spec.label, spec.reason)
            reports.append(SourceReport(spec.label, failed=1, failures=[(spec.label, spec.reason)]))
            continue
        future, spool = collecting
        report = SourceReport(spec.shown)
        reports.append(report)
        for docs in spool.batches(BATCH_SIZE, spread=batches.workers):  # while the source is still collected
            while len(pending) >= batches.slots:
                finish_oldest()
            pending.append((index, batches.submit(
                process_batch_task, docs=docs, source=spec.name, batch=batch_no, run_id=run_id,
                settings=settings, warehouse=warehouse,
            )))
            batches_of.setdefault(index, [0, 0])[1] += 1
            batch_no += 1
        report.cpu["snapshots written"] += spool.cpu  # the spool is closed: its source's collection is over
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - one broken source never blocks the others
            logger.error("source %s failed: %s", spec.shown, exc)
            report.failures.append((spec.location, str(exc)))
            report.failed += 1
            report.inputs = spool.count + 1  # what it collected before failing is processed all the same
            continue
        collected_reports.append(report)
        report.inputs = spool.count + len(result.failures) + result.skipped
        report.fetched, report.not_modified, report.skipped = result.fetched, result.not_modified, result.skipped
        report.warnings.extend(result.warnings)
        report.failures.extend((f.location, f.reason) for f in result.failures)
        report.failed += len(result.failures)
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
    publish_run_report(reports, warehouse_dir=settings.warehouse_dir, run_id=run_id, since=started)
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
