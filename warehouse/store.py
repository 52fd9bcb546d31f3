"""Appending articles and their facts: atomic, idempotent, versioned.

Protocol of one ``append`` (all under the ledger's write lock, so overlapping runs on one machine
serialize and never both store the same version):

1. id and content hash per article; versions the ledger already holds are skipped; the others get
   their story (``warehouse.stories``: the index is written in this transaction too);
2. per publication month, the facts file then the articles file are written to temporary names and
   renamed into place as ``<table>/published_month=<YYYY-MM>/a-<run>-b<batch>.parquet`` (a retried
   batch replaces its own file, keeping the rows it had committed);
3. the ledger records the versions and files in one transaction.

A crash before step 3 leaves files the ledger does not know: harmless, the views deduplicate and
the next run writes the articles again (under its own name); compaction then drops the copy.
"""
from __future__ import annotations

import hashlib
import logging
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePath
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from extractors.records import FACT_TYPES, Article, NewsfactsError, Provenance
from extractors.version import EXTRACTOR_VERSION
from warehouse.alerts import ALERTS_SCHEMA, alerts_path
from warehouse.files import (
    PARQUET_SUFFIX,
    clean_stale_temp,
    ensure_file,
    ensure_schema_anchors,
    partition_dir,
    validate,
)
from warehouse.ledger import Ledger
from warehouse.query import LATEST_ORDER, empty_select, snapshot_files, write_views_sql
from warehouse.schema import (
    ARTICLE_COLUMNS,
    ARTICLES_SCHEMA,
    FACTS_SCHEMA,
    PROVENANCE_COLUMNS,
    TABLES,
    arrow_value,
    conform,
    month_partition,
    needs_conversion,
    record_columns,
)
from warehouse.storage import Storage, as_storage
from warehouse.stories import StoryIndex, ensure_merges_file, read_merges, sketch, write_merges

logger = logging.getLogger(__name__)

#: Query parameters that only track the reader; dropped from the canonical URL.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "cmpid",
                             "ocid", "smid", "cid"})
TRACKING_PREFIXES = ("utm_",)
#: An append's file of a month with at most this many articles is compressed with Snappy, not zstd.
#: A batch's rows spread over its articles' publication months (the benchmark corpus: ~85 months per
#: 100 articles; 616 of a 1,392-article run's 751 article files held one or two articles). At that
#: size zstd's fixed cost per column chunk (~0.35 ms CPU per file of 28-31 columns) buys little: on
#: that run's files Snappy's were 7-11% larger at one article, 12-18% at two, 15-24% at three.
#: Dictionary pages are left out of every append's file (~0.4 ms CPU per file; without them zstd's
#: files of 1 to 100 articles were no larger). Against the zstd files with dictionaries appended
#: before, the files of one article are as large, of two 5-7% larger. Compaction rewrites them all
#: as large zstd files with dictionaries.
SNAPPY_MAX_ARTICLES = 2
#: A killed writer's temporary file older than this is removed when a Warehouse opens.
STALE_TEMP_SECONDS = 3600.0


class WarehouseError(NewsfactsError):
    """The warehouse cannot store a batch (bad arguments, unreadable existing file)."""


@dataclass(frozen=True, slots=True)
class AppendResult:
    """What one ``append`` did; ``facts`` counts the facts written per kind (new + updated articles)."""

    new: int
    unchanged: int
    updated: int
    facts: dict[str, int] = field(default_factory=dict)
    files: list[PurePath] = field(default_factory=list)


