"""``newsfacts serve``: one scheduled ``ingest`` deployment per configured source, plus compaction.

The deployments are served by this process (Prefect's ``serve``): no work pool or worker needed.
Schedules are turned into runs by a Prefect server's scheduler, which a temporary in-process server
does not run, so serving needs a real server (``prefect server start``) named by ``PREFECT_API_URL``.
For work pools and workers instead, see ``prefect.yaml`` at the repository root.
"""
from __future__ import annotations

import logging
from pathlib import Path

from prefect import serve
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.settings import get_current_settings

from extractors.records import NewsfactsError
from flows.config import Schedule, load_config, parse_schedule
from flows.ingest import ingest
from flows.maintenance import compact
from flows.settings import Settings

logger = logging.getLogger(__name__)

#: Compaction runs nightly unless told otherwise: the warehouse gains one small file per batch.
DEFAULT_COMPACT_SCHEDULE = "0 3 * * *"
#: Tags on every served deployment, to filter them in the UI.
TAGS = ("newsfacts",)


class ServeError(NewsfactsError):
    """Serving cannot start: no Prefect server to schedule runs, or nothing to serve."""


def require_api_server() -> str:
    """The Prefect API URL runs will be scheduled on; raises when only a temporary server would be used."""
    url = get_current_settings().api.url
    if not url:
        raise ServeError(
            "newsfacts serve needs a Prefect server, whose scheduler creates the runs: start one with "
            "`prefect server start` (in another terminal) and set PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    return url


def build_deployments(
    config_path: Path, settings: Settings, *, compact_schedule: str | None = DEFAULT_COMPACT_SCHEDULE
) -> list[RunnerDeployment]:
    """One ``ingest/<source name>`` deployment per configured source, and ``compact/compact``.

    A source's deployment runs ``ingest`` with ``sources=[<its name>]`` and the config file, so a
    run collects that source only, with its kind and options. A source without a schedule still
    gets a deployment, to be run by hand from the UI (or ``prefect deployment run``).
    """
    cfg = load_config(config_path)
    if not cfg.sources:
        raise ServeError(f"{config_path}: the config has no [[sources]] to serve; add some (see newsfacts.example.toml)")
    config = str(Path(config_path).resolve())
    deployments = [
        ingest.to_deployment(
            name=spec.name,
            parameters={"sources": [spec.name], "config": config, "data_dir": str(settings.data_dir)},
            description=f"ingest {spec.kind} source {spec.name!r}: {spec.location}",
            tags=[*TAGS, "ingest"],
            concurrency_limit=1,  # a slow run and the next scheduled one must not collect the same source twice
            entrypoint_type=EntrypointType.MODULE_PATH,
            **schedule_arguments(spec.schedule),
        )
        for spec in cfg.sources
    ]
    schedule = parse_schedule(compact_schedule, "--compact-schedule") if compact_schedule else None
    deployments.append(
        compact.to_deployment(
            name="compact",
            parameters={"data_dir": str(settings.data_dir)},
            description=f"compact the warehouse under {settings.warehouse_dir}",
            tags=[*TAGS, "maintenance"],
            concurrency_limit=1,
            entrypoint_type=EntrypointType.MODULE_PATH,
            **schedule_arguments(schedule),
        )
    )
    return deployments


def schedule_arguments(schedule: Schedule | None) -> dict[str, object]:
    """``to_deployment`` keyword arguments for a config schedule (none: a deployment run by hand)."""
    if schedule is None:
        return {}
    if schedule.interval is not None:
        return {"interval": schedule.interval}
    return {"cron": schedule.cron}


def serve_deployments(deployments: list[RunnerDeployment], *, limit: int | None = None) -> None:
    """Register the deployments and run their scheduled runs until interrupted (Ctrl-C pauses the schedules)."""
    require_api_server()
    logger.info("serving %d deployments", len(deployments))
    serve(*deployments, limit=limit)
