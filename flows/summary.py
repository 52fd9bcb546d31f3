"""What a run did, per source: the counts every run command prints and every report shows.

Kept apart from the flows so the ingest and reprocess flows, the run reports and the CLI all read
one definition without importing each other.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from extractors.records import FACT_KINDS, QUALITY_FLAGS
from flows.settings import Settings


@dataclass
class SourceReport:
    """What one source contributed to a run; the run summary is a list of these.

    Every input is accounted for: ``inputs == new + unchanged + updated + failed + skipped`` (an
    input is a document collected, an item that failed before it could be read, or one skipped on
    purpose; a source that fails as a whole is one failed input). ``flags`` counts the quality flags
    of the articles processed (stored or already stored), one count per article and flag. ``cpu``:
    CPU-s per stage (``CPU_STAGES``), where a run's work went, measured where it ran.
    """

    name: str
    inputs: int = 0
    fetched: int = 0
    not_modified: int = 0
    skipped: int = 0
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    facts: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (what, why)
    warnings: list[str] = field(default_factory=list)
    cpu: Counter = field(default_factory=Counter)

    @property
    def accounted(self) -> int:
        """Inputs with an outcome; equal to ``inputs`` unless something was lost (then the run warns)."""
        return self.new + self.unchanged + self.updated + self.failed + self.skipped

    def add(self, part: SourceReport) -> None:
        """Fold a batch's (or another source's) counts into this report."""
        self.inputs += part.inputs
        self.fetched += part.fetched
        self.not_modified += part.not_modified
        self.skipped += part.skipped
        self.new += part.new
        self.unchanged += part.unchanged
        self.updated += part.updated
        self.failed += part.failed
        self.failures.extend(part.failures)
        self.facts.update(part.facts)
        self.flags.update(part.flags)
        self.cpu.update(part.cpu)


#: The stages ``SourceReport.cpu`` counts: cleaning and fact extraction of the batches' documents;
#: compressing each collected page into the snapshot store, and reading it back in its batch (or
#: storing it there, when a page travelled inline to a Dask worker elsewhere); appending to Parquet.
CPU_STAGES = ("extraction", "snapshots written", "snapshots read", "appends")


@contextmanager
def cpu_into(counter: Counter, stage: str) -> Iterator[None]:
    """Add to ``counter[stage]`` the CPU-s this thread spends in the block.

    The thread's time, not the process's: a worker's Prefect threads (events, logs) and the run
    process's other threads (collection beside the batches) are not the stage's work. Extraction is
    single-threaded (its thread's time equals the process's on an idle process).
    """
    started = time.thread_time()
    try:
        yield
    finally:
        counter[stage] += time.thread_time() - started


def flag_counts(flags: Counter) -> str:
    """"2 short_body, 1 consent_wall": flags in vocabulary order, only those that occur."""
    return ", ".join(f"{flags[f]} {f}" for f in QUALITY_FLAGS if flags.get(f))


#: What the two "nothing new" counts of a summary mean; printed under the summary when either is non-zero.
SUMMARY_LEGEND = ("legend: already stored = read again and unchanged, so not written again; not fetched again = "
                  "its URL or file was stored by an earlier run (or is older than since_days), so it was not read")


def format_summary(reports: list[SourceReport], settings: Settings) -> str:
    """The short summary ``newsfacts run`` prints: totals, then one line per source under its label."""
    total = SourceReport("all")
    for r in reports:
        total.add(r)
    lines = [f"articles: {_counts(total)} = {total.inputs} inputs",
             "facts: " + ", ".join(f"{total.facts.get(k, 0)} {k}" for k in FACT_KINDS),
             "flagged: " + (flag_counts(total.flags) or "none")]
    for r in reports:
        if _only_failure(r):  # a source that could not be read at all: one line
            what, why = r.failures[0]
            lines.append(f"  {r.name}: failed: {why}" if what == r.name else f"  {r.name}: failed: {what}: {why}")
            continue
        lines.append(f"  {r.name}: {_counts(r)} = {r.inputs} inputs"
                     + (f"; {r.not_modified} not modified" if r.not_modified else ""))
        lines += [f"    warning: {w}" for w in r.warnings[:5]]
        if len(r.warnings) > 5:
            lines.append(f"    ... and {len(r.warnings) - 5} more warnings")
        lines += [f"    failed: {what}: {why}" for what, why in r.failures[:20]]
        if len(r.failures) > 20:
            lines.append(f"    ... and {len(r.failures) - 20} more failures")
    if total.unchanged or total.skipped:
        lines.append(SUMMARY_LEGEND)
    if total.cpu:
        lines.append("CPU-s: " + ", ".join(f"{stage} {total.cpu[stage]:.2f}" for stage in CPU_STAGES))
    lines.append(f"data: {settings.data_dir} (warehouse: {settings.warehouse_dir})")
    lines.append(f"Prefect UI on this run history: {settings.ui_command()}")
    return "\n".join(lines)


def _counts(r: SourceReport) -> str:
    """The same words for the totals and each source, so the lines add up."""
    return (f"{r.new} new, {r.unchanged} already stored, {r.updated} updated, {r.failed} failed"
            + (f", {r.skipped} not fetched again" if r.skipped else ""))


def _only_failure(r: SourceReport) -> bool:
    return (r.failed == 1 and len(r.failures) == 1 and not r.warnings
            and not (r.fetched or r.new or r.unchanged or r.updated or r.skipped or r.not_modified))
