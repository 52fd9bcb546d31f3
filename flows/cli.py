"""The ``newsfacts`` command: ``run``, ``extract``, ``query``, ``alerts``, ``compact``, ``reprocess``, ``serve``.

Thin: each command resolves settings, calls one library function and formats the result. Prefect is
imported only by the commands that run flows, after ``Settings.prepare_prefect_env`` has pointed it at
the data dir (Prefect reads its settings at import time).
"""
from __future__ import annotations

import csv
import gc
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from extractors.records import Article, NewsfactsError, RawDocument
from flows.config import FetchPolicy, SourceSpec
from flows.settings import Settings

if TYPE_CHECKING:
    from flows.fetch import Fetcher

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="newsfacts")
def cli() -> None:
    """newsfacts: clean news articles, extract their facts, query them with SQL."""


@cli.command()
@click.option("--source", "sources", multiple=True, metavar="PATH_OR_URL", help="Path, folder, feed or URL (repeatable).")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), help="TOML config with named sources.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
@click.option("--task-runner", type=click.Choice(["process", "thread", "dask"]), default="process", show_default=True,
              help="Where batch tasks run: worker processes on this machine, one batch at a time in this process, "
                   "or a Dask cluster (pip install 'newsfacts[dask]').")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Worker processes for the batches (default: one per core); with dask, of the local cluster.")
@click.option("--dask-address", metavar="ADDR", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
def run(sources: tuple[str, ...], config: Path | None, data_dir: Path | None, task_runner: str,
        workers: int | None, dask_address: str | None) -> None:
    """Run the ingest flow: sources -> clean -> facts -> warehouse.

    A source that cannot be read (a missing path, an unsupported URL scheme) is that source's failure
    in the summary while the others are stored (exit code 1); when no source can be read, nothing
    starts (exit code 2).

    \b
    Example:
        newsfacts run                          # ingests seeds/, one worker process per core
        newsfacts run --workers 2 --source pages/
        newsfacts run --source feeds.xml --source https://example.com/a.html
        newsfacts run --config newsfacts.toml --task-runner dask --dask-address tcp://10.0.0.5:8786
    """
    if dask_address and task_runner != "dask":
        raise click.UsageError("--dask-address needs --task-runner dask")
    if workers is not None and (task_runner == "thread" or dask_address):
        raise click.UsageError("--workers sizes the process pool or a local Dask cluster; "
                               "it does not go with --task-runner thread or --dask-address")
    settings = _settings_with_config(data_dir, config)
    _require_a_source(list(sources) or None, config)
    settings.prepare_prefect_env()
    if task_runner == "process":
        from flows.fork_server import start_fork_server

        start_fork_server()  # its preload runs beside the imports below and the flow's set-up
    from flows.alerts import alerts_summary
    from flows.config import load_config
    from flows.ingest import run_ingest
    from flows.summary import format_summary

    started = datetime.now(UTC)
    try:
        reports = run_ingest(list(sources) or None, str(config) if config else None, settings,
                             task_runner=task_runner, dask_address=dask_address, workers=workers)
        alerts_line = alerts_summary(settings.warehouse_dir, started) if load_config(config).watches else None
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_summary(reports, settings))
    if alerts_line:
        click.echo(alerts_line)
    if any(r.failed for r in reports):
        sys.exit(1)  # what could be stored is stored; exit 1 tells cron and scripts that something failed


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "text"]), default="jsonl", show_default=True)
@click.option("--no-facts", is_flag=True, help="Clean only; skip fact extraction.")
@click.option("--plain", is_flag=True, help="Treat text files as already-clean body text (no cleaning).")
@click.option("--published", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
              help="Reference date for relative dates when an input states none.")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), help="TOML config: its [fetch] policy is used.")
