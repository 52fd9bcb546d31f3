"""Raw snapshots: every fetched or loaded document, compressed and addressed by its SHA-256.

``Provenance.raw_sha256`` points here, so a later ``reprocess`` re-runs extraction on exactly the
bytes that were fetched, without the network. Content addressing makes ``put`` idempotent and lets
two processes store the same document at once: both write the same bytes under the same name.

New snapshots are Zstandard frames (``<sha256>.zst``, readable with ``zstd -d``); stores written
before hold gzip members (``<sha256>.gz``), which ``get`` still reads. Zstandard at level 1 against
gzip at level 1, over the 464 corpus pages (128 MiB): 0.21 against 0.81 CPU-s to compress, 0.10
against 0.35 to read back, files 0.20 against 0.23 of the page. Every page of ``newsfacts run`` is
compressed once in the ``run`` process and read back once by its batch's worker, so that is ~2.5
CPU-s less per 1,400 pages. The codec is pyarrow's, which the warehouse needs anyway.
"""
from __future__ import annotations

import gzip
import hashlib
import logging
import os
import re
import secrets
from pathlib import Path

import pyarrow as pa

from extractors.records import NewsfactsError

logger = logging.getLogger(__name__)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: Suffix of the snapshots ``put`` writes (Zstandard) and of those older stores hold (gzip).
ZSTD_SUFFIX = ".zst"
GZIP_SUFFIX = ".gz"
#: Level 1: the fastest; 3 (zstd's default) takes 1.3x the CPU for files 8% smaller on news pages.
ZSTD_LEVEL = 1


class SnapshotError(NewsfactsError):
    """A snapshot is missing, corrupt, or asked for with something that is not a SHA-256."""


class SnapshotStore:
    """``<root>/<first two hex digits>/<sha256>.zst`` (or ``.gz``, written by older versions)."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path_for(self, sha: str) -> Path:
        """Where ``put`` stores ``sha`` (a store written before may hold it at ``legacy_path_for``)."""
        return self._base(sha).with_suffix(ZSTD_SUFFIX)

    def legacy_path_for(self, sha: str) -> Path:
        """Where versions before Zstandard stored ``sha`` (gzip)."""
        return self._base(sha).with_suffix(GZIP_SUFFIX)

    def _base(self, sha: str) -> Path:
        if not _SHA256.match(sha):
            raise SnapshotError(f"{sha!r} is not a lowercase hex SHA-256; use the value of Provenance.raw_sha256")
        return self.root / sha[:2] / sha

    def put(self, data: bytes) -> str:
        """Store ``data`` (once) and return its SHA-256 hex digest."""
        sha = hashlib.sha256(data).hexdigest()
        if sha in self:
            return sha
        path = self.path_for(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "wb") as fh:
                # one frame, the same bytes for the same document
                fh.write(pa.Codec("zstd", compression_level=ZSTD_LEVEL).compress(data, asbytes=True))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha: str) -> bytes:
        """The stored bytes of ``sha``; verifies them against the hash."""
        path = self.path_for(sha)
        try:
            try:
                with pa.OSFile(str(path)) as fh:
                    data = pa.CompressedInputStream(fh, "zstd").read()
            except FileNotFoundError:
                path = self.legacy_path_for(sha)
                data = gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise SnapshotError(f"no snapshot {sha} under {self.root}; fetch the document again") from None
        except (OSError, EOFError, pa.ArrowException) as exc:
            raise SnapshotError(f"snapshot {path} is corrupt ({exc}); delete it and fetch the document again") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise SnapshotError(f"snapshot {path} does not match its hash; delete it and fetch the document again")
        return data

    def __contains__(self, sha: str) -> bool:
        return self.path_for(sha).exists() or self.legacy_path_for(sha).exists()
