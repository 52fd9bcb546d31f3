"""The Parquet schemas of the warehouse, declared once and derived from ``extractors/records.py``.

A field added to a record becomes a column here without retyping it; readers use
``union_by_name`` so files written before the column existed stay readable (the column is NULL).
Bump ``SCHEMA_VERSION`` whenever a column is added, renamed or retyped.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, datetime
from typing import Literal

import pyarrow as pa

from extractors.records import FACT_TYPES, Article, DateMention, NewsfactsError, Provenance

SCHEMA_VERSION = 4

#: Written into every file's key-value metadata, so a file says which schema it was written with.
SCHEMA_VERSION_KEY = b"newsfacts.schema_version"

#: Hive partition column (from the directory name, never stored inside files).
PARTITION_COLUMN = "published_month"
#: Partition of articles without a publication date.
UNKNOWN_MONTH = "unknown"

TIMESTAMP = pa.timestamp("us", tz="UTC")

_SCALARS: dict[type, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
                                     datetime: TIMESTAMP}


class SchemaError(NewsfactsError):
    """A record field cannot be mapped to a column, or two records disagree on a column's type."""


#: Record fields stored under another column name, and why. ``DateMention.value`` is a string
#: ("2024-Q3") while ``Quantity.value`` is a number; one column cannot be both without making every
#: numeric query cast, so dates keep theirs in ``date_value`` and the ``dates`` view renames it back.
RENAMED_FIELDS: dict[tuple[type, str], str] = {(DateMention, "value"): "date_value"}

#: Article fields that are not columns of the ``articles`` table, and where they go instead.
ARTICLE_FIELDS_ELSEWHERE: dict[str, str] = {
    "facts": "one row per fact in the facts table",
    "error": "failed articles are not stored; the caller counts them as failed",
}

#: Bookkeeping columns of the articles table (before the record fields).
ARTICLE_KEY_FIELDS: tuple[pa.Field, ...] = (
    pa.field("article_id", pa.string(), nullable=False),  # see store.article_id_for
    pa.field("article_key", pa.int64(), nullable=False),  # the same 64 bits as an integer: fast to group on
    pa.field("content_hash", pa.string(), nullable=False),  # identifies a version of the article
    pa.field("copy_key", pa.int64(), nullable=False),  # this copy of this version; its facts carry it too
    pa.field("file_id", pa.string(), nullable=False),  # the file's name without .parquet
    pa.field("ingested_at", TIMESTAMP, nullable=False),
    pa.field("compactions", pa.int32(), nullable=False),  # times compaction rewrote the row (0 when appended)
    pa.field("run_id", pa.string()),
    pa.field("extractor_version", pa.string()),
    pa.field("story_id", pa.string()),  # see warehouse/stories.py; NULL in files written before stories
)

#: Bookkeeping columns of the facts table (before the fact fields).
FACT_KEY_FIELDS: tuple[pa.Field, ...] = (
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("copy_key", pa.int64(), nullable=False),  # the article row these facts belong to
    pa.field("file_id", pa.string(), nullable=False),
    pa.field("published", TIMESTAMP),  # copied from the article so time series need no join
    pa.field("extractor_version", pa.string()),
    pa.field("fact_index", pa.int32(), nullable=False),  # position in Article.facts
    pa.field("kind", pa.string(), nullable=False),  # every fact class's ``kind`` (entity, quantity, ...)
)


def arrow_type(annotation: object, where: str) -> pa.DataType:
    """Map a (resolved) dataclass annotation to an Arrow type; ``X | None`` is just nullable X."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return arrow_type(args[0], where)
    elif origin is Literal:
        values = typing.get_args(annotation)
        if all(isinstance(v, str) for v in values):
            return pa.string()
    elif origin in (list, tuple):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        if len(args) == 1:
            return pa.list_(arrow_type(args[0], where))
    elif annotation in _SCALARS:
        return _SCALARS[annotation]  # type: ignore[index]
    elif dataclasses.is_dataclass(annotation):
        return pa.struct([pa.field(c, t) for _, c, t in record_columns(annotation)])  # type: ignore[arg-type]
    raise SchemaError(f"{where}: no column type for annotation {annotation!r}; extend warehouse/schema.py _SCALARS")


def record_columns(cls: type, skip: typing.Container[str] = ()) -> list[tuple[str, str, pa.DataType]]:
    """(field name, column name, type) for each field of a record dataclass, in declaration order."""
    hints = typing.get_type_hints(cls)
    return [
        (f.name, RENAMED_FIELDS.get((cls, f.name), f.name), arrow_type(hints[f.name], f"{cls.__name__}.{f.name}"))
        for f in dataclasses.fields(cls)
        if f.name not in skip
    ]


def _fact_columns() -> dict[str, pa.DataType]:
    """Union of the fact classes' columns, first declaration first; conflicting types are refused."""
    columns: dict[str, pa.DataType] = {}
    for cls in FACT_TYPES:
        for name, column, dtype in record_columns(cls, skip=("kind",)):
            if column in columns and columns[column] != dtype:
                raise SchemaError(
                    f"{cls.__name__}.{name} is {dtype} but column {column!r} is already {columns[column]}; "
                    "add the field to RENAMED_FIELDS in warehouse/schema.py"
                )
            columns.setdefault(column, dtype)
    return columns


