"""Appends: atomic, idempotent, versioned; views deduplicate copies; empty and old warehouses read."""
from __future__ import annotations

import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from extractors.records import Article, Provenance
from tests.warehouse_helpers import FACTS_PER_ARTICLE, KINDS_PER_ARTICLE, items, make_article
from warehouse.files import list_files
from warehouse.ledger import LEDGER_NAME
from warehouse.query import connect, run_sql
from warehouse.store import Warehouse, article_id_for, canonical_url


def count(root, sql):
    return run_sql(root, sql)[1][0][0]


def remove_ledger(root):
    for suffix in ("", "-wal", "-shm"):
        (root / (LEDGER_NAME + suffix)).unlink(missing_ok=True)


def test_article_id_is_stable_over_url_noise_and_falls_back_to_text():
    base = article_id_for("https://www.example.com/a/b?x=1&y=2", "")
    assert article_id_for("http://example.com/a/b/?y=2&x=1&utm_source=feed#top", "other text") == base
    assert article_id_for("https://example.com/a/c?x=1&y=2", "") != base
    assert article_id_for(None, "Hello   World\n") == article_id_for(None, "hello world")
    assert article_id_for(None, "hello world") != article_id_for(None, "hello there")
    assert canonical_url("https://Example.com:443/") == "//example.com/"


def test_articles_without_url_are_told_apart_by_their_bytes_and_repeats_are_counted(tmp_path):
    assert article_id_for(None, "", "a" * 64) != article_id_for(None, "", "b" * 64)
    assert article_id_for(None, "same text", "a" * 64) == article_id_for(None, "other text", "a" * 64)
    empty = [(Article(source=f"page-{n}.html", flags=["empty_body"]), Provenance("test", sha, None))
             for n, sha in enumerate(("a" * 64, "b" * 64, "b" * 64))]
    result = Warehouse(tmp_path / "warehouse").append(empty, run_id="r", batch=0)
    assert (result.new, result.unchanged, result.updated) == (2, 1, 0)  # the third input is the second again


def test_append_stores_articles_and_facts_by_month(tmp_path):
    root = tmp_path / "warehouse"
    result = Warehouse(root).append(items(range(6)), run_id="run-1", batch=3)
    assert (result.new, result.unchanged, result.updated) == (6, 0, 0)
    assert result.facts == {k: 6 * n for k, n in KINDS_PER_ARTICLE.items()}
    names = sorted(p.relative_to(root).as_posix() for p in result.files)
    assert "articles/published_month=2024-01/a-run-1-b000003.parquet" in names
    assert {p.parent.name for p in result.files} == {"published_month=2024-01", "published_month=2024-02",
                                                     "published_month=2024-03"}
    assert count(root, "SELECT count(*) FROM articles") == 6
    assert count(root, "SELECT count(*) FROM facts") == 6 * FACTS_PER_ARTICLE
    assert not list(root.rglob("*.tmp"))


def test_failed_articles_are_skipped(tmp_path):
    root = tmp_path / "warehouse"
    bad = (Article(source="broken.html", error="not HTML"), Provenance("test"))
    result = Warehouse(root).append([bad, *items([1])], run_id="r", batch=0)
    assert result.new == 1
    assert count(root, "SELECT count(*) FROM articles") == 1


def test_reappend_writes_nothing(tmp_path):
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    warehouse.append(items(range(5)), run_id="r1", batch=0)
    before = sorted(f.path for t in ("articles", "facts") for f in list_files(root, t))
    again = Warehouse(root).append(items(range(5)), run_id="r2", batch=0)
    assert (again.new, again.unchanged, again.updated, again.files) == (0, 5, 0, [])
    assert sorted(f.path for t in ("articles", "facts") for f in list_files(root, t)) == before
    assert warehouse.has_url("http://news.example.org/story/3/")
    assert not warehouse.has_url("https://news.example.org/story/99")


