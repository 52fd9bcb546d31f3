"""Where ingest's batch tasks run: worker processes on this machine (the default), threads of the
flow's process, or a Dask cluster (the ``dask`` extra).

Only the batches (clean + facts + append: the CPU work) leave the flow's thread. Collecting sources
stays on the flow's threads: its fetcher holds the per-host politeness state and open connections,
which must be shared by the whole run and cannot be shipped to other processes or machines.
"""
from __future__ import annotations

import ctypes
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, Self

from prefect import Task
from prefect.futures import PrefectFuture
from prefect.task_runners import ProcessPoolTaskRunner

from extractors.records import NewsfactsError
from flows.fork_server import start_fork_server

logger = logging.getLogger(__name__)

TaskRunnerName = Literal["process", "thread", "dask"]
TASK_RUNNERS: tuple[str, ...] = ("process", "thread", "dask")


class ScaleOutError(NewsfactsError):
    """The requested task runner cannot be used (prefect-dask missing, scheduler unreachable, bad worker count)."""


@dataclass(frozen=True)
class BatchSubmitter:
    """Submits batch tasks; ``slots`` is how many may be in flight (enough to keep every worker busy).

    ``shares_disk``: the batches run on this machine, so documents can reach them through the snapshot
    store instead of inside the task's parameters (see ``flows/spool.py``).
    """

    submit_fn: Callable[[Task, dict[str, Any]], PrefectFuture]
    slots: int
    workers: int  # batches that run at the same time
    shares_disk: bool = True

    def submit(self, task: Task, **parameters: Any) -> PrefectFuture:
        return self.submit_fn(task, parameters)


def default_workers() -> int:
    """Worker processes when none is asked for: one per core."""
    return os.cpu_count() or 1


@contextmanager
def batch_submitter(
    task_runner: TaskRunnerName = "process", dask_address: str | None = None, workers: int | None = None
) -> Iterator[BatchSubmitter]:
    """A submitter for the flow run in progress.

    ``process``: a pool of ``workers`` processes (default: one per core), forked from one server
    process that loaded the spaCy model once (``ForkServerTaskRunner``); each keeps it for every batch
    it runs. ``thread``: the flow's own task runner, one
    batch at a time (the work holds the GIL, so more threads would only add memory). ``dask``: a
    Dask cluster at ``dask_address``, or a temporary local one with ``workers`` processes (one per
    core by default); one batch per worker thread.
    """
    if workers is not None and workers < 1:
        raise ScaleOutError(f"workers must be at least 1, got {workers!r}")
    if dask_address and task_runner != "dask":
        raise ScaleOutError(f"dask_address {dask_address!r} given with task_runner {task_runner!r}; use task_runner 'dask'")
    if task_runner == "thread":
        if workers is not None:
            raise ScaleOutError("workers given with task_runner 'thread', which runs one batch at a time; "
                                "use task_runner 'process'")
        yield BatchSubmitter(lambda task, parameters: task.submit(**parameters), 1, 1)
    elif task_runner == "process":
        with _process_pool(workers or default_workers()) as submitter:
            yield submitter
    elif task_runner == "dask":
        with _dask_cluster(dask_address, workers) as submitter:
            yield submitter
    else:
        raise ScaleOutError(f"unknown task runner {task_runner!r}; use one of {', '.join(TASK_RUNNERS)}")


@contextmanager
def _process_pool(workers: int) -> Iterator[BatchSubmitter]:
    from contextlib import ExitStack

    from prefect.context import FlowRunContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with ExitStack() as stack:
        flow_run = FlowRunContext.get()
        if not PREFECT_API_URL.value() and flow_run is not None and flow_run.client is not None:
            # The flow reports to the temporary server this process started. A worker without an API URL
            # would start a server of its own on the same database: hand the workers this one's address.
            url = str(flow_run.client.api_url)
            stack.enter_context(temporary_settings(updates={PREFECT_API_URL: url}))
        runner = stack.enter_context(ForkServerTaskRunner(max_workers=workers, initializer=load_model_in_worker))
        logger.info("batches run in %d worker process%s", workers, "es" if workers != 1 else "")
        # A queued batch is a list of references (see flows/spool.py), so keeping a full round of batches
        # queued beyond the running ones costs nothing: the flow waits for the oldest batch, and with only
        # one queued, a worker whose younger batches finished first sat idle behind it (91% busy at 1,000
        # articles on 2 cores).
        yield BatchSubmitter(lambda task, parameters: runner.submit(task, parameters), 2 * workers + 1, workers)