def _schema(keys: tuple[pa.Field, ...], columns: list[tuple[str, pa.DataType]]) -> pa.Schema:
    names = [f.name for f in keys]
    clashes = [name for name, _ in columns if name in names]
    if clashes:
        raise SchemaError(f"record fields {clashes!r} clash with bookkeeping columns; rename them in records.py")
    return pa.schema([*keys, *(pa.field(name, dtype) for name, dtype in columns)],
                     metadata={SCHEMA_VERSION_KEY: str(SCHEMA_VERSION).encode()})


ARTICLE_COLUMNS: list[tuple[str, str, pa.DataType]] = record_columns(Article, skip=ARTICLE_FIELDS_ELSEWHERE)
PROVENANCE_COLUMNS: list[tuple[str, str, pa.DataType]] = record_columns(Provenance)
FACT_COLUMNS: dict[str, pa.DataType] = _fact_columns()

ARTICLES_SCHEMA: pa.Schema = _schema(
    ARTICLE_KEY_FIELDS, [(c, t) for _, c, t in ARTICLE_COLUMNS] + [(c, t) for _, c, t in PROVENANCE_COLUMNS]
)
FACTS_SCHEMA: pa.Schema = _schema(FACT_KEY_FIELDS, list(FACT_COLUMNS.items()))

#: Columns a file must have to be read as part of a table; anything else is a foreign file.
REQUIRED_COLUMNS: dict[str, frozenset[str]] = {
    "articles": frozenset(f.name for f in ARTICLE_KEY_FIELDS if not f.nullable),
    "facts": frozenset(f.name for f in FACT_KEY_FIELDS if not f.nullable),
}
SCHEMAS: dict[str, pa.Schema] = {"articles": ARTICLES_SCHEMA, "facts": FACTS_SCHEMA}
TABLES: tuple[str, ...] = ("articles", "facts")


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with ``schema``'s columns in order (missing ones NULL), e.g. rows of an older file."""
    columns = [
        table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def month_partition(published: datetime | None) -> str:
    """``YYYY-MM`` of the publication date in UTC, or ``unknown``: the hive partition of an article."""
    if published is None:
        return UNKNOWN_MONTH
    if published.tzinfo is not None:
        published = published.astimezone(UTC)
    return f"{published.year:04d}-{published.month:02d}"


def arrow_value(value: object) -> object:
    """A record value as Arrow takes it: a nested record (``MentionSpan``) becomes a dict."""
    if dataclasses.is_dataclass(value):
        return {f.name: arrow_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [arrow_value(v) for v in value]
    return value


def needs_conversion(dtype: pa.DataType) -> bool:
    """Whether a column holds nested records, whose values go through :func:`arrow_value`."""
    return pa.types.is_struct(dtype) or (pa.types.is_list(dtype) and needs_conversion(dtype.value_type))


def duckdb_type(dtype: pa.DataType) -> str:
    """The DuckDB type DuckDB gives an Arrow type when reading Parquet (for typed empty views)."""
    if pa.types.is_list(dtype):
        return duckdb_type(dtype.value_type) + "[]"
    if pa.types.is_struct(dtype):
        return "STRUCT(" + ", ".join(f'"{f.name}" {duckdb_type(f.type)}' for f in dtype) + ")"
    if pa.types.is_timestamp(dtype):
        return "TIMESTAMPTZ" if dtype.tz else "TIMESTAMP"
    return {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.int32(): "INTEGER", pa.float64(): "DOUBLE",
            pa.bool_(): "BOOLEAN"}[dtype]

