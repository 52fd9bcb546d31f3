"""Where the warehouse's files live: a local directory or object storage (``s3://bucket/prefix``).

Every warehouse module does its file I/O through ``Storage``, so the append, query and compaction
protocols are one code path; only the few primitives below differ, because the atomicity tools differ:

* local: a file becomes visible by ``os.replace`` of a complete, fsynced temporary file;
* object storage: a PUT is atomic (an object appears whole or not at all), so a file is written
  directly under its final name, and nothing needs renaming.

The SQLite ledger cannot live on object storage (no file locks, no partial writes): there it is a
local cache under ``cache_dir``, keyed by the URL, and rebuilt from the Parquet files when missing.
Correctness across machines then rests on the views' deduplication, as it always may.

``Storage`` holds only strings and paths, so it pickles to Prefect and Dask workers; the fsspec
filesystem is created on first use in each process (fsspec caches one instance per arguments).
The caller passes credentials and endpoint in ``storage_options``: warehouse code reads no
environment variables (s3fs/botocore fall back to the standard ``AWS_*`` ones on their own).
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.ledger import LEDGER_NAME

TMP_SUFFIX = ".tmp"


@dataclass(frozen=True, slots=True)
class FileInfo:
    """A listed file: ``stamp`` changes whenever the file's content may have (size + mtime/ETag)."""

    path: PurePath
    size: int
    stamp: int


