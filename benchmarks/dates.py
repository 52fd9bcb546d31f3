"""Publication dates: our reading (with provenance) against ``htmldate`` on corpus-format cases.

Run ``python -m benchmarks.dates [DIR ...]`` (default: the shared corpus, the test fixtures and the repo
corpus). Scored per split (``benchmarks/splits.py``: dev, test), on the cases whose reference states a
published date; only dev misses are listed (``--misses``), test cases are scored, never mined:

- day accuracy: the calendar day of ``published_local`` (the page's own offset) equals the day the
  reference states (its first ten characters: the reference's own wall clock); htmldate's
  ``find_date(original_date=True)`` day is scored the same way;
- instant accuracy: ``benchmarks.extraction.same_instant``, as the extraction benchmark scores it;
- coverage: share with ``published_source`` set, and share of ``published`` values with an offset.

Both tools run in this process on the same decoded bytes; timings are CPU seconds of each loop.
"""
from __future__ import annotations

import argparse
import gzip
import logging
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from benchmarks.extraction import default_dirs, load_cases, same_instant, with_splits
from extractors.pipeline import PipelineOptions, process
from extractors.records import RawDocument


def _htmldate_day(html: bytes, url: str | None) -> str | None:
    from htmldate import find_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return find_date(html.decode("utf-8", "replace"), url=url, original_date=True, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - a crash on one page must not hide the others' scores
            return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="case folders (default: shared corpus + fixtures)")
    parser.add_argument("--misses", action="store_true", help="list the cases either tool gets wrong")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    cases = [c for c in with_splits(load_cases(args.dirs or default_dirs())) if c.published]
    if not cases:
        print("no cases with a published date found", file=sys.stderr)
        return 2
    import json

    pages = []
    for case in cases:
        data = case.html.read_bytes()
        data = gzip.decompress(data) if case.html.suffix == ".gz" else data
        meta = json.loads(case.html.with_name(case.case_id + ".json").read_text(encoding="utf-8"))
        pages.append((case, data, meta.get("url")))

    start = time.process_time()
    ours = list(process((RawDocument(c.case_id, d, url=u) for c, d, u in pages), PipelineOptions(facts=False)))
    ours_cpu = time.process_time() - start
    start = time.process_time()
    theirs = [_htmldate_day(d, u) for _, d, u in pages]
    theirs_cpu = time.process_time() - start

    rows = list(zip(pages, ours, theirs, strict=True))
    print(f"cases with a published date: {len(rows)}; cpu seconds: newsfacts {ours_cpu:.2f} (whole cleaning), "
          f"htmldate {theirs_cpu:.2f} (dates only)")
    for split in ("dev", "test"):
        mine = [r for r in rows if r[0][0].split == split]
        if mine:
            print("\n".join(_split_report(split, mine, misses=args.misses and split == "dev")))
    return 0


def _split_report(split: str, rows: list, *, misses: bool) -> list[str]:
    n = len(rows)
    day_ours = day_theirs = instant = sourced = offset = dated = 0
    sources: Counter[str] = Counter()
    missed = []
    for (case, _, _), article, their_day in rows:
        want = case.published[:10]
        our_day = article.published_local[:10] if article.published_local else None
        day_ours += our_day == want
        day_theirs += their_day == want
        instant += same_instant(article.published.isoformat() if article.published else None, case.published)
        sourced += article.published_source is not None
        dated += article.published is not None
        offset += article.published is not None and article.published.utcoffset() is not None
        sources[article.published_source or "none"] += 1
        if our_day != want:
            missed.append(f"  {case.case_id}: reference {want}, ours {our_day} ({article.published_source}), "
                          f"htmldate {their_day}")
    lines = [
        f"== {split}: {n} cases ==",
        f"{'':<22}{'newsfacts':>10}{'htmldate':>10}",
        f"{'day accuracy':<22}{day_ours / n:>10.3f}{day_theirs / n:>10.3f}",
        (f"newsfacts instant accuracy {instant / n:.3f}; published_source set {sourced / n:.3f}; "
         f"published with offset {offset}/{dated}"),
        "published_source: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()),
    ]
    return lines + (missed if misses else [])


if __name__ == "__main__":
    sys.exit(main())
