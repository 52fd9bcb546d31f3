"""End-to-end throughput: ``newsfacts run`` over 1,000+ real pages, next to one process extracting them.

Run ``python -m benchmarks.pipeline``. The articles are the corpus pages (``tests/fixtures/pages``,
``benchmarks/corpus/pages``, 27 languages, and ``/work/shared/corpus/pages`` when present), repeated
under varied URLs (a canonical link per copy) in whole copies of the set until there are at least
``--articles`` of them, written as ``.html`` files to a temporary folder. In the same
run it measures, on one copy of each page, the one-process extract rate (clean +
spaCy + rules, as a batch does them) in one child process, then in N at once (the ceiling the machine
gives at that moment), with the rules' CPU next to the model's; each child first loads, untimed, what a
worker loads once (every pack's model, the English one frozen out of the garbage collector as the
workers' initializer does, and the data cleaning loads on first use), so extraction is the CPU per
article a worker pays once started, and those loads count as the run's start-up; then ``newsfacts run --workers N`` on all
of them against the temporary Prefect server started beforehand (so its start-up is not counted). It prints:

- articles/s of the run, CPU-s per article (the run's processes and the Prefect server);
- parallel efficiency: run rate / (workers x one-process rate);
- rules / model: CPU in the rules (``facts_from_doc``, the other packs' rules) / the rest of fact
  extraction, which is the model's ``nlp.pipe``;
- overhead in the run: all CPU of the run (its process, its workers and their fork server, the Prefect
  server) beyond the extraction CPU the run's own batches measured (``process_batch_task``: the CPU of
  the batch's thread in cleaning and fact extraction, its snapshot reads taken out; the run prints
  the sum with the other stages on its ``CPU-s:`` summary line), as a share of that extraction. Both
  come from the same processes over the same minutes, so a drift of the machine's speed moves both
  and cancels, which the baseline figures below cannot do. Its parts are printed: the Prefect server,
  snapshot writes (the run process, as pages are collected), snapshot reads and Parquet appends (the
  workers), the rest of the workers (start-up, models, task runs, the fork server) and of the run
  process (start-up, collection, the report);
- issue 13's overhead, a narrower figure: Prefect task records (the server's CPU), snapshots (written
  and read) and Parquet appends, as a share of the same extraction CPU;
- overhead against the baseline: the run's CPU beyond extraction as a share of the extraction CPU
  taken as the CPU per article of extraction in N processes at once x articles (N processes sharing
  the cores each take more CPU per article than one alone, and so do the run's workers; the share
  beyond one process alone is printed too), measured before the run and again after it: the mean is
  the baseline, and the overhead against each alone is printed as the range a drifting machine
  leaves (the same work's CPU moves by up to a quarter within minutes on a shared VM);
- peak memory of the run: the proportional set sizes (PSS: a page shared by n processes counts 1/n in
  each) of the ``newsfacts run`` process, its workers and their fork server, summed, since the workers
  share the server's modules and model copy-on-write and their RSS would count them once each; and
  the peak RSS of the run process and of the largest worker apart;
- where the run's wall time went, from the batch task runs the server recorded: start-up before the
  first batch, the workers' busy share, and the tail after the last batch;
- the time of one article at 1x, 10x and 50x its length.

The machine may be shared: the load average is printed next to the numbers, and every ratio is
measured within the same run. Targets (issue 13): efficiency >= 0.75 on 2 cores, rules <= 0.25x the
model, overhead <= 10%, 10x length <= 11x time, peak memory <= 2 GiB.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import extractors.facts as facts_package
import extractors.facts.extract as extract_module
from extractors.clean import clean_document
from extractors.facts import FactOptions, extract_facts, extract_facts_many
from extractors.facts.languages import PACKS
from extractors.facts.nlp import ModelError, load_pipeline, resolve_model_name
from extractors.pipeline import PipelineOptions, process
from extractors.records import NewsfactsError, RawDocument
from flows.scaleout import load_model_in_worker

REPO = Path(__file__).resolve().parents[1]
PAGE_DIRS = (REPO / "tests" / "fixtures" / "pages", REPO / "benchmarks" / "corpus" / "pages",
             Path("/work/shared/corpus/pages"))
TARGETS = {"efficiency": 0.75, "rules/model": 0.25, "overhead": 0.10, "10x": 11.0, "peak GiB": 2.0}
_HEAD = re.compile(rb"<head\b[^>]*>", re.IGNORECASE)


def corpus_pages() -> dict[str, bytes]:
    """Every corpus page by name, once (the fixtures are a subset of the shared corpus)."""
    pages: dict[str, bytes] = {}
    for folder in PAGE_DIRS:
        for path in sorted(folder.glob("*.html.gz")) + sorted(folder.glob("*.html")):
            name = path.name.removesuffix(".gz").removesuffix(".html")
            if name not in pages:
                pages[name] = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return pages


def with_canonical(html: bytes, url: str) -> bytes:
    """The page with ``url`` as its first canonical link, so each copy is an article of its own."""
    link = f'<link rel="canonical" href="{url}">'.encode()
    head = _HEAD.search(html)
    return html[: head.end()] + link + html[head.end() :] if head else link + html


def write_articles(pages: dict[str, bytes], count: int, folder: Path) -> None:
    names = sorted(pages)
    for i in range(count):
        name = names[i % len(names)]
        copy = i // len(names)
        url = f"https://bench.newsfacts.invalid/copy-{copy}/{name}"
        (folder / f"{copy:03d}_{name}.html").write_bytes(with_canonical(pages[name], url))


@dataclass
class Extraction:
    """One process's pass over one copy of each page: clean + spaCy + rules, as a batch task does them."""

    articles: int
    wall: float
    cpu: float
    model_cpu: float
    rules_cpu: float
    warm_cpu: float = 0.0  # loading models and data ahead, untimed in the rest (see ``warm_up``)

    @property
    def rate(self) -> float:
        return self.articles / self.wall


