"""DuckDB over the warehouse: the views, in-process connections, and the standalone ``views.sql``.

Two ways to read, one set of view definitions (``warehouse/views.sql``):

* ``connect(root)`` lists the files once and builds the views over that explicit list: a snapshot.
  Files the ledger marks retired are left out, files it does not know are validated first, and a
  corrupt or foreign file is reported (log + ``warehouse_problems`` view) instead of failing the query.
* ``<root>/views.sql`` reads globs, so the DuckDB CLI sees new files without newsfacts; the views
  deduplicate, so copies seen mid-compaction never double a row.

On object storage (``warehouse.storage.Storage("s3://...")``) both work the same: the connection
registers the fsspec filesystem with DuckDB (``register_filesystem``), so no DuckDB extension is needed.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from importlib import resources
from pathlib import PurePath

import duckdb
import pyarrow as pa

from extractors.records import FACT_KINDS, FACT_TYPES, NewsfactsError
from warehouse.alerts import ALERTS_SCHEMA, alerts_path
from warehouse.files import PARQUET_SUFFIX, DataFile, Problem, list_files, validate
from warehouse.ledger import FileEntry
from warehouse.schema import PARTITION_COLUMN, SCHEMA_VERSION, SCHEMAS, TABLES, duckdb_type, record_columns
from warehouse.storage import Storage, as_storage
from warehouse.stories import MERGES_SCHEMA, merges_path

logger = logging.getLogger(__name__)

VIEWS_FILE = "views.sql"
#: Which copy of an article row the views read: the one ingested last; among copies of that version
#: the least compacted (compaction keeps ``ingested_at``), then the higher ``copy_key``. Packed into
#: one HUGEINT because a fixed-width key keeps the per-article aggregate several times faster than
#: a struct. Each term fits below the next: copy_key >> 32 spans 2^32, compactions * 2^32 < 2^64.
LATEST_ORDER = ("epoch_us(ingested_at)::HUGEINT * 18446744073709551616 "
                "- compactions::HUGEINT * 4294967296 + (copy_key >> 32)")
_ROWS_VIEW = {"articles": "article_rows", "facts": "fact_rows"}
#: Columns every typed view starts with, before the kind's own fields.
_TYPED_VIEW_KEYS = ("article_id", "published", PARTITION_COLUMN, "extractor_version", "fact_index")
#: How much earlier than ``written_since`` a file's stamp may be and still be read: a stamp comes from
#: the storage's clock (an object store's, an NFS server's), which may run behind the writer's, and
#: some file systems keep times to the second or two. A few minutes cover both; the files read beyond
#: the run are those other writers stored in that margin.
STAMP_SLACK = timedelta(minutes=5)
_READ_OPTIONS = f"hive_partitioning = true, union_by_name = true, hive_types = {{'{PARTITION_COLUMN}': 'VARCHAR'}}"


def connect(root: Storage | PurePath | str, views: Collection[str] | None = None, *,
            written_since: datetime | None = None) -> duckdb.DuckDBPyConnection:
    """An in-process DuckDB connection with every warehouse view over the files present now, or only
    the ``views`` named (with the views and macros they read: the caller names those too).

    ``written_since``: only the files written since then (by their storage stamp, less ``STAMP_SLACK``),
    so that what a run stored is read without the warehouse's history: every row a run writes, every
    later copy of those articles and every compacted copy of its files lies in a file written after
    the run began. The views then answer for those rows as over the whole warehouse (an article's
    latest copy is among them), not for older articles.

    Binding a view reads the footers of every file it scans, so a caller that needs a few views
    saves most of the connection's cost (1.5 CPU-s for all of them over 1,100 files).
    Works on an empty or missing warehouse (the views exist and return no rows). The connection
    reads a snapshot: files appended later are not seen, files retired by compaction stay readable
    for its grace period (``compact(grace_seconds=...)``); reconnect for fresh data.
    """
    storage = as_storage(root)
    files, problems = snapshot_files(storage, written_since=written_since)
    for problem in problems:
        logger.warning("warehouse file skipped: %s", problem)
    con = duckdb.connect()
    storage.register(con)
    con.execute("SET parquet_metadata_cache = true")  # each view binds the same footers again
    # Binding the views reads each remote footer about ten times; the fresh connection's block cache
    # cannot be stale yet, so trust it while binding (S3: one GET per file instead of ten), then
    # restore the default so queries revalidate. Local files are not cached either way.
    con.execute("SET validate_external_file_cache = 'NO_VALIDATION'")
    script = render_views(storage, {t: [f.path for f in files[t]] for t in TABLES})
    con.execute(script if views is None else _only_views(con, script, views))
    con.execute("RESET validate_external_file_cache")
    con.execute(_problems_view(problems))
    return con


#: The name a statement of the views script creates.
_CREATED = re.compile(r"CREATE OR REPLACE (?:VIEW|MACRO) (\w+)")


def _only_views(con: duckdb.DuckDBPyConnection, script: str, views: Collection[str]) -> str:
    """The statements of ``script`` that create one of ``views``, in the script's order."""
    kept = []
    for statement in con.extract_statements(script):
        created = _CREATED.search(statement.query)
        if created is not None and created.group(1) in views:
            kept.append(statement.query)
    return ";\n".join(kept)


