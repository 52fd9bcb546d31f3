"""Run reports in the Prefect UI: a table and a markdown artifact per run, a progress artifact during it.

People watch unattended runs in the UI, not in a terminal, so each run leaves what its summary would
have printed: counts per source (table), then what is new in the warehouse and what failed and why
(markdown). The artifacts carry keys, so the UI's Artifacts page also shows each key's history
across runs. Everything here is best effort: a report that cannot be written is logged, never
allowed to fail a run whose data is already stored.
"""
from __future__ import annotations

import logging
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import duckdb
import httpx
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.exceptions import PrefectException

from extractors.records import FACT_KINDS, QUALITY_FLAGS, NewsfactsError
from flows.summary import SourceReport, flag_counts
from warehouse.query import connect

logger = logging.getLogger(__name__)

#: How many entities and quantitative claims the markdown report lists, and failures per source.
TOP_ENTITIES = 15
NEW_CLAIMS = 25
FAILURES_PER_SOURCE = 30

#: Errors that make a report incomplete but must not fail the run that produced the data.
_REPORT_ERRORS = (NewsfactsError, duckdb.Error, PrefectException, httpx.HTTPError, OSError)


@dataclass(frozen=True, slots=True)
class Highlights:
    """What a run added to the warehouse, read back from the views (rows as tuples)."""

    top_entities: list[tuple[str, str, str, int, int]]  # (normalized, written, label, articles, mentions)
    new_claims: list[tuple[str | None, str, float, float | None, str | None, str, str | None]]
    # (article title, claim text, value, value_max, unit, qualifier, subject)


@dataclass(frozen=True, slots=True)
class ReportArtifacts:
    """Ids of the artifacts one ``publish_run_report`` created (None: that one could not be written)."""

    table: UUID | None
    markdown: UUID | None


def source_rows(reports: Sequence[SourceReport]) -> list[dict[str, Any]]:
    """One row per source plus a total row: the columns of the table artifact, facts one column per kind."""
    rows = []
    for r in reports:
        rows.append({
            "source": r.name, "inputs": r.inputs, "fetched": r.fetched, "new": r.new, "already stored": r.unchanged,
            "updated": r.updated, "failed": r.failed, "not modified": r.not_modified, "skipped": r.skipped,
            **{f"{kind} facts": r.facts.get(kind, 0) for kind in FACT_KINDS},
            "flagged": flag_counts(r.flags),
        })
    if len(rows) > 1:
        total: dict[str, Any] = {"source": "total"}
        for key in rows[0]:
            if key == "flagged":
                total[key] = flag_counts(sum((r.flags for r in reports), Counter()))
            elif key != "source":
                total[key] = sum(row[key] for row in rows)
        rows.append(total)
    return rows