def canonical_url(url: str) -> str:
    """The URL with the noise that does not change the article removed.

    Scheme, ``www.``, default port, fragment, tracking parameters, parameter order and a trailing
    slash all vary between feeds, sitemaps and shares of the same article.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, urlencode(query), ""))


def normalize_text(text: str) -> str:
    """Text compared for identity: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def article_id_for(url: str | None, text: str, raw_sha256: str | None = None) -> str:
    """Stable id of an article: a hash of its canonical URL; without one, of the input's bytes.

    An article without a URL is identified by the content address of its raw bytes (the snapshot's
    SHA-256): two different inputs never share an id, even when both clean to the same or an empty
    text, while the same input read again, or reprocessed after a cleaning change, keeps it. Only
    when no bytes are known (a caller outside the ingest path) does the normalized text stand in.

    64 bits, as 16 hex digits: the odds that two of 10 million articles share an id are about 3 in a
    million, and the views can group on the same bits as a BIGINT (``article_key``), which is
    several times faster than grouping on a string.
    """
    if url:
        key = "url:" + canonical_url(url)
    elif raw_sha256:
        key = "raw:" + raw_sha256
    else:
        key = "text:" + normalize_text(text)
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def article_key_for(article_id: str) -> int:
    """``article_id`` as a signed 64-bit integer (the ``article_key`` column)."""
    return int.from_bytes(bytes.fromhex(article_id), "big", signed=True)


def content_hash(article: Article) -> str:
    """Identifies one version of an article: its stored content plus the extractor version.

    The facts are a function of these, so they are not hashed; ``source`` (the argument given) and
    the provenance are not content: the same page from a feed or a file is the same version.
    """
    h = hashlib.blake2b(EXTRACTOR_VERSION.encode(), digest_size=16)
    for part in (article.url, article.title, article.section, "\x1e".join(article.authors),
                 article.published.isoformat() if article.published else None, article.language, article.text,
                 "\x1e".join(article.captions), "\x1e".join(article.author_orgs), "\x1e".join(article.flags),
                 article.published_source, article.modified.isoformat() if article.modified else None):
        h.update(b"\x1f" + (b"\x00" if part is None else part.encode("utf-8")))
    return h.hexdigest()


