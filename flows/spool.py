"""Documents on their way from a source's collection to the batch workers.

A source may list thousands of pages. Holding their bytes in the flow's process until the last one
was fetched cost ~0.8 GiB per 1,000 pages and left the workers idle until collection ended. Instead
each document's bytes go to the snapshot store as soon as it is collected (content-addressed: the
same snapshot its warehouse row points to), and only a small reference travels on, to the flow's
thread, which cuts a batch whenever enough have arrived, and to a worker, which reads the bytes back.

A Dask cluster elsewhere cannot read this machine's disk, so there the bytes travel inline.

Batches are cut per language pack, by the page's declared ``<html lang>``: a worker loads a pack's
model the first time it reads an article in that language (3.3-3.6 CPU-s for the French one, most of
it compiling its tokenizer's patterns), and with every batch holding a few French pages, every worker
paid for it. Grouped, only the workers that get a French batch do.
"""
from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

from extractors.clean.language import html_language
from extractors.facts.languages import DEFAULT_LANGUAGE, PACKS
from extractors.records import RawDocument
from warehouse.snapshots import SnapshotStore


@dataclass(frozen=True, slots=True)
class SpooledDocument:
    """A collected document; its bytes are in the snapshot ``raw_sha256`` when ``document.data`` is empty."""

    document: RawDocument
    raw_sha256: str | None = None
    pack: str = DEFAULT_LANGUAGE  # the language pack its declared language points to: batches are cut per pack

    def load(self, snapshots: SnapshotStore) -> tuple[RawDocument, str]:
        """The document with its bytes, and the SHA-256 of its snapshot (stored now when it travelled inline)."""
        if self.raw_sha256 is None:
            return self.document, snapshots.put(self.document.data)
        return replace(self.document, data=snapshots.get(self.raw_sha256)), self.raw_sha256


_CLOSED = object()


class Spool:
    """A source's collected documents, in order, from the collecting thread to the flow's thread.

    ``put`` runs on the collecting thread; ``close`` when collection is over for good (after the last
    retry); ``batches`` on the flow's thread. A retried collection puts its documents again: the ones
    already put are dropped, so no article is processed twice and ``count`` counts each once.
    """

    def __init__(self, snapshots: SnapshotStore | None) -> None:
        self._snapshots = snapshots  # None: keep the bytes inline
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.count = 0
        self.cpu = 0.0  # CPU-s the collecting thread spent storing snapshots

    def put(self, document: RawDocument) -> None:
        spooled = self._snapshots is not None
        if spooled:
            started = time.thread_time()
            sha = self._snapshots.put(document.data)
            self.cpu += time.thread_time() - started
        else:
            sha = hashlib.sha256(document.data).hexdigest()
        with self._lock:
            if (document.source, sha) in self._seen:
                return
            self._seen.add((document.source, sha))
            self.count += 1
        declared = html_language(document.data) if not document.plain else None
        pack = declared if declared in PACKS else DEFAULT_LANGUAGE
        self._queue.put(SpooledDocument(replace(document, data=b""), sha, pack) if spooled
                        else SpooledDocument(document, None, pack))

    def close(self) -> None:
        self._closed = True
        self._queue.put(_CLOSED)

    def batches(self, size: int, spread: int = 1) -> Iterator[list[SpooledDocument]]:
        """Batches of ``size`` documents of one language pack as they arrive, then the rest once the
        spool is closed.

        Once collection is over, the documents left are known, and each next batch takes at most a
        ``spread``-th of them (never under a tenth of ``size``): the last batches shrink, so ``spread``
        workers finish together instead of one working through a full last batch while the others idle.
        """
        filling: dict[str, list[SpooledDocument]] = {}  # per pack, the batch being filled
        limit = size
        while (item := self._queue.get()) is not _CLOSED:
            if self._closed:
                # the documents after this one (plus the closing mark) and those waiting in unfinished batches
                left = self._queue.qsize() + sum(map(len, filling.values()))
                limit = min(size, max(size // 10, 1, -(-left // spread)))
            batch = filling.setdefault(item.pack, [])
            batch.append(item)
            if len(batch) >= limit:
                yield filling.pop(item.pack)
        yield from sorted(filling.values(), key=len, reverse=True)