def read_highlights(warehouse_dir: Path | str, run_id: str, since: datetime | None = None) -> Highlights:
    """Top entities and quantitative claims of the articles this run stored (new or updated versions).

    Articles are matched by ``run_id``: the ``articles`` view holds each article's latest version,
    whose row names the run that wrote it. Every scan of a view reads all its files, so the connection
    binds only the views read here, and the files are read twice: this run's latest article copies
    once, then the entity and quantity rows of those copies (``copy_key``, as the ``facts`` view picks
    them) once, into tables both queries read. Reading entities and quantities through their views
    scanned the facts and, for the copies, the articles files once per query: 2.8-3.4 against 1.35-1.7
    CPU-s over 1,644 files. ``since``, when the run began: only the files written from then on are read
    (``connect(written_since=...)``), which hold every row the run wrote and every later copy of its
    articles; without it the whole warehouse is, and a report's cost grew with the warehouse's history
    (a run of 150 articles, 244 files, beside 1,400 files of 1,000 older articles: 2.8-3.5 CPU-s over
    every file with the views, 0.24-0.30 over those it wrote with the two reads).
    """
    con = connect(warehouse_dir, views=HIGHLIGHT_VIEWS, written_since=since)
    try:
        con.execute("CREATE TEMP TABLE run_articles AS SELECT copy_key, article_id, title, published FROM articles "
                    "WHERE run_id = $run", {"run": run_id})
        # the columns of the entities and quantities views (fact_rows names them alike)
        con.execute("CREATE TEMP TABLE run_facts AS SELECT kind, article_id, fact_index, text, normalized, label, "
                    "mentions, value, value_max, unit, qualifier, subject FROM fact_rows SEMI JOIN run_articles "
                    "USING (copy_key) WHERE kind IN ('entity', 'quantity')")
        # "written": the entity's most frequent written form in the run (longer on a tie), a name to show
        # beside a country code
        entities = con.execute(
            "WITH e AS (SELECT normalized, label, text, article_id, mentions FROM run_facts WHERE kind = 'entity'), "
            "forms AS (SELECT normalized, label, text, count(*) AS n FROM e GROUP BY ALL), "
            "names AS (SELECT normalized, label, arg_max(text, n * 1000 + length(text)) AS written "
            "          FROM forms GROUP BY ALL) "
            "SELECT e.normalized, names.written, e.label, count(DISTINCT e.article_id) AS articles, "
            "sum(e.mentions) AS mentions FROM e JOIN names USING (normalized, label) "
            "GROUP BY ALL ORDER BY articles DESC, mentions DESC, e.normalized LIMIT $n",
            {"n": TOP_ENTITIES},
        ).fetchall()
        claims = con.execute(
            "SELECT a.title, q.text, q.value, q.value_max, q.unit, q.qualifier, q.subject "
            "FROM run_facts q JOIN run_articles a USING (article_id) WHERE q.kind = 'quantity' "
            "ORDER BY a.published DESC NULLS LAST, a.article_id, q.fact_index LIMIT $n",
            {"n": NEW_CLAIMS},
        ).fetchall()
    finally:
        con.close()
    return Highlights(entities, claims)


#: The views ``read_highlights`` reads, with the ones they are built on.
HIGHLIGHT_VIEWS = frozenset({"article_rows", "fact_rows", "latest_copies", "story_merges", "articles"})


def entity_name(normalized: str, written: str) -> str:
    """``North Korea (KP)`` for a country code, else the normalized name (a person's full name, ...)."""
    return f"{written} ({normalized})" if _COUNTRY_CODE.fullmatch(normalized) and written != normalized else normalized


#: What ``normalized`` holds for countries: an ISO 3166 alpha-2 code.
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def summary_markdown(reports: Sequence[SourceReport], highlights: Highlights | None, *, run_id: str) -> str:
    """The markdown artifact: totals, top entities, new quantitative claims, failures with reasons."""
    new = sum(r.new for r in reports)
    updated = sum(r.updated for r in reports)
    stored = sum(r.unchanged for r in reports)
    failed = sum(r.failed for r in reports)
    totals = (f"**{new}** new, **{updated}** updated, **{stored}** already stored, **{failed}** failed "
              f"across {len(reports)} source{'s' if len(reports) != 1 else ''}.")
    lines = [f"# Run `{run_id}`", "", totals, ""]
    if highlights is None:
        lines += ["_The warehouse could not be read for highlights; see the run logs._", ""]
    else:
        lines += ["## Top entities", ""]
        entity_rows = [(entity_name(normalized, written), normalized, label, articles, mentions)
                       for normalized, written, label, articles, mentions in highlights.top_entities]
        lines += md_table(["entity", "normalized", "label", "articles", "mentions"], entity_rows) or ["_none_"]
        lines += ["", "## New quantitative claims", ""]
        claim_rows = [(title, text, _number(value, value_max), unit, qualifier, subject)
                      for title, text, value, value_max, unit, qualifier, subject in highlights.new_claims]
        lines += md_table(["article", "claim", "value", "unit", "qualifier", "subject"], claim_rows) or ["_none_"]
    flags = sum((r.flags for r in reports), Counter())
    lines += ["", "## Quality flags", "", ("Flagged articles are stored; `not_article`, `empty_body` and "
                                             "`consent_wall` ones get no facts."), ""]
    lines += md_table(["flag", "articles"], [(f, flags[f]) for f in QUALITY_FLAGS if flags.get(f)]) or ["_none_"]
    lines += ["", "## Failures", ""]
    any_failure = False
    for r in reports:
        if not r.failures:
            continue
        any_failure = True
        lines.append(f"### {md_cell(r.name)} ({len(r.failures)})")
        lines += [f"- `{md_cell(what)}`: {md_cell(why)}" for what, why in r.failures[:FAILURES_PER_SOURCE]]
        if len(r.failures) > FAILURES_PER_SOURCE:
            lines.append(f"- ... and {len(r.failures) - FAILURES_PER_SOURCE} more (see the run logs)")
    if not any_failure:
        lines.append("_none_")
    warnings = [(r.name, w) for r in reports for w in r.warnings]
    if warnings:
        lines += ["", "## Warnings", ""] + [f"- {md_cell(name)}: {md_cell(w)}" for name, w in warnings]
    return "\n".join(lines) + "\n"


