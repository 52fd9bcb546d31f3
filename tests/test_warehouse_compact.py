"""Compaction: fewer sorted files, same answers; retired inputs, stale temporaries, foreign files."""
from __future__ import annotations

import os
import shutil
import time

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.warehouse_helpers import FACTS_PER_ARTICLE, items
from warehouse.compact import CompactionError, compact
from warehouse.files import QUARANTINE_DIR, list_files
from warehouse.query import check, run_sql
from warehouse.store import Warehouse

ANSWERS_SQL = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions), "
               "(SELECT count(*) FROM facts), (SELECT sum(value) FROM quantities), "
               "(SELECT string_agg(claim, ',' ORDER BY claim) FROM attributions)")


def answers(root):
    return run_sql(root, ANSWERS_SQL)[1][0]


def build(root, batches=6, per_batch=5, months=2):
    warehouse = Warehouse(root)
    for b in range(batches):
        warehouse.append(items(range(b * per_batch, (b + 1) * per_batch), months=months), run_id="r", batch=b)
    warehouse.append(items([0, 1], version=1, months=months), run_id="v", batch=0)
    return warehouse


def test_compact_merges_each_month_into_sorted_files_with_the_same_answers(tmp_path):
    root = tmp_path / "warehouse"
    build(root)
    before = answers(root)
    result = compact(root, grace_seconds=0)
    assert result.partitions == 2 and result.articles == 32 and result.facts == 30 * FACTS_PER_ARTICLE + 12
    assert answers(root) == before
    files = list_files(root, "articles")
    assert len(files) == 2 and all(f.file_id.startswith("c-") for f in files)
    assert len(list_files(root, "facts")) == 2
    for f in files:
        published = pq.read_table(f.path, columns=["published"]).column("published").to_pylist()
        assert published == sorted(published)
    assert result.retired_removed == 2 * (6 + 1) * 2  # every input of both tables, after a zero grace


