"""Warehouse benchmark: append throughput, query latency with many small files and after compaction.

Run ``python -m benchmarks.warehouse`` (10k and 100k articles) or ``--full`` (adds 1M). Each size
gets a fresh warehouse in a temporary directory (``--keep DIR`` keeps it). Articles are synthetic but
shaped like real ones: ~1 KB of text, ~30 facts (12 entities, 8 quantities, 5 dates, 3 quotes,
2 attributions), published in chronological order over 24 months, appended in batches like the
ingest flow does. Fact objects come from a shared pool so generating 30M of them does not dominate.

Printed: rows/s of ``Warehouse.append`` (article + fact rows), latency of two filtered aggregates
(median of 3, a fresh ``run_sql`` each, so listing the files is included), compaction time and
peak memory (compaction runs in a child process), and ratios: small files vs compacted, and
latency growth per 10x data (1.0 = grows as fast as the data; below = sublinear).
"""
from __future__ import annotations

import argparse
import itertools
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from extractors.records import Article, Attribution, DateMention, Entity, Provenance, Quantity, Quote

REPO = Path(__file__).resolve().parents[1]
START = datetime(2023, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=730)
FACT_MIX = (("entity", 12), ("quantity", 8), ("date", 5), ("quote", 3), ("attribution", 2))

QUERIES = {
    # who is counted how much over half a year: partition filter + two column filters
    "quantities_h1": (
        "SELECT unit, count(*) AS n, avg(value) AS mean FROM quantities "
        "WHERE published_month BETWEEN '2024-01' AND '2024-06' AND qualifier = 'more_than' "
        "GROUP BY unit ORDER BY n DESC LIMIT 5"
    ),
    # an entity's mentions over all articles: a selective filter over every fact
    "entity_all": (
        "SELECT label, count(*) AS n, count(DISTINCT article_id) AS articles FROM entities "
        "WHERE normalized IN ('KP', 'RU') GROUP BY label ORDER BY n DESC"
    ),
}

WORDS = ["the", "minister", "said", "on", "tuesday", "that", "more", "than", "thousand", "containers", "were", "shipped", "to", "the", "port", "according", "to", "officials", "report", "military", "intelligence", "agency", "government", "talks", "border", "trade", "shells", "weapons", "economy", "inflation", "percent", "growth", "sanctions", "election", "parliament", "court"]
COUNTRIES = ("KP", "RU", "UA", "KR", "US", "CN", "JP", "DE", "FR", "GB", "IN", "BR", "MX", "TR", "IR")
UNITS = ("containers", "USD", "%", "shells", "people", "tons", "KRW", "troops", "votes", "km")
QUALIFIERS = ("exactly", "more_than", "about", "at_least", "up_to", "less_than")


def fact_pool(rng: random.Random, size: int = 60_000) -> dict[str, list]:
    """Immutable fact objects reused across articles (the writer only reads their attributes)."""
    def sentence_span() -> tuple[int, int, int]:
        start = rng.randrange(0, 900)
        return start, start + rng.randrange(3, 40), rng.randrange(0, 30)

    pool: dict[str, list] = {k: [] for k, _ in FACT_MIX}
    for _ in range(size):
        s, e, n = sentence_span()
        country = rng.choice(COUNTRIES)
        pool["entity"].append(Entity(f"Name {n}", s, e, n, rng.choice(("PERSON", "ORG", "GPE", "NORP")),
                                     country if rng.random() < 0.3 else f"Person {rng.randrange(5000)}",
                                     rng.choice((None, "Defense Minister", "lawmaker")), rng.randrange(1, 5)))
        value = float(rng.randrange(1, 10_000_000))
        pool["quantity"].append(Quantity(f"{value:,.0f}", s, e, n, value, rng.choice(UNITS), rng.choice(QUALIFIERS),
                                         value * 1.5 if rng.random() < 0.1 else None,
                                         rng.choice((None, "North Korea", "the agency")), rng.choice((None, "send"))))
        pool["date"].append(DateMention("Aug. 27", s, e, n, f"2024-{rng.randrange(1, 13):02d}", "month"))
        pool["quote"].append(Quote(" ".join(rng.choices(WORDS, k=12)), s, e, n, f"Person {rng.randrange(5000)}",
                                   "say"))
        pool["attribution"].append(Attribution(" ".join(rng.choices(WORDS, k=15)), s, e, n, "a lawmaker", "said",
                                               " ".join(rng.choices(WORDS, k=10))))
    return pool


def make_batches(n: int, batch_size: int, seed: int = 7):
    """Yield lists of (Article, Provenance), chronological over 24 months."""
    rng = random.Random(seed)
    pool = fact_pool(rng)
    paragraphs = [" ".join(rng.choices(WORDS, k=60)).capitalize() + "." for _ in range(3000)]
    step = SPAN / n
    for start in range(0, n, batch_size):
        batch = []
        for i in range(start, min(start + batch_size, n)):
            facts = []
            for kind, count in FACT_MIX:
                k = rng.randrange(len(pool[kind]) - count)
                facts += pool[kind][k : k + count]
            text = "\n\n".join(rng.choices(paragraphs, k=3))
            article = Article(
                source=f"https://news.example.com/{i}", url=f"https://news.example.com/{i}",
                title=f"Headline {i}", section="World", authors=["A. Reporter"],
                published=START + step * i + timedelta(minutes=rng.randrange(-600, 600)), language="en",
                text=text, captions=[], facts=facts,
            )
            batch.append((article, Provenance("bench", None, START + step * i)))
        yield batch