def extract(inputs: tuple[str, ...], fmt: str, no_facts: bool, plain: bool, published: datetime | None,
            config: Path | None) -> None:
    """Clean and extract facts from files or URLs; writes nothing to the warehouse.

    One record per input, in input order; a bad input yields a record with ``error`` set (exit
    code 1). A folder, a .jsonl file or a WARC file yields one record per article it holds.

    \b
    Example:
        newsfacts extract seeds/000_83c1c1272eb04a66.txt --format json
        newsfacts extract page.html https://example.com/story --no-facts
    """
    from extractors.pipeline import PipelineOptions, process

    if published is not None and published.tzinfo is None:
        published = published.astimezone()  # a bare date means local time
    options = PipelineOptions(facts=not no_facts, plain=plain, published=published)
    from flows.config import load_config

    try:
        policy = load_config(config).fetch
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    import tempfile

    from flows.fetch import Fetcher

    # one fetcher for every input (its client is built at the first fetch), and one temporary folder whose
    # subfolders keep each input's feed state apart: a folder made and removed per input cost 0.2 ms CPU a page
    with Fetcher(policy) as fetcher, tempfile.TemporaryDirectory() as state:
        loaded = [item for index, arg in enumerate(inputs)
                  for item in _read_input(arg, policy, fetcher, Path(state, str(index)))]
    _settle_collector()
    processed = iter(process([d for d in loaded if isinstance(d, RawDocument)], options))
    articles = (next(processed) if isinstance(d, RawDocument) else d for d in loaded)
    failed = 0
    if fmt == "json":
        records = [a.to_dict() for a in articles]
        failed = sum(1 for r in records if r["error"])
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for article in articles:
            failed += article.error is not None
            click.echo(_format_text(article) if fmt == "text" else json.dumps(article.to_dict(), ensure_ascii=False))
    if failed:
        sys.exit(1)


#: New container objects between two runs of the cyclic garbage collector's youngest generation (Python's default: 700).
COLLECTOR_THRESHOLD = 10_000


def _settle_collector() -> None:
    """Before the pages are cleaned: the objects made so far (the modules, their compiled patterns and word lists,
    the inputs read) are left out of the cyclic garbage collector's walks for good, and it runs every 10,000 new
    objects instead of 700. Cleaning a page makes tens of thousands of objects, nearly all freed by their counts at
    once; the walks found next to nothing and had cost 0.22 s CPU over 600 corpus pages (0.11 s so).
    """
    gc.freeze()
    gc.set_threshold(COLLECTOR_THRESHOLD)


def _settings_with_config(data_dir: Path | None, config: Path | None) -> Settings:
    """Settings where the config file's ``data_dir`` counts (after ``--data-dir`` and ``NEWSFACTS_HOME``)."""
    from flows.config import load_config

    try:
        config_data_dir = load_config(config).data_dir if config else None
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    return Settings.resolve(data_dir, config_data_dir)


def _require_a_source(sources: list[str] | None, config: Path | None) -> None:
    """Stop before Prefect starts when no source can be collected: one line per bad source, exit 2.

    When some sources are good, the bad ones become failures in the run's summary instead.
    """
    from flows.config import RejectedSource, choose_sources, load_config
    from flows.settings import SEEDS_DIR

    chosen = choose_sources(sources, load_config(config), SEEDS_DIR)
    if all(isinstance(source, RejectedSource) for source in chosen):
        for source in chosen:
            click.echo(f"Error: {source.label}: {source.reason}", err=True)
        sys.exit(2)


def _read_input(arg: str, policy: FetchPolicy, fetcher: Fetcher, state_dir: Path) -> list[RawDocument | Article]:
    """Read a file (or each article of a folder, JSONL or WARC file) or fetch a URL.

    Local inputs are read the way ``newsfacts run`` reads them (same accepted file types). An input
    that cannot be read becomes an error record, so the output keeps one record per input. ``state_dir``:
    this input's own folder for feed state (``collect_source`` creates it when a feed saves any).
    """
    from flows.config import RejectedSource, source_from_argument
    from flows.fetch import fetch_document
    from flows.sources import FEED_SUFFIXES

    source = source_from_argument(arg)
    if isinstance(source, RejectedSource):
        return [Article(source=arg, error=f"{arg}: {source.reason}")]
    if source.kind != "path":
        try:
            return [fetch_document(arg, policy)]
        except NewsfactsError as exc:  # the message names the URL once
            return [Article(source=arg, error=str(exc))]
    if Path(source.location).is_file() and arg.lower().endswith(FEED_SUFFIXES):
        return [Article(source=arg, error=f"{arg} is a feed or sitemap, not an article; ingest its entries "
                                          f"with `newsfacts run --source {arg}`")]
    return _read_local(source, arg, fetcher, state_dir)


