"""Compaction: per month, merge small files into few sorted ones, drop copies, retire the inputs.

Safe while queries run:

1. the merged facts file, then the merged articles file, are renamed into place under a new
   ``file_id`` (``c-<time>-<n>``); a reader that sees both the inputs and the output counts each
   row once: the views pick one copy per version, preferring the least compacted one (so the
   inputs while they are visible), and take facts only from that copy (``copy_key``);
2. one ledger transaction registers the output and marks the inputs retired: new readers skip
   them (readers read the ledger before listing, see ``query.snapshot_files``);
3. retired files stay on disk for ``grace_seconds`` so a query that listed them still reads them;
   a later ``compact`` deletes them (articles file first, then its facts file).

Memory stays bounded: DuckDB sorts one partition at a time under ``memory_limit`` and spills to
``<root>/.compact-tmp``.

On object storage the same steps run: outputs are written to a local temporary file and uploaded
under their final name (one atomic PUT), the ledger, lock and spill directory are local (see
``warehouse.storage``). Run compaction from one machine: the lock only excludes compactions on the
machine that holds it (two at once stay correct, the views deduplicate, but do the work twice).
"""
from __future__ import annotations

import fcntl
import logging
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePath

import duckdb

from extractors.records import NewsfactsError
from warehouse.files import PARQUET_SUFFIX, DataFile, clean_stale_temp, partition_dir, quarantine
from warehouse.ledger import Ledger
from warehouse.query import (
    LATEST_ORDER,
    empty_select,
    quote_ident,
    snapshot_files,
    sql_literal,
    write_views_sql,
)
from warehouse.schema import SCHEMA_VERSION, SCHEMA_VERSION_KEY, SCHEMAS, TABLES
from warehouse.storage import Storage, as_storage

logger = logging.getLogger(__name__)

LOCK_NAME = ".compact.lock"
SPILL_DIR = ".compact-tmp"
COMPACTED_PREFIX = "c-"


class CompactionError(NewsfactsError):
    """Compaction cannot run (another one holds the lock, or the warehouse does not exist)."""


@dataclass(frozen=True, slots=True)
class CompactResult:
    """What one ``compact`` did."""

    partitions: int = 0  # partitions rewritten
    files_in: int = 0  # article + fact files merged (and retired)
    files_out: int = 0
    articles: int = 0  # article rows written (one per stored version)
    facts: int = 0
    copies_dropped: int = 0  # duplicate article rows not carried over
    retired_removed: int = 0  # retired files deleted after their grace period
    temp_removed: int = 0
    quarantined: list[PurePath] = field(default_factory=list)
    seconds: float = 0.0

    def __str__(self) -> str:
        text = (f"compacted {self.partitions} partitions: {self.files_in} files -> {self.files_out} "
                f"({self.articles} article rows, {self.facts} fact rows, {self.copies_dropped} copies dropped); "
                f"removed {self.retired_removed} retired and {self.temp_removed} stale temporary files "
                f"in {self.seconds:.1f}s")
        if self.quarantined:
            text += "\nquarantined (not readable as warehouse files):\n" + "\n".join(f"  {p}" for p in self.quarantined)
        return text


