"""Operating newsfacts: run reports in the Prefect API, reprocessing, served schedules, Dask batches."""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.maintenance import StoredArticle, raw_document_for
from flows.reports import Highlights, source_rows, summary_markdown
from flows.settings import Settings
from flows.summary import SourceReport, format_summary
from warehouse.query import run_sql

REPO = Path(__file__).resolve().parents[1]
SEED_TEXT = REPO / "seeds" / "000_83c1c1272eb04a66.txt"
SEED_HTML = REPO / "seeds" / "apnews_2023-04-28_mexico-economy.html"


# -- report content (plain functions) ---------------------------------------------------------


def _report(name: str, **counts) -> SourceReport:
    facts = counts.pop("facts", {})
    failures = counts.pop("failures", [])
    return SourceReport(name, facts=Counter(facts), failures=failures, **counts)


def test_source_rows_count_each_source_and_total_them():
    rows = source_rows([
        _report("wire", fetched=5, new=3, unchanged=1, updated=1, failed=0, facts={"entity": 7, "quote": 2}),
        _report("blog", fetched=2, new=1, failed=1, facts={"entity": 1}),
    ])
    assert [r["source"] for r in rows] == ["wire", "blog", "total"]
    assert rows[0]["already stored"] == 1 and rows[0]["quote facts"] == 2 and rows[0]["date facts"] == 0
    assert rows[2] == {**{k: rows[0][k] + rows[1][k] for k in rows[0] if k != "source"}, "source": "total"}


def test_source_rows_of_a_single_source_have_no_total():
    assert [r["source"] for r in source_rows([_report("only", new=1)])] == ["only"]


def test_summary_markdown_lists_entities_claims_and_failures_with_reasons():
    highlights = Highlights(
        top_entities=[("KP", "North Korea", "GPE", 2, 9), ("Shin Won-sik", "Shin", "PERSON", 1, 3)],
        new_claims=[("N. Korea sent | containers", "more than 13,000 shipping containers", 13000.0, None,
                     "containers", "more_than", "North Korea")],
    )
    failed = _report("wire", failed=1, failures=[("https://x.test/a", "binary content (NUL bytes); not a page")])
    text = summary_markdown([failed, _report("quiet", new=1)], highlights, run_id="r1")
    assert "| North Korea (KP) | KP | GPE | 2 | 9 |" in text  # a code is shown with a name, and kept in a column
    assert "| Shin Won-sik | Shin Won-sik | PERSON | 1 | 3 |" in text
    assert "more than 13,000 shipping containers | 13,000 | containers | more_than | North Korea" in text
    assert "N. Korea sent \\| containers" in text  # a pipe in a cell does not break the table
    assert "- `https://x.test/a`: binary content (NUL bytes); not a page" in text
    assert "### quiet" not in text  # sources without failures get no failure section


def test_quality_flags_are_counted_in_table_markdown_and_summary_with_the_input_equation(tmp_path):
    wire = SourceReport("wire", inputs=6, new=3, unchanged=1, failed=1, skipped=1,
                        flags=Counter({"short_body": 2, "consent_wall": 1}))
    blog = SourceReport("blog", inputs=1, new=1, flags=Counter({"short_body": 1}))
    rows = source_rows([wire, blog])
    assert rows[0]["inputs"] == 6 and rows[0]["flagged"] == "2 short_body, 1 consent_wall"
    assert rows[2]["flagged"] == "3 short_body, 1 consent_wall"
    assert "| short_body | 3 |" in summary_markdown([wire, blog], None, run_id="r1")
    text = format_summary([wire, blog], Settings.resolve(str(tmp_path)))
    assert "flagged: 3 short_body, 1 consent_wall" in text
    assert "wire: 3 new, 1 already stored, 0 updated, 1 failed, 1 not fetched again = 6 inputs" in text


