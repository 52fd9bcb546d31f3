"""The spool between a source's collection and its batches (flows/spool.py)."""
from __future__ import annotations

import threading
from dataclasses import replace

from extractors.records import RawDocument
from flows.spool import Spool, SpooledDocument
from warehouse.snapshots import SnapshotStore


def _doc(n: int) -> RawDocument:
    return RawDocument(source=f"page-{n}.html", data=f"<p>Article number {n}.</p>".encode(), content_type="text/html")


def test_a_batch_is_handed_on_before_collection_ends(tmp_path):
    spool = Spool(SnapshotStore(tmp_path))
    first_batch = threading.Event()
    seen: list[list[str]] = []

    def consume() -> None:
        for batch in spool.batches(2):
            seen.append([spooled.document.source for spooled in batch])
            first_batch.set()

    consumer = threading.Thread(target=consume)
    consumer.start()
    for n in range(3):
        spool.put(_doc(n))
    assert first_batch.wait(10), "the first full batch waited for the end of collection"
    spool.close()
    consumer.join(10)
    assert seen == [["page-0.html", "page-1.html"], ["page-2.html"]]


def test_spooled_documents_travel_without_their_bytes_and_load_them_back(tmp_path):
    store = SnapshotStore(tmp_path)
    spool = Spool(store)
    spool.put(_doc(7))
    spool.close()
    [[spooled]] = list(spool.batches(10))
    assert spooled.document.data == b""
    assert spooled.raw_sha256 in store
    loaded, sha = spooled.load(store)
    assert loaded.data == _doc(7).data and sha == spooled.raw_sha256


def test_without_a_shared_disk_the_bytes_travel_inline_and_are_stored_by_the_worker(tmp_path):
    spool = Spool(None)
    spool.put(_doc(3))
    spool.close()
    [[spooled]] = list(spool.batches(10))
    assert spooled.document.data == _doc(3).data and spooled.raw_sha256 is None
    store = SnapshotStore(tmp_path)
    loaded, sha = spooled.load(store)
    assert loaded.data == _doc(3).data and store.get(sha) == _doc(3).data


def test_a_retried_collection_does_not_hand_on_a_document_twice(tmp_path):
    spool = Spool(SnapshotStore(tmp_path))
    for attempt in range(2):
        for n in range(3):
            spool.put(_doc(n))
    spool.close()
    assert spool.count == 3
    assert [len(batch) for batch in spool.batches(100)] == [3]


def test_once_collection_is_over_the_last_batches_shrink_so_workers_finish_together(tmp_path):
    spool = Spool(SnapshotStore(tmp_path))
    for n in range(40):
        spool.put(_doc(n))
    spool.close()
    sizes = [len(batch) for batch in spool.batches(10, spread=2)]
    assert sum(sizes) == 40
    assert sizes[0] == 10 and sizes == sorted(sizes, reverse=True) and sizes[-1] < 10


def test_a_batch_stores_each_article_with_its_own_snapshot_when_another_snapshot_vanished(tmp_path):
    """The batch reads its documents one chunk at a time; a vanished snapshot must not shift the others'."""
    from flows.ingest import process_batch_task
    from flows.settings import Settings
    from warehouse.query import run_sql
    from warehouse.store import Warehouse

    settings = Settings(tmp_path)
    store = SnapshotStore(settings.snapshots_dir)
    pages = [RawDocument(source=f"page-{n}.html", url=f"https://news.example.org/story/{n}", content_type="text/html",
                         data=(f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
                               f"<p>The council in town number {n} voted on Monday to repair the old bridge before "
                               "winter, after residents complained about the closed footpath for months.</p>"
                               "</article></body></html>").encode()) for n in range(3)]
    spooled = [SpooledDocument(replace(page, data=b""), store.put(page.data)) for page in pages]
    spooled[1] = SpooledDocument(spooled[1].document, "0" * 64)  # its snapshot is gone
    warehouse = Warehouse(settings.warehouse_dir)
    report = process_batch_task.fn(spooled, "src", 0, "run", settings, warehouse)
    assert (report.new, report.failed) == (2, 1)
    assert report.failures[0][0] == "page-1.html"
    stored = run_sql(settings.warehouse_dir, "select url, raw_sha256 from articles order by url")[1]
    assert stored == [(pages[0].url, spooled[0].raw_sha256), (pages[2].url, spooled[2].raw_sha256)]


def _page(n: int, lang: str) -> RawDocument:
    return RawDocument(source=f"page-{n}.html", content_type="text/html",
                       data=f'<!DOCTYPE html><html lang="{lang}"><head></head><p>Article {n}.</p></html>'.encode())


def test_pages_declared_in_another_packs_language_are_batched_apart_so_one_worker_loads_its_model(tmp_path):
    spool = Spool(SnapshotStore(tmp_path))
    for n in range(9):
        spool.put(_page(n, "fr-FR" if n % 3 == 0 else ("de" if n % 3 == 1 else "en")))
    spool.close()
    batches = [[spooled.document.source for spooled in batch] for batch in spool.batches(4)]
    french = {"page-0.html", "page-3.html", "page-6.html"}
    assert sorted(name for batch in batches for name in batch) == sorted(f"page-{n}.html" for n in range(9))
    assert all(set(batch) <= french or not set(batch) & french for batch in batches)
    # a language without a pack needs no model: it goes with the default pack's pages
    assert any({"page-1.html", "page-2.html"} <= set(batch) for batch in batches)


def test_the_real_html_tag_declares_the_language_not_the_conditional_comments_before_it():
    from extractors.clean.language import html_language

    page = (b'<!--[if lt IE 9]><html class="no-js" lang="en"><![endif]-->\n<html class="no-js" lang="fr">'
            b'<head><meta name="x" lang="de"></head><body lang="it"></body></html>')
    assert html_language(page) == "fr"
    assert html_language(b"<html><head></head><body><p lang='fr'>Bonjour</p></body></html>") is None
    assert html_language(b"plain text, no markup") is None


def test_a_batch_reports_the_cpu_of_extraction_snapshot_reads_and_its_append_apart(tmp_path):
    """What ``benchmarks.pipeline`` takes as extraction CPU: measured in the worker, less the snapshot reads
    and the append, and the collecting thread's snapshot writes counted by the spool."""
    from pathlib import Path

    from flows.ingest import process_batch_task
    from flows.settings import Settings
    from flows.summary import CPU_STAGES, SourceReport, format_summary
    from warehouse.store import Warehouse

    settings = Settings(tmp_path / "data")
    spool = Spool(SnapshotStore(settings.snapshots_dir))
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for page in ("apnews_2023-04-28_mexico-economy.html", "yonhap-en_2017-06-01_sistar-lonely.html"):
        spool.put(RawDocument(source=page, data=(seeds / page).read_bytes(), content_type="text/html"))
    spool.close()
    assert spool.cpu > 0
    (batch,) = spool.batches(10)
    report = process_batch_task.fn(batch, "seeds", 0, "r1", settings, Warehouse(settings.warehouse_dir))
    assert report.new == 2
    assert report.cpu["extraction"] > report.cpu["appends"] > 0 and report.cpu["snapshots read"] > 0
    assert report.cpu["extraction"] > 10 * report.cpu["snapshots read"]  # the reads inside it are taken out
    total = SourceReport("all")
    total.add(report)
    total.add(report)
    assert total.cpu == {stage: 2 * report.cpu[stage] for stage in report.cpu}
    (line,) = [line for line in format_summary([total], settings).splitlines() if line.startswith("CPU-s: ")]
    assert all(f"{stage} {total.cpu[stage]:.2f}" in line for stage in CPU_STAGES)
