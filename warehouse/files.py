"""Where warehouse files live, how they are written atomically, and how a foreign file is told apart.

Layout under the warehouse root::

    articles/published_month=2024-08/<file_id>.parquet   one file per (table, month, batch)
    facts/published_month=2024-08/<file_id>.parquet      the same file_id: the article rows' facts
    <table>/published_month=_schema/schema-v<N>.parquet   zero rows; keeps every column visible to globs
    ledger.sqlite, views.sql, quarantine/
    (on object storage the ledger is a local cache instead, see ``warehouse.storage``)

Only names ending in ``.parquet`` are ever read; a file gets that name by ``os.replace`` of a complete
temporary file (``.<name>.<pid>.tmp``), or on object storage by one atomic PUT, so no reader ever
sees a partial file.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import PurePath

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.schema import PARTITION_COLUMN, REQUIRED_COLUMNS, SCHEMA_VERSION, SCHEMAS, TABLES
from warehouse.storage import Storage, as_storage

logger = logging.getLogger(__name__)

PARQUET_SUFFIX = ".parquet"
#: Partition holding the zero-row schema anchors; never compacted, never holds rows.
SCHEMA_PARTITION = "_schema"
QUARANTINE_DIR = "quarantine"


@dataclass(frozen=True, slots=True)
class DataFile:
    """One visible Parquet file of a table, as listed (size and mtime tell a replaced file apart).

    ``path`` is a ``Path`` in a local warehouse and ``bucket/key`` in a remote one; ``mtime_ns`` is
    the storage's change stamp (``storage.FileInfo.stamp``).
    """

    table: str
    month: str
    path: PurePath
    size: int
    mtime_ns: int

    @property
    def file_id(self) -> str:
        return self.path.name[: -len(PARQUET_SUFFIX)]

    def relpath(self, root: PurePath) -> str:
        return self.path.relative_to(root).as_posix()


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that is not read, and why (corrupt, foreign schema, ...)."""

    path: PurePath
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def partition_dir(root: PurePath, table: str, month: str) -> PurePath:
    return root / table / f"{PARTITION_COLUMN}={month}"


def list_files(root: Storage | PurePath | str, table: str) -> list[DataFile]:
    """Visible data files of ``table`` (schema anchors excluded), sorted by path."""
    storage = as_storage(root)
    prefix = f"{PARTITION_COLUMN}="
    found: list[DataFile] = []
    for part, name, info in storage.list_tree(storage.root / table):
        if not part.startswith(prefix) or part == prefix + SCHEMA_PARTITION:
            continue
        if name.endswith(PARQUET_SUFFIX) and not name.startswith("."):
            found.append(DataFile(table, part[len(prefix):], info.path, info.size, info.stamp))
    return found


def ensure_schema_anchors(storage: Storage) -> None:
    """Write a zero-row file with the current schema per table, so ``views.sql`` globs always match
    at least one file and always see every current column, even when all data files are older."""
    for table in TABLES:
        path = partition_dir(storage.root, table, SCHEMA_PARTITION) / f"schema-v{SCHEMA_VERSION}{PARQUET_SUFFIX}"
        if not storage.exists(path):
            storage.write_parquet(SCHEMAS[table].empty_table(), path)


def ensure_file(storage: Storage, path: PurePath, schema: pa.Schema) -> None:
    """An empty file with ``schema`` at ``path`` when there is none: a side file (the alert log,
    the story merges) that views, and ``views.sql`` in any client, read before anything was written."""
    if not storage.exists(path):
        storage.write_parquet(schema.empty_table(), path)


def validate(path: PurePath, table: str, storage: Storage | None = None) -> str | None:
    """Why ``path`` cannot be read as part of ``table`` (None when it can).

    Reads only the footer: enough to catch truncated or non-Parquet files and files of another shape.
    ``storage`` is needed for a remote path; a local path is read directly.
    """
    try:
        meta = (storage or as_storage(path.parent)).parquet_file(path).metadata
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


def _check_file_id(meta: pq.FileMetaData, path: PurePath) -> str | None:
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


def clean_stale_temp(storage: Storage, *, older_than_seconds: float) -> list[PurePath]:
    """Remove temporary files left by killed writers; young ones may belong to a running write."""
    removed = []
    for tmp in storage.stale_temps(TABLES, older_than_seconds):
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    if removed:
        logger.info("removed %d stale temporary files under %s", len(removed), storage)
    return removed


def quarantine(storage: Storage, path: PurePath) -> PurePath:
    """Move an unreadable or foreign file out of the globs, keeping it for inspection."""
    target = storage.root / QUARANTINE_DIR / path.relative_to(storage.root)
    storage.move(path, target)
    logger.warning("quarantined %s -> %s", path, target)
    return target
