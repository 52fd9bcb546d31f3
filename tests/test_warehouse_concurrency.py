"""Real processes on real files: overlapping appends, SIGKILL mid-write, queries during compaction."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from tests.warehouse_helpers import FACTS_PER_ARTICLE, items, kill_when_paused, run_processes
from warehouse.compact import compact
from warehouse.files import list_files, validate
from warehouse.query import connect, run_sql
from warehouse.store import Warehouse

REPO = Path(__file__).resolve().parents[1]
TOTALS_SQL = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions), "
              "(SELECT count(*) FROM facts), (SELECT count(*) FROM quantities), "
              "(SELECT sum(value) FROM quantities), (SELECT count(*) FROM article_rows)")


def totals(root) -> tuple:
    return run_sql(root, TOTALS_SQL)[1][0]


def _append_worker(root: str, ids: list[int], run_id: str, out, start) -> None:
    warehouse = Warehouse(root)
    start.wait()
    new = 0
    for b in range(0, len(ids), 10):
        new += warehouse.append(items(ids[b : b + 10]), run_id=run_id, batch=b // 10).new
    out.put(new)


def test_two_processes_appending_same_and_different_articles_lose_and_double_nothing(tmp_path):
    root = tmp_path / "warehouse"
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    # 0..99 only in A, 100..199 in both, 200..299 only in B; B goes backwards to collide more
    run_processes(ctx, _append_worker, [(str(root), list(range(200)), "A", out),
                                        (str(root), list(range(299, 99, -1)), "B", out)])
    assert out.get(timeout=5) + out.get(timeout=5) == 300  # each article counted new exactly once
    articles, versions, facts, _, _, rows = totals(root)
    assert (articles, versions, facts) == (300, 300, 300 * FACTS_PER_ARTICLE)
    assert rows == 300  # the ledger lock kept even the physical copies out


CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    import warehouse.files as files
    from warehouse.ledger import Ledger
    from warehouse.store import Warehouse
    from tests.warehouse_helpers import items

    root, stage, marker = sys.argv[1], sys.argv[2], Path(sys.argv[3])

    def pause():
        marker.write_text("paused")
        time.sleep(120)

    if stage == "temp-written":          # a temporary file is complete, nothing renamed yet
        real_write = files.pq.write_table
        def write_table(table, where, **kw):
            real_write(table, where, **kw)
            pause()
        files.pq.write_table = write_table
    elif stage == "between-renames":     # the facts file is in place, its articles file is not
        real_replace = os.replace
        def replace(src, dst):
            real_replace(src, dst)
            if str(dst).endswith(".parquet") and "/facts/" in str(dst):
                pause()
        os.replace = replace
    elif stage == "before-ledger":       # both files in place, the ledger transaction still open
        Ledger.record_articles = lambda self, versions: pause()
    Warehouse(root).append(items(range(10), months=1), run_id="killed", batch=0)
""")


@pytest.mark.parametrize("stage", ["temp-written", "between-renames", "before-ledger"])
def test_sigkill_during_a_write_leaves_a_readable_warehouse_and_the_next_run_completes(tmp_path, stage):
    root = tmp_path / "warehouse"
    Warehouse(root).append(items(range(5), months=1), run_id="first", batch=0)
    marker = tmp_path / "paused"
    kill_when_paused(CHILD, [str(root), stage, str(marker)], marker)

    # queries still work; every visible file is complete
    articles, versions, facts, *_ = totals(root)
    visible = 10 if stage == "before-ledger" else 5
    assert (articles, versions, facts) == (visible, visible, visible * FACTS_PER_ARTICLE)
    for table in ("articles", "facts"):
        assert all(validate(f.path, table) is None for f in list_files(root, table))

    # the next run completes the data (and is not blocked by the killed writer's lock)
    result = Warehouse(root).append(items(range(10), months=1), run_id="next", batch=0)
    assert result.new == 5  # the ledger never committed the killed batch, so its articles are written again
    articles, versions, facts, *_ = totals(root)
    assert (articles, versions, facts) == (10, 10, 10 * FACTS_PER_ARTICLE)

    # compaction removes what the killed writer left and keeps the answer
    done = compact(root, stale_temp_seconds=0, grace_seconds=0)
    assert not list(root.rglob("*.tmp"))
    assert {f.file_id for f in list_files(root, "facts")} == {f.file_id for f in list_files(root, "articles")}
    assert done.temp_removed == (1 if stage == "temp-written" else 0)
    assert totals(root)[:3] == (10, 10, 10 * FACTS_PER_ARTICLE)
    assert totals(root)[5] == 10


COMPACTOR = textwrap.dedent("""
    import os, sys, time
    import warehouse.compact as compact_module
    from warehouse.compact import compact

    # stretch the moments a reader could catch: output renamed but inputs not yet retired; the first
    # output waits (20 s at most) until a reader says it saw inputs and output together, so a loaded
    # machine's slow reads cannot miss the moment
    real_replace = os.replace
    signal = sys.argv[2]
    def replace(src, dst):
        real_replace(src, dst)
        if str(dst).endswith(".parquet"):
            deadline = time.monotonic() + 20
            while not os.path.exists(signal) and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)
    compact_module.os.replace = replace
    real_commit = compact_module._commit
    def commit(*args):
        time.sleep(0.5)
        return real_commit(*args)
    compact_module._commit = commit
    print(compact(sys.argv[1], grace_seconds=600))
""")


def test_queries_during_compaction_never_fail_nor_miss_nor_double_rows(tmp_path):
    root, other = tmp_path / "warehouse", tmp_path / "machine2"
    warehouse = Warehouse(root)
    for b in range(12):
        warehouse.append(items(range(b * 10, b * 10 + 10), months=2), run_id="r", batch=b)
    warehouse.append(items(range(0, 30, 3), version=1, months=2), run_id="v", batch=0)
    Warehouse(other).append(items(range(50, 70), months=2), run_id="m2", batch=0)  # copies from elsewhere
    for f in list_files(other, "articles") + list_files(other, "facts"):
        (root / f.path.relative_to(other)).write_bytes(f.path.read_bytes())
    expected = totals(root)
    baseline_rows = expected[5]
    assert expected[:3] == (120, 130, 120 * FACTS_PER_ARTICLE)
    glob_con = duckdb.connect()
    glob_con.execute((root / "views.sql").read_text())
    snapshot = connect(root)  # opened before compaction: must keep working through the grace period

    saw_both = tmp_path / "reader-saw-inputs-and-output"
    child = subprocess.Popen([sys.executable, "-c", COMPACTOR, str(root), str(saw_both)], cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE, text=True)
    seen, most_rows = 0, 0
    try:
        while child.poll() is None:
            got = totals(root)
            assert got[:5] == expected[:5]
            most_rows = max(most_rows, got[5])
            if most_rows > baseline_rows:
                saw_both.touch()
            assert glob_con.execute(TOTALS_SQL).fetchone()[:5] == expected[:5]
            assert snapshot.execute(TOTALS_SQL).fetchone()[:5] == expected[:5]
            seen += 1
    finally:
        out, _ = child.communicate(timeout=120)
    assert child.returncode == 0, out
    assert seen >= 3
    assert most_rows > baseline_rows  # some reader did see inputs and output together
    assert totals(root)[:5] == expected[:5]
    assert totals(root)[5] == 130  # one row per version left
    assert snapshot.execute(TOTALS_SQL).fetchone()[:5] == expected[:5]
    assert glob_con.execute(TOTALS_SQL).fetchone()[:5] == expected[:5]
    snapshot.close()
    glob_con.close()