def test_read_highlights_gives_each_country_code_its_written_name(tmp_path):
    from flows.reports import read_highlights
    from tests.warehouse_helpers import items
    from warehouse.store import Warehouse

    Warehouse(tmp_path).append(items([1, 2, 3]), run_id="r1", batch=0)
    entities = read_highlights(tmp_path, "r1").top_entities
    assert entities[0] == ("KP", "North Korea", "GPE", 3, 6)  # in every article (twice), so first
    assert ("Person 1", "Person 1", "PERSON", 1, 1) in entities


def test_read_highlights_keep_to_the_articles_whose_latest_version_the_run_wrote(tmp_path):
    from flows.reports import read_highlights
    from tests.warehouse_helpers import items
    from warehouse.store import Warehouse

    Warehouse(tmp_path).append(items([1, 2, 3]), run_id="r1", batch=0)
    Warehouse(tmp_path).append(items([3], version=1) + items([4]), run_id="r2", batch=0)
    first, second = read_highlights(tmp_path, "r1"), read_highlights(tmp_path, "r2")
    assert first.top_entities[0] == ("KP", "North Korea", "GPE", 2, 4)  # article 3's latest version is r2's
    assert [c[0] for c in first.new_claims] == ["Story 2", "Story 1"]
    assert {e[0] for e in second.top_entities} == {"KP", "Person 3", "Person 4"}
    assert [(c[0], c[2]) for c in second.new_claims] == [("Story 4", 1004.0), ("Story 3", 1004.0)]


def test_highlights_of_a_run_read_only_files_written_since_it_began_and_match_the_whole_warehouses(tmp_path, caplog):
    from datetime import UTC, datetime

    from flows.reports import read_highlights
    from tests.warehouse_helpers import age_files, items
    from warehouse.store import Warehouse

    warehouse = Warehouse(tmp_path)
    for batch in range(6):  # older runs: other articles, and the first versions of two the run updates
        warehouse.append(items(range(batch * 10, batch * 10 + 10), months=12), run_id=f"old{batch % 2}", batch=batch)
    older = age_files(tmp_path, "old0", 86400) + age_files(tmp_path, "old1", 86400)
    assert older > 30
    since = datetime.now(UTC)
    warehouse.append(items([5, 6], version=1, months=12), run_id="r", batch=0)
    warehouse.append(items([100, 101, 102], months=12), run_id="r", batch=1)
    warehouse.append(items([101], version=1, months=12), run_id="later", batch=0)  # after r: its version is the latest
    recent = read_highlights(tmp_path, "r", since)
    assert recent == read_highlights(tmp_path, "r")
    assert sorted(c[0] for c in recent.new_claims) == ["Story 100", "Story 102", "Story 5", "Story 6"]
    assert recent.top_entities[0] == ("KP", "North Korea", "GPE", 4, 8)
    for path in tmp_path.rglob("a-old*.parquet"):  # the older runs' files can no longer be read
        path.write_bytes(b"not parquet")
    for run_id in ("old0", "old1"):
        age_files(tmp_path, run_id, 86400)  # the write made them recent again
    caplog.clear()
    with caplog.at_level("WARNING", logger="warehouse.query"):
        assert read_highlights(tmp_path, "r", since) == recent
    assert not caplog.records  # not even listed for validation
    with caplog.at_level("WARNING", logger="warehouse.query"):
        read_highlights(tmp_path, "r")
    assert len(caplog.records) == older  # the whole warehouse's read finds each of them unreadable


def test_summary_markdown_says_when_highlights_are_missing():
    text = summary_markdown([_report("wire", new=1)], None, run_id="r1")
    assert "could not be read" in text and "## Failures" in text


