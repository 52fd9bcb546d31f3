"""The ledger: which article versions and which files are committed (SQLite in WAL mode).

It makes appends cheap and idempotent (a re-run writes nothing it already stored) and lets readers
trust files without re-validating them. It is an accelerator, not the truth: the Parquet files are,
the views deduplicate on their own, and a lost ledger is rebuilt from the files.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Self

LEDGER_NAME = "ledger.sqlite"
#: How long a writer waits for another writer's transaction (a batch write takes well under this).
BUSY_TIMEOUT_SECONDS = 300

_DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,       -- the latest committed version
    committed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,            -- relative to the warehouse root
    tbl TEXT NOT NULL,
    month TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    status TEXT NOT NULL,             -- 'live' or 'retired' (replaced by a compacted file)
    retired_at REAL
);
-- the story index (warehouse/stories.py): written in the same transactions as the articles above
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    shingles INTEGER NOT NULL,
    signature BLOB NOT NULL,          -- MinHash values of title and body, uint32
    lede BLOB NOT NULL                -- MinHash values of the body's first words (empty: none)
);
CREATE INDEX IF NOT EXISTS story_members_by_story ON story_members (story_id);  -- merges rename a story
CREATE TABLE IF NOT EXISTS story_merges (
    story_id TEXT PRIMARY KEY,        -- a story joined into another by an article that is both
    merged_into TEXT NOT NULL         -- always the final story (chains are flattened)
);
CREATE TABLE IF NOT EXISTS story_bands (
    band_key BLOB NOT NULL,           -- one per LSH band of a member's signatures (band number + values)
    article_id TEXT NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
"""


def _open(path: Path) -> sqlite3.Connection:
    """Connect, switch to WAL and create the tables, retrying while another process does the same.

    While one connection turns a new file into WAL mode, another connection's open answers
    "database is locked" at once instead of waiting in the busy handler, so two processes that
    create one warehouse together would see one of them fail. They retry here until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    pause = 0.005
    while True:
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            con.executescript(_DDL)
            return con
        except sqlite3.OperationalError as error:
            con.close()
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: str
    tbl: str
    month: str
    size: int
    mtime_ns: int
    rows: int
    status: str
    retired_at: float | None


class Ledger:
    """One SQLite connection; use as a context manager or call ``close()``."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._con = _open(path)

    def close(self) -> None:
        self._con.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for an index that must change in the ledger's transactions (``StoryIndex``)."""
        return self._con

    def is_empty(self) -> bool:
        """Whether no article was ever committed."""
        return self._con.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write_lock(self) -> Iterator[Ledger]:
        """Hold the database write lock (BEGIN IMMEDIATE) for a check-write-commit sequence.

        Writers on one machine serialize here, so two overlapping runs never both decide an article
        is new. The lock dies with the process (SIGKILL included); the transaction then rolls back.
        """
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Latest committed content hash per article id (ids never committed are absent)."""
        out: dict[str, str] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self._con.execute(
                f"SELECT article_id, content_hash FROM articles WHERE article_id IN ({marks})", chunk
            ).fetchall())
        return out

    def has_article(self, article_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone() is not None

    def record_articles(self, versions: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        self._con.executemany(
            "INSERT INTO articles VALUES (?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "content_hash = excluded.content_hash, committed_at = excluded.committed_at",
            [(aid, chash, now) for aid, chash in versions],
        )

    def files(self, status: str | None = None) -> dict[str, FileEntry]:
        sql, args = "SELECT * FROM files", ()
        if status:
            sql, args = sql + " WHERE status = ?", (status,)
        return {row[0]: FileEntry(*row) for row in self._con.execute(sql, args)}

    def file(self, path: str) -> FileEntry | None:
        row = self._con.execute("SELECT * FROM files WHERE path = ?", (path,)).fetchone()
        return FileEntry(*row) if row else None

    def register_file(self, path: str, tbl: str, month: str, size: int, mtime_ns: int, rows: int) -> None:
        self._con.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, 'live', NULL)",
            (path, tbl, month, size, mtime_ns, rows),
        )

    def retire_file(self, path: str, tbl: str, month: str, size: int, mtime_ns: int) -> None:
        """Mark a file retired from now on (registering it first if a crashed writer never did)."""
        self._con.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, 0, 'retired', ?) ON CONFLICT(path) DO UPDATE SET "
            "status = 'retired', retired_at = excluded.retired_at",
            (path, tbl, month, size, mtime_ns, time.time()),
        )

    def forget_file(self, path: str) -> None:
        self._con.execute("DELETE FROM files WHERE path = ?", (path,))