def compact(
    root: Storage | PurePath | str,
    *,
    target_rows_per_file: int = 500_000,
    row_group_size: int = 122_880,
    grace_seconds: float = 600.0,
    stale_temp_seconds: float = 3600.0,
    memory_limit: str = "1GB",
) -> CompactResult:
    """Compact every partition of the warehouse at ``root`` that has two or more article files.

    Args:
        target_rows_per_file: article rows per output file (its facts go to the paired facts file).
        row_group_size: Parquet row group size of the output (rows); sized for DuckDB's parallel scan.
        grace_seconds: how long retired inputs stay readable for queries that already listed them.
        stale_temp_seconds: temporary files older than this belong to killed writers and are removed.
        memory_limit: DuckDB memory limit while merging; beyond it DuckDB spills to disk.
    """
    storage = as_storage(root)
    if not storage.exists(storage.root):
        raise CompactionError(f"no warehouse at {storage}; run `newsfacts run` first or pass the right --data-dir")
    storage.local_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with _exclusive(storage.local_dir / LOCK_NAME):
        temp_removed = len(clean_stale_temp(storage, older_than_seconds=stale_temp_seconds))
        removed = _purge_retired(storage, grace_seconds)
        files, problems = snapshot_files(storage)
        quarantined = [quarantine(storage, p.path) for p in problems if storage.exists(p.path)]
        _retire_orphan_facts(storage, files, stale_temp_seconds)
        totals = {"partitions": 0, "files_in": 0, "files_out": 0, "articles": 0, "facts": 0, "copies_dropped": 0}
        by_month: dict[str, dict[str, list[DataFile]]] = {}
        for table in TABLES:
            for f in files[table]:
                by_month.setdefault(f.month, {t: [] for t in TABLES})[table].append(f)
        spill = storage.local_dir / SPILL_DIR
        try:
            for month, parts in sorted(by_month.items()):
                if len(parts["articles"]) < 2:
                    continue
                stats = _compact_partition(storage, month, parts, target_rows_per_file, row_group_size, memory_limit,
                                           spill)
                for key, value in stats.items():
                    totals[key] += value
        finally:
            shutil.rmtree(spill, ignore_errors=True)
        removed += _purge_retired(storage, grace_seconds)
        write_views_sql(storage)
    result = CompactResult(**totals, retired_removed=removed, temp_removed=temp_removed, quarantined=quarantined,
                           seconds=time.monotonic() - started)
    logger.info("%s", result)
    return result


def _compact_partition(storage: Storage, month: str, parts: dict[str, list[DataFile]], target_rows: int,
                       row_group_size: int, memory_limit: str, spill: Path) -> dict[str, int]:
    """Merge one month's files; returns counts for ``CompactResult``."""
    art_ids = {f.file_id for f in parts["articles"]}
    # Facts files without their articles file are an append in flight (or a crash): not ours to merge.
    parts = {"articles": parts["articles"], "facts": [f for f in parts["facts"] if f.file_id in art_ids]}
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + secrets.token_hex(2)
    spill.mkdir(exist_ok=True)
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(spill),
                                 "preserve_insertion_order": False})
    storage.register(con)
    outputs: dict[str, list[tuple[Path, PurePath, int]]] = {t: [] for t in TABLES}
    try:
        key_columns = ["article_id", "content_hash", "copy_key", "ingested_at", "compactions", "published"]
        # One copy per version (the copy the views pick), numbered in output order; chunk = output file.
        con.execute(
            "CREATE TEMP TABLE keep AS SELECT copy_key AS old_key, article_id, content_hash, "
            f"(row_number() OVER (ORDER BY published NULLS LAST, article_id) - 1) // {int(target_rows)} AS chunk "
            f"FROM {_source(storage, parts['articles'], 'articles', key_columns)} "
            f"QUALIFY row_number() OVER (PARTITION BY article_id, content_hash ORDER BY {LATEST_ORDER} DESC) = 1"
        )
        rows_in = sum(storage.parquet_file(f.path).metadata.num_rows for f in parts["articles"])
        kept, chunks = con.execute("SELECT count(*), coalesce(max(chunk) + 1, 0) FROM keep").fetchone()
        for chunk in range(chunks):
            file_id = f"{COMPACTED_PREFIX}{stamp}-{chunk:03d}"
            # facts grouped by kind, so the typed views skip other kinds' row groups
            for table, order in (("facts", "kind, published NULLS LAST, article_id, fact_index"),
                                 ("articles", "published NULLS LAST, article_id")):
                path = partition_dir(storage.root, table, month) / (file_id + PARQUET_SUFFIX)
                tmp = storage.temp_for(path)
                columns = [f.name for f in SCHEMAS[table]]
                new_key = f"(hash(k.article_id, k.content_hash, {sql_literal(file_id)}) >> 1)::BIGINT"
                renamed = {"file_id": f"{sql_literal(file_id)} AS file_id",
                           "compactions": "r.compactions + 1 AS compactions",
                           "copy_key": f"{new_key} AS copy_key"}  # a new copy: facts follow via keep
                select = ", ".join(renamed.get(c, f"r.{quote_ident(c)}") for c in columns)
                n = con.execute(
                    f"COPY (SELECT {select} FROM {_source(storage, parts[table], table, columns)} AS r "
                    f"JOIN keep AS k ON r.copy_key = k.old_key AND k.chunk = {chunk} "
                    f"ORDER BY {order}) TO {sql_literal(str(tmp))} (FORMAT parquet, COMPRESSION zstd, "
                    f"ROW_GROUP_SIZE {int(row_group_size)}, "
                    f"KV_METADATA {{'{SCHEMA_VERSION_KEY.decode()}': '{SCHEMA_VERSION}'}})"
                ).fetchone()[0]
                outputs[table].append((tmp, path, n))
    except BaseException:
        for tmp, _, _ in (o for pairs in outputs.values() for o in pairs):
            tmp.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    for table in ("facts", "articles"):  # facts first: an articles file never shows without its facts
        for tmp, path, _ in outputs[table]:
            storage.commit(tmp, path)
    retired = _commit(storage, month, parts, outputs)
    logger.info("compacted %s: %d files -> %d (%d article rows, %d copies dropped)", month, retired,
                sum(len(v) for v in outputs.values()), kept, rows_in - kept)
    return {"partitions": 1, "files_in": retired, "files_out": sum(len(v) for v in outputs.values()),
            "articles": kept, "facts": sum(n for _, _, n in outputs["facts"]), "copies_dropped": rows_in - kept}