@dataclass(frozen=True, slots=True)
class Storage:
    """The warehouse root ``url`` (a local path or ``protocol://...``) and how to reach it.

    Args:
        url: a directory path, or e.g. ``s3://bucket/prefix``.
        storage_options: passed to ``fsspec.filesystem`` (e.g. ``{"client_kwargs": {"endpoint_url": ...}}``).
        cache_dir: local directory for the ledger cache, temporary and spill files of a remote warehouse
            (default: the system temporary directory). Ignored for a local warehouse, which keeps
            everything under its root.
    """

    url: str
    storage_options: Mapping[str, Any] = field(default_factory=dict)
    cache_dir: Path | str | None = None

    def __str__(self) -> str:
        return self.url

    @property
    def remote(self) -> bool:
        return "://" in self.url and not self.url.startswith("file://")

    @property
    def protocol(self) -> str:
        return self.url.split("://", 1)[0] if self.remote else "file"

    @property
    def root(self) -> PurePath:
        """The root as a path: a ``Path`` locally, ``bucket/prefix`` (a ``PurePosixPath``) remotely."""
        if self.remote:
            return PurePosixPath(self.url.split("://", 1)[1].strip("/"))
        return Path(self.url.removeprefix("file://"))

    @property
    def fs(self):  # fsspec.AbstractFileSystem; imported lazily, a local warehouse never needs it
        import fsspec

        return fsspec.filesystem(self.protocol, **self.storage_options)

    def uri(self, path: PurePath) -> str:
        """``path`` as DuckDB and users name it (``s3://bucket/...`` remotely)."""
        return f"{self.protocol}://{path}" if self.remote else str(path)

    # --- local state of a remote warehouse -------------------------------------------------------

    @property
    def local_dir(self) -> Path:
        """Local directory for the ledger, locks, temporary and spill files."""
        if not self.remote:
            return Path(self.root)
        base = Path(self.cache_dir or Path(tempfile.gettempdir()) / "newsfacts-warehouse-cache")
        key = self.uri(self.root)  # the same warehouse however its URL is spelled (trailing slash)
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", key)[-60:].strip("._")
        return base / f"{slug}-{hashlib.blake2b(key.encode(), digest_size=4).hexdigest()}"

    @property
    def ledger_path(self) -> Path:
        return self.local_dir / LEDGER_NAME

    def temp_for(self, path: PurePath) -> Path:
        """A local temporary name for a file bound for ``path``; never ends in ``.parquet``.

        Locally it sits beside ``path`` (``os.replace`` needs the same filesystem); remotely in ``local_dir``.
        """
        if self.remote:  # one flat directory: the name must tell tables and months apart
            tmp_dir = self.local_dir / "tmp"
            tmp_dir.mkdir(parents=True, exist_ok=True)
            return tmp_dir / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}"
        return Path(path).with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")

    # --- primitives --------------------------------------------------------------------------------

    def makedirs(self, path: PurePath) -> None:
        if self.remote:
            self.local_dir.mkdir(parents=True, exist_ok=True)
            self.fs.makedirs(str(path), exist_ok=True)  # creates the bucket when missing
        else:
            Path(path).mkdir(parents=True, exist_ok=True)

    def exists(self, path: PurePath) -> bool:
        if self.remote:
            fs = self.fs
            fs.invalidate_cache(str(path.parent))
            return fs.exists(str(path))
        return Path(path).exists()

    def stat(self, path: PurePath) -> FileInfo | None:
        """Size and stamp of ``path``, None when it does not exist."""
        if self.remote:
            fs = self.fs
            fs.invalidate_cache(str(path.parent))
            try:
                return _remote_info(path, fs.info(str(path)))
            except FileNotFoundError:
                return None
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        return FileInfo(path, st.st_size, st.st_mtime_ns)

    def list_tree(self, base: PurePath) -> Iterator[tuple[str, str, FileInfo]]:
        """``(directory name, file name, info)`` of every file exactly one directory below ``base``."""
        if self.remote:
            fs = self.fs
            fs.invalidate_cache(str(base))
            try:
                found = fs.find(str(base), detail=True)  # one flat listing, not one per partition
            except FileNotFoundError:
                return
            for key, info in sorted(found.items()):
                parts = PurePosixPath(key).relative_to(base).parts
                if len(parts) == 2 and info.get("type") == "file":
                    yield parts[0], parts[1], _remote_info(PurePosixPath(key), info)
            return
        if not os.path.isdir(base):
            return
        for part in sorted(os.scandir(base), key=lambda e: e.name):
            if not part.is_dir():
                continue
            for entry in sorted(os.scandir(part.path), key=lambda e: e.name):
                try:
                    st = entry.stat()
                except FileNotFoundError:  # removed while we listed
                    continue
                if entry.is_file():
                    yield part.name, entry.name, FileInfo(Path(entry.path), st.st_size, st.st_mtime_ns)

    def write_parquet(self, table: pa.Table, path: PurePath, *, row_group_size: int | None = None,
                      use_dictionary: bool = True, compression: str = "zstd") -> FileInfo:
        """Write ``table`` so that ``path`` shows either the old file or the complete new one.

        ``use_dictionary=False`` and ``compression="snappy"`` suit small files (an append's rows of one
        month); see ``warehouse.store.Warehouse.append``.
        """
        if self.remote:
            with self.fs.open(str(path), "wb") as fh:  # one PUT (or multipart upload) on close
                pq.write_table(table, fh, compression=compression, row_group_size=row_group_size,
                               use_dictionary=use_dictionary)
            return self.stat(path)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        tmp = self.temp_for(path)
        try:
            pq.write_table(table, tmp, compression=compression, row_group_size=row_group_size,
                           use_dictionary=use_dictionary)
            return self.commit(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def commit(self, tmp: Path, path: PurePath) -> FileInfo:
        """Make the complete local file ``tmp`` visible as ``path`` (consumes ``tmp``)."""
        if self.remote:
            try:
                self.fs.put_file(str(tmp), str(path))
            finally:
                tmp.unlink(missing_ok=True)
            return self.stat(path)
        # fsync before the rename: a crash leaves the old file, the new one, or a stale temporary
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        size = os.stat(tmp).st_size
        os.replace(tmp, path)
        st = os.stat(path)
        return FileInfo(path, size, st.st_mtime_ns)

    def write_text(self, path: PurePath, text: str) -> None:
        if self.remote:
            self.fs.pipe_file(str(path), text.encode("utf-8"))
            return
        tmp = self.temp_for(path)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)

    def parquet_file(self, path: PurePath) -> pq.ParquetFile:
        """Opens ``path`` (reads the footer); the caller reads what it needs and drops it."""
        if self.remote:
            return pq.ParquetFile(self.fs.open(str(path), "rb"))
        return pq.ParquetFile(path)

    def read_table(self, path: PurePath) -> pa.Table:
        return self.parquet_file(path).read()

    def remove(self, path: PurePath) -> None:
        if self.remote:
            try:
                self.fs.rm_file(str(path))
            except FileNotFoundError:
                pass
        else:
            Path(path).unlink(missing_ok=True)

    def move(self, src: PurePath, dst: PurePath) -> None:
        if self.remote:
            self.fs.mv(str(src), str(dst))
            return
        Path(dst).parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)

    def stale_temps(self, tables: tuple[str, ...], older_than_seconds: float) -> Iterator[Path]:
        """Temporary files of killed writers (they are always local) older than the cutoff."""
        cutoff = time.time() - older_than_seconds
        if self.remote:
            candidates = (self.local_dir / "tmp").glob(f".*{TMP_SUFFIX}")
        else:
            candidates = (p for t in tables for p in (self.root / t).glob(f"*/.*{TMP_SUFFIX}"))
        for tmp in candidates:
            try:
                if tmp.stat().st_mtime <= cutoff:
                    yield tmp
            except FileNotFoundError:
                continue

    def register(self, con) -> None:
        """Let DuckDB connection ``con`` read this storage's URIs (a no-op locally)."""
        if self.remote:
            con.register_filesystem(self.fs)



def as_storage(root: Storage | PurePath | str) -> Storage:
    """Accept what callers pass: a ``Storage``, a local path, or a URL (with default options)."""
    if isinstance(root, Storage):
        return root
    return Storage(str(root))


def _remote_info(path: PurePath, info: dict) -> FileInfo:
    """Object stores have no nanosecond mtimes: the stamp joins LastModified (seconds) and the ETag,
    so an object rewritten within the same second never looks unchanged."""
    modified = info.get("LastModified") or info.get("mtime") or 0
    seconds = int(modified.timestamp()) if hasattr(modified, "timestamp") else int(modified)
    etag = str(info.get("ETag") or "").strip('"')
    return FileInfo(path, int(info["size"]), seconds * 1_000_000_000 + int(hashlib.md5(etag.encode()).hexdigest(), 16)
                    % 1_000_000_000)
