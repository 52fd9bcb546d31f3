"""Batches in worker processes: the same warehouse as one batch at a time, task runs recorded by the
run's own server, no second temporary server started by the workers, and workers forked from a fork
server that ends with the pool."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest

from flows.settings import Settings
from tests.conftest import REPO
from warehouse.query import run_sql

pytestmark = pytest.mark.flow

SEEDS = REPO / "seeds"
#: Everything a stored article or fact says, without when and in which file it was written.
ARTICLE_COLUMNS = ("article_id, content_hash, extractor_version, source, url, title, section, authors, published, "
                   "language, text, captions, source_name, raw_sha256")
FACT_COLUMNS = ("article_id, fact_index, kind, text, start, \"end\", sentence, label, normalized, role, mentions, spans, "
                "value, unit, qualifier, value_max, subject, verb, date_value, granularity, speaker, source, cue, claim")


def _rows(settings: Settings, view: str, columns: str) -> list[tuple]:
    return run_sql(settings.warehouse_dir, f"select {columns} from {view} order by all")[1]


def _batch_task_runs(flow_run_id) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async def read():
        async with get_client() as client:
            return await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))

    return [run for run in asyncio.run(read()) if run.name.startswith("process-")]


def test_worker_processes_store_what_one_batch_at_a_time_stores(tmp_path, prefect_server, monkeypatch):
    import flows.ingest
    from flows.ingest import ingest, wait_for_task_records

    monkeypatch.setattr(flows.ingest, "BATCH_SIZE", 2)  # the seeds' articles in several batches, two workers busy
    by_thread, by_process = Settings(tmp_path / "thread"), Settings(tmp_path / "process")
    ingest(sources=[str(SEEDS)], data_dir=str(by_thread.data_dir), task_runner="thread")
    state = ingest(sources=[str(SEEDS)], data_dir=str(by_process.data_dir), task_runner="process", workers=2,
                   return_state=True)
    reports = state.result()

    stored = _rows(by_process, "articles", ARTICLE_COLUMNS)
    assert len(stored) >= 5 and reports[0].new == len(stored) and reports[0].failed == 0
    assert stored == _rows(by_thread, "articles", ARTICLE_COLUMNS)
    assert _rows(by_process, "facts", FACT_COLUMNS) == _rows(by_thread, "facts", FACT_COLUMNS)
    # one task record per batch (never per article), each reported from its worker to the run's server
    flow_run_id = state.state_details.flow_run_id
    wait_for_task_records(flow_run_id, 30)
    batch_runs = _batch_task_runs(flow_run_id)
    # batches of two, the last ones maybe one (they shrink once the source is collected): never one per article
    assert -(-len(stored) // 2) <= len(batch_runs) < len(stored)
    assert all(run.state.is_completed() for run in batch_runs)


def test_reprocess_in_worker_processes_reads_every_snapshot_and_stores_nothing_twice(tmp_path, prefect_server,
                                                                                    monkeypatch):
    import flows.maintenance
    from flows.ingest import ingest
    from flows.maintenance import reprocess

    settings = Settings(tmp_path / "data")
    ingest(sources=[str(SEEDS)], data_dir=str(settings.data_dir), task_runner="thread")
    stored = _rows(settings, "articles", ARTICLE_COLUMNS)
    versions = run_sql(settings.warehouse_dir, "select count(*) from article_versions")[1]

    monkeypatch.setattr(flows.maintenance, "BATCH_SIZE", 2)  # several batches, two workers busy
    reports = reprocess(data_dir=str(settings.data_dir), everything=True, task_runner="process", workers=2)

    assert sum(r.fetched for r in reports) == len(stored) and sum(r.unchanged for r in reports) == len(stored)
    assert sum(r.failed + r.new + r.updated for r in reports) == 0
    assert _rows(settings, "articles", ARTICLE_COLUMNS) == stored
    assert run_sql(settings.warehouse_dir, "select count(*) from article_versions")[1] == versions


def test_workers_report_to_the_runs_temporary_server_instead_of_starting_their_own(tmp_path):
    """Without PREFECT_API_URL, `newsfacts run` starts one temporary server; a worker process that
    started another would print the same notice again (and add its start-up time to the run)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--data-dir", str(tmp_path / "data"), "--workers", "2"],
        check=False, cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Task run 'process-local-0' - Finished in state Completed()" in result.stderr
    assert result.stderr.count("Starting temporary server") == 1, result.stderr


def test_workers_come_from_a_fork_server_that_loaded_the_model_and_ends_with_the_pool():
    """Workers are forked with the model already loaded, and the server is stopped and waited for when
    the pool closes: nothing keeps its memory, and its CPU reaches this process's children's CPU."""
    import multiprocessing.forkserver

    from flows.scaleout import ForkServerTaskRunner

    server = multiprocessing.forkserver._forkserver
    with ForkServerTaskRunner(max_workers=1) as runner:
        worker_pid, parent_pid, loaded = runner._executor.submit(_worker_facts).result(timeout=300)
        server_pid = server._forkserver_pid
        assert parent_pid == server_pid and worker_pid != server_pid
        assert loaded  # by the fork server's preload: this pool's workers run no initializer of their own
    assert server._forkserver_pid is None
    with pytest.raises(ChildProcessError):  # already waited for: no zombie left to reap
        os.waitpid(server_pid, os.WNOHANG)


def test_the_fork_server_starts_when_the_pool_opens_not_at_the_first_batch():
    """Its imports and model load then run while the flow collects the first batch, not after it."""
    import multiprocessing.forkserver

    from flows.scaleout import ForkServerTaskRunner

    server = multiprocessing.forkserver._forkserver
    with ForkServerTaskRunner(max_workers=1):
        server_pid = server._forkserver_pid
        assert server_pid is not None
        os.kill(server_pid, 0)  # running, though nothing was submitted
    assert server._forkserver_pid is None


def test_a_run_can_start_the_fork_server_before_it_imports_prefect():
    """``newsfacts run`` starts it first, so the server's preload runs beside the run's own imports."""
    code = ("import sys, multiprocessing.forkserver as f; from flows.fork_server import start_fork_server; "
            "start_fork_server(); assert f._forkserver._forkserver_pid; assert 'prefect' not in sys.modules")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120,
                            cwd=REPO)
    assert result.returncode == 0, result.stderr


def _worker_facts() -> tuple[int, int, bool]:
    from extractors.facts.nlp import load_pipeline

    return os.getpid(), os.getppid(), load_pipeline.cache_info().currsize > 0
