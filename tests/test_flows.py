"""The ingest flow for real: a Prefect run on the seeds, Parquet on disk, DuckDB on top."""
from __future__ import annotations

import asyncio
import json

import pytest
from click.testing import CliRunner

from flows.cli import cli
from warehouse.query import run_sql

pytestmark = pytest.mark.flow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, prefect_server):
    """One `newsfacts run` on the seeds into a fresh data dir (the CLI path `make run` takes)."""
    data_dir = tmp_path_factory.mktemp("data")
    result = CliRunner().invoke(cli, ["run", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    return data_dir, result.output


def _count(data_dir, sql: str) -> int:
    return run_sql(data_dir / "warehouse", sql)[1][0][0]


def test_run_stores_every_seed_article(seeded):
    data_dir, output = seeded
    stored = _count(data_dir, "select count(*) from articles")
    assert stored >= 5  # seed dump, two HTML pages, two JSONL articles (+ what the WARC yields)
    assert f"articles: {stored} new, 0 already stored" in output
    assert str(data_dir) in output and "prefect server start" in output
    parquet = list((data_dir / "warehouse").rglob("*.parquet"))
    assert parquet and not list((data_dir / "warehouse").rglob("*.tmp"))


def test_run_stores_seed_facts_queryable_by_kind(seeded):
    data_dir, _ = seeded
    kinds = dict(run_sql(data_dir / "warehouse", "select kind, count(*) from facts group by kind")[1])
    assert kinds.get("entity", 0) > 0 and kinds.get("quantity", 0) > 0 and kinds.get("date", 0) > 0
    rows = run_sql(data_dir / "warehouse",
                   "select q.value from quantities q join articles a using (article_id) "
                   "where a.title like 'N. Korea sent over%' and q.qualifier = 'more_than' order by q.value")[1]
    assert [r[0] for r in rows][:2] == [13000, 6_000_000]


def test_second_run_adds_nothing(seeded):
    data_dir, _ = seeded
    before = _count(data_dir, "select count(*) from facts")
    result = CliRunner().invoke(cli, ["run", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert "articles: 0 new" in result.output
    assert _count(data_dir, "select count(*) from facts") == before
    assert _count(data_dir, "select count(*) from article_versions") == _count(data_dir, "select count(*) from articles")


def test_run_is_recorded_in_prefect(seeded):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    async def ingest_runs():
        async with get_client() as client:
            return await client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["ingest"])))

    runs = asyncio.run(ingest_runs())
    assert runs and all(r.state.is_completed() for r in runs)


def test_query_cli_reads_the_run(seeded):
    data_dir, _ = seeded
    result = CliRunner().invoke(cli, ["query", "select count(*) as n from articles where title is not null",
                                      "--data-dir", str(data_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] >= 5



def test_bad_source_among_good_ones_is_one_summary_line(tmp_path, prefect_server):
    from tests.conftest import REPO

    good = REPO / "seeds" / "sample-articles.jsonl"
    missing = str(tmp_path / "nonexistent_dir")
    result = CliRunner().invoke(cli, ["run", "--source", str(good), "--source", missing,
                                      "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1, result.output  # something failed; what could be stored is stored
    assert _count(tmp_path / "data", "select count(*) from articles") == 2  # the file's two articles
    assert f"  {good}: 2 new, 0 already stored" in result.stdout
    assert [line for line in result.stdout.splitlines() if missing in line] == [
        f"  {missing}: failed: no such file or folder; check the path"]
    assert "Traceback" not in result.output
