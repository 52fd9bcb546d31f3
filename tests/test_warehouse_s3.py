"""The warehouse on object storage: a real S3 API (moto's server on 127.0.0.1), s3fs, DuckDB.

Each "machine" is a ``Storage`` with its own local cache dir (its own ledger); they share only the bucket.
"""
from __future__ import annotations

import logging
import multiprocessing
import uuid

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.warehouse_helpers import FACTS_PER_ARTICLE, items, run_processes
from warehouse.compact import compact
from warehouse.files import QUARANTINE_DIR, list_files
from warehouse.query import VIEWS_FILE, check, connect, run_sql
from warehouse.storage import Storage
from warehouse.store import Warehouse, WarehouseError

moto_server = pytest.importorskip("moto.server")
pytest.importorskip("s3fs")

TOTALS_SQL = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions), "
              "(SELECT count(*) FROM facts), (SELECT sum(value) FROM quantities), (SELECT count(*) FROM article_rows)")


@pytest.fixture(scope="module")
def s3_options():
    """storage_options reaching a moto S3 server on 127.0.0.1 (credentials passed, no env needed)."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield {"key": "testing", "secret": "testing",
           "client_kwargs": {"endpoint_url": f"http://{host}:{port}"}}
    server.stop()


@pytest.fixture
def bucket_url(s3_options) -> str:
    """A fresh bucket per test, so tests share the server and nothing else."""
    return f"s3://wh-{uuid.uuid4().hex[:12]}/news/warehouse"


def machine(url: str, options: dict, cache) -> Storage:
    return Storage(url, options, cache_dir=cache)


def totals(storage: Storage) -> tuple:
    return run_sql(storage, TOTALS_SQL)[1][0]


def test_append_and_query_through_views_on_s3(bucket_url, s3_options, tmp_path):
    storage = machine(bucket_url, s3_options, tmp_path / "cache")
    warehouse = Warehouse(storage)
    first = warehouse.append(items(range(30)), run_id="r1", batch=0)
    assert (first.new, first.unchanged) == (30, 0)
    again = warehouse.append(items(range(30)), run_id="r2", batch=0)  # the local ledger skips them
    assert (again.new, again.unchanged, again.files) == (0, 30, [])
    assert totals(storage)[:3] == (30, 30, 30 * FACTS_PER_ARTICLE)
    assert warehouse.has_url("https://www.news.example.org/story/7/?utm_source=x")

    fs = storage.fs
    keys = fs.find(str(storage.root))
    assert any(k.endswith(".parquet") and "/articles/published_month=2024-0" in k for k in keys)
    assert not any(k.endswith((".tmp", ".sqlite")) for k in keys)  # no temporaries, no ledger in the bucket
    assert storage.ledger_path.is_file() and tmp_path in storage.ledger_path.parents
    views_sql = fs.cat_file(str(storage.root / VIEWS_FILE)).decode()
    assert views_sql.count(f"read_parquet('{bucket_url}/") == 4  # articles, facts, the alert log, the story merges

    by_month = "SELECT published_month, count(*) FROM articles GROUP BY 1 ORDER BY 1"
    snapshot, globbing = connect(storage), duckdb.connect()  # newsfacts' snapshot; any client + the views.sql
    try:
        storage.register(globbing)
        globbing.execute(views_sql)
        for con in (snapshot, globbing):
            assert con.execute(by_month).fetchall() == [("2024-01", 10), ("2024-02", 10), ("2024-03", 10)]
    finally:
        snapshot.close()
        globbing.close()


def _machine_worker(url: str, options: dict, cache: str, ids: list[int], version: int, run_id: str,
                    out, start) -> None:
    warehouse = Warehouse(Storage(url, options, cache_dir=cache))
    start.wait()
    new = 0
    for b in range(0, len(ids), 25):
        new += warehouse.append(items(ids[b: b + 25], version), run_id=run_id, batch=b // 25).new
    out.put(new)


def test_two_machines_appending_overlapping_articles_to_one_bucket_double_nothing(bucket_url, s3_options, tmp_path):
    Warehouse(machine(bucket_url, s3_options, tmp_path / "seed"))  # creates the bucket
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    # A: 0..199; B: 100..299 backwards, and 180..199 in a second version. Neither ledger knows the other.
    run_processes(ctx, _machine_worker, [
        (bucket_url, s3_options, str(tmp_path / "a"), list(range(200)), 0, "A", out),
        (bucket_url, s3_options, str(tmp_path / "b"), list(range(299, 99, -1)), 0, "B", out)])
    assert out.get(timeout=5) + out.get(timeout=5) == 400  # each machine stored its own copy of 100..199
    reader = machine(bucket_url, s3_options, tmp_path / "c")  # a third machine, no ledger yet
    articles, versions, facts, value_sum, rows = totals(reader)
    assert (articles, versions, facts) == (300, 300, 300 * FACTS_PER_ARTICLE)
    assert value_sum == sum(1000 + i for i in range(300))
    assert rows == 400  # the copies are there; the views count each article once

    # machine B updates articles A wrote; everyone sees the new version as the latest
    updated = Warehouse(machine(bucket_url, s3_options, tmp_path / "b")).append(
        items(range(20), version=1), run_id="B2", batch=0)
    assert (updated.new, updated.updated) == (20, 0)  # B's ledger never saw A's versions: dedupe decides
    articles, versions, facts, value_sum, _ = totals(reader)
    assert (articles, versions, facts) == (300, 320, 300 * FACTS_PER_ARTICLE)
    assert value_sum == sum(1000 + i for i in range(300)) + 20


def test_a_machine_without_a_ledger_rebuilds_it_from_the_bucket(bucket_url, s3_options, tmp_path):
    Warehouse(machine(bucket_url, s3_options, tmp_path / "a")).append(items(range(40)), run_id="r", batch=0)
    fresh = Warehouse(machine(bucket_url, s3_options, tmp_path / "new"))
    result = fresh.append(items(range(50)), run_id="r2", batch=0)
    assert (result.new, result.unchanged) == (10, 40)
    assert totals(fresh.storage)[4] == 50  # not a single copy written


def test_compaction_on_s3_keeps_answers_and_retires_inputs_after_the_grace_period(bucket_url, s3_options, tmp_path):
    storage = machine(bucket_url, s3_options, tmp_path / "cache")
    warehouse = Warehouse(storage)
    other = machine(bucket_url, s3_options, tmp_path / "other")  # a second machine, its ledger empty
    elsewhere = Warehouse(other)
    for b in range(4):
        warehouse.append(items(range(b * 10, b * 10 + 10), months=2), run_id="r", batch=b)
    warehouse.append(items(range(0, 20, 2), version=1, months=2), run_id="v", batch=0)
    elsewhere.append(items(range(30, 40), months=2), run_id="m2", batch=0)  # copies of stored articles
    expected = totals(storage)
    assert expected[:3] == (40, 50, 40 * FACTS_PER_ARTICLE) and expected[4] == 60
    inputs = {f.path for t in ("articles", "facts") for f in list_files(storage, t)}
    snapshot = connect(storage)  # opened before compaction, reads through the grace period
    try:
        result = compact(storage, grace_seconds=600)
        assert result.partitions == 2 and result.copies_dropped == 10 and result.retired_removed == 0
        assert totals(storage)[:4] == expected[:4]
        assert totals(storage)[4] == 50  # inputs are retired: readers see the compacted files only
        assert snapshot.execute(TOTALS_SQL).fetchone()[:4] == expected[:4]
        assert inputs <= {f.path for t in ("articles", "facts") for f in list_files(storage, t)}
    finally:
        snapshot.close()

    assert compact(storage, grace_seconds=0).retired_removed == len(inputs)
    left = {f.path for t in ("articles", "facts") for f in list_files(storage, t)}
    assert not left & inputs and len(left) == 4  # one articles + one facts file per month
    assert totals(storage)[:4] == expected[:4]
    assert totals(other)[:4] == expected[:4]  # the other machine's ledger never heard of the compaction


def test_a_foreign_object_in_the_bucket_is_reported_then_quarantined(bucket_url, s3_options, tmp_path):
    storage = machine(bucket_url, s3_options, tmp_path / "cache")
    Warehouse(storage).append(items(range(10), months=1), run_id="r", batch=0)
    month_dir = storage.root / "articles" / "published_month=2024-01"
    storage.fs.pipe_file(str(month_dir / "junk.parquet"), b"not parquet at all")
    with storage.fs.open(str(month_dir / "foreign.parquet"), "wb") as fh:
        pq.write_table(pa.table({"x": [1, 2]}), fh)
    assert sorted(p.path.name for p in check(storage)) == ["foreign.parquet", "junk.parquet"]
    assert totals(storage)[:3] == (10, 10, 10 * FACTS_PER_ARTICLE)
    result = compact(storage)
    assert len(result.quarantined) == 2 and check(storage) == []
    assert len(storage.fs.find(str(storage.root / QUARANTINE_DIR))) == 2


def test_settings_point_the_warehouse_and_the_cli_at_object_storage(bucket_url, s3_options, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from flows.cli import cli
    from flows.settings import Settings

    monkeypatch.setenv("NEWSFACTS_WAREHOUSE_URL", bucket_url)
    monkeypatch.setenv("NEWSFACTS_S3_ENDPOINT_URL", s3_options["client_kwargs"]["endpoint_url"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    target = Settings.resolve(tmp_path / "data").warehouse_dir
    assert isinstance(target, Storage) and str(target) == bucket_url
    Warehouse(target).append(items(range(5)), run_id="r", batch=0)
    assert totals(target)[:3] == (5, 5, 5 * FACTS_PER_ARTICLE)
    assert (tmp_path / "data" / "warehouse-cache") in target.ledger_path.parents
    shown = CliRunner().invoke(cli, ["query", "select count(*) as n from facts", "--format", "csv",
                                     "--data-dir", str(tmp_path / "data")])
    assert shown.exit_code == 0, shown.output
    assert shown.output.split() == ["n", str(5 * FACTS_PER_ARTICLE)]
    assert not (tmp_path / "data" / "warehouse").exists()
    monkeypatch.delenv("NEWSFACTS_WAREHOUSE_URL")
    assert Settings.resolve(tmp_path / "data").warehouse_dir == tmp_path / "data" / "warehouse"


def test_an_unusable_bucket_is_reported_with_the_url(s3_options, tmp_path):
    with pytest.raises(WarehouseError, match=r"s3://no/warehouse .*bucket name"):
        Warehouse(machine("s3://no/warehouse", s3_options, tmp_path))  # bucket names have 3 characters or more