class QueryError(NewsfactsError):
    """A statement ``run_sql`` refuses: it only reads."""


#: What ``run_sql`` runs: reads only. COPY ... TO, CREATE, ATTACH, SET and the like are refused, so
#: ``newsfacts query`` can never write files or change the session that the views live in.
READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def run_sql(root: Storage | PurePath | str, sql: str, params: Sequence | dict | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement against the views; returns (column names, rows).

    Raises:
        QueryError: for several statements, or one that is not a query (SELECT, DESCRIBE, SHOW,
            SUMMARIZE, EXPLAIN, WITH ...).
    """
    con = connect(root)
    try:
        statements = con.extract_statements(sql)
        if len(statements) != 1:
            raise QueryError(f"give exactly one SQL statement, got {len(statements)}")
        if statements[0].type not in READ_STATEMENTS:
            kind = _statement_kind(statements[0])
            raise QueryError(f"only queries are allowed here (SELECT, DESCRIBE, SHOW, EXPLAIN ...), not {kind}")
        cur = con.execute(sql, params) if params else con.execute(sql)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()


def _statement_kind(statement: duckdb.Statement) -> str:
    """How the user wrote the statement: DuckDB files INSTALL under LOAD, so name its first keyword.

    A leading WITH belongs to the statement it prefixes (``WITH ... DELETE``): the type names that one.
    """
    keyword = _FIRST_KEYWORD.match(statement.query)
    word = " ".join(keyword.group(1).upper().split()) if keyword else ""
    return word if word and word != "WITH" else statement.type.name


#: The first word of a statement, after blanks and comments.
_FIRST_KEYWORD = re.compile(r"(?:\s+|--[^\n]*|/\*.*?\*/)*((?:force\s+)?[a-z]+)", re.DOTALL | re.IGNORECASE)


def check(root: Storage | PurePath | str) -> list[Problem]:
    """Files under the warehouse that queries skip (corrupt, foreign, copied); ``compact`` quarantines them."""
    return snapshot_files(root)[1]


def snapshot_files(root: Storage | PurePath | str, *, written_since: datetime | None = None
                   ) -> tuple[dict[str, list[DataFile]], list[Problem]]:
    """Readable files per table and the problems of the unreadable ones; with ``written_since``, only
    the files whose stamp is at most ``STAMP_SLACK`` older (the others are not even validated).

    Order matters. The ledger is read before listing: compaction renames its output into place
    before it marks the inputs retired, so a reader either still counts the inputs or already lists
    the output (never neither). Articles are listed before facts: a facts file is renamed into
    place before its articles file and removed after it, so each listed articles file finds its
    facts file listed too.
    """
    storage = as_storage(root)
    known = _ledger_files(storage)
    listed = {table: list_files(storage, table) for table in TABLES}
    if written_since is not None:
        floor_ns = int((written_since - STAMP_SLACK).timestamp()) * 1_000_000_000  # a remote stamp counts seconds
        listed = {table: [f for f in found if f.mtime_ns >= floor_ns] for table, found in listed.items()}
    good: dict[str, list[DataFile]] = {t: [] for t in TABLES}
    problems: list[Problem] = []
    for table in TABLES:
        for f in listed[table]:
            entry = known.get(f.relpath(storage.root))
            if entry is not None and entry.status == "retired":
                continue
            if entry is None or (entry.size, entry.mtime_ns) != (f.size, f.mtime_ns):
                reason = validate(f.path, table, storage)
                if reason == "vanished while listing":
                    continue
                if reason:
                    problems.append(Problem(f.path, reason))
                    continue
            good[table].append(f)
    return good, problems


def render_views(storage: Storage, files: dict[str, list[PurePath]] | None = None) -> str:
    """The view definitions, over explicit file lists, or over globs when ``files`` is None."""
    template = resources.files("warehouse").joinpath(VIEWS_FILE).read_text(encoding="utf-8")
    values = {
        "schema_version": str(SCHEMA_VERSION),
        "views_path": storage.uri(storage.root / VIEWS_FILE),
        "typed_views": typed_views_sql(),
        "latest_order": LATEST_ORDER,
    }
    for table in TABLES:
        values[_ROWS_VIEW[table]] = _rows_source(storage, table, None if files is None else files[table])
    values["alert_rows"] = _side_file_source(storage, alerts_path(storage), ALERTS_SCHEMA, snapshot=files is not None)
    values["story_merges_rows"] = _side_file_source(storage, merges_path(storage), MERGES_SCHEMA,
                                                    snapshot=files is not None)
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def write_views_sql(root: Storage | PurePath | str) -> PurePath:
    """(Re)write ``<root>/views.sql`` atomically; called after every append and compaction."""
    storage = as_storage(root)
    path = storage.root / VIEWS_FILE
    storage.write_text(path, render_views(storage))
    return path


def typed_views_sql() -> str:
    """``CREATE VIEW entities/quantities/dates/quotes/attributions``, derived from the fact classes."""
    statements = []
    for cls, kind in zip(FACT_TYPES, FACT_KINDS):
        columns = [quote_ident(c) for c in _TYPED_VIEW_KEYS]
        for field, column, _ in record_columns(cls, skip=("kind",)):
            columns.append(quote_ident(column) if field == column else f"{quote_ident(column)} AS {quote_ident(field)}")
        statements.append(
            f"CREATE OR REPLACE VIEW {_typed_view_name(kind)} AS\n"
            f"SELECT {', '.join(columns)}\nFROM facts WHERE kind = '{kind}';"
        )
    return "\n".join(statements)


def _typed_view_name(kind: str) -> str:
    return {"entity": "entities", "quantity": "quantities", "date": "dates"}.get(kind, kind + "s")


def _rows_source(storage: Storage, table: str, files: list[PurePath] | None) -> str:
    if files is None:
        glob = storage.uri(storage.root / table / "*" / ("*" + PARQUET_SUFFIX))
        return f"SELECT * FROM read_parquet({sql_literal(glob)}, {_READ_OPTIONS})"
    # The typed empty SELECT keeps every current column present even when all files predate it.
    empty = empty_select(table)
    if not files:
        return empty
    listed = ", ".join(sql_literal(storage.uri(p)) for p in files)
    return f"SELECT * FROM read_parquet([{listed}], {_READ_OPTIONS})\nUNION ALL BY NAME {empty}"


def empty_select(table: str) -> str:
    return _typed_empty(SCHEMAS[table], [f"CAST(NULL AS VARCHAR) AS {PARTITION_COLUMN}"])


def _typed_empty(schema: pa.Schema, extra: list[str] = ()) -> str:
    columns = [f"CAST(NULL AS {duckdb_type(f.type)}) AS {quote_ident(f.name)}" for f in schema]
    return f"SELECT {', '.join([*columns, *extra])} WHERE false"


def _side_file_source(storage: Storage, path: PurePath, schema: pa.Schema, *, snapshot: bool) -> str:
    """A side file (the alert log, the story merges); a snapshot of a warehouse that has none yet
    (never opened by this newsfacts version) sees it empty."""
    if snapshot and not storage.exists(path):
        return _typed_empty(schema)
    return f"SELECT * FROM read_parquet({sql_literal(storage.uri(path))})"


def _problems_view(problems: list[Problem]) -> str:
    if not problems:
        body = "SELECT CAST(NULL AS VARCHAR) AS path, CAST(NULL AS VARCHAR) AS reason WHERE false"
    else:
        rows = ", ".join(f"({sql_literal(str(p.path))}, {sql_literal(p.reason)})" for p in problems)
        body = f"SELECT * FROM (VALUES {rows}) AS t(path, reason)"
    return f"CREATE OR REPLACE VIEW warehouse_problems AS {body};"


def _ledger_files(storage: Storage) -> dict[str, FileEntry]:
    """The ledger's file registry, read-only; empty when there is no ledger (files get validated)."""
    path = storage.ledger_path
    if not path.exists():
        return {}
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            return {row[0]: FileEntry(*row) for row in con.execute("SELECT * FROM files")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        logger.warning("ledger %s unreadable (%s); validating every file instead", path, exc)
        return {}


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