def test_url_checker_sees_articles_committed_after_it_opened(tmp_path):
    """A source's collection keeps one checker open while batches commit: a URL stored meanwhile counts."""
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    with warehouse.url_checker() as stored:
        assert not stored("https://news.example.org/story/2")
        warehouse.append(items(range(3)), run_id="r1", batch=0)
        assert stored("http://www.news.example.org/story/2/?utm_source=feed")
        assert not stored("https://news.example.org/story/3")


def test_changed_content_is_a_new_version(tmp_path):
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    warehouse.append(items([1, 2]), run_id="r1", batch=0)
    result = warehouse.append(items([1], version=1) + items([2]), run_id="r2", batch=0)
    assert (result.new, result.unchanged, result.updated) == (0, 1, 1)
    assert count(root, "SELECT count(*) FROM articles") == 2
    assert count(root, "SELECT count(*) FROM article_versions") == 3
    assert run_sql(root, "SELECT text FROM articles WHERE url LIKE '%/1'")[1] == [(make_article(1, 1).text,)]
    # facts of the latest version only, once each
    assert count(root, "SELECT count(*) FROM facts") == 2 * FACTS_PER_ARTICLE
    assert run_sql(root, "SELECT claim FROM attributions ORDER BY claim")[1] == [("claim 0",), ("claim 1",)]


def test_retried_batch_replaces_its_own_file_and_keeps_committed_rows(tmp_path):
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    first = warehouse.append(items([1, 4]), run_id="r", batch=7)
    retry = warehouse.append(items([1, 7]), run_id="r", batch=7)  # 1 stored, 7 new: same file names
    assert (retry.new, retry.unchanged) == (1, 1)
    assert set(retry.files) <= set(first.files)
    assert len(list_files(root, "articles")) == 1
    assert count(root, "SELECT count(*) FROM article_rows") == 3
    assert count(root, "SELECT count(*) FROM facts") == 3 * FACTS_PER_ARTICLE


def test_views_deduplicate_copies_the_ledger_missed(tmp_path):
    """Two machines wrote the same versions with no shared ledger, and the outputs were merged."""
    root, other = tmp_path / "warehouse", tmp_path / "machine2"
    Warehouse(root).append(items(range(4)), run_id="r1", batch=0)
    Warehouse(other).append(items(range(4)), run_id="m2", batch=0)
    Warehouse(root).append(items([1], version=1), run_id="r2", batch=0)
    for f in list_files(other, "articles") + list_files(other, "facts"):
        shutil.copy(f.path, root / f.path.relative_to(other))
    assert count(root, "SELECT count(*) FROM article_rows") == 4 + 1 + 4
    assert count(root, "SELECT count(*) FROM articles") == 4
    assert count(root, "SELECT count(*) FROM article_versions") == 5
    assert count(root, "SELECT count(*) FROM facts") == 4 * FACTS_PER_ARTICLE
    assert count(root, "SELECT count(DISTINCT (article_id, fact_index)) FROM facts") == 4 * FACTS_PER_ARTICLE
    assert run_sql(root, "SELECT text FROM articles WHERE url LIKE '%/1'")[1] == [(make_article(1, 1).text,)]


def test_a_file_copied_under_another_name_is_reported_not_doubled(tmp_path):
    root = tmp_path / "warehouse"
    result = Warehouse(root).append(items(range(3), months=1), run_id="r1", batch=0)
    for path in result.files:
        shutil.copy(path, path.with_name("backup.parquet"))
    assert count(root, "SELECT count(*) FROM facts") == 3 * FACTS_PER_ARTICLE
    _, problems = run_sql(root, "SELECT path, reason FROM warehouse_problems ORDER BY path")
    assert [p[0].endswith("backup.parquet") for p in problems] == [True, True]
    assert "a copy or a renamed file" in problems[0][1]


def test_lost_ledger_is_rebuilt_from_parquet(tmp_path):
    root = tmp_path / "warehouse"
    Warehouse(root).append(items(range(3)), run_id="r1", batch=0)
    remove_ledger(root)
    warehouse = Warehouse(root)
    assert warehouse.has_url("https://news.example.org/story/2")
    again = warehouse.append(items(range(3)), run_id="r2", batch=0)
    assert (again.new, again.unchanged, again.files) == (0, 3, [])


