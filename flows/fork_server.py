"""The worker pool's fork server, started as soon as a run knows it will use the process pool.

The pool's workers are forked from one server process that imported Prefect, the extractors and the
warehouse and loaded the English model (``flows.worker_preload``; see ``flows.scaleout``): ~2.6 CPU-s
before the first batch can start. Started by ``newsfacts run`` before it imports Prefect itself, that
work runs on the other core beside the run's own imports and the flow's set-up instead of after them.
So this module imports nothing heavy.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver

#: What the fork server imports before it forks any worker.
PRELOAD = ["flows.worker_preload"]


def start_fork_server() -> None:
    """Start the fork server with its preload unless it runs already; the pool's workers come from it."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    multiprocessing.forkserver.ensure_running()
