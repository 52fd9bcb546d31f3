"""Where warehouse files live, how they are written atomically, and how a foreign file is told apart.

Layout under the warehouse root::

    articles/published_month=2024-08/<file_id>.parquet   one file per (table, month, batch)
    facts/published_month=2024-08/<file_id>.parquet      the same file_id: the article rows' facts
    <table>/published_month=_schema/schema-v<N>.parquet   zero rows; keeps every column visible to globs
    ledger.sqlite, views.sql, quarantine/

Only names ending in ``.parquet`` are ever read; a file gets that name by ``os.replace`` of a complete
temporary file (``.<name>.<pid>.tmp``), so no reader ever sees a partial file.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.schema import PARTITION_COLUMN, REQUIRED_COLUMNS, SCHEMA_VERSION, SCHEMAS, TABLES

logger = logging.getLogger(__name__)

PARQUET_SUFFIX = ".parquet"
TMP_SUFFIX = ".tmp"
#: Partition holding the zero-row schema anchors; never compacted, never holds rows.
SCHEMA_PARTITION = "_schema"
QUARANTINE_DIR = "quarantine"


@dataclass(frozen=True, slots=True)
class DataFile:
    """One visible Parquet file of a table, as listed (size and mtime tell a replaced file apart)."""

    table: str
    month: str
    path: Path
    size: int
    mtime_ns: int

    @property
    def file_id(self) -> str:
        return self.path.name[: -len(PARQUET_SUFFIX)]

    def relpath(self, root: Path) -> str:
        return self.path.relative_to(root).as_posix()


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that is not read, and why (corrupt, foreign schema, ...)."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def partition_dir(root: Path, table: str, month: str) -> Path:
    return root / table / f"{PARTITION_COLUMN}={month}"


def list_files(root: Path, table: str) -> list[DataFile]:
    """Visible data files of ``table`` (schema anchors excluded), sorted by path."""
    found: list[DataFile] = []
    base = root / table
    if not base.is_dir():
        return found
    prefix = f"{PARTITION_COLUMN}="
    for part in sorted(os.scandir(base), key=lambda e: e.name):
        if not part.is_dir() or not part.name.startswith(prefix) or part.name == prefix + SCHEMA_PARTITION:
            continue
        month = part.name[len(prefix):]
        for entry in sorted(os.scandir(part.path), key=lambda e: e.name):
            if not entry.name.endswith(PARQUET_SUFFIX) or entry.name.startswith("."):
                continue
            try:
                st = entry.stat()
            except FileNotFoundError:  # retired and removed while we listed
                continue
            found.append(DataFile(table, month, Path(entry.path), st.st_size, st.st_mtime_ns))
    return found


def write_atomic(table: pa.Table, path: Path, *, row_group_size: int | None = None) -> int:
    """Write ``table`` to ``path`` via a temporary file + ``os.replace``; returns the file size.

    The temporary name does not end in ``.parquet`` so globs never match it; the data is fsynced
    before the rename so a crash leaves either the old file, the new one, or a stale temporary.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=row_group_size)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        size = tmp.stat().st_size
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size


def ensure_schema_anchors(root: Path) -> None:
    """Write a zero-row file with the current schema per table, so ``views.sql`` globs always match
    at least one file and always see every current column, even when all data files are older."""
    for table in TABLES:
        path = partition_dir(root, table, SCHEMA_PARTITION) / f"schema-v{SCHEMA_VERSION}{PARQUET_SUFFIX}"
        if not path.exists():
            write_atomic(SCHEMAS[table].empty_table(), path)


def validate(path: Path, table: str) -> str | None:
    """Why ``path`` cannot be read as part of ``table`` (None when it can).

    Reads only the footer: enough to catch truncated or non-Parquet files and files of another shape.
    """
    try:
        meta = pq.ParquetFile(path).metadata
        schema = meta.schema.to_arrow_schema()
    except FileNotFoundError:
        return "vanished while listing"
    except (pa.ArrowException, OSError) as exc:
        return f"not a readable Parquet file ({exc})"
    missing = REQUIRED_COLUMNS[table] - set(schema.names)
    if missing:
        return f"not a {table} file: missing columns {sorted(missing)}"
    expected = SCHEMAS[table]
    for field in schema:
        if field.name == PARTITION_COLUMN:
            return f"stores the partition column {PARTITION_COLUMN!r} inside the file"
        idx = expected.get_field_index(field.name)
        if idx >= 0 and expected.field(idx).type != field.type:
            return f"column {field.name!r} is {field.type}, expected {expected.field(idx).type}"
    return _check_file_id(meta, path)


def _check_file_id(meta: pq.FileMetaData, path: Path) -> str | None:
    """Rows must say they belong to this file: a copy under another name would double them."""
    name = path.name[: -len(PARQUET_SUFFIX)]
    column = meta.schema.to_arrow_schema().get_field_index("file_id")
    for i in range(meta.num_row_groups):
        stats = meta.row_group(i).column(column).statistics
        if stats is None or not stats.has_min_max:
            return "file_id statistics missing; cannot tell whether the file was copied"
        if stats.min != name or stats.max != name:
            return f"rows belong to file {stats.min!r}, not {name!r} (a copy or a renamed file)"
    return None


def clean_stale_temp(root: Path, *, older_than_seconds: float) -> list[Path]:
    """Remove temporary files left by killed writers; young ones may belong to a running write."""
    removed: list[Path] = []
    cutoff = time.time() - older_than_seconds
    for table in TABLES:
        base = root / table
        if not base.is_dir():
            continue
        for tmp in base.glob(f"*/.*{TMP_SUFFIX}"):
            try:
                if tmp.stat().st_mtime <= cutoff:
                    tmp.unlink()
                    removed.append(tmp)
            except FileNotFoundError:
                continue
    if removed:
        logger.info("removed %d stale temporary files under %s", len(removed), root)
    return removed


def quarantine(root: Path, path: Path) -> Path:
    """Move an unreadable or foreign file out of the globs, keeping it for inspection."""
    target = root / QUARANTINE_DIR / path.relative_to(root)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(path, target)
    logger.warning("quarantined %s -> %s", path, target)
    return target
