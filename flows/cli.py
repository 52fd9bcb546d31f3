"""The ``newsfacts`` command: ``run``, ``extract``, ``query``, ``compact``.

Thin: each command resolves settings, calls one library function and formats the result. Prefect is
imported only by the commands that run flows, after ``Settings.prepare_prefect_env`` has pointed it at
the data dir (Prefect reads its settings at import time).
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from extractors.records import Article, NewsfactsError, RawDocument
from flows.config import FetchPolicy
from flows.settings import Settings

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}

#: Content types guessed from file names for ``extract``; anything else is sniffed by the cleaner.
_SUFFIX_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html", ".txt": "text/plain"}


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
    settings.prepare_prefect_env()
    from flows.ingest import run_ingest
    from flows.summary import format_summary

    try:
        reports = run_ingest(list(sources) or None, str(config) if config else None, settings,
                             task_runner=task_runner, dask_address=dask_address, workers=workers)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_summary(reports, settings))
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
    loaded = [item for arg in inputs for item in _read_input(arg, policy)]
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


def _settings_with_config(data_dir: Path | None, config: Path | None) -> Settings:
    """Settings where the config file's ``data_dir`` counts (after ``--data-dir`` and ``NEWSFACTS_HOME``)."""
    from flows.config import load_config

    try:
        config_data_dir = load_config(config).data_dir if config else None
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    return Settings.resolve(data_dir, config_data_dir)


#: Local inputs that hold several articles: read them the way ``newsfacts run`` does.
_CONTAINER_SUFFIXES = (".jsonl", ".warc", ".warc.gz")
#: Feeds and sitemaps list articles elsewhere; fetching them all is ``newsfacts run``'s job.
_LIST_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")


def _read_input(arg: str, policy: FetchPolicy) -> list[RawDocument | Article]:
    """Read a file (or each article of a folder, JSONL or WARC file) or fetch a URL.

    An input that cannot be read becomes an error record, so the output keeps one record per input.
    """
    from flows.fetch import fetch_document

    try:
        if arg.startswith(("http://", "https://")):
            return [fetch_document(arg, policy)]
        path = Path(arg)
        name = path.name.lower()
        if path.is_dir() or name.endswith(_CONTAINER_SUFFIXES):
            return _read_container(path, policy)
        if name.endswith(_LIST_SUFFIXES):
            return [Article(source=arg, error=f"{arg!r} is a feed or sitemap, not an article; ingest its entries "
                                              f"with `newsfacts run --source {arg}`")]
        return [RawDocument(source=arg, data=path.read_bytes(), content_type=_SUFFIX_TYPES.get(path.suffix.lower()))]
    except FileNotFoundError:
        return [Article(source=arg, error=f"{arg!r}: no such file; check the path")]
    except (OSError, NewsfactsError) as exc:
        return [Article(source=arg, error=f"{arg!r}: {exc}")]


def _read_container(path: Path, policy: FetchPolicy) -> list[RawDocument | Article]:
    import tempfile

    from flows.config import spec_from_argument
    from flows.fetch import Fetcher
    from flows.sources import collect_source

    with Fetcher(policy) as fetcher, tempfile.TemporaryDirectory() as state:
        result = collect_source(spec_from_argument(str(path)), fetcher=fetcher, state_dir=Path(state))
    failures: list[RawDocument | Article] = [Article(source=f.location, error=f.reason) for f in result.failures]
    return [*result.documents, *failures]


def _format_text(article: Article) -> str:
    if article.error:
        return f"== {article.source}\nerror: {article.error}\n"
    meta = {"title": article.title, "url": article.url, "published": article.published, "section": article.section,
            "authors": ", ".join(article.authors), "language": article.language}
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
    from warehouse.query import run_sql

    settings = Settings.resolve(data_dir)
    warehouse = settings.warehouse_dir
    if isinstance(warehouse, Path) and not warehouse.is_dir():
        raise click.ClickException(f"no warehouse at {warehouse}; run `newsfacts run` first or pass the right --data-dir")
    if sql == "-":
        sql = sys.stdin.read()
    try:
        columns, rows = run_sql(settings.warehouse_dir, sql, dict(params) or None)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # duckdb errors: show the message, not a traceback
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    _print_rows(columns, rows, fmt)


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
def reprocess(source_name: str | None, everything: bool, data_dir: Path | None) -> None:
    """Re-extract stored articles from their raw snapshots with the current extractor version.

    New versions are appended; the old ones stay in the article_versions view.

    \b
    Example:
        newsfacts reprocess --data-dir data
        newsfacts reprocess --source guardian-world --all
    """
    settings = Settings.resolve(data_dir)
    settings.prepare_prefect_env()
    from flows.maintenance import run_reprocess
    from flows.summary import format_summary

    try:
        reports = run_reprocess(settings, source=source_name, everything=everything)
    except NewsfactsError as exc:
        raise click.ClickException(str(exc)) from exc
    if not reports:
        scope = f"from source {source_name!r} " if source_name else ""
        click.echo(f"nothing to reprocess {scope}(no stored article{'' if everything else ' at an older extractor version'}; "
                   "--all takes every article; source names: newsfacts query \"select distinct source_name from articles\")",
                   err=True)
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