def _commit(storage: Storage, month: str, parts: dict[str, list[DataFile]],
            outputs: dict[str, list[tuple[Path, PurePath, int]]]) -> int:
    """Register the output, retire the inputs that are unchanged since we read them; returns retired count.

    An input rewritten meanwhile (a retried batch keeps its file name) stays live: its rows are also
    in the output, which the views deduplicate, and the next compaction merges it.
    """
    root = storage.root
    with Ledger(storage.ledger_path) as ledger, ledger.write_lock():
        for table, pairs in outputs.items():
            for _, path, rows in pairs:
                info = storage.stat(path)
                ledger.register_file(path.relative_to(root).as_posix(), table, month, info.size, info.stamp, rows)
        facts_by_id = {f.file_id: f for f in parts["facts"]}
        retired = 0
        for art in parts["articles"]:
            pair = [art] + ([facts_by_id[art.file_id]] if art.file_id in facts_by_id else [])
            if all(_unchanged(storage, f) for f in pair):
                for f in pair:
                    ledger.retire_file(f.relpath(root), f.table, f.month, f.size, f.mtime_ns)
                retired += len(pair)
    return retired


def _unchanged(storage: Storage, f: DataFile) -> bool:
    info = storage.stat(f.path)
    return info is not None and (info.size, info.stamp) == (f.size, f.mtime_ns)


def _purge_retired(storage: Storage, grace_seconds: float) -> int:
    """Delete retired files whose grace period is over (articles before facts); returns how many."""
    cutoff = time.time() - grace_seconds
    with Ledger(storage.ledger_path) as ledger, ledger.write_lock():
        due = [e for e in ledger.files("retired").values() if e.retired_at is not None and e.retired_at <= cutoff]
        due.sort(key=lambda e: e.tbl)  # "articles" < "facts"
        for entry in due:
            storage.remove(storage.root / entry.path)
            ledger.forget_file(entry.path)
    return len(due)


def _retire_orphan_facts(storage: Storage, files: dict[str, list[DataFile]], older_than_seconds: float) -> None:
    """Facts files whose articles file never arrived (writer killed between the two renames)."""
    paired = {(f.month, f.file_id) for f in files["articles"]}
    cutoff_ns = (time.time() - older_than_seconds) * 1e9
    orphans = [f for f in files["facts"] if (f.month, f.file_id) not in paired and f.mtime_ns <= cutoff_ns]
    if not orphans:
        return
    with Ledger(storage.ledger_path) as ledger, ledger.write_lock():
        for f in orphans:
            ledger.retire_file(f.relpath(storage.root), "facts", f.month, f.size, f.mtime_ns)
    logger.info("retired %d orphan facts files", len(orphans))


def _source(storage: Storage, files: list[DataFile], table: str, columns: list[str]) -> str:
    """Rows of ``files`` with exactly ``columns`` (NULL where an older file lacks one)."""
    listed = ", ".join(sql_literal(storage.uri(f.path)) for f in files)
    return (f"(SELECT {', '.join(quote_ident(c) for c in columns)} FROM (SELECT * FROM read_parquet([{listed}], "
            f"union_by_name = true) UNION ALL BY NAME {empty_select(table)}))")


class _exclusive:
    """An exclusive, non-blocking flock: one compaction at a time per warehouse."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise CompactionError(f"another compaction is running on {self.path.parent}; wait for it to finish")

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
