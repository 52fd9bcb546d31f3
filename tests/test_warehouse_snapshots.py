"""Raw snapshots: content-addressed, compressed, idempotent, verified on read."""
from __future__ import annotations

import gzip
import hashlib

import pyarrow as pa
import pytest

from warehouse.snapshots import SnapshotError, SnapshotStore


def _zstd(data: bytes) -> bytes:
    return pa.Codec("zstd").compress(data, asbytes=True)


def test_put_returns_the_sha256_and_get_returns_the_bytes(tmp_path):
    store = SnapshotStore(tmp_path / "snapshots")
    data = b"<html><body>" + b"news " * 1000 + b"</body></html>"
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.get(sha) == data
    path = store.path_for(sha)
    assert path.parent.name == sha[:2] and path.stat().st_size < len(data) / 10  # compressed
    assert not list(path.parent.glob("*.tmp"))


def test_put_is_idempotent(tmp_path):
    store = SnapshotStore(tmp_path)
    sha = store.put(b"same")
    before = store.path_for(sha).stat().st_mtime_ns
    assert store.put(b"same") == sha
    assert store.path_for(sha).stat().st_mtime_ns == before
    assert sha in store and hashlib.sha256(b"other").hexdigest() not in store


def test_get_refuses_corrupt_missing_and_malformed(tmp_path):
    store = SnapshotStore(tmp_path)
    sha = store.put(b"original")
    store.path_for(sha).write_bytes(_zstd(b"tampered"))
    with pytest.raises(SnapshotError, match="does not match its hash"):
        store.get(sha)
    store.path_for(sha).write_bytes(b"not zstd")
    with pytest.raises(SnapshotError, match="corrupt"):
        store.get(sha)
    with pytest.raises(SnapshotError, match="no snapshot"):
        store.get("0" * 64)
    with pytest.raises(SnapshotError, match="not a lowercase hex SHA-256"):
        store.get("../../etc/passwd")


def test_put_writes_a_standard_zstd_frame(tmp_path):
    """Any Zstandard reader (``zstd -d``) gets the bytes back, not only this store."""
    store = SnapshotStore(tmp_path)
    data = b"<p>" + "Nachrichten, 新闻 ".encode() * 500 + b"</p>"
    sha = store.put(data)
    path = store.path_for(sha)
    assert path.suffix == ".zst" and path.read_bytes()[:4] == b"\x28\xb5\x2f\xfd"  # the frame's magic number
    assert pa.input_stream(str(path), compression="zstd").read() == data


def test_gzip_snapshots_of_older_stores_stay_readable(tmp_path):
    """A store written before Zstandard holds ``<sha>.gz``: read, counted as stored, never written twice."""
    store = SnapshotStore(tmp_path)
    data = b"<html>an old page</html>"
    sha = hashlib.sha256(data).hexdigest()
    legacy = store.legacy_path_for(sha)
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(gzip.compress(data, mtime=0))
    assert sha in store and store.get(sha) == data
    assert store.put(data) == sha and not store.path_for(sha).exists()
    legacy.write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(SnapshotError, match="does not match its hash"):
        store.get(sha)