def test_empty_warehouse_has_every_view(tmp_path):
    con = connect(tmp_path / "never-written")
    for view in ("articles", "article_versions", "facts", "entities", "quantities", "dates", "quotes",
                 "attributions", "entity_mentions", "warehouse_problems"):
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone() == (0,)
    columns = [row[0] for row in con.execute("DESCRIBE quantities").fetchall()]
    assert {"article_id", "published", "value", "unit", "qualifier", "value_max", "subject"} <= set(columns)
    con.close()
    Warehouse(tmp_path / "fresh")
    assert count(tmp_path / "fresh", "SELECT count(*) FROM dates") == 0


def test_a_connection_for_named_views_has_those_and_answers_as_the_full_one(tmp_path):
    root = tmp_path / "warehouse"
    Warehouse(root).append(items(range(4)), run_id="r1", batch=0)
    Warehouse(root).append(items([2], version=1), run_id="r2", batch=0)
    con = connect(root, views={"article_rows", "fact_rows", "latest_copies", "story_merges", "facts", "quantities"})
    try:
        assert con.execute("SELECT sum(value) FROM quantities").fetchone()[0] == count(
            root, "SELECT sum(value) FROM quantities")
        with pytest.raises(duckdb.CatalogException):
            con.execute("SELECT count(*) FROM articles")  # not named
    finally:
        con.close()


def test_files_written_before_a_new_column_stay_readable(tmp_path):
    root = tmp_path / "warehouse"
    result = Warehouse(root).append(items(range(3), months=1), run_id="old", batch=0)
    for path in result.files:  # as an older newsfacts would have written them
        table = pq.read_table(path)
        drop = "value_max" if "facts" in path.parts else "captions"
        pq.write_table(table.drop_columns([drop]), path)
    Warehouse(root).append(items([10], months=1), run_id="new", batch=0)
    _, rows = run_sql(root, "SELECT count(*), count(value_max) FROM quantities")
    assert rows == [(4, 0)]
    _, rows = run_sql(root, "SELECT url, captions FROM articles WHERE captions IS NOT NULL")
    assert rows == [("https://news.example.org/story/10", ["caption 10"])]
    assert count(root, "SELECT count(*) FROM articles") == 4


def test_views_sql_works_in_a_plain_duckdb(tmp_path):
    root = tmp_path / "warehouse"
    warehouse = Warehouse(root)
    warehouse.append(items(range(5)), run_id="r1", batch=0)
    warehouse.append(items([2], version=1), run_id="r2", batch=0)
    con = duckdb.connect()
    con.execute((root / "views.sql").read_text())  # what `duckdb -init <root>/views.sql` runs
    for view in ("articles", "article_versions", "facts", "quantities"):
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] == count(root, f"SELECT count(*) FROM {view}")
    assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 5 * FACTS_PER_ARTICLE
    con.close()


def test_negative_batch_is_refused(tmp_path):
    with pytest.raises(Exception, match="batch must be >= 0"):
        Warehouse(tmp_path / "w").append(items([1]), run_id="r", batch=-1)


def test_entity_mentions_view_has_one_row_per_mention(tmp_path):
    root = tmp_path / "warehouse"
    Warehouse(root).append(items(range(2)), run_id="run-1", batch=0)
    entities, spans = count(root, "SELECT count(*) FROM entities"), count(root, "SELECT sum(len(spans)) FROM entities")
    assert spans > entities > 0
    assert count(root, "SELECT count(*) FROM entity_mentions") == spans
    con = connect(root)
    rows = con.execute('SELECT e.start, e."end", m.start, m."end" FROM entities e JOIN entity_mentions m '
                       "USING (article_id, normalized) WHERE m.start = e.start").fetchall()
    con.close()
    assert rows and all(r[0] == r[2] and r[1] == r[3] for r in rows)
