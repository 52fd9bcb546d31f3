"""The Parquet schema is derived from the records and declared once."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pyarrow.parquet as pq

from extractors.records import FACT_TYPES, Article, DateMention, Provenance, Quantity
from tests.warehouse_helpers import items
from warehouse.query import run_sql
from warehouse.schema import (
    ARTICLE_FIELDS_ELSEWHERE,
    ARTICLES_SCHEMA,
    FACTS_SCHEMA,
    RENAMED_FIELDS,
    SCHEMA_VERSION,
    SCHEMA_VERSION_KEY,
    month_partition,
)
from warehouse.store import Warehouse


def test_every_record_field_lands_in_a_column():
    article_columns = set(ARTICLES_SCHEMA.names)
    for f in dataclasses.fields(Article):
        assert f.name in article_columns or f.name in ARTICLE_FIELDS_ELSEWHERE, f"Article.{f.name} has no column"
    for f in dataclasses.fields(Provenance):
        assert f.name in article_columns, f"Provenance.{f.name} has no column"
    fact_columns = set(FACTS_SCHEMA.names)
    for cls in FACT_TYPES:
        for f in dataclasses.fields(cls):
            assert RENAMED_FIELDS.get((cls, f.name), f.name) in fact_columns, f"{cls.__name__}.{f.name} has no column"


def test_quantity_and_date_values_keep_their_types():
    assert str(FACTS_SCHEMA.field("value").type) == "double"
    assert RENAMED_FIELDS[(DateMention, "value")] == "date_value"
    assert str(FACTS_SCHEMA.field("date_value").type) == "string"
    assert (Quantity, "value") not in RENAMED_FIELDS


def test_typed_views_expose_each_kind_fields_under_record_names(tmp_path):
    root = tmp_path / "warehouse"
    Warehouse(root).append(items([1]), run_id="r", batch=0)
    for view, cls in (("quantities", Quantity), ("dates", DateMention)):
        columns, _ = run_sql(root, f"SELECT * FROM {view} LIMIT 0")
        assert {f.name for f in dataclasses.fields(cls)} - {"kind"} <= set(columns)
    _, rows = run_sql(root, "SELECT value, typeof(value) FROM dates UNION ALL SELECT value::VARCHAR, typeof(value) "
                            "FROM quantities ORDER BY 2")
    assert [r[1] for r in rows] == ["DOUBLE", "VARCHAR"]
    assert rows[1][0].startswith("2024-")


def test_written_files_carry_the_schema_version(tmp_path):
    result = Warehouse(tmp_path / "warehouse").append(items([1, 2]), run_id="r", batch=0)
    for path in result.files:
        assert pq.read_schema(path).metadata[SCHEMA_VERSION_KEY] == str(SCHEMA_VERSION).encode()


def test_month_partition_uses_utc_and_names_undated_articles():
    seoul = timezone(timedelta(hours=9))
    assert month_partition(datetime(2024, 9, 1, 5, 0, tzinfo=seoul)) == "2024-08"
    assert month_partition(datetime(2024, 9, 1, 12, 0, tzinfo=seoul)) == "2024-09"
    assert month_partition(None) == "unknown"
