"""warehouse: Parquet tables of articles and facts, appends, compaction, DuckDB views, raw snapshots.

Import from the modules (``from warehouse.store import Warehouse``); the package does not re-export,
so ``warehouse.compact`` stays the module and importing ``warehouse`` stays cheap.
"""
import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["alerts", "compact", "files", "ledger", "query", "schema", "snapshots", "storage", "store", "stories"]