def _read_local(source: SourceSpec, arg: str, fetcher: Fetcher, state_dir: Path) -> list[RawDocument | Article]:
    """Every article of a file or folder, each named after the argument as given (``x.jsonl#3``)."""
    from flows.sources import collect_source

    result = collect_source(source, fetcher=fetcher, state_dir=state_dir)
    failures: list[RawDocument | Article] = [Article(source=_as_given(f.location, source.location, arg), error=f.reason)
                                             for f in result.failures]
    return [*(replace(doc, source=_as_given(doc.source, source.location, arg)) for doc in result.documents), *failures]


def _as_given(location: str, root: str, arg: str) -> str:
    """``/home/me/seeds/a.jsonl#3`` read for the argument ``seeds/`` is ``seeds/a.jsonl#3``."""
    if location != root and not location.startswith((root + "/", root + "#")):
        return location
    given = arg[:-1] if arg.endswith("/") and len(arg) > 1 else arg
    return given + location[len(root):]


def _format_text(article: Article) -> str:
    if article.error:
        return f"== {article.source}\nerror: {article.error}\n"
    published = f"{article.published_local} ({article.published_source})" if article.published_local else None
    meta = {"title": article.title, "url": article.url, "published": published, "section": article.section,
            "authors": ", ".join(article.authors), "organisations": ", ".join(article.author_orgs),
            "language": article.language, "flags": ", ".join(article.flags)}
    lines = [f"== {article.source}"] + [f"{k}: {v}" for k, v in meta.items() if v]
    lines += ["", article.text, ""]
    lines += [f"[caption] {c}" for c in article.captions]
    lines += [f"[{f.kind}] {f.text!r} {_fact_details(f)}" for f in article.facts]
    return "\n".join(lines) + "\n"


def _fact_details(fact) -> str:
    """The kind-specific fields that are set, e.g. ``label=PERSON role='Defense Minister'``."""
    skip = {"kind", "text", "start", "end", "sentence", "spans"}
    return " ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}"
                    for k, v in asdict(fact).items() if k not in skip and v not in (None, ""))


@cli.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE", help="Named parameter ($NAME).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
def query(sql: str, fmt: str, params: Sequence[tuple[str, str]], data_dir: Path | None) -> None:
    """Run read-only SQL over the warehouse views (articles, facts, entities, quantities, dates, quotes, ...).

    SQL "-" reads the statement from standard input. Only queries run (SELECT, DESCRIBE, SHOW,
    EXPLAIN): nothing is written.

    \b
    Example:
        newsfacts query "select count(*) from articles"
        newsfacts query "select * from quantities where unit = \\$u" -p u containers --format csv
        echo "show tables" | newsfacts query -
    """
    if sql == "-":
        sql = sys.stdin.read()
    _print_rows(*_run_query(data_dir, sql, dict(params) or None), fmt)


#: What ``newsfacts alerts`` lists: the alerts view, newest first.
_ALERTS_SQL = ("SELECT first_seen, watch, articles, title, url, evidence, story_id, article_id, last_seen FROM alerts "
               "WHERE (CAST($watch AS VARCHAR) IS NULL OR watch = $watch) "
               "AND (CAST($since AS TIMESTAMPTZ) IS NULL OR first_seen >= CAST($since AS TIMESTAMPTZ)) "
               "ORDER BY first_seen DESC, watch, story_id")


@cli.command()
@click.option("--watch", metavar="NAME", help="Only this watch's alerts.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
              help="Only alerts first seen at or after this date (UTC unless an offset is given).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
def alerts(watch: str | None, since: datetime | None, fmt: str, data_dir: Path | None) -> None:
    """List alerts: one per watch and story, with how many of its articles matched.

    \b
    Example:
        newsfacts alerts --watch north-korea --since 2024-08-01
    """
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    _print_rows(*_run_query(data_dir, _ALERTS_SQL, {"watch": watch, "since": since}), fmt)


def _run_query(data_dir: Path | None, sql: str, params: dict | None) -> tuple[list[str], list[tuple]]:
    from warehouse.query import run_sql

    settings = Settings.resolve(data_dir)
    _require_warehouse(settings)
    try:
        return run_sql(settings.warehouse_dir, sql, params)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # duckdb errors: show the message, not a traceback
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc


def _require_warehouse(settings: Settings) -> None:
    warehouse = settings.warehouse_dir
    if isinstance(warehouse, Path) and not warehouse.is_dir():
        raise click.ClickException(f"no warehouse at {warehouse}; run `newsfacts run` first or pass the right --data-dir")


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        # lists (authors, captions) as JSON, not Python reprs
        writer.writerows([json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in row] for row in rows)
    else:
        click.echo(_table(columns, rows))


def _table(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    def cell(v: Any) -> str:
        s = "" if v is None else str(v).replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths))
    out = [line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


@cli.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
def compact(data_dir: Path | None) -> None:
    """Merge small Parquet files per partition, deduplicate, retire the inputs.

    \b
    Example:
        newsfacts compact --data-dir data
    """
    from warehouse.compact import compact as compact_warehouse

    settings = Settings.resolve(data_dir)
    try:
        result = compact_warehouse(settings.warehouse_dir)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(result))


