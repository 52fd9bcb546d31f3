"""Raw snapshots: content-addressed, compressed, idempotent, verified on read."""
from __future__ import annotations

import gzip
import hashlib

import pytest

from warehouse.snapshots import SnapshotError, SnapshotStore


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
    store.path_for(sha).write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(SnapshotError, match="does not match its hash"):
        store.get(sha)
    store.path_for(sha).write_bytes(b"not gzip")
    with pytest.raises(SnapshotError, match="corrupt"):
        store.get(sha)
    with pytest.raises(SnapshotError, match="no snapshot"):
        store.get("0" * 64)
    with pytest.raises(SnapshotError, match="not a lowercase hex SHA-256"):
        store.get("../../etc/passwd")