def extract_pages(files: list[Path]) -> Extraction:
    """``process`` over the pages (clean, then each language pack's model and rules), the way a batch
    task runs it, with the rules' CPU (``facts_from_doc`` and the other packs' rule functions) timed
    apart from the rest of fact extraction, which is the model's ``nlp.pipe``."""
    timers = {"facts": 0.0, "rules": 0.0}

    def timed(function, key):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                timers[key] += time.process_time() - started
        return wrapper

    def timed_many(items, options=None):
        results = extract_facts_many(items, options or FactOptions())
        while True:
            started = time.process_time()
            result = next(results, None)
            timers["facts"] += time.process_time() - started
            if result is None:
                return
            yield result

    rules = {name: getattr(extract_module, name) for name in ("facts_from_doc", "model_pack_facts", "locale_facts")}
    for name, function in rules.items():
        setattr(extract_module, name, timed(function, "rules"))
    facts_package.extract_facts_many = timed_many  # the name the pipeline imports when facts run
    try:
        raws = [RawDocument(source=str(path), data=path.read_bytes(), content_type="text/html") for path in files]
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in process(raws, PipelineOptions()):
            pass
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        for name, function in rules.items():
            setattr(extract_module, name, function)
        facts_package.extract_facts_many = extract_facts_many
    return Extraction(len(files), wall, cpu, timers["facts"] - timers["rules"], timers["rules"])


def warm_up(files: list[Path], sample: int = 20) -> float:
    """Load, untimed, what a run's worker loads once and keeps for all its batches; returns its CPU-s.

    As the worker's initializer does, the English model is loaded and frozen out of the garbage
    collector; then every language pack's model, and a pass over ``sample`` pages spread over the set
    loads what cleaning and language identification load on first use. Before, only the English model
    was loaded ahead: the French model (~3.5 CPU-s, once per process) was timed as extraction and then
    scaled by the number of copies in the run (3 at 1,000 articles), so the baseline grew with the copy
    count while the run pays it once per worker; and the baseline ran without the frozen model, unlike
    the workers. Both made the overhead look smaller than it is.
    """
    started = time.process_time()
    load_model_in_worker()
    for code in PACKS:
        try:
            load_pipeline(resolve_model_name(None, code))
        except ModelError:  # a pack whose model is not installed: its pages get locale rules only
            pass
    step = max(1, len(files) // sample)
    for _ in process([RawDocument(source=str(path), data=path.read_bytes(), content_type="text/html")
                      for path in files[::step]], PipelineOptions()):
        pass
    return time.process_time() - started


def _extraction_child(folder: Path) -> None:
    """Child body: warm up as a worker, say ready, wait for "go" on stdin, extract, print the timings."""
    files = first_copies(folder)
    warm_cpu = warm_up(files)
    print("ready", flush=True)
    sys.stdin.readline()
    print(json.dumps({**asdict(extract_pages(files)), "warm_cpu": warm_cpu}), flush=True)


def first_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("000_*.html"))