def test_compact_writes_row_groups_of_the_requested_size(tmp_path):
    root = tmp_path / "warehouse"
    build(root, batches=2, per_batch=2500, months=1)
    compact(root, grace_seconds=0, row_group_size=2048)  # DuckDB rounds row groups to 2048-row vectors
    (articles,), (facts,) = list_files(root, "articles"), list_files(root, "facts")
    meta = pq.read_metadata(articles.path)
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [2048, 2048, 5002 - 2 * 2048]
    kinds = pq.read_table(facts.path, columns=["kind"]).column("kind").to_pylist()
    assert kinds == sorted(kinds)  # grouped by kind, so a typed view skips the other kinds' row groups
    assert pq.read_metadata(facts.path).num_row_groups == -(-len(kinds) // 2048)


def test_compact_splits_output_at_the_target_size(tmp_path):
    root = tmp_path / "warehouse"
    build(root, months=1)
    before = answers(root)
    result = compact(root, grace_seconds=0, target_rows_per_file=10)
    assert result.files_out == 2 * 4  # 32 article rows -> 4 files, each with its facts file
    assert answers(root) == before


def test_compact_drops_copies_but_keeps_versions(tmp_path):
    root, other = tmp_path / "warehouse", tmp_path / "machine2"
    build(root)
    Warehouse(other).append(items(range(10), months=2), run_id="m2", batch=0)
    for f in list_files(other, "articles") + list_files(other, "facts"):
        shutil.copy(f.path, root / f.path.relative_to(other))
    before = answers(root)
    result = compact(root, grace_seconds=0)
    assert result.copies_dropped == 10
    assert answers(root) == before
    assert run_sql(root, "SELECT count(*) FROM article_rows")[1] == [(32,)]
    assert run_sql(root, "SELECT count(*) FROM fact_rows")[1] == [(32 * FACTS_PER_ARTICLE,)]


def test_retired_inputs_stay_for_the_grace_period_then_go(tmp_path):
    root = tmp_path / "warehouse"
    build(root)
    inputs = [f.path for t in ("articles", "facts") for f in list_files(root, t)]
    compact(root, grace_seconds=3600)
    assert all(p.exists() for p in inputs)  # readers that listed them can still read them
    assert run_sql(root, "SELECT count(*) FROM article_rows")[1] == [(32,)]  # but new readers skip them
    assert compact(root, grace_seconds=3600).retired_removed == 0
    assert compact(root, grace_seconds=0).retired_removed == len(inputs)
    assert not any(p.exists() for p in inputs)


def test_appends_after_compaction_are_merged_by_the_next_one(tmp_path):
    root = tmp_path / "warehouse"
    warehouse = build(root)
    compact(root, grace_seconds=0)
    warehouse.append(items([2, 3], version=1, months=2) + items([100], months=2), run_id="later", batch=0)
    before = answers(root)
    assert before[:2] == (31, 35)
    compact(root, grace_seconds=0)
    assert answers(root) == before
    assert len(list_files(root, "articles")) == 2


def test_corrupt_and_foreign_files_are_reported_not_fatal(tmp_path):
    root = tmp_path / "warehouse"
    build(root)
    before = answers(root)
    month = root / "articles" / "published_month=2024-01"
    (month / "garbage.parquet").write_bytes(b"PAR1 this is not parquet")
    good = next(month.glob("a-*.parquet"))
    (month / "truncated.parquet").write_bytes(good.read_bytes()[:200])
    pq.write_table(pa.table({"x": [1, 2]}), root / "facts" / "published_month=2024-02" / "foreign.parquet")
    os.makedirs(root / "facts" / "published_month=2024-09")
    pq.write_table(pa.table({"article_id": ["a"], "kind": [3]}),
                   root / "facts" / "published_month=2024-09" / "wrong-types.parquet")

    assert answers(root) == before
    _, problems = run_sql(root, "SELECT path, reason FROM warehouse_problems ORDER BY path")
    assert sorted(os.path.basename(p) for p, _ in problems) == [
        "foreign.parquet", "garbage.parquet", "truncated.parquet", "wrong-types.parquet"]
    assert "not a facts file" in dict(problems)[str(root / "facts" / "published_month=2024-02" / "foreign.parquet")]

    assert len(check(root)) == 4
    result = compact(root, grace_seconds=0)
    assert len(result.quarantined) == 4 and "quarantined" in str(result)
    assert check(root) == []
    assert (root / QUARANTINE_DIR / "articles" / "published_month=2024-01" / "garbage.parquet").exists()
    assert answers(root) == before
    con = duckdb.connect()  # the glob views work again once the strays are out of the way
    con.execute((root / "views.sql").read_text())
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (before[0],)
    con.close()


def test_stale_temporary_files_are_removed_young_ones_kept(tmp_path):
    root = tmp_path / "warehouse"
    build(root)
    month = root / "facts" / "published_month=2024-01"
    stale, young = month / ".a-x-b000001.parquet.999.tmp", month / ".a-y-b000001.parquet.998.tmp"
    stale.write_bytes(b"half a file")
    young.write_bytes(b"being written")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    result = compact(root, stale_temp_seconds=3600)
    assert result.temp_removed == 1
    assert not stale.exists() and young.exists()


def test_compact_of_an_empty_or_missing_warehouse(tmp_path):
    Warehouse(tmp_path / "empty")
    assert compact(tmp_path / "empty").partitions == 0
    with pytest.raises(CompactionError, match="no warehouse"):
        compact(tmp_path / "missing")


def _dictionary_columns(path) -> set[str]:
    meta = pq.read_metadata(path)
    return {meta.row_group(g).column(c).path_in_schema for g in range(meta.num_row_groups)
            for c in range(meta.num_columns) if meta.row_group(g).column(c).has_dictionary_page}


def test_appends_write_plain_pages_and_compaction_dictionary_pages(tmp_path):
    """An append's files (a few rows per month) skip dictionaries, which cost CPU there and saved no
    bytes; compaction's large files keep them for their repeated values (run, version, kind)."""
    root = tmp_path / "warehouse"
    build(root, batches=2, per_batch=4)
    appended = list_files(root, "articles") + list_files(root, "facts")
    assert appended and all(not _dictionary_columns(f.path) for f in appended)
    before = answers(root)
    compact(root, grace_seconds=0)
    assert answers(root) == before
    compacted = list_files(root, "articles") + list_files(root, "facts")
    assert all({"file_id", "extractor_version"} <= _dictionary_columns(f.path) for f in compacted)


def _codecs(path) -> set[str]:
    meta = pq.read_metadata(path)
    return {meta.row_group(g).column(c).compression for g in range(meta.num_row_groups)
            for c in range(meta.num_columns)}


def test_appended_files_of_one_or_two_articles_are_snappy_larger_ones_zstd(tmp_path):
    """zstd's fixed cost per column chunk buys a file of one or two articles almost nothing; the
    month of 3+ articles, and compaction's output, get zstd."""
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    warehouse.append(items(range(3), months=1), run_id="r", batch=0)  # three articles, one month
    warehouse.append(items(range(3, 5), months=2), run_id="r", batch=1)  # one article in each of two months
    codecs = {(f.file_id, f.month): _codecs(f.path) for t in ("articles", "facts") for f in list_files(root, t)}
    assert codecs == {("a-r-b000000", "2024-01"): {"ZSTD"}, ("a-r-b000001", "2024-01"): {"SNAPPY"},
                      ("a-r-b000001", "2024-02"): {"SNAPPY"}}
    compact(root, grace_seconds=0)  # merges January's two files; February's one file stays as it is
    merged = [f for t in ("articles", "facts") for f in list_files(root, t) if f.month == "2024-01"]
    assert len(merged) == 2 and all(f.file_id.startswith("c-") and _codecs(f.path) == {"ZSTD"} for f in merged)
