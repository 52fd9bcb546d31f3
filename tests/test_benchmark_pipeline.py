"""The end-to-end benchmark's input: real pages, each copy an article of its own."""
from __future__ import annotations

from benchmarks.pipeline import corpus_pages, write_articles
from extractors.clean import clean_document
from extractors.records import RawDocument


def test_each_copy_of_a_page_is_an_article_with_its_own_url(tmp_path):
    pages = dict(sorted(corpus_pages().items())[:2])
    write_articles(pages, 5, tmp_path)  # 3 copies of one page, 2 of the other
    cleaned = [clean_document(RawDocument(source=str(path), data=path.read_bytes(), content_type="text/html"))
               for path in sorted(tmp_path.glob("*.html"))]
    assert len({doc.url for doc in cleaned}) == 5
    assert len({doc.text for doc in cleaned}) == 2 and all(doc.text for doc in cleaned)


def test_the_extraction_timer_splits_fact_cpu_into_model_and_rules(tmp_path):
    from benchmarks.pipeline import extract_pages

    pages = dict(sorted(corpus_pages().items())[:3])
    write_articles(pages, 3, tmp_path)
    timing = extract_pages(sorted(tmp_path.glob("*.html")))
    assert timing.articles == 3
    assert timing.model_cpu > 0 and timing.rules_cpu > 0
    assert timing.model_cpu + timing.rules_cpu <= timing.cpu


def test_the_extraction_baseline_loads_every_model_before_it_is_timed(tmp_path):
    """A run's worker loads each pack's model once and keeps it; the baseline must not time those loads
    as extraction, or scaling it by the run's copies of the pages counts them once per copy."""
    import gc

    from benchmarks.pipeline import extract_pages, warm_up
    from extractors.facts.nlp import load_pipeline

    pages = corpus_pages()
    french = next(name for name in sorted(pages) if clean_document(
        RawDocument(source=name, data=pages[name], content_type="text/html")).language == "fr")
    write_articles({french: pages[french], **dict(sorted(pages.items())[:2])}, 3, tmp_path)
    files = sorted(tmp_path.glob("*.html"))
    try:
        assert warm_up(files, sample=1) > 0
        loads = load_pipeline.cache_info().misses
        assert extract_pages(files).articles == 3
        assert load_pipeline.cache_info().misses == loads
    finally:
        gc.unfreeze()  # warm_up froze this test process's objects, as a worker's initializer does


def test_a_process_cpu_reading_grows_with_its_work_and_is_zero_once_it_is_gone():
    """The run's CPU is split between its process and its workers from these readings."""
    import subprocess
    import sys

    from benchmarks.pipeline import _cpu

    burn = ("import sys, time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
            "print('busy', flush=True)\nsys.stdin.readline()")
    child = subprocess.Popen([sys.executable, "-c", burn], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout.readline() == b"busy\n"
    assert _cpu(child.pid) >= 0.2
    child.communicate(b"\n")
    assert _cpu(child.pid) == 0.0


def test_the_stage_cpu_a_run_prints_is_read_back_by_the_benchmark(tmp_path):
    """The steady overhead divides by the extraction CPU the run's batches measured, read from its summary."""
    from collections import Counter

    from benchmarks.pipeline import run_stages
    from flows.settings import Settings
    from flows.summary import CPU_STAGES, SourceReport, format_summary

    cpu = Counter({"extraction": 191.234, "snapshots written": 0.31, "snapshots read": 0.84, "appends": 5.2})
    output = "some log line\n" + format_summary([SourceReport("a", new=3, cpu=cpu)], Settings(tmp_path)) + "\nmore"
    assert run_stages(output) == {stage: round(cpu[stage], 2) for stage in CPU_STAGES}