def extraction_in_processes(folder: Path, processes: int) -> list[Extraction]:
    """``processes`` children extracting one copy of each page at the same time (each with its model loaded)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    children = [
        subprocess.Popen([sys.executable, "-m", "benchmarks.pipeline", "--extraction-child", str(folder)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(processes)
    ]
    for child in children:
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [Extraction(**json.loads(child.communicate()[0].strip().splitlines()[-1])) for child in children]
    if any(child.returncode for child in children):
        raise RuntimeError("an extraction child failed")
    return results


def length_costs(base: str, multiples: tuple[int, ...] = (1, 10, 50), rounds: int = 3) -> dict:
    """CPU seconds of ``extract_facts`` on one article repeated ``multiple`` times (and its length).

    Measured as a run's worker pays it: the model is loaded by the workers' own initializer, which then
    freezes the model's objects out of the garbage collector. Without that, each full collection during a
    long article rescans the whole model, a cost that grows with the article and is no rule's doing.
    The lengths take turns over a few rounds and each keeps its median: the shared VM's speed drifts
    within minutes, which measuring each length once, one after the other, turned into a ratio error
    of a tenth either way.
    """
    load_model_in_worker()
    extract_facts("Warm-up text from Seoul, said the ministry.", None)
    samples: dict[int, list[float]] = {multiple: [] for multiple in multiples}
    for _ in range(rounds):
        for multiple in multiples:
            text = "\n\n".join([base] * multiple)
            for _ in range(max(1, 10 // multiple)):
                started = time.process_time()
                extract_facts(text, None)
                samples[multiple].append(time.process_time() - started)
    return {"chars": len(base)} | {multiple: statistics.median(times) for multiple, times in samples.items()}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tree(pid: int) -> list[int]:
    """``pid`` and its living descendants."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                stack.extend(int(child) for child in task.read_text().split())
            except OSError:
                pass
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) bytes of the living process ``pid``; (0, 0) once it is gone."""
    sizes = {"Rss:": 0, "Pss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, *rest = line.split()
            if key in sizes:
                sizes[key] = int(rest[0]) * 1024
    except OSError:
        pass
    return sizes["Rss:"], sizes["Pss:"]


def _cpu(pid: int) -> float:
    """CPU-s (user + system) of the living process ``pid`` so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _tree_cpu(pid: int) -> float:
    return sum(_cpu(member) for member in _tree(pid))


class PrefectServer:
    """The temporary API server ``newsfacts run`` starts on its own, started beforehand with its own home,
    so the run's wall time excludes its start-up while its CPU (task records, events) is still counted."""

    def __init__(self, home: Path) -> None:
        os.environ["PREFECT_HOME"] = str(home)  # read when Prefect is first imported, just below
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        from prefect.server.api.server import SubprocessASGIServer

        self.server = SubprocessASGIServer(port=_free_port())
        self.server.start(timeout=180)

    @property
    def api_url(self) -> str:
        return self.server.api_url

    def cpu(self) -> float:
        return _tree_cpu(self.server.server_process.pid)

    def stop(self) -> None:
        self.server.stop()


@dataclass
class RunResult:
    wall: float
    cpu: float
    server_cpu: float
    peak_pss: int  # the run process, its workers and their fork server together (PSS)
    peak_main: int  # the run process alone (RSS)
    peak_worker: int  # the largest worker or fork server (RSS)
    workers_cpu: float  # the run's child processes as last sampled (up to 0.2 s before each one exited)
    output: str
    started_at: float  # time.time() when the run process started


def timed_run(folder: Path, data_dir: Path, server: PrefectServer, workers: int, task_runner: str) -> RunResult:
    """``newsfacts run`` on ``folder``: wall time, CPU of it and its workers, the server's CPU, peak memory."""
    env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_HOME": str(data_dir / "prefect"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "flows.cli", "run", "--source", str(folder), "--data-dir", str(data_dir),
               "--task-runner", task_runner] + (["--workers", str(workers)] if task_runner == "process" else [])
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_before = server.cpu()
    peak = peak_main = peak_worker = 0
    children_cpu: dict[int, float] = {}
    started, started_at = time.perf_counter(), time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_main, peak_worker
        while not done.wait(0.2):
            (main, _), *workers = sizes = [_memory(member) for member in _tree(process.pid)]
            peak, peak_main = max(peak, sum(pss for _, pss in sizes)), max(peak_main, main)
            peak_worker = max(peak_worker, *(rss for rss, _ in workers), 0)
            for member in _tree(process.pid)[1:]:
                children_cpu[member] = max(children_cpu.get(member, 0.0), _cpu(member))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.communicate()[0]
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (children.ru_utime - children_before.ru_utime) + (children.ru_stime - children_before.ru_stime)
    if process.returncode not in (0, 1):  # 1: some article failed, which the summary shows
        raise RuntimeError(f"newsfacts run failed ({process.returncode}):\n{output}")
    return RunResult(wall, cpu, server.cpu() - server_before, peak, peak_main, peak_worker,
                     sum(children_cpu.values()), output, started_at)


