"""Alerts of a run: match the watches, log the matches, and tell people about the new alerts.

Per new alert (a watch matching a story it never matched before): one Prefect event
(``newsfacts.alert``, resource ``newsfacts.watch.<name>``: Automations in the Prefect UI can notify
on it), one JSON POST to the watch's webhook when it has one, and a row in the run's ``alerts``
markdown artifact. Matches on stories already alerted only raise the alert's article count.

Nothing here fails a run whose data is stored: a webhook that refuses, times out or sits on a
private address the fetch policy does not allow, an event or artifact that cannot be sent, are
logged and listed in the artifact.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import Any

import httpx
from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE as NO_CACHE
from prefect.events import emit_event
from prefect.exceptions import MissingContextError, PrefectException

from extractors.records import NewsfactsError
from flows.config import FetchPolicy, Watch
from flows.fetch.errors import FetchError
from flows.fetch.guard import AddressGuard
from flows.reports import md_cell, md_table
from flows.watch import find_matches
from warehouse.alerts import AlertMatch, record_matches
from warehouse.query import run_sql
from warehouse.storage import Storage

logger = logging.getLogger(__name__)

ALERT_EVENT = "newsfacts.alert"
ARTIFACT_KEY = "alerts"


@dataclass
class AlertReport:
    """What the alert step of one run did."""

    matches: int = 0  # (watch, article) matches logged for the first time
    new: list[AlertMatch] = field(default_factory=list)
    posted: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (what, why)


def watch_resource_id(name: str) -> str:
    return f"newsfacts.watch.{name}"


def alert_payload(alert: AlertMatch) -> dict[str, Any]:
    """The JSON of an alert: the webhook body and the event payload."""
    return {
        "watch": alert.watch, "story_id": alert.story_id, "article_id": alert.article_id, "title": alert.title,
        "url": alert.url, "published": alert.published.isoformat() if alert.published else None,
        "evidence": [{"match": what, "fact_index": idx, "sentence": sentence}
                     for what, idx, sentence in zip(alert.evidence, alert.fact_indexes, alert.sentences, strict=True)],
        "first_seen": alert.matched_at.isoformat(), "run_id": alert.run_id,
    }


def post_webhook(client: httpx.Client, url: str, payload: dict[str, Any], guard: AddressGuard) -> str | None:
    """POST ``payload`` as JSON; returns why it failed, or None. The fetch policy's address guard
    applies before connecting and to the address reached (a private address only when
    ``allow_private_hosts`` lists it); redirects are not followed."""
    try:
        guard.check_url(url)
        with client.stream("POST", url, json=payload) as response:
            stream = response.extensions.get("network_stream")
            guard.check_peer(url, stream.get_extra_info("server_addr") if stream is not None else None)
            status = response.status_code
    except FetchError as exc:
        return exc.reason
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if 200 <= status < 300 else f"HTTP {status}"


def notify(alerts: Sequence[AlertMatch], watches: Sequence[Watch], policy: FetchPolicy) -> AlertReport:
    """Emit one event per alert and POST it to its watch's webhook; failures are collected, not raised."""
    report = AlertReport(new=list(alerts))
    for alert in alerts:
        try:
            emit_alert_event(alert)
        except (PrefectException, OSError, ValueError) as exc:
            report.failures.append((f"event for {alert.watch}/{alert.story_id}", str(exc)))
    report.posted, failures = post_webhooks(alerts, watches, policy)
    report.failures += failures
    return report


def emit_alert_event(alert: AlertMatch) -> None:
    """The Prefect event of a new alert; the resource is the watch, the story a related resource."""
    emit_event(event=ALERT_EVENT,
               resource={"prefect.resource.id": watch_resource_id(alert.watch), "prefect.resource.name": alert.watch},
               related=[{"prefect.resource.id": f"newsfacts.story.{alert.story_id}", "prefect.resource.role": "story",
                         "prefect.resource.name": (alert.title or alert.story_id)[:200]}],
               payload=alert_payload(alert))


