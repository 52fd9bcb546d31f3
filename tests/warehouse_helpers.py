"""Articles for the warehouse tests: every fact kind, months spread, versions on demand."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from extractors.records import (
    Article,
    Attribution,
    DateMention,
    Entity,
    MentionSpan,
    Provenance,
    Quantity,
    Quote,
)

FACTS_PER_ARTICLE = 6
KINDS_PER_ARTICLE = {"entity": 2, "quantity": 1, "date": 1, "quote": 1, "attribution": 1}


def age_files(root: Path, run_id: str, seconds: float) -> int:
    """Date the files ``run_id`` wrote ``seconds`` back, as if an older run had written them; returns their count."""
    files = list(root.rglob(f"a-{run_id}-b*.parquet"))
    for path in files:
        stamp = time.time() - seconds
        os.utime(path, (stamp, stamp))
    return len(files)


def make_article(i: int, version: int = 0, *, months: int = 3, dated: bool = True) -> Article:
    """Article ``i`` (URL ``https://news.example.org/story/<i>``); ``version`` changes its text and facts."""
    published = datetime(2024, 1 + i % months, 1 + i % 27, 12, tzinfo=timezone(timedelta(hours=9))) if dated else None
    text = f"Story {i} version {version}. More than {1000 + i} containers were sent, a lawmaker said."
    facts = [
        Entity(f"Person {i}", 0, 5, 0, "PERSON", f"Person {i}", "lawmaker", spans=(MentionSpan(0, 5, 0),)),
        Entity("North Korea", 6, 17, 0, "GPE", "KP", mentions=2, spans=(MentionSpan(6, 17, 0), MentionSpan(80, 91, 2))),
        Quantity(f"{1000 + i} containers", 20, 35, 0, float(1000 + i + version), "containers", "more_than"),
        DateMention("Tuesday", 40, 47, 0, f"2024-0{1 + i % 9}", "day"),
        Quote(f"words {version}", 50, 60, 1, f"Person {i}", "say"),
        Attribution("a lawmaker said", 61, 76, 1, "a lawmaker", "said", f"claim {version}"),
    ]
    return Article(source=f"story-{i}.html", url=f"https://news.example.org/story/{i}", title=f"Story {i}",
                   section="World", authors=["A. Writer"], published=published, language="en", text=text,
                   captions=[f"caption {i}"], facts=facts)


def items(ids, version: int = 0, **kw) -> list[tuple[Article, Provenance]]:
    return [(make_article(i, version, **kw), Provenance("test", "0" * 64, None)) for i in ids]


def kill_when_paused(script: str, args: list[str], marker: Path) -> None:
    """Run ``script`` in a child Python that writes ``marker`` where it pauses, then SIGKILL it there:
    a crash at a chosen point of a write, as a power cut would leave it."""
    repo = Path(__file__).resolve().parents[1]
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=repo,
                             env={**os.environ, "PYTHONPATH": str(repo)})
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "writer exited before reaching the pause"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)


#: How long a test waits for its worker processes, and a worker for its partner at the start line.
PROCESS_TIMEOUT_SECONDS = 120


def run_processes(ctx, target, arg_lists: list[tuple]) -> None:
    """Run ``target(*args, start)`` in one spawned process per entry; they begin together at a barrier.

    A worker that fails makes the test fail and never leaves its partner hanging at the barrier or
    pytest waiting at exit for a live child: the barrier times out and survivors are killed.
    """
    start = ctx.Barrier(len(arg_lists), timeout=PROCESS_TIMEOUT_SECONDS)
    jobs = [ctx.Process(target=target, args=(*args, start)) for args in arg_lists]
    try:
        for job in jobs:
            job.start()
        deadline = time.monotonic() + PROCESS_TIMEOUT_SECONDS
        for job in jobs:
            job.join(timeout=max(0.0, deadline - time.monotonic()))
        assert [job.exitcode for job in jobs] == [0] * len(jobs)
    finally:
        for job in jobs:
            if job.is_alive():
                job.kill()
                job.join()