def publish_run_report(
    reports: Sequence[SourceReport], *, warehouse_dir: Path | str, run_id: str, kind: str = "ingest",
    since: datetime | None = None,
) -> ReportArtifacts:
    """Create the run's table and markdown artifacts (keys ``<kind>-sources`` and ``<kind>-summary``).

    Call it at the end of a flow run; outside one the artifacts are created without a run to attach to.
    ``since``: when the run began, before its first append (see ``read_highlights``).
    """
    table_id = markdown_id = None
    try:
        table_id = create_table_artifact(source_rows(reports), key=f"{kind}-sources",
                                         description=f"{kind} run {run_id}: articles and facts per source")
    except _REPORT_ERRORS as exc:
        logger.warning("could not publish the %s table artifact: %s", kind, exc)
    try:
        highlights = read_highlights(warehouse_dir, run_id, since)
    except _REPORT_ERRORS as exc:
        logger.warning("could not read run highlights from %s: %s", warehouse_dir, exc)
        highlights = None
    try:
        markdown_id = create_markdown_artifact(summary_markdown(reports, highlights, run_id=run_id),
                                               key=f"{kind}-summary", description=f"{kind} run {run_id}: summary")
    except _REPORT_ERRORS as exc:
        logger.warning("could not publish the %s summary artifact: %s", kind, exc)
    return ReportArtifacts(table_id, markdown_id)


class RunProgress:
    """Progress of a long load: a progress artifact in the UI and, in a terminal, a progress bar.

    ``update`` takes the finished fraction (0..1); it never goes backwards, and the artifact is
    only written when the percentage changed, so calling it once per batch is cheap.
    """

    def __init__(self, description: str, *, terminal: bool | None = None):
        self._percent = 0.0
        self._artifact: UUID | None = None
        try:
            self._artifact = create_progress_artifact(0.0, description=description)
        except _REPORT_ERRORS as exc:
            logger.warning("could not create a progress artifact: %s", exc)
        show_bar = sys.stderr.isatty() if terminal is None else terminal
        self._bar = None
        if show_bar:
            from tqdm import tqdm

            self._bar = tqdm(total=100, desc=description, unit="%", file=sys.stderr,
                             bar_format="{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}]")

    @property
    def percent(self) -> float:
        return self._percent

    def update(self, fraction: float) -> None:
        percent = round(min(max(fraction, 0.0), 1.0) * 100, 1)
        if percent <= self._percent:
            return
        if self._bar is not None:
            self._bar.update(percent - self._percent)
        self._percent = percent
        if self._artifact is not None:
            try:
                update_progress_artifact(self._artifact, percent)
            except _REPORT_ERRORS as exc:
                logger.warning("could not update the progress artifact: %s", exc)
                self._artifact = None

    def close(self) -> None:
        """Finish the bar (the artifact keeps its last value: 100 after a complete run)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def md_table(header: list[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    if not rows:
        return []
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(md_cell(v) for v in row) + " |" for row in rows]
    return out


def md_cell(value: Any, width: int = 160) -> str:
    """A value safe inside a markdown table cell: one line, pipes escaped, long text cut."""
    text = "" if value is None else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float, value_max: float | None) -> str:
    def fmt(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,g}"

    return fmt(value) if value_max is None else f"{fmt(value)}–{fmt(value_max)}"