@cli.command()
@click.option("--source", "source_name", metavar="NAME", help="Only articles of this source (\"local\" for paths).")
@click.option("--all", "everything", is_flag=True, help="Also articles already at the current extractor version.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
@click.option("--task-runner", type=click.Choice(["process", "thread"]), default="process", show_default=True,
              help="Where batch tasks run: worker processes on this machine, or one batch at a time in this process.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Worker processes for the batches (default: one per core).")
def reprocess(source_name: str | None, everything: bool, data_dir: Path | None, task_runner: str,
              workers: int | None) -> None:
    """Re-extract stored articles from their raw snapshots with the current extractor version.

    New versions are appended; the old ones stay in the article_versions view. Batches run in one
    worker process per core, as in ``run``.

    \b
    Example:
        newsfacts reprocess --data-dir data
        newsfacts reprocess --source guardian-world --all --workers 4
    """
    if workers is not None and task_runner == "thread":
        raise click.UsageError("--workers sizes the process pool; it does not go with --task-runner thread")
    settings = Settings.resolve(data_dir)
    _require_warehouse(settings)
    settings.prepare_prefect_env()
    from flows.maintenance import run_reprocess, source_names
    from flows.summary import format_summary

    if source_name is not None and source_name not in (known := source_names(settings.warehouse_dir)):
        click.echo(f"Error: no stored article comes from a source named {source_name!r}; "
                   f"known sources: {', '.join(known) or '(none yet)'}", err=True)
        sys.exit(2)

    try:
        reports = run_reprocess(settings, source=source_name, everything=everything, task_runner=task_runner,
                                workers=workers)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    if not reports:
        scope = f"from source {source_name!r} " if source_name else ""
        click.echo(f"nothing to reprocess {scope}(no stored article{'' if everything else ' at an older extractor version'}"
                   f"{'' if everything else '; --all takes every article'})", err=True)
    click.echo(format_summary(reports, settings))
    if any(r.failed for r in reports):
        sys.exit(1)


@cli.command()
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="TOML config: one deployment per [[sources]] entry, on its schedule.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Default: $NEWSFACTS_HOME or ./data.")
@click.option("--compact-schedule", default="0 3 * * *", show_default=True, metavar="CRON_OR_INTERVAL",
              help='When compaction runs: cron ("0 3 * * *") or interval ("12h"); "" for by hand only.')
@click.option("--limit", type=click.IntRange(min=1), help="At most this many runs at once.")
def serve(config: Path, data_dir: Path | None, compact_schedule: str, limit: int | None) -> None:
    """Serve a scheduled ingest deployment per configured source, plus compaction, until Ctrl-C.

    Needs a Prefect server (its scheduler creates the runs): start `prefect server start` and set
    PREFECT_API_URL. Runs show up in that server's UI.

    \b
    Example:
        PREFECT_HOME=data/prefect prefect server start &
        PREFECT_API_URL=http://127.0.0.1:4200/api newsfacts serve --config newsfacts.toml
    """
    settings = _settings_with_config(data_dir, config)
    settings.prepare_prefect_env()
    from flows.serve import build_deployments, require_api_server, serve_deployments

    try:
        require_api_server()
        deployments = build_deployments(config, settings, compact_schedule=compact_schedule or None)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    for deployment in deployments:
        click.echo(f"serving {deployment.flow_name}/{deployment.name}: {_describe_schedules(deployment)}")
    serve_deployments(deployments, limit=limit)


def _describe_schedules(deployment: Any) -> str:
    schedules = [s.schedule for s in deployment.schedules or []]
    if not schedules:
        return "run by hand"
    return ", ".join(getattr(s, "cron", None) or f"every {s.interval}" for s in schedules)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