def post_webhooks(alerts: Sequence[AlertMatch], watches: Sequence[Watch],
                  policy: FetchPolicy) -> tuple[int, list[tuple[str, str]]]:
    """One POST per alert whose watch has a webhook; returns (posts delivered, [(what, why failed)])."""
    hooks = {w.name: w.webhook for w in watches if w.webhook}
    guard = AddressGuard(policy.allow_private_hosts)
    posted, failures = 0, []
    timeout = httpx.Timeout(connect=policy.connect_timeout, read=policy.read_timeout, write=policy.read_timeout,
                            pool=policy.connect_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers={"User-Agent": policy.user_agent}) as client:
        for alert in alerts:
            if alert.watch not in hooks:
                continue
            why = post_webhook(client, hooks[alert.watch], alert_payload(alert), guard)
            if why is None:
                posted += 1
            else:
                failures.append((f"webhook of {alert.watch} ({hooks[alert.watch]})", why))
    return posted, failures


def alerts_markdown(report: AlertReport, *, run_id: str) -> str:
    totals = (f"**{len(report.new)}** new alert{'s' if len(report.new) != 1 else ''}, "
              f"**{report.matches}** new matches, **{report.posted}** webhook posts.")
    lines = [f"# Alerts of run `{run_id}`", "", totals, "", "## New alerts", ""]
    rows = [(a.watch, a.title, a.url, "; ".join(a.evidence), " … ".join(dict.fromkeys(a.sentences)))
            for a in report.new]
    lines += md_table(["watch", "story", "url", "evidence", "sentences"], rows) or ["_none_"]
    lines += ["", "## Failures", ""]
    lines += [f"- {md_cell(what)}: {md_cell(why)}" for what, why in report.failures] or ["_none_"]
    return "\n".join(lines) + "\n"


@task(name="alerts", cache_policy=NO_CACHE)
def alerts_task(watches: list[Watch], warehouse_dir: Storage | PurePath | str, run_id: str,
                policy: FetchPolicy, since: datetime | None = None) -> AlertReport:
    """Match the run's new and updated articles, log the matches, announce the new alerts.

    ``since``: when the run began, before its first append (see ``find_matches``).

    No retries: a retry would find its alerts already logged and announce nothing.
    """
    log = _logger()
    recorded = record_matches(warehouse_dir, find_matches(warehouse_dir, watches, run_id, since))
    new = recorded.new_alerts
    report = notify(new, watches, policy)
    report.matches = recorded.logged
    per_watch = Counter(a.watch for a in new)
    log.info("alerts: %d new (%s), %d new matches", len(new),
             ", ".join(f"{w}: {n}" for w, n in per_watch.items()) or "none", recorded.logged)
    for what, why in report.failures:
        log.warning("alert delivery failed: %s: %s", what, why)
    try:
        create_markdown_artifact(alerts_markdown(report, run_id=run_id), key=ARTIFACT_KEY,
                                 description=f"run {run_id}: new alerts")
    except (NewsfactsError, PrefectException, httpx.HTTPError, OSError) as exc:
        log.warning("could not publish the alerts artifact: %s", exc)
    return report


def alerts_summary(warehouse_dir: Storage | PurePath | str, since: datetime) -> str:
    """The run summary's line: the alerts first seen since ``since`` (the run's start), per watch."""
    _, rows = run_sql(warehouse_dir, "SELECT watch, count(*) FROM alerts WHERE first_seen >= $since "
                                     "GROUP BY watch ORDER BY watch", {"since": since})
    if not rows:
        return "alerts: none new"
    per_watch = ", ".join(f"{watch}: {n}" for watch, n in rows)
    return f"alerts: {sum(n for _, n in rows)} new ({per_watch}); list them with `newsfacts alerts`"


def _logger():
    try:
        return get_run_logger()
    except MissingContextError:
        return logger
