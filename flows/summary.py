"""What a run did, per source: the counts every run command prints and every report shows.

Kept apart from the flows so the ingest and reprocess flows, the run reports and the CLI all read
one definition without importing each other.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extractors.records import FACT_KINDS
from flows.settings import Settings


@dataclass
class SourceReport:
    """What one source contributed to a run; the run summary is a list of these."""

    name: str
    fetched: int = 0
    not_modified: int = 0
    skipped: int = 0
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    facts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (what, why)
    warnings: list[str] = field(default_factory=list)

    def add(self, part: SourceReport) -> None:
        """Fold a batch's (or another source's) counts into this report."""
        self.fetched += part.fetched
        self.not_modified += part.not_modified
        self.skipped += part.skipped
        self.new += part.new
        self.unchanged += part.unchanged
        self.updated += part.updated
        self.failed += part.failed
        self.failures.extend(part.failures)
        self.facts.update(part.facts)


#: What the two "nothing new" counts of a summary mean; printed under the summary when either is non-zero.
SUMMARY_LEGEND = ("legend: already stored = read again and unchanged, so not written again; not fetched again = "
                  "its URL or file was stored by an earlier run (or is older than since_days), so it was not read")


def format_summary(reports: list[SourceReport], settings: Settings) -> str:
    """The short summary ``newsfacts run`` prints: totals, then one line per source under its label."""
    total = SourceReport("all")
    for r in reports:
        total.add(r)
    lines = [f"articles: {_counts(total)}", "facts: " + ", ".join(f"{total.facts.get(k, 0)} {k}" for k in FACT_KINDS)]
    for r in reports:
        if _only_failure(r):  # a source that could not be read at all: one line
            what, why = r.failures[0]
            lines.append(f"  {r.name}: failed: {why}" if what == r.name else f"  {r.name}: failed: {what}: {why}")
            continue
        lines.append(f"  {r.name}: {_counts(r)}" + (f", {r.not_modified} not modified" if r.not_modified else ""))
        lines += [f"    warning: {w}" for w in r.warnings[:5]]
        if len(r.warnings) > 5:
            lines.append(f"    ... and {len(r.warnings) - 5} more warnings")
        lines += [f"    failed: {what}: {why}" for what, why in r.failures[:20]]
        if len(r.failures) > 20:
            lines.append(f"    ... and {len(r.failures) - 20} more failures")
    if total.unchanged or total.skipped:
        lines.append(SUMMARY_LEGEND)
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