def copy_key_for(article_id: str, content_hash: str, file_id: str) -> int:
    """64-bit key of one stored copy of one version; the views join facts to articles on it."""
    digest = hashlib.blake2b(f"{article_id}\x1f{content_hash}\x1f{file_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def file_id_for(run_id: str, batch: int) -> str:
    """Deterministic file name (without suffix) of one batch of one run."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id).strip("._")[:80] or "run"
    return f"a-{safe}-b{batch:06d}"


class Warehouse:
    """The Parquet warehouse under ``root``: ``<data-dir>/warehouse``, or a ``Storage`` such as
    ``Storage("s3://bucket/prefix", storage_options, cache_dir)`` for object storage.

    Cheap to create and safe to pickle (Prefect passes it to tasks): it holds only the location and
    opens the ledger per operation.
    """

    def __init__(self, root: Storage | PurePath | str):
        self.storage = as_storage(root)
        self.root = self.storage.root
        try:
            self.storage.makedirs(self.root)
        except OSError as exc:
            raise WarehouseError(f"cannot create or reach the warehouse at {self.storage} ({exc}); check the "
                                 "path or bucket name, the permissions, and for object storage the "
                                 "credentials and endpoint") from exc
        ledger_lost = not self.storage.ledger_path.exists()
        ensure_schema_anchors(self.storage)
        ensure_file(self.storage, alerts_path(self.storage), ALERTS_SCHEMA)
        ensure_merges_file(self.storage)
        clean_stale_temp(self.storage, older_than_seconds=STALE_TEMP_SECONDS)
        if ledger_lost:
            rebuild_ledger(self.storage)
        else:
            rebuild_story_index(self.storage, only_if_empty=True)  # a warehouse from before stories
        write_views_sql(self.storage)

    def __repr__(self) -> str:
        return f"Warehouse({str(self.storage)!r})"

    def has_url(self, url: str) -> bool:
        """Whether an article with this URL (canonicalized) is stored, so a source can skip fetching it."""
        with self.url_checker() as stored:
            return stored(url)

    @contextmanager
    def url_checker(self) -> Iterator[Callable[[str], bool]]:
        """``has_url`` on one ledger connection, for a source that asks about each of its pages.

        Opening the ledger (WAL mode, the tables' DDL) cost ~0.5 ms of CPU and ~4 ms of wall time per
        page when ``has_url`` opened it per question; one connection answers in ~0.01 ms. Each
        question is a transaction of its own, so it sees what batches committed since it opened.
        """
        with Ledger(self.storage.ledger_path) as ledger:
            yield lambda url: ledger.has_article(article_id_for(url, ""))

    def append(self, items: Sequence[tuple[Article, Provenance]], *, run_id: str, batch: int) -> AppendResult:
        """Store the articles (and their facts) not stored yet; see the module docstring for the protocol.

        Items with ``article.error`` set are skipped. Within a batch the last item of an article wins;
        each earlier item of it counts as ``unchanged`` (already stored, by this batch), so the counts
        always add up to the items given without an error.
        """
        if batch < 0:
            raise WarehouseError(f"batch must be >= 0, got {batch!r}")
        latest: dict[str, tuple[Article, Provenance, str]] = {}
        repeats = 0
        for article, provenance in items:
            if article.error is None:
                aid = article_id_for(article.url, article.text, provenance.raw_sha256)
                repeats += aid in latest
                latest[aid] = (article, provenance, content_hash(article))
        file_id = file_id_for(run_id, batch)
        with Ledger(self.storage.ledger_path) as ledger, ledger.write_lock():
            # taken under the lock, so "ingested last" (the views' latest) is also the ledger's latest
            ingested_at = datetime.now(UTC)
            known = ledger.content_hashes(list(latest))
            counts = Counter(unchanged=repeats)
            by_month: dict[str, list[tuple[str, Article, Provenance, str]]] = defaultdict(list)
            for aid, (article, provenance, chash) in latest.items():
                state = "new" if aid not in known else "unchanged" if known[aid] == chash else "updated"
                counts[state] += 1
                if state != "unchanged":
                    by_month[month_partition(article.published)].append((aid, article, provenance, chash))
            # earliest published first, so the first report of a story in one batch founds it
            changed = sorted((r for rows in by_month.values() for r in rows), key=_publication_order)
            index = StoryIndex(ledger.connection)
            stories = index.assign([(r[0], sketch(r[1].title, r[1].text)) for r in changed])
            if index.merged:
                write_merges(self.storage, index.merges())
            written: list[PurePath] = []
            fact_counts: Counter[str] = Counter()
            for month, rows in sorted(by_month.items()):
                name = self._free_name(ledger, month, file_id)
                tables = {
                    "articles": _articles_table(rows, name, run_id, ingested_at, stories),
                    "facts": _facts_table(rows, name),
                }
                fact_counts.update(tables["facts"].column("kind").to_pylist())
                paths = {t: partition_dir(self.root, t, month) / (name + PARQUET_SUFFIX) for t in TABLES}
                if ledger.file(self._rel(paths["articles"])) is not None:
                    tables = self._carry_forward(paths, tables)
                compression = "snappy" if tables["articles"].num_rows <= SNAPPY_MAX_ARTICLES else "zstd"
                # facts before articles: an articles file is never visible without its facts file
                for table in ("facts", "articles"):
                    if tables[table].num_rows == 0:
                        continue
                    info = self.storage.write_parquet(tables[table], paths[table], use_dictionary=False,
                                                      compression=compression)
                    ledger.register_file(self._rel(paths[table]), table, month, info.size, info.stamp,
                                         tables[table].num_rows)
                    written.append(paths[table])
            ledger.record_articles((aid, chash) for rows in by_month.values() for aid, _, _, chash in rows)
        if written:
            write_views_sql(self.storage)  # cheap; keeps views.sql in step with this newsfacts version
        logger.info("append %s: %d new, %d updated, %d unchanged, %d files", file_id, counts["new"],
                    counts["updated"], counts["unchanged"], len(written))
        return AppendResult(counts["new"], counts["unchanged"], counts["updated"], dict(fact_counts), written)

    def _rel(self, path: PurePath) -> str:
        return path.relative_to(self.root).as_posix()

    def _free_name(self, ledger: Ledger, month: str, file_id: str) -> str:
        """``file_id``, unless compaction retired a file of that name (readers may still hold it)."""
        name, n = file_id, 0
        while True:
            entry = ledger.file(self._rel(partition_dir(self.root, "articles", month) / (name + PARQUET_SUFFIX)))
            if entry is None or entry.status != "retired":
                return name
            n += 1
            name = f"{file_id}-r{n}"

    def _carry_forward(self, paths: dict[str, PurePath], new: dict[str, pa.Table]) -> dict[str, pa.Table]:
        """Rows a committed earlier attempt of this batch wrote, for articles this attempt does not rewrite."""
        out = {}
        ids = new["articles"].column("article_id")
        for table in TABLES:
            if not self.storage.exists(paths[table]):
                out[table] = new[table]
                continue
            reason = validate(paths[table], table, self.storage)
            if reason:
                raise WarehouseError(f"cannot rewrite {paths[table]}: {reason}; move it away and retry")
            old = self.storage.read_table(paths[table])
            old = old.filter(pc.invert(pc.is_in(old.column("article_id"), value_set=ids)))
            out[table] = pa.concat_tables([conform(old, new[table].schema), new[table]])
        return out


def _getter(name: str, dtype: pa.DataType):
    """Reads one field of a record for its column; nested records are turned into dicts on the way."""
    get = operator.attrgetter(name)
    return (lambda record: arrow_value(get(record))) if needs_conversion(dtype) else get


_ARTICLE_GETTERS = [(column, operator.attrgetter(name)) for name, column, _ in ARTICLE_COLUMNS]
_PROVENANCE_GETTERS = [(column, operator.attrgetter(name)) for name, column, _ in PROVENANCE_COLUMNS]
_FACT_GETTERS = {cls: [(column, _getter(name, dtype)) for name, column, dtype in record_columns(cls, skip=("kind",))]
                 for cls in FACT_TYPES}


def _publication_order(row: tuple[str, Article, Provenance, str]) -> tuple:
    published = row[1].published
    return (published is None, published.timestamp() if published else 0.0, row[0])


def _articles_table(rows: list[tuple[str, Article, Provenance, str]], file_id: str, run_id: str,
                    ingested_at: datetime, stories: dict[str, str]) -> pa.Table:
    n = len(rows)
    data: dict[str, list] = {
        "article_id": [r[0] for r in rows],
        "article_key": [article_key_for(r[0]) for r in rows],
        "content_hash": [r[3] for r in rows],
        "copy_key": [copy_key_for(r[0], r[3], file_id) for r in rows],
        "file_id": [file_id] * n,
        "ingested_at": [ingested_at] * n,
        "compactions": [0] * n,
        "run_id": [run_id] * n,
        "extractor_version": [EXTRACTOR_VERSION] * n,
        "story_id": [stories[r[0]] for r in rows],
    }
    for column, get in _ARTICLE_GETTERS:
        data[column] = [get(r[1]) for r in rows]
    for column, get in _PROVENANCE_GETTERS:
        data[column] = [get(r[2]) for r in rows]
    return pa.Table.from_pydict(data, schema=ARTICLES_SCHEMA)


def _facts_table(rows: list[tuple[str, Article, Provenance, str]], file_id: str) -> pa.Table:
    """One row per fact; grouped by kind so each column is filled with one attribute getter per kind."""
    data: dict[str, list] = {f.name: [] for f in FACTS_SCHEMA}
    keys = {r[0]: copy_key_for(r[0], r[3], file_id) for r in rows}
    for cls in FACT_TYPES:
        owners = [(r, i, f) for r in rows for i, f in enumerate(r[1].facts) if type(f) is cls]
        if not owners:
            continue
        n = len(owners)
        data["article_id"] += [r[0] for r, _, _ in owners]
        data["copy_key"] += [keys[r[0]] for r, _, _ in owners]
        data["file_id"] += [file_id] * n
        data["published"] += [r[1].published for r, _, _ in owners]
        data["extractor_version"] += [EXTRACTOR_VERSION] * n
        data["fact_index"] += [i for _, i, _ in owners]
        data["kind"] += [f.kind for _, _, f in owners]
        filled = {"article_id", "copy_key", "file_id", "published", "extractor_version", "fact_index", "kind"}
        for column, get in _FACT_GETTERS[cls]:
            data[column] += [get(f) for _, _, f in owners]
            filled.add(column)
        for column in data.keys() - filled:
            data[column] += [None] * n
    return pa.Table.from_pydict(data, schema=FACTS_SCHEMA)


def rebuild_ledger(root: Storage | PurePath | str) -> int:
    """Re-create the ledger from the Parquet files (it was lost or deleted, or this machine has never
    seen this remote warehouse); returns articles recorded."""
    storage = as_storage(root)
    files, problems = snapshot_files(storage)
    for problem in problems:
        logger.warning("not in rebuilt ledger: %s", problem)
    with Ledger(storage.ledger_path) as ledger, ledger.write_lock():
        for table in TABLES:
            for f in files[table]:
                rows = storage.parquet_file(f.path).metadata.num_rows
                ledger.register_file(f.relpath(storage.root), table, f.month, f.size, f.mtime_ns, rows)
        if not files["articles"]:
            return 0
        con = duckdb.connect()
        try:
            storage.register(con)
            latest = con.execute(  # the version the articles view shows
                f"SELECT article_id, arg_max(content_hash, {LATEST_ORDER}) "
                "FROM read_parquet(?, union_by_name = true) GROUP BY article_id",
                [[storage.uri(f.path) for f in files["articles"]]],
            ).fetchall()
        finally:
            con.close()
        ledger.record_articles(latest)
        _rebuild_stories(storage, ledger, files["articles"])
    logger.warning("ledger rebuilt from %d article files (%d articles) under %s", len(files["articles"]),
                   len(latest), storage)
    return len(latest)


def rebuild_story_index(root: Storage | PurePath | str, *, only_if_empty: bool = False) -> int:
    """Re-create the story index from the articles files; returns articles indexed.

    ``only_if_empty``: only when the ledger knows articles but the index none (a warehouse written
    before stories existed, or whose index tables were dropped).
    """
    storage = as_storage(root)
    with Ledger(storage.ledger_path) as ledger:
        def needed() -> bool:
            return not only_if_empty or (StoryIndex(ledger.connection).is_empty() and not ledger.is_empty())

        if not needed():  # the common case, decided without waiting for the write lock
            return 0
        with ledger.write_lock():
            if not needed():
                return 0
            files, _ = snapshot_files(storage)
            return _rebuild_stories(storage, ledger, files["articles"])


def _rebuild_stories(storage: Storage, ledger: Ledger, files: list) -> int:
    """Index every article's latest version in ingestion order, under the story its rows name (through
    the merges file); an article stored before stories existed (no story id) is assigned one as if
    appended now."""
    for table in ("story_bands", "story_members", "story_merges"):
        ledger.connection.execute(f"DELETE FROM {table}")
    if not files:
        return 0
    index = StoryIndex(ledger.connection)
    merges = read_merges(storage)
    index.load_merges(merges)
    con = duckdb.connect()
    count = 0
    try:
        storage.register(con)
        cur = con.execute(
            f"SELECT article_id, arg_max(story_id, {LATEST_ORDER}), arg_max(title, {LATEST_ORDER}), "
            f"arg_max(text, {LATEST_ORDER}), min(ingested_at) AS first "
            f"FROM (SELECT * FROM read_parquet(?, union_by_name = true) UNION ALL BY NAME {empty_select('articles')}) "
            "GROUP BY article_id ORDER BY first, article_id",
            [[storage.uri(f.path) for f in files]],
        )
        while rows := cur.fetchmany(1000):
            for article_id, story_id, title, text, _ in rows:
                sk = sketch(title, text or "")
                if story_id is None:
                    index.assign([(article_id, sk)])
                else:
                    index.put(article_id, merges.get(story_id, story_id), sk)
                count += 1
    finally:
        con.close()
    if index.merged:  # an article stored before stories existed joined two stories
        write_merges(storage, index.merges())
    logger.warning("story index rebuilt from %d articles under %s", count, storage)
    return count
