"""Where ingest's batch tasks run: in this process, or on a Dask cluster (the ``dask`` extra).

Only the batches (clean + facts + append: the CPU work) go to Dask. Collecting sources stays in the
flow's process: its fetcher holds the per-host politeness state and open connections, which must be
shared by the whole run and cannot be shipped to other machines.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from prefect import Task
from prefect.futures import PrefectFuture

from extractors.records import NewsfactsError

logger = logging.getLogger(__name__)

TaskRunnerName = Literal["thread", "dask"]
TASK_RUNNERS: tuple[str, ...] = ("thread", "dask")


class ScaleOutError(NewsfactsError):
    """The requested task runner cannot be used (prefect-dask missing, scheduler unreachable)."""


@dataclass(frozen=True)
class BatchSubmitter:
    """Submits batch tasks; ``slots`` is how many may be in flight (the cluster's worker threads)."""

    submit_fn: Callable[[Task, dict[str, Any]], PrefectFuture]
    slots: int

    def submit(self, task: Task, **parameters: Any) -> PrefectFuture:
        return self.submit_fn(task, parameters)


@contextmanager
def batch_submitter(task_runner: TaskRunnerName = "thread", dask_address: str | None = None) -> Iterator[BatchSubmitter]:
    """A submitter for the flow run in progress.

    ``thread``: the flow's own task runner, one batch at a time (the work is CPU-bound, so threads
    would only add memory). ``dask``: a Dask cluster at ``dask_address``, or a temporary local
    cluster (one worker process per core) when no address is given; one batch per worker thread.
    """
    if task_runner == "thread":
        if dask_address:
            raise ScaleOutError(f"dask_address {dask_address!r} given with task_runner 'thread'; use task_runner 'dask'")
        yield BatchSubmitter(lambda task, parameters: task.submit(**parameters), 1)
        return
    if task_runner != "dask":
        raise ScaleOutError(f"unknown task runner {task_runner!r}; use one of {', '.join(TASK_RUNNERS)}")
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ScaleOutError("task runner 'dask' needs prefect-dask: pip install 'newsfacts[dask]'") from None
    with DaskTaskRunner(address=dask_address) as runner:
        try:
            threads = sum(runner.client.nthreads().values())
        except (OSError, TimeoutError) as exc:
            raise ScaleOutError(
                f"cannot reach the Dask scheduler at {dask_address!r} ({exc}); check the address and that it runs"
            ) from exc
        logger.info("batches run on Dask at %s (%d worker threads)", dask_address or "a local cluster", threads)
        yield BatchSubmitter(lambda task, parameters: runner.submit(task, parameters), max(threads, 1))