def test_raw_document_for_restores_url_type_and_stored_metadata_as_hints():
    stored = StoredArticle("id", "/data/in/story.html", "https://news.test/story", "Title", ("A. Writer",), None,
                           "local", "0" * 64, None, "0.0.9")
    raw = raw_document_for(stored, b"<html></html>")
    assert (raw.source, raw.url, raw.content_type) == ("/data/in/story.html", "https://news.test/story", "text/html")
    assert (raw.title_hint, raw.authors_hint) == ("Title", ("A. Writer",))
    url_source = StoredArticle("id", "https://news.test/feed-entry", None, None, (), None, "wire", None, None, None)
    assert raw_document_for(url_source, b"x").content_type is None  # unknown: the cleaner sniffs the bytes
    assert not raw.incomplete


def test_a_truncated_article_is_reprocessed_as_cut_bytes_again():
    clipped = StoredArticle("id", "crawl.warc.gz#https://news.test/a", "https://news.test/a", None, (), None,
                            "local", "0" * 64, None, "0.0.9", ("truncated",))
    assert raw_document_for(clipped, b"<html><p>Half a sto").incomplete


# -- serve: deployments built from a config (no server needed) ---------------------------------


def _config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "newsfacts.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_build_deployments_gives_each_source_its_schedule_plus_compaction(tmp_path):
    from datetime import timedelta

    from flows.serve import build_deployments

    (tmp_path / "in").mkdir()
    config = _config(tmp_path, f"""
[[sources]]
name = "wire"
url = "https://news.test/feed.xml"
kind = "feed"
schedule = "*/30 * * * *"

[[sources]]
name = "folder"
path = "{tmp_path / 'in'}"
schedule = "15m"

[[sources]]
name = "by-hand"
url = "https://news.test/a.html"
""")
    settings = Settings(tmp_path / "data")
    deployments = build_deployments(config, settings, compact_schedule="12h")
    by_name = {(d.flow_name, d.name): d for d in deployments}
    assert set(by_name) == {("ingest", "wire"), ("ingest", "folder"), ("ingest", "by-hand"), ("compact", "compact")}
    assert by_name["ingest", "wire"].schedules[0].schedule.cron == "*/30 * * * *"
    assert by_name["ingest", "folder"].schedules[0].schedule.interval == timedelta(minutes=15)
    assert not by_name["ingest", "by-hand"].schedules
    assert by_name["compact", "compact"].schedules[0].schedule.interval == timedelta(hours=12)
    assert by_name["ingest", "wire"].parameters == {
        "sources": ["wire"], "config": str(config.resolve()), "data_dir": str(settings.data_dir)}
    assert by_name["ingest", "wire"].entrypoint == "flows.ingest.ingest"


def test_serve_refuses_a_config_without_sources(tmp_path):
    from flows.serve import ServeError, build_deployments

    with pytest.raises(ServeError, match="no \\[\\[sources\\]\\]"):
        build_deployments(_config(tmp_path, "[fetch]\nretries = 1\n"), Settings(tmp_path / "data"))


def test_serve_needs_a_prefect_server():
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.serve import ServeError, require_api_server

    with temporary_settings(restore_defaults={PREFECT_API_URL}), pytest.raises(ServeError, match="prefect server start"):
        require_api_server()


