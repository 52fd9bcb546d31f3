"""List the reference paragraphs of DEV pages that newsfacts drops, and whether trafilatura keeps them.

Run ``python -m benchmarks.recall_misses [--all] [--page ID ...]``. Both tools run as in
``benchmarks.extraction`` (one process each over the staged pages); a reference paragraph is missing
when fewer than half of its 4-token shingles are in the output (the benchmark's metric, per paragraph).
By default only paragraphs trafilatura keeps are listed (where it beats us on recall); ``--all`` lists
every missing paragraph. Pages come out worst first, by the share of the reference's shingles lost.

Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined (issue 12).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.extraction import (
    TRAFILATURA_WORKER,
    Case,
    default_dirs,
    load_cases,
    run_timed,
    shingles,
    stage_files,
    tokens,
    with_splits,
)

#: A paragraph is missing from an output that holds less than this share of its shingles.
MISSING = 0.5


def coverage(paragraph: str, output: Counter) -> float:
    """Share of the paragraph's shingles found in the output's shingle multiset."""
    own = shingles(tokens(paragraph))
    total = sum(own.values())
    return sum((own & output).values()) / total if total else 1.0


def misses(reference: str, ours: str, theirs: str, *, every: bool = False) -> list[tuple[float, float, str]]:
    """(share of the reference lost, trafilatura's coverage, paragraph) for each paragraph we miss.

    ``every`` False keeps only the paragraphs trafilatura has.
    """
    ours_sh, theirs_sh = shingles(tokens(ours)), shingles(tokens(theirs))
    size = sum(shingles(tokens(reference)).values()) or 1
    found = []
    for paragraph in reference.split("\n\n"):
        kept_by_us = coverage(paragraph, ours_sh)
        if kept_by_us >= MISSING:
            continue
        kept_by_them = coverage(paragraph, theirs_sh)
        if every or kept_by_them >= MISSING:
            lost = sum(shingles(tokens(paragraph)).values()) * (1 - kept_by_us) / size
            found.append((lost, kept_by_them, paragraph))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every missing paragraph, not only those trafilatura keeps")
    parser.add_argument("--page", action="append", default=[], help="only this dev case id (repeatable)")
    args = parser.parse_args(argv)
    cases: list[Case] = [
        c for c in with_splits(load_cases(default_dirs()))
        if c.split == "dev" and c.body and (not args.page or c.case_id in args.page)
    ]
    if not cases:
        print("no dev case with a body matches", file=sys.stderr)
        return 2
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    with tempfile.TemporaryDirectory(prefix="nf-misses-") as tmp:
        staged = stage_files(cases, Path(tmp))
        ours = run_timed("newsfacts", [newsfacts, "extract", "--no-facts", "--format", "jsonl"], staged)
        theirs = run_timed("trafilatura", [sys.executable, "-c", TRAFILATURA_WORKER], staged)
    pages = []
    for case in cases:
        found = misses(case.body or "", ours.texts.get(case.case_id, ""), theirs.texts.get(case.case_id, ""),
                       every=args.all)
        if found:
            pages.append((sum(lost for lost, _, _ in found), case.case_id, found))
    for total, case_id, found in sorted(pages, reverse=True):
        print(f"### {case_id}  recall lost ~{total:.3f}")
        for lost, kept_by_them, paragraph in found:
            print(f"  [{lost:.3f} trafilatura {kept_by_them:.2f}] {paragraph[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