class ForkServerTaskRunner(ProcessPoolTaskRunner):
    """Prefect's process pool, its workers forked from one server process that loaded what they all need.

    Prefect 3.9's pool always spawns its workers, so each one started a fresh interpreter, imported
    Prefect, the extractors and the warehouse, loaded the English model, and loaded what its first
    page needs: measured on 2 workers with one page each, 5.8-6.4 CPU-s of start-up in all. Here a
    ``forkserver`` process does that once (``flows.worker_preload``) and forks each worker from itself,
    which shares those pages copy-on-write: 3.1-3.7 CPU-s in all, server included. The pool takes no multiprocessing
    context, so the executor Prefect builds (it has started no process yet) is swapped for one on the
    fork server with the same initializer: Prefect's event and log forwarding, then
    ``load_model_in_worker``, which finds the model loaded.

    When the last open pool of this process closes, the fork server is stopped and waited for.
    Otherwise it would hold the loaded modules and model (~400 MiB) as long as this process lives, and,
    never waited for, its CPU and its workers' (which it waits for) would be missing from this process's
    children's CPU (``RUSAGE_CHILDREN``, what the pipeline benchmark counts). Not while another pool is
    open: its workers' exit statuses come through the server. The standard library has no public call
    for it; ``_stop`` is the one its own tests use. The next pool starts a new server.
    """

    _open = 0  # pools of this process on the fork server
    _open_lock = threading.Lock()

    def __enter__(self) -> Self:
        super().__enter__()
        spawning = self._executor
        start_fork_server()  # usually running already: ``newsfacts run`` starts it first thing
        self._executor = ProcessPoolExecutor(max_workers=self._max_workers,
                                             mp_context=multiprocessing.get_context("forkserver"),
                                             initializer=spawning._initializer, initargs=spawning._initargs)
        spawning.shutdown()
        with self._open_lock:
            ForkServerTaskRunner._open += 1
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            super().__exit__(*exc_info)
        finally:
            with self._open_lock:
                ForkServerTaskRunner._open -= 1
                if not ForkServerTaskRunner._open:
                    multiprocessing.forkserver._forkserver._stop()


def load_model_in_worker() -> None:
    """Run once in each worker process as it starts: load the spaCy model that every batch it runs reuses.

    The model's objects then leave the garbage collector's watch (``gc.freeze``): they live as long as
    the worker, so scanning them in every full collection was wasted work, and it was most of the
    time a worker took to exit (0.7-1.2 s per pool, 0.15 s with them frozen).
    """
    import gc

    from extractors.facts.nlp import load_pipeline, resolve_model_name

    load_pipeline(resolve_model_name(None))
    gc.freeze()


def _glibc() -> ctypes.CDLL | None:
    """The C library's allocator controls, where the C library is glibc (Linux); None elsewhere."""
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def return_freed_memory() -> None:
    """Hand the memory a batch freed back to the operating system (glibc only; elsewhere nothing to do).

    glibc keeps freed heap pages for reuse, so a worker's resident size stays at the high-water mark
    of its largest batch: measured over 127 corpus pages in batches of 100, 700-790 MiB with the
    English and French models, 510-610 MiB with this call after each batch. It costs milliseconds.
    """
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


@contextmanager
def _dask_cluster(dask_address: str | None, workers: int | None) -> Iterator[BatchSubmitter]:
    if dask_address and workers is not None:
        raise ScaleOutError("workers sizes a temporary local Dask cluster; a cluster at an address has its own")
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ScaleOutError("task runner 'dask' needs prefect-dask: pip install 'newsfacts[dask]'") from None
    cluster_kwargs = {"n_workers": workers} if workers is not None else None
    with DaskTaskRunner(address=dask_address, cluster_kwargs=cluster_kwargs) as runner:
        try:
            threads = sum(runner.client.nthreads().values())
        except (OSError, TimeoutError) as exc:
            raise ScaleOutError(
                f"cannot reach the Dask scheduler at {dask_address!r} ({exc}); check the address and that it runs"
            ) from exc
        logger.info("batches run on Dask at %s (%d worker threads)", dask_address or "a local cluster", threads)
        yield BatchSubmitter(lambda task, parameters: runner.submit(task, parameters), max(threads, 1),
                             max(threads, 1), shares_disk=dask_address is None)