def test_serve_command_says_how_to_start_a_server(tmp_path):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    config = _config(tmp_path, '[[sources]]\nname = "wire"\nurl = "https://news.test/feed.xml"\n')
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = CliRunner().invoke(cli, ["serve", "--config", str(config), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and "prefect server start" in result.output


def test_run_refuses_a_dask_address_without_the_dask_runner(tmp_path):
    result = CliRunner().invoke(cli, ["run", "--dask-address", "tcp://127.0.0.1:8786", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "--task-runner dask" in result.output


def test_batch_submitter_refuses_a_dask_address_without_the_dask_runner():
    from flows.scaleout import ScaleOutError, batch_submitter

    with pytest.raises(ScaleOutError, match="use task_runner 'dask'"), batch_submitter("thread", "tcp://127.0.0.1:8786"):
        pass


# -- flow runs against the session's Prefect server -------------------------------------------


def _source_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder)
    shutil.copy(SEED_HTML, folder)
    (folder / "broken.html").write_bytes(b"\x00\x01\x02binary\x00" * 64)
    return folder


def _read_artifacts(flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async def read():
        async with get_client() as client:
            return await client.read_artifacts(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))

    return asyncio.run(read())


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, prefect_server):
    """One ingest flow run over two good pages and one binary file; returns (data dir, flow run id, reports)."""
    from flows.ingest import ingest

    root = tmp_path_factory.mktemp("ops")
    folder = _source_folder(root)
    state = ingest(sources=[str(folder)], data_dir=str(root / "data"), return_state=True)
    return root / "data", state.state_details.flow_run_id, state.result()


@pytest.mark.flow
def test_run_artifacts_are_readable_through_the_api(ingested):
    data_dir, flow_run_id, _ = ingested
    artifacts = {a.type: a for a in _read_artifacts(flow_run_id)}
    assert {"table", "markdown", "progress"} <= set(artifacts)

    stored = run_sql(data_dir / "warehouse", "select count(*) from articles")[1][0][0]
    rows = json.loads(artifacts["table"].data) if isinstance(artifacts["table"].data, str) else artifacts["table"].data
    (row,) = [r for r in rows if r["source"] == str(data_dir.parent / "in")]  # the --source as given
    assert row["new"] == stored == 2 and row["failed"] == 1 and row["already stored"] == 0
    kinds = dict(run_sql(data_dir / "warehouse", "select kind, count(*) from facts group by kind")[1])
    assert row["entity facts"] == kinds["entity"] and row["quantity facts"] == kinds["quantity"]

    markdown = artifacts["markdown"].data
    top = run_sql(data_dir / "warehouse", "select normalized from entities group by normalized "
                                          "order by count(distinct article_id) desc, sum(mentions) desc, normalized "
                                          "limit 1")[1][0][0]
    claim = run_sql(data_dir / "warehouse", "select text from quantities order by value desc limit 1")[1][0][0]
    assert f"| {top} |" in markdown and claim in markdown
    assert "broken.html" in markdown.split("## Failures")[1]
    assert artifacts["progress"].data == 100.0
    assert artifacts["table"].key == "ingest-sources" and artifacts["markdown"].key == "ingest-summary"


def _bump_extractor_version(monkeypatch, new: str) -> str:
    """Simulate a release with new extraction rules: every module that read EXTRACTOR_VERSION sees ``new``."""
    import extractors.version

    old = extractors.version.EXTRACTOR_VERSION
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("extractors", "warehouse", "flows") and getattr(module, "EXTRACTOR_VERSION", None) == old:
            monkeypatch.setattr(module, "EXTRACTOR_VERSION", new)
    return old


@pytest.mark.flow
def test_reprocess_writes_a_new_extractor_version_and_keeps_history(ingested, tmp_path, monkeypatch):
    from flows.maintenance import run_reprocess

    source_dir, _, _ = ingested
    data_dir = tmp_path / "data"
    shutil.copytree(source_dir, data_dir)
    settings = Settings(data_dir)
    wh = data_dir / "warehouse"
    before = run_sql(wh, "select article_id, extractor_version, text from articles order by article_id")[1]
    old = _bump_extractor_version(monkeypatch, "9.9.9-test")

    # the bumped version lives in this process only: batches one at a time here, not in worker processes
    reports = run_reprocess(settings, task_runner="thread")
    assert [(r.name, r.fetched, r.updated, r.new, r.failed) for r in reports] == [("local", 2, 2, 0, 0)]
    after = run_sql(wh, "select article_id, extractor_version, text from articles order by article_id")[1]
    assert [(a, t) for a, _, t in after] == [(a, t) for a, _, t in before]
    assert {v for _, v, _ in before} == {old} and {v for _, v, _ in after} == {"9.9.9-test"}
    versions = run_sql(wh, "select extractor_version, count(*) from article_versions group by 1 order by 1")[1]
    assert versions == sorted([(old, 2), ("9.9.9-test", 2)])
    assert run_sql(wh, "select count(*) from facts where extractor_version <> '9.9.9-test'")[1][0][0] == 0
    assert run_sql(wh, "select count(*) from facts")[1][0][0] > 0

    assert run_reprocess(settings, task_runner="thread") == []  # nothing is outdated any more
    again = CliRunner().invoke(cli, ["reprocess", "--all", "--task-runner", "thread", "--data-dir", str(data_dir)])
    assert again.exit_code == 0, again.output
    assert "0 new, 2 already stored, 0 updated, 0 failed" in again.output  # same output: no third version
    assert run_sql(wh, "select count(*) from article_versions")[1][0][0] == 4


@pytest.mark.flow
def test_reprocess_reports_articles_whose_snapshot_is_gone(ingested, tmp_path, monkeypatch):
    from flows.maintenance import run_reprocess

    source_dir, _, _ = ingested
    data_dir = tmp_path / "data"
    shutil.copytree(source_dir, data_dir)
    shutil.rmtree(data_dir / "snapshots")
    _bump_extractor_version(monkeypatch, "9.9.9-test")
    (report,) = run_reprocess(Settings(data_dir), task_runner="thread")
    assert (report.fetched, report.failed, report.updated) == (0, 2, 0)
    assert all("no snapshot" in why for _, why in report.failures)


@pytest.mark.flow
def test_compact_flow_merges_the_versions_reprocess_wrote(ingested, tmp_path, monkeypatch):
    from flows.maintenance import compact, run_reprocess

    source_dir, _, _ = ingested
    data_dir = tmp_path / "data"
    shutil.copytree(source_dir, data_dir)
    wh = data_dir / "warehouse"
    _bump_extractor_version(monkeypatch, "9.9.9-test")
    run_reprocess(Settings(data_dir), task_runner="thread")
    months = run_sql(wh, "select count(distinct published_month) from articles")[1][0][0]
    facts = run_sql(wh, "select count(*) from fact_rows")[1][0][0]

    result = compact(data_dir=str(data_dir))
    assert (result.partitions, result.files_in, result.articles, result.facts) == (months, 4 * months, 4, facts)
    assert run_sql(wh, "select count(*) from article_versions")[1][0][0] == 4
    assert run_sql(wh, "select count(distinct file_id) from articles")[1][0][0] == months


@pytest.mark.flow
def test_served_source_deployment_fires_on_its_schedule(tmp_path, prefect_server):
    """`newsfacts serve` in a subprocess; the source's 5 s interval produces a run that ingests the source.

    The session's test server is a temporary one, which runs no scheduler service; the test asks the
    API to schedule the deployment's next run, exactly what the scheduler does every minute.
    """
    from datetime import timedelta

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterDeploymentId
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder)
    config = _config(tmp_path, f'[[sources]]\nname = "served-folder"\npath = "{folder}"\nschedule = "5s"\n')
    data_dir = tmp_path / "data"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    command = [sys.executable, "-m", "flows.cli", "serve", "--config", str(config), "--data-dir", str(data_dir),
               "--compact-schedule", ""]

    async def scheduled_run_outcome(server: subprocess.Popen):
        async with get_client() as client:
            deployment = None
            deadline = time.monotonic() + 60
            while deployment is None:
                assert time.monotonic() < deadline and server.poll() is None, (tmp_path / "serve.log").read_text()
                try:
                    deployment = await client.read_deployment_by_name("ingest/served-folder")
                except ObjectNotFound:  # not registered yet
                    await asyncio.sleep(0.5)
            assert deployment.schedules[0].schedule.interval.total_seconds() == 5
            response = await client.request("POST", "/deployments/{id}/schedule", path_params={"id": deployment.id},
                                            json={"max_runs": 1})
            response.raise_for_status()
            deadline = time.monotonic() + 90
            while True:
                mine = await client.read_flow_runs(
                    flow_run_filter=FlowRunFilter(deployment_id=FlowRunFilterDeploymentId(any_=[deployment.id])))
                if mine and mine[0].state.is_final():
                    return mine[0]
                assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                await asyncio.sleep(1)

    started = time.monotonic()
    with open(tmp_path / "serve.log", "wb") as log:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        try:
            run = asyncio.run(scheduled_run_outcome(server))
        finally:
            os.killpg(server.pid, signal.SIGINT)  # Ctrl-C: the runner pauses its schedules and exits
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    print(f"served run: {time.monotonic() - started:.1f}s from serve start to a final state; "
          f"started {(run.start_time - run.expected_start_time).total_seconds():.1f}s after its scheduled time")
    assert run.state.is_completed(), (tmp_path / "serve.log").read_text()
    assert run.start_time >= run.expected_start_time - timedelta(seconds=1)  # the API rounds its wait to 1 s
    assert run.parameters["sources"] == ["served-folder"]
    assert run_sql(data_dir / "warehouse", "select source_name, count(*) from articles group by 1")[1] == [
        ("served-folder", 1)]


@pytest.mark.flow
def test_dask_task_runner_runs_the_batches_on_the_cluster(tmp_path, prefect_server, monkeypatch):
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("prefect_dask")
    import flows.ingest
    from flows.ingest import run_ingest

    monkeypatch.setattr(flows.ingest, "BATCH_SIZE", 1)  # two documents -> two batch tasks
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder)
    shutil.copy(SEED_HTML, folder)
    settings = Settings(tmp_path / "data")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        reports = run_ingest([str(folder)], None, settings, task_runner="dask", dask_address=cluster.scheduler_address)
        ran_on_dask = {name: p.state_counts["memory"] for name, p in cluster.scheduler.task_prefixes.items()}
    assert [(r.new, r.failed) for r in reports] == [(2, 0)]
    assert run_sql(settings.warehouse_dir, "select count(*) from articles")[1][0][0] == 2
    # both batches ran on the cluster; collecting stayed in the flow's process (its fetcher cannot travel)
    assert ran_on_dask == {"process_batch_task": 2}