def timed_query(root: Path, sql: str, repeat: int = 3) -> tuple[float, float]:
    """Median seconds of (``run_sql`` end to end, the statement alone on an open connection)."""
    from warehouse.query import connect, run_sql

    whole, alone = [], []
    con = connect(root)
    try:
        for _ in range(repeat):
            t = time.perf_counter()
            run_sql(root, sql)
            whole.append(time.perf_counter() - t)
            t = time.perf_counter()
            con.execute(sql).fetchall()
            alone.append(time.perf_counter() - t)
    finally:
        con.close()
    return statistics.median(whole), statistics.median(alone)


def count_files(root: Path) -> int:
    from warehouse.files import list_files

    return sum(len(list_files(root, table)) for table in ("articles", "facts"))


def run_size(n: int, batch_size: int, base: Path) -> dict[str, float]:
    from warehouse.query import run_sql
    from warehouse.store import Warehouse

    root = base / f"n{n}" / "warehouse"
    warehouse = Warehouse(root)
    rows = 0
    spent = 0.0
    for b, batch in enumerate(make_batches(n, batch_size)):
        t = time.perf_counter()
        warehouse.append(batch, run_id="bench", batch=b)
        spent += time.perf_counter() - t
        rows += len(batch) + sum(len(a.facts) for a, _ in batch)
    out = {"articles": n, "rows": rows, "append_s": spent, "rows_per_s": rows / spent}
    out["files_small"] = count_files(root)
    for name, sql in QUERIES.items():
        out[f"{name}_small"], out[f"{name}_small_exec"] = timed_query(root, sql)
    out["count_small"] = run_sql(root, "SELECT count(*) FROM facts")[1][0][0]

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    code = f"from warehouse.compact import compact; print(compact({str(root)!r}, grace_seconds=0))"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    out["compact_s"] = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out["compact_peak_mb"] = max(peak, before) / 1024  # ru_maxrss is KiB on Linux
    out["files_compacted"] = count_files(root)
    for name, sql in QUERIES.items():
        out[f"{name}_compacted"], out[f"{name}_compacted_exec"] = timed_query(root, sql)
    out["count_compacted"] = run_sql(root, "SELECT count(*) FROM facts")[1][0][0]
    if out["count_compacted"] != out["count_small"]:
        raise SystemExit(f"compaction changed the facts count: {out['count_small']} -> {out['count_compacted']}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also run 1,000,000 articles (several minutes)")
    parser.add_argument("--sizes", type=int, nargs="*", help="article counts (overrides the defaults)")
    parser.add_argument("--batch", type=int, default=1000, help="articles per append (default 1000)")
    parser.add_argument("--keep", type=Path, help="build the warehouses here and keep them")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000, 100_000, 1_000_000] if args.full else [10_000, 100_000])
    base = args.keep or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    results = []
    try:
        for n in sizes:
            r = run_size(n, args.batch, base)
            results.append(r)
            print(f"\n== {n:,} articles, {r['rows']:,} rows (batches of {args.batch})")
            print(f"append: {r['rows_per_s']:,.0f} rows/s ({r['append_s']:.1f} s)   target >= 50,000 rows/s")
            print(f"files: {r['files_small']} small -> {r['files_compacted']} compacted; "
                  f"compaction {r['compact_s']:.1f} s, peak RSS {r['compact_peak_mb']:.0f} MB")
            print("latency, run_sql end to end (statement alone on an open connection):")
            for name in QUERIES:
                small, comp = r[f"{name}_small"], r[f"{name}_compacted"]
                print(f"{name:>14}: small files {small * 1000:6.0f} ms ({r[f'{name}_small_exec'] * 1000:4.0f}) | "
                      f"compacted {comp * 1000:6.0f} ms ({r[f'{name}_compacted_exec'] * 1000:4.0f}) | "
                      f"small/compacted {small / comp:4.1f}x")
        if len(results) > 1:
            print("\nscaling (latency ratio / data ratio; <= 1.0 means no faster than the data):")
            for prev, cur in itertools.pairwise(results):
                data = cur["rows"] / prev["rows"]
                parts = [f"{name} {cur[f'{name}_compacted'] / prev[f'{name}_compacted'] / data:.2f}" for name in QUERIES]
                print(f"  {prev['articles']:,} -> {cur['articles']:,} (x{data:.0f} data): " + ", ".join(parts))
        largest = results[-1]
        worst = max(largest[f"{name}_compacted"] for name in QUERIES)
        print(f"\nlargest ({largest['articles']:,} articles) compacted worst query: {worst * 1000:.0f} ms "
              f"(target < 1000 ms at 1M)")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