def batch_spans(api_url: str) -> list[tuple[float, float]]:
    """(start, end) as epoch seconds of every batch task run the server recorded (one run per server)."""
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    async def read() -> list:
        async with get_client() as client:
            return await client.read_task_runs(limit=200)  # the API's maximum; a run has ~10 batches per 1,000 articles

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        runs = asyncio.run(read())
    return sorted((run.start_time.timestamp(), run.end_time.timestamp()) for run in runs
                  if run.name.startswith("process-") and run.start_time and run.end_time)


def wall_breakdown(run: RunResult, spans: list[tuple[float, float]], workers: int) -> str:
    """Start-up before the first batch, the workers' busy share of the rest, the tail after the last batch."""
    if not spans:
        return "no batch task runs recorded"
    first = spans[0][0] - run.started_at
    tail = run.started_at + run.wall - max(end for _, end in spans)
    busy = sum(end - start for start, end in spans)
    window = run.wall - first - tail
    return (f"start-up {first:.1f} s before the first batch, workers busy {busy / (workers * window):.0%} of the "
            f"{window:.1f} s between first batch and last, tail {tail:.1f} s after it ({len(spans)} batches)")


def median_text(files: list[Path]) -> str:
    """The English article of median length among the pages (``extract_facts`` reads English by default)."""
    texts = []
    for path in files:
        try:
            doc = clean_document(RawDocument(source=str(path), data=path.read_bytes(), content_type="text/html"))
        except NewsfactsError:
            continue
        if doc.text and (doc.language or "en").startswith("en"):
            texts.append(doc.text)
    return sorted(sorted(texts), key=len)[len(texts) // 2]


#: The line of the run's summary with its CPU per stage (``flows.summary.format_summary``).
_STAGES_LINE = re.compile(r"^CPU-s: (.+)$", re.MULTILINE)


def run_stages(output: str) -> dict[str, float]:
    """CPU-s per stage the run measured where each ran (``flows.summary.CPU_STAGES``), from its summary."""
    found = _STAGES_LINE.search(output)
    if found is None:
        raise RuntimeError(f"the run printed no CPU-s line:\n{output}")
    return {stage: float(value) for stage, value in (part.rsplit(" ", 1) for part in found.group(1).split(", "))}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the end-to-end run (default 1000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    parser.add_argument("--task-runner", choices=("process", "thread"), default="process")
    parser.add_argument("--keep", type=Path, help="build the articles and the data dir here and keep them")
    parser.add_argument("--extraction-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.extraction_child:
        _extraction_child(args.extraction_child)
        return
    workers = args.workers if args.task_runner == "process" else 1

    pages = corpus_pages()
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    folder = work / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    # whole copies of the page set, so the run has the same mix of pages as the one-process baseline
    count = len(pages) * -(-args.articles // len(pages))
    write_articles(pages, count, folder)
    print(f"{count} articles from {len(pages)} real pages ({sum(map(len, pages.values())) / 2**20:.0f} MiB "
          f"of HTML), {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")

    single = extraction_in_processes(folder, 1)[0]
    per_article = single.cpu / single.articles  # extraction CPU-s per article: clean + spaCy + rules
    print(f"one process, one copy of each page: {single.rate:.2f} articles/s ({per_article:.3f} CPU-s/article); "
          f"model {single.model_cpu:.1f} CPU-s, rules {single.rules_cpu:.1f} CPU-s; warm-up before it, untimed: "
          f"{single.warm_cpu:.1f} CPU-s (the models a worker loads once, a pass over a few pages)")
    bare = extraction_in_processes(folder, workers) if workers > 1 else [single]
    bare_rate = sum(e.articles for e in bare) / max(e.wall for e in bare)

    server = PrefectServer(work / "server-home")
    try:
        run = timed_run(folder, work / "data", server, workers, args.task_runner)
        breakdown = wall_breakdown(run, batch_spans(server.api_url), workers)
    finally:
        server.stop()
    # The machine's speed drifts by up to a quarter within minutes (a shared VM), so the baseline is
    # measured again after the run and the overhead taken against the mean: a drift then shows as the
    # range printed beside it rather than as overhead.
    bare_after = extraction_in_processes(folder, workers) if workers > 1 else extraction_in_processes(folder, 1)
    costs = length_costs(median_text(first_copies(folder)))

    print(run.output.strip().splitlines()[0])
    rate = count / run.wall
    total_cpu = run.cpu + run.server_cpu
    extraction_cpu = per_article * count
    # the same extraction in N processes at once: CPU-s per article when the cores are shared as in the run,
    # before the run and after it
    shared_each = [sum(e.cpu for e in b) / sum(e.articles for e in b) * count for b in (bare, bare_after)]
    shared_cpu = sum(shared_each) / 2
    print(f"run ({args.task_runner}, {workers} worker{'s' if workers != 1 else ''}): {rate:.2f} articles/s, "
          f"{run.wall:.1f} s wall, {total_cpu / count:.3f} CPU-s/article "
          f"(run {run.cpu:.1f} + Prefect server {run.server_cpu:.1f} CPU-s)")
    print(f"parallel efficiency  {rate / (workers * single.rate):.2f}   (target >= {TARGETS['efficiency']}); "
          f"bare extraction in {workers} processes at the same time: {bare_rate / (workers * single.rate):.2f} "
          f"(the ceiling this machine gives now)")
    print(f"  where the wall time went: {breakdown}")
    print(f"rules / model CPU    {single.rules_cpu / single.model_cpu:.2f}   (target <= {TARGETS['rules/model']})")
    stages = run_stages(run.output)
    extracted = stages["extraction"]
    io_cpu = stages["snapshots written"] + stages["snapshots read"] + stages["appends"]
    print(f"overhead in the run  {(total_cpu - extracted) / extracted:.1%}  (target <= {TARGETS['overhead']:.0%}; all "
          f"the run's CPU, {total_cpu:.1f} CPU-s, beyond the extraction its batches measured, {extracted:.1f} CPU-s "
          f"({extracted / shared_cpu:.2f}x the baseline below), as a share of that extraction: one run, one "
          f"machine speed)")
    run_process_cpu = run.cpu - run.workers_cpu
    if args.task_runner == "process":  # with threads, the batches run in the run process
        rest = (f"the workers' rest {run.workers_cpu - extracted - stages['snapshots read'] - stages['appends']:.1f} "
                f"(start-up, models, task runs, fork server included), the run process's rest "
                f"{run_process_cpu - stages['snapshots written']:.1f} (start-up, collection, report)")
    else:
        rest = f"the run process's rest {run_process_cpu - extracted - io_cpu:.1f} (start-up, collection, report)"
    print(f"  its parts (CPU-s): Prefect server {run.server_cpu:.1f}, snapshots written {stages['snapshots written']:.1f}, "
          f"snapshots read {stages['snapshots read']:.1f}, Parquet appends {stages['appends']:.1f}, {rest}")
    print(f"issue 13's overhead  {(run.server_cpu + io_cpu) / extracted:.1%}  (Prefect task records, snapshots and "
          f"Parquet appends: the server's CPU, snapshots written and read, appends, as a share of the same extraction)")
    low, high = sorted((total_cpu - c) / c for c in shared_each)
    print(f"overhead (baseline)  {(total_cpu - shared_cpu) / shared_cpu:.1%}  (all CPU beyond extraction in {workers} "
          f"processes at once, measured apart: {low:.1%} to {high:.1%} against that baseline measured before or after "
          f"the run alone); {(total_cpu - extraction_cpu) / extraction_cpu:.1%} beyond one process alone, whose CPU "
          f"per article is {extraction_cpu / shared_cpu:.2f}x that of {workers} at once")
    print(f"peak memory (PSS)    {run.peak_pss / 2**30:.2f} GiB (target <= {TARGETS['peak GiB']}); RSS of the run "
          f"process {run.peak_main / 2**30:.2f} GiB, of the largest worker {run.peak_worker / 2**30:.2f} GiB (peaks apart)")
    print(f"one article ({costs['chars']:,} chars): 1x {costs[1]:.3f} s, 10x {costs[10]:.2f} s "
          f"({costs[10] / costs[1]:.1f}x; target <= {TARGETS['10x']}x), 50x {costs[50]:.2f} s ({costs[50] / costs[1]:.1f}x)")
    print(f"load average {os.getloadavg()[0]:.1f} at end")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