@pytest.mark.flow
def test_prefect_yaml_deploys_and_a_worker_runs_its_ingest(tmp_path, prefect_server):
    """`prefect deploy --all` with the repository's prefect.yaml, then `prefect worker start --run-once`."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.settings import PREFECT_API_URL

    shutil.copy(REPO / "prefect.yaml", tmp_path)  # deploying from here makes it the workers' working directory
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder)
    _config(tmp_path, f'[[sources]]\nname = "pooled"\npath = "{folder}"\n')
    prefect = Path(sys.executable).with_name("prefect")
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}

    async def create_pool():
        async with get_client() as client:
            await client.create_work_pool(WorkPoolCreate(name="newsfacts", type="process"), overwrite=True)

    asyncio.run(create_pool())
    deploy = subprocess.run([prefect, "--no-prompt", "deploy", "--all"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr

    async def start_run():
        async with get_client() as client:
            names = {f"{(await client.read_flow(d.flow_id)).name}/{d.name}" for d in await client.read_deployments()}
            deployment = await client.read_deployment_by_name("ingest/all-sources")
            run = await client.create_flow_run_from_deployment(deployment.id)
            return names, run.id

    names, run_id = asyncio.run(start_run())
    assert {"ingest/all-sources", "compact/nightly", "reprocess/after-upgrade"} <= names
    worker = subprocess.run([prefect, "worker", "start", "--pool", "newsfacts", "--run-once"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120, check=False)

    async def read_run():
        async with get_client() as client:
            return await client.read_flow_run(run_id)

    run = asyncio.run(read_run())
    assert run.state.is_completed(), worker.stdout + worker.stderr
    assert run_sql(tmp_path / "data" / "warehouse", "select source_name from articles")[1] == [("pooled",)]
